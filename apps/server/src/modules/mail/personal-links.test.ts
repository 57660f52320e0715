import { execFileSync } from 'node:child_process';
import { schema } from '@brug/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';
import { asDelivered } from '../../../test/mail.ts';
import { buildPublishedFinding } from '../initiatives/test-factories.ts';
import { answerAsContact, invitedToConversation, tokenOf } from '../outreach/test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const LIVE_TOKEN = /token=[\w-]{20,}/;
type OutboxItem = {
  id: string;
  to: string;
  subject: string;
  language: string | null;
  text: string | null;
  confidential: boolean;
  status: string;
  attempts: number;
  error: string | null;
  canHandOver: boolean;
};

const outbox = async (admin: Client) =>
  (await admin.get('/api/outbox?pageSize=200')).json().items as OutboxItem[];
const anonymous = (url: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url, payload });

/** Everything the database holds, as text: what a dump gives whoever reads it. */
async function databaseAsText(): Promise<string> {
  const db = t.ctx.database;
  if (db.kind === 'pglite') {
    const tar = await db.pglite!.dumpDataDir('none');
    return Buffer.from(await tar.arrayBuffer()).toString('latin1');
  }
  const url = process.env.TEST_DATABASE_URL!;
  const result = (await db.db.execute(sql`select current_database() as name`)) as unknown as {
    rows: { name: string }[];
  };
  const [{ name }] = result.rows;
  const target = new URL(url);
  target.pathname = `/${name}`;
  return execFileSync('pg_dump', ['--data-only', target.toString()], {
    maxBuffer: 256 * 1024 * 1024,
  }).toString();
}

describe('[MAIL] a password reset link is for its recipient only', { timeout: 180_000 }, () => {
  it('the admin cannot read a reset link in the outbox, nor take over a partner or a researcher', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const partner = await loginAs(t, zone.id, 'partner');
    const researcher = await loginAs(t, zone.id, 'researcher');
    for (const victim of [partner.user, researcher.user]) {
      const asked = await anonymous('/api/auth/password-reset/request', { email: victim.email });
      expect(asked.statusCode).toBe(200);
    }
    const items = await outbox(admin);
    const resets = items.filter((m) => m.subject === 'Nieuw wachtwoord voor Brug');
    expect(resets.map((m) => m.to).sort()).toEqual([partner.user.email, researcher.user.email].sort());
    for (const m of resets) {
      expect(m).toMatchObject({
        language: 'nl',
        status: 'outbox',
        attempts: 0,
        error: null,
        canHandOver: false,
      });
      expect(m.text).not.toMatch(LIVE_TOKEN);
      expect(m.text).not.toContain('/reset-password?');
      expect(m.text).toContain('[persoonlijke link — alleen voor de ontvanger]');
      // Nor may he have it handed over: 403, naming why.
      const handOver = await admin.post(`/api/outbox/${m.id}/hand-over`);
      expect(handOver.statusCode).toBe(403);
      expect(handOver.json().fields).toMatchObject({ purpose: 'not an account invitation' });
    }
    // Anything the admin can read, tried as a token, opens nothing; both passwords are unchanged.
    const before = await t.ctx.database.db
      .select({ id: schema.users.id, hash: schema.users.passwordHash })
      .from(schema.users);
    for (const m of resets) {
      for (const word of (m.text ?? '').split(/\s+/).filter((w) => w.length >= 10)) {
        const res = await anonymous('/api/auth/password-reset', {
          token: word.slice(0, 200),
          password: 'taken over by the admin 1',
        });
        expect(res.statusCode).not.toBe(200);
      }
    }
    const after = await t.ctx.database.db
      .select({ id: schema.users.id, hash: schema.users.passwordHash })
      .from(schema.users);
    expect(after).toEqual(before);
    // The recipient's own mail does carry a working link.
    const [delivered] = await asDelivered(
      t,
      await t.ctx.database.db
        .select()
        .from(schema.mailMessages)
        .where(eq(schema.mailMessages.to, partner.user.email)),
    );
    expect(delivered.text).toMatch(/http:\/\/brug\.test\/reset-password\?token=[\w-]{40,}/);
  });

  it('a new user’s first invitation may be handed over by the admin without SMTP, once, and never after it was accepted', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const res = await admin.post('/api/users', {
      email: 'nieuw-hand@example.org',
      displayName: 'Nieuw',
      role: 'partner',
      language: 'fr',
    });
    expect(res.statusCode).toBe(201);
    const [item] = (await outbox(admin)).filter((m) => m.to === 'nieuw-hand@example.org');
    expect(item).toMatchObject({ language: 'fr', canHandOver: true });
    expect(item.text).not.toMatch(LIVE_TOKEN);
    expect(item.text).toContain('[lien personnel — réservé au destinataire]');
    const handed = await admin.post(`/api/outbox/${item.id}/hand-over`);
    expect(handed.statusCode).toBe(200);
    const token = tokenOf(handed.json().text);
    const accepted = await anonymous('/api/invitations/accept', {
      token,
      password: 'mon tout premier mot de passe',
    });
    expect(accepted.statusCode).toBe(200);
    const after = (await outbox(admin)).find((m) => m.id === item.id)!;
    expect(after.canHandOver).toBe(false);
    const again = await admin.post(`/api/outbox/${item.id}/hand-over`);
    expect(again.statusCode).toBe(410);
    expect(again.json().fields).toMatchObject({ status: 'active' });
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    expect((await coordinator.post(`/api/outbox/${item.id}/hand-over`)).statusCode).toBe(403);
    expect((await admin.post('/api/outbox/not-an-id/hand-over')).statusCode).toBe(400);
    const audit = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'mail.hand-over'));
    expect(audit).toHaveLength(1);
  });
});

describe('[MAIL] links that act as a contact, a volunteer or a registrant are theirs alone', {
  timeout: 240_000,
}, () => {
  const liveTokens: string[] = [];

  it('the outbox shows no live link to answer an invitation or manage a booking; the booking itself is for the bureau', async () => {
    const z = await invitedToConversation(t, ['Amal Diallo']);
    const { client: admin } = await loginAs(t, z.zoneId, 'admin');
    const email = z.emails[0];
    const [invite] = await asDelivered(t, await z.mails(email));
    const answerToken = tokenOf(invite.text);
    liveTokens.push(answerToken);
    const answered = await answerAsContact(t, answerToken, { answer: 'accept', slotId: z.first });
    expect(answered.statusCode).toBe(200);
    const mails = await asDelivered(t, await z.mails(email));
    const confirmation = mails.find((m) => m.text.includes('/invitations/booking?'))!;
    const manageToken = tokenOf(confirmation.text.split('/invitations/booking?')[1]);
    liveTokens.push(manageToken);
    // The link works for the contact…
    expect((await t.app.inject({ url: `/api/public/booking?token=${manageToken}` })).statusCode).toBe(200);
    // …and is nowhere in what the admin reads; nor are the time and place of the conversation.
    const items = (await outbox(admin)).filter((m) => m.to === email);
    expect(items).toHaveLength(2);
    for (const m of items) {
      expect(JSON.stringify(m)).not.toMatch(LIVE_TOKEN);
      expect(JSON.stringify(m)).not.toContain(manageToken);
    }
    const booked = items.find((m) => m.confidential)!;
    expect(booked).toMatchObject({
      text: null,
      language: 'fr',
      subject: expect.stringContaining('entretien confidentiel'),
    });
    expect(JSON.stringify(items)).not.toContain('Bureau Luister, Antwerpen');
    expect(JSON.stringify(items)).not.toContain('30 mars');
    const invitation = items.find((m) => !m.confidential)!;
    expect(invitation.text).toContain('[lien personnel — réservé au destinataire]');
    // Without SMTP, the bureau reads the booking to pass it on — with its link still hidden.
    const forBureau = (await z.researcher.get('/api/outbox/confidential')).json().items as {
      id: string;
      text: string;
    }[];
    const same = forBureau.find((m) => m.id === booked.id)!;
    expect(same.text).toContain('Bureau Luister, Antwerpen');
    expect(same.text).not.toContain(manageToken);
    expect((await admin.get('/api/outbox/confidential')).statusCode).toBe(403);
  });

  it('the outbox shows no live link to reply to an assignment', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const colleague = await loginAs(t, zone.id, 'colleague');
    const applied = await colleague.client.post('/api/volunteers/applications', {
      motivation: 'Ik wil het vertrouwen in mijn wijk versterken.',
      unit: 'Wijkwerking Noord',
      district: 'Borgerhout',
      languages: [{ code: 'nl', level: 'native' }],
      topicIds: [],
      availability: { patterns: ['weekends'], dates: [] },
      maxHoursPerMonth: 10,
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const volunteerId = applied.json().id as string;
    for (const status of ['accepted', 'active'])
      await coordinator.post(`/api/volunteers/${volunteerId}/status`, { status });
    const activity = (
      await coordinator.post('/api/volunteer-activities', {
        title: 'Infosessie',
        startsAt: '2027-12-11T14:00:00+01:00',
        endsAt: '2027-12-11T16:00:00+01:00',
        needed: 1,
      })
    ).json();
    await coordinator.post(`/api/volunteer-activities/${activity.activityId}/invitations`, {
      volunteerIds: [volunteerId],
    });
    const rows = await t.ctx.database.db
      .select()
      .from(schema.mailMessages)
      .where(eq(schema.mailMessages.to, colleague.user.email));
    const [delivered] = await asDelivered(t, rows.slice(-1));
    const reply = /token=([\w-]+)&answer=accept/.exec(delivered.text)![1];
    liveTokens.push(reply);
    const items = (await outbox(admin)).filter((m) => m.to === colleague.user.email);
    expect(items.length).toBeGreaterThan(0);
    for (const m of items) expect(JSON.stringify(m)).not.toContain(reply);
    expect(items.at(0)!.text).toContain('[persoonlijke link — alleen voor de ontvanger]');
    const answered = await anonymous('/api/volunteers/assignments/respond', {
      token: reply,
      answer: 'accept',
    });
    expect(answered.statusCode, answered.body).toBe(200);
  });

  it('the outbox shows no live link to manage a registration', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const finding = await buildPublishedFinding(t.ctx, zone.id);
    const initiative = (
      await coordinator.post('/api/initiatives', {
        type: 'workshop',
        title: 'Je rechten',
        findingIds: [finding],
      })
    ).json();
    for (const to of ['proposal', 'co_design', 'planned'])
      await coordinator.post(`/api/initiatives/${initiative.id}/transition`, { to });
    const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const activity = (
      await coordinator.post(`/api/initiatives/${initiative.id}/activities`, {
        startsAt: hours(72),
        endsAt: hours(74),
        place: 'Buurthuis Kiel',
        capacity: 5,
        languages: ['nl'],
      })
    ).json();
    const registered = await anonymous(`/api/public/activities/${activity.id}/registrations`, {
      name: 'Mina',
      contact: 'mina-registrant@example.org',
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const token = registered.json().token as string;
    liveTokens.push(token);
    const items = (await outbox(admin)).filter((m) => m.to === 'mina-registrant@example.org');
    expect(items).toHaveLength(1);
    expect(JSON.stringify(items)).not.toContain(token);
    expect(items[0].text).toContain('[persoonlijke link — alleen voor de ontvanger]');
    const [delivered] = await asDelivered(
      t,
      await t.ctx.database.db
        .select()
        .from(schema.mailMessages)
        .where(eq(schema.mailMessages.to, 'mina-registrant@example.org')),
    );
    expect(delivered.text).toContain(`/registration?token=${token}`);
  });

  it('a dump of the database holds none of those live links (pg_dump, or the PGlite data folder)', async () => {
    expect(liveTokens).toHaveLength(4);
    // A reset link too, still waiting in the outbox.
    const zone = await createZone(t.ctx);
    const { user } = await loginAs(t, zone.id, 'colleague');
    await anonymous('/api/auth/password-reset/request', { email: user.email });
    const [reset] = await asDelivered(
      t,
      await t.ctx.database.db
        .select()
        .from(schema.mailMessages)
        .where(eq(schema.mailMessages.to, user.email)),
    );
    const resetToken = tokenOf(reset.text);
    await t.ctx.database.db.execute(sql`checkpoint`);
    const dump = await databaseAsText();
    expect(dump).toContain(user.email); // the dump is real and readable…
    for (const token of [...liveTokens, resetToken]) expect(dump).not.toContain(token); // …but holds no link
  });
});
