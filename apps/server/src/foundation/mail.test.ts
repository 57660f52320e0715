import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createZone, loginAs, type TestApp, waitFor } from '../../test/helpers.ts';
import { sealMail } from '../modules/mail/mail-key.ts';

type Received = { to: string; subject: string; text: string; html: string; contentType: string; raw: string };

/**
 * A real SMTP server on loopback; `failNext` makes it refuse that many messages with a 451, `down()`
 * stops it listening (connections are refused) and `up()` starts it again on the same port.
 */
async function startSmtp() {
  const received: Received[] = [];
  const state = { failNext: 0, attempts: 0 };
  let server: SMTPServer;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', async () => {
            state.attempts++;
            if (state.failNext > 0) {
              state.failNext--;
              const err = new Error('Mailbox temporarily unavailable') as Error & { responseCode: number };
              err.responseCode = 451;
              return callback(err);
            }
            const to = session.envelope.rcptTo.map((r) => r.address).join(',');
            const raw = Buffer.concat(chunks);
            const parsed = await simpleParser(raw);
            received.push({
              to,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: parsed.html || '',
              contentType: parsed.headers.get('content-type')
                ? String((parsed.headers.get('content-type') as { value: string }).value)
                : '',
              raw: raw.toString('utf8'),
            });
            callback();
          });
        },
      });
      server.server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server.server.address() as AddressInfo).port;
        resolve();
      });
    });
  const close = () => new Promise<void>((r) => server.close(() => r()));
  await listen();
  return { url: `smtp://127.0.0.1:${port}`, received, state, close, down: close, up: listen };
}

describe('[MAIL] over a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    // Retries after 1, 2 and 3 seconds instead of minutes and hours: the same code, a shorter schedule.
    t = await buildTestApp(
      { SMTP_URL: smtp.url, MAIL_FROM: 'Brug <brug@brug.test>' },
      { mailRetrySchedule: [1, 2, 3] },
    );
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
      // Beside the text, an HTML part made from the same template: same words, same link, with text.
      expect(message!.contentType).toBe('multipart/alternative');
      expect(message!.html).toContain(`<html lang="${p.language}" dir="ltr">`);
      expect(message!.html).toContain(
        `<h1 style="font-size:20px;line-height:1.3;margin:0 0 16px">${p.subject}</h1>`,
      );
      for (const word of p.words) expect(message!.html, `html ${p.language}: ${word}`).toContain(word);
      const token = /invitation\?token=([\w-]+)/.exec(message!.text)![1];
      expect(message!.html).toMatch(
        new RegExp(`<a href="http://brug\\.test/invitation\\?token=${token}"[^>]*>[^<]+</a>`),
      );
      expect(message!.html).not.toMatch(/<a [^>]*>\s*<\/a>/);
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
    // The moment it went, in the server's clock (the statement is prepared: the time is a parameter).
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(Math.abs(sent.sentAt!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(sent.sentAt!.getTime()).toBeGreaterThanOrEqual(sent.createdAt.getTime() - 1000);
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

  it('retries when the SMTP server refuses: the message shows retrying with its error, then sent', {
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
      return row?.status === 'retrying' ? row : undefined;
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

describe('[MAIL] an SMTP outage', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  const logs: Record<string, unknown>[] = [];
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await buildTestApp(
      { SMTP_URL: smtp.url, MAIL_FROM: 'Brug <brug@brug.test>' },
      { mailRetrySchedule: [1, 2, 3] },
    );
    t.ctx.mailer.log = pino(
      { level: 'info' },
      { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) },
    );
  }, 240_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close().catch(() => {});
  });

  const rowOf = async (id: string) => {
    const m = schema.mailMessages;
    const [row] = await t.ctx.database.db.select().from(m).where(eq(m.id, id));
    return row;
  };
  const token = 'Qk9vTjR3c0xhR2VSZW1haWxUb2tlbjEyMzQ1Njc4OTA';

  it('delivers mail queued while the server is down, once it is up again, and logs each failure without address or link', {
    timeout: 120_000,
  }, async () => {
    const zone = await createZone(t.ctx);
    await smtp.down();
    const before = smtp.received.length;
    const id = await t.ctx.mailer.queueAndDispatch({
      zoneId: zone.id,
      to: 'outage-reader@example.org',
      subject: 'Kies je wachtwoord',
      text: `Beste Lezer,\n\nKies je wachtwoord via deze link:\n\nhttp://brug.test/reset-password?token=${token}\n\nMet vriendelijke groet,\nBrug`,
      language: 'nl',
    });
    // Two attempts refused: the message waits for the next one, with its error.
    const waiting = await waitFor(async () => {
      const row = await rowOf(id);
      return row.status === 'retrying' && row.attempts >= 2 ? row : undefined;
    }, 60_000);
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    expect(waiting.sealed).not.toBeNull();
    await smtp.up();
    const sent = await waitFor(async () => {
      const row = await rowOf(id);
      return row.status === 'sent' ? row : undefined;
    }, 60_000);
    expect(sent.attempts).toBeGreaterThanOrEqual(3);
    expect(sent.lastError).toBeNull();
    expect(sent.sealed).toBeNull();
    const got = smtp.received.slice(before).filter((x) => x.to === 'outage-reader@example.org');
    expect(got).toHaveLength(1);
    expect(got[0].contentType).toBe('multipart/alternative');
    expect(got[0].text).toContain(`reset-password?token=${token}`);
    expect(got[0].html).toContain('<html lang="nl" dir="ltr">');
    expect(got[0].html).toContain(`<a href="http://brug.test/reset-password?token=${token}"`);

    // Every failure was logged, growing delays announced, and nothing personal written.
    const failures = logs.filter((l) => l.mailId === id);
    expect(failures.length).toBe(sent.attempts - 1);
    expect(failures[0]).toMatchObject({
      msg: 'mail not delivered: will retry',
      attempt: 1,
      code: 'ESOCKET',
    });
    const text = JSON.stringify(failures);
    expect(text).not.toContain('outage-reader');
    expect(text).not.toContain(token);
    const next = failures.map((l) => Date.parse(l.nextAttemptAt as string) - (l.time as number));
    expect(next[1]).toBeGreaterThan(next[0]);
  });

  it('gives up at once on mail this server cannot open (another mail key), and sends the mail after it', {
    timeout: 120_000,
  }, async () => {
    const zone = await createZone(t.ctx);
    const m = schema.mailMessages;
    const db = t.ctx.database.db;
    const mail = (to: string) => ({
      zoneId: zone.id,
      to,
      subject: 'Herinnering',
      text: 'Tot dan.\n\nBrug',
      language: 'nl',
    });
    const foreign = await t.ctx.mailer.queue(db, mail('foreign-key@example.org'));
    // As a message sealed by a server that was started with another mail key.
    const otherKey = randomBytes(32);
    await db
      .update(m)
      .set({
        sealed: sealMail(otherKey, foreign, JSON.stringify({ subject: 'x', text: 'x', attachments: [] })),
      })
      .where(eq(m.id, foreign));
    await t.ctx.mailer.dispatch([foreign]);
    const after = await t.ctx.mailer.queueAndDispatch(mail('after-foreign@example.org'));

    const failed = await waitFor(async () => {
      const r = await rowOf(foreign);
      return r.status === 'failed' ? r : undefined;
    }, 60_000);
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/mail key this server does not have/);
    expect(logs.find((l) => l.mailId === foreign && l.level === 50)).toMatchObject({
      msg: 'mail not delivered: this server cannot open it (another mail key)',
      nextAttemptAt: null,
    });
    await waitFor(async () => (await rowOf(after)).status === 'sent', 60_000);
    expect(smtp.received.filter((x) => x.to === 'foreign-key@example.org')).toEqual([]);
    // The admin sees why, and a resend is refused for the same reason.
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const undelivered = (await admin.get('/api/outbox?undelivered=true')).json();
    expect(undelivered.items.map((x: { id: string }) => x.id)).toEqual([foreign]);
    expect(undelivered.items[0].error).toMatch(/mail key/);
    const resend = await admin.post(`/api/outbox/${foreign}/resend`);
    expect(resend.statusCode).toBe(410);
    expect(resend.json().fields).toEqual({ sealed: 'unknown key' });
  });

  it('gives up after the last retry; the admin lists it with its error and sends it again', {
    timeout: 120_000,
  }, async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    await smtp.down();
    const id = await t.ctx.mailer.queueAndDispatch({
      zoneId: zone.id,
      to: 'late-reader@example.org',
      subject: 'تذكير — لقاء الحي',
      text: 'أمينة،\n\nتذكير.\n\nلقاء الحي\n\nعرض أو إلغاء: http://brug.test/activities/x/register\n\nBrug',
      language: 'ar',
    });
    const failed = await waitFor(async () => {
      const row = await rowOf(id);
      return row.status === 'failed' ? row : undefined;
    }, 60_000);
    // The first attempt and one per delay of the schedule.
    expect(failed.attempts).toBe(4);
    expect(logs.find((l) => l.mailId === id && l.level === 50)).toMatchObject({
      msg: 'mail not delivered: given up, an admin may send it again',
      nextAttemptAt: null,
    });
    const undelivered = (await admin.get('/api/outbox?undelivered=true')).json();
    expect(undelivered.items.map((x: { id: string }) => x.id)).toEqual([id]);
    expect(undelivered.items[0]).toMatchObject({ status: 'failed', attempts: 4, canResend: true });
    expect(undelivered.items[0].error).toMatch(/ECONNREFUSED/);

    expect((await coordinator.post(`/api/outbox/${id}/resend`)).statusCode).toBe(403);
    await smtp.up();
    const resent = await admin.post(`/api/outbox/${id}/resend`);
    expect(resent.statusCode).toBe(200);
    const sent = await waitFor(async () => {
      const row = await rowOf(id);
      return row.status === 'sent' ? row : undefined;
    }, 60_000);
    expect(sent.attempts).toBe(5);
    const got = smtp.received.find((x) => x.to === 'late-reader@example.org');
    // In the recipient's language and direction, the link labelled by its own words.
    expect(got?.html).toContain('<html lang="ar" dir="rtl">');
    expect(got?.html).toContain('<a href="http://brug.test/activities/x/register"');
    expect(got?.html).toContain('>عرض أو إلغاء</a>');
    // Delivered mail is not sent again.
    const again = await admin.post(`/api/outbox/${id}/resend`);
    expect(again.statusCode).toBe(409);
    expect(again.json().fields).toEqual({ status: 'sent' });
    expect((await admin.get('/api/outbox?undelivered=true')).json().items).toEqual([]);
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
