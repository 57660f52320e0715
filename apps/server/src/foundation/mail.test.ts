import type { AddressInfo } from 'node:net';
import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createZone, loginAs, type TestApp, waitFor } from '../../test/helpers.ts';

type Received = { to: string; subject: string; text: string };

/** Decodes the parts of a message that nodemailer encodes: header words and a quoted-printable body. */
function parseMessage(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectRaw = /^Subject: (.*)$/im.exec(headers)?.[1] ?? '';
  const subject = subjectRaw
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQp(data.replace(/_/g, ' ')),
    );
  let body = rest.join('\n\n');
  if (/content-transfer-encoding: quoted-printable/i.test(headers)) body = decodeQp(body);
  else if (/content-transfer-encoding: base64/i.test(headers))
    body = Buffer.from(body, 'base64').toString('utf8');
  return { subject, text: body };
}

function decodeQp(s: string): string {
  const bytes: number[] = [];
  const input = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=' && /^[0-9A-F]{2}$/i.test(input.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(input.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(input[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A real SMTP server on loopback; `failNext` makes it refuse that many messages with a 451. */
function startSmtp() {
  const received: Received[] = [];
  const state = { failNext: 0, attempts: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        state.attempts++;
        if (state.failNext > 0) {
          state.failNext--;
          const err = new Error('Mailbox temporarily unavailable') as Error & { responseCode: number };
          err.responseCode = 451;
          return callback(err);
        }
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        received.push({ to, ...parseMessage(Buffer.concat(chunks).toString('utf8')) });
        callback();
      });
    },
  });
  return new Promise<{ url: string; received: Received[]; state: typeof state; close(): Promise<void> }>(
    (resolve) => {
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.server.address() as AddressInfo;
        resolve({
          url: `smtp://127.0.0.1:${port}`,
          received,
          state,
          close: () => new Promise<void>((r) => server.close(() => r())),
        });
      });
    },
  );
}

describe('[MAIL] over a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await buildTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Brug <brug@brug.test>' });
  }, 240_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('sends each invitation in the language of its recipient', { timeout: 240_000 }, async () => {
    const zone = await createZone(t.ctx, { name: 'PZ Postdam' });
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const people = [
      {
        language: 'nl',
        email: 'nl-reader@example.org',
        subject: 'Uitnodiging voor Brug — PZ Postdam',
        words: ['Beste', 'dagen geldig', 'één keer'],
      },
      {
        language: 'fr',
        email: 'fr-reader@example.org',
        subject: 'Invitation à Brug — PZ Postdam',
        words: ['Bonjour', 'valable 7 jours', 'Bien cordialement'],
      },
      {
        language: 'en',
        email: 'en-reader@example.org',
        subject: 'Invitation to Brug — PZ Postdam',
        words: ['Dear', 'valid for 7 days', 'Kind regards'],
      },
    ];
    for (const p of people) {
      const res = await admin.post('/api/users', {
        email: p.email,
        displayName: `Reader ${p.language}`,
        role: 'partner',
        language: p.language,
      });
      expect(res.statusCode).toBe(201);
    }
    await waitFor(async () => smtp.received.length >= 3, 120_000);
    for (const p of people) {
      const message = smtp.received.find((m) => m.to === p.email);
      expect(message, p.email).toBeDefined();
      expect(message!.subject).toBe(p.subject);
      for (const word of p.words) expect(message!.text, `${p.language}: ${word}`).toContain(word);
      expect(message!.text).toMatch(/http:\/\/brug\.test\/invitation\?token=[\w-]{40,}/);
    }
    // The row is marked sent just after the server accepted the message.
    const outbox = await waitFor(async () => {
      const body = (await admin.get('/api/outbox')).json();
      return body.items.every((m: { status: string }) => m.status === 'sent') ? body : undefined;
    }, 60_000);
    expect(outbox.smtp).toBe(true);
    expect(outbox.items).toHaveLength(3);
  });

  it('keeps no live link once delivered, and tells the person their password was reset, in their language', {
    timeout: 120_000,
  }, async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const { user } = await loginAs(t, zone.id, 'partner', {
      language: 'en',
      email: 'smtp-reset@example.org',
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      payload: { email: user.email },
      remoteAddress: '10.77.0.1',
    });
    const resetMail = await waitFor(
      async () => smtp.received.find((m) => m.to === user.email && m.subject === 'New password for Brug'),
      60_000,
    );
    const token = /reset-password\?token=([\w-]+)/.exec(resetMail.text)![1];
    const m = schema.mailMessages;
    const sent = await waitFor(async () => {
      const [row] = await t.ctx.database.db.select().from(m).where(eq(m.to, user.email));
      return row?.status === 'sent' ? row : undefined;
    }, 60_000);
    // Delivered: the sealed copy is gone, and nothing the database keeps holds the link.
    expect(sent.sealed).toBeNull();
    expect(JSON.stringify(sent)).not.toContain(token);
    expect(await t.ctx.mailer.compose(sent.id)).toBeUndefined();
    const item = (await admin.get('/api/outbox'))
      .json()
      .items.find((x: { to: string }) => x.to === user.email);
    expect(item).toMatchObject({
      status: 'sent',
      language: 'en',
      attempts: 1,
      error: null,
      canHandOver: false,
    });
    expect(item.text).toContain('[personal link — for the recipient only]');

    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token, password: 'a new passphrase after smtp 5' },
    });
    expect(reset.statusCode).toBe(200);
    const notice = await waitFor(
      async () =>
        smtp.received.find((x) => x.to === user.email && x.subject === 'Your Brug password was changed'),
      60_000,
    );
    expect(notice.text).toContain('Asked by: someone who was not logged in');
  });

  it('retries when the SMTP server refuses: the message shows failed, then sent', {
    timeout: 60_000,
  }, async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    smtp.state.failNext = 1;
    const before = smtp.state.attempts;
    const res = await admin.post('/api/users', {
      email: 'retry-reader@example.org',
      displayName: 'Retry',
      role: 'colleague',
    });
    expect(res.statusCode).toBe(201);
    const m = schema.mailMessages;
    const failed = await waitFor(async () => {
      const [row] = await t.ctx.database.db.select().from(m).where(eq(m.to, 'retry-reader@example.org'));
      return row?.status === 'failed' ? row : undefined;
    }, 120_000);
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/451/);
    const sent = await waitFor(async () => {
      const [row] = await t.ctx.database.db.select().from(m).where(eq(m.to, 'retry-reader@example.org'));
      return row?.status === 'sent' ? row : undefined;
    }, 120_000);
    expect(sent.attempts).toBe(2);
    expect(sent.lastError).toBeNull();
    expect(smtp.state.attempts - before).toBe(2);
    expect(smtp.received.filter((x) => x.to === 'retry-reader@example.org')).toHaveLength(1);
  });
});

describe('[MAIL] without an SMTP server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  }, 240_000);
  afterAll(async () => t?.close(), 120_000);

  it('keeps the message in the outbox, readable by admins only', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const res = await coordinator.post('/api/users', {
      email: 'outbox-reader@example.org',
      displayName: 'Lezer',
      role: 'colleague',
      language: 'fr',
    });
    expect(res.statusCode).toBe(201);
    const outbox = (await admin.get('/api/outbox')).json();
    expect(outbox.smtp).toBe(false);
    expect(outbox.items).toHaveLength(1);
    expect(outbox.items[0]).toMatchObject({
      to: 'outbox-reader@example.org',
      status: 'outbox',
      subject: expect.stringContaining('Invitation à Brug'),
    });
    expect((await coordinator.get('/api/outbox')).statusCode).toBe(403);
  });
});
