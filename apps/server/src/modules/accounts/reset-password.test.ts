import { schema } from '@brug/db';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createZone,
  login,
  loginAs,
  TEST_PASSWORD,
  type TestApp,
} from '../../../test/helpers.ts';
import { asDelivered } from '../../../test/mail.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

let address = 0;
/** An anonymous request, each from an address of its own (resets are limited per address). */
const post = (url: string, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url,
    payload,
    remoteAddress: `10.9.${(++address >> 8) & 255}.${address & 255}`,
  });
const NEW_PASSWORD = 'a brand new passphrase 9';

async function mailsTo(email: string) {
  const rows = await t.ctx.database.db
    .select()
    .from(schema.mailMessages)
    .where(eq(schema.mailMessages.to, email))
    .orderBy(schema.mailMessages.createdAt);
  return asDelivered(t, rows);
}

/** The reset link of the newest reset mail, as its recipient reads it. */
async function resetToken(email: string) {
  const mail = (await mailsTo(email)).filter((m) => m.text.includes('/reset-password?')).at(-1)!;
  return /reset-password\?token=([\w-]+)/.exec(mail.text)![1];
}

async function auditOf(userId: string) {
  return t.ctx.database.db
    .select()
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.targetId, userId)))
    .orderBy(desc(schema.auditLog.id));
}

const hashOf = async (id: string) =>
  (await t.ctx.database.db.select().from(schema.users).where(eq(schema.users.id, id)))[0].passwordHash;

describe('[ACCOUNTS] a reset is never done behind the person’s back', { timeout: 180_000 }, () => {
  it('tells the person by mail in their language and in the app after their next login; audits the anonymous requester, not the victim', async () => {
    const zone = await createZone(t.ctx);
    const { user } = await loginAs(t, zone.id, 'partner', { language: 'fr' });
    expect((await post('/api/auth/password-reset/request', { email: user.email })).statusCode).toBe(200);
    const reset = await post('/api/auth/password-reset', {
      token: await resetToken(user.email),
      password: NEW_PASSWORD,
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ ok: true, awaitingConfirmation: false });

    const notice = (await mailsTo(user.email)).at(-1)!;
    expect(notice.subject).toBe('Votre mot de passe Brug a été modifié');
    expect(notice.text).toContain('Demandé par : une personne non connectée');
    expect(notice.text).toContain('Toutes vos sessions ont été fermées');

    const [done, requested] = (await auditOf(user.id)).filter((a) => a.action.startsWith('auth.reset'));
    expect(requested).toMatchObject({
      action: 'auth.reset.requested',
      actorId: null,
      actorEmail: null,
      details: { requestedBy: 'anonymous', address: user.email },
    });
    expect(done).toMatchObject({ action: 'auth.reset.done', actorId: null, actorEmail: null });
    expect(done.details).toMatchObject({ requestedBy: 'anonymous' });

    const client = await login(t.app, user.email, NEW_PASSWORD);
    const seen = (await client.get('/api/me/password-reset-notice')).json().notice;
    expect(seen).toMatchObject({ status: 'done', requestedBy: null, confirmedBy: null });
    const other = (await loginAs(t, zone.id, 'colleague')).client;
    expect((await other.get('/api/me/password-reset-notice')).json().notice).toBeNull();
    expect((await other.post(`/api/me/password-reset-notice/${seen.id}/dismiss`)).statusCode).toBe(404);
    expect((await client.post('/api/me/password-reset-notice/nope/dismiss')).statusCode).toBe(400);
    expect((await client.post(`/api/me/password-reset-notice/${seen.id}/dismiss`)).statusCode).toBe(200);
    expect((await client.get('/api/me/password-reset-notice')).json().notice).toBeNull();
  });

  it('records the logged-in user who asked for someone else’s reset, and names them in the mail', async () => {
    const zone = await createZone(t.ctx);
    const asker = await loginAs(t, zone.id, 'coordinator', { displayName: 'Cora Coördinator' });
    const { user } = await loginAs(t, zone.id, 'colleague');
    expect(
      (await asker.client.post('/api/auth/password-reset/request', { email: user.email })).statusCode,
    ).toBe(200);
    const [requested] = (await auditOf(user.id)).filter((a) => a.action === 'auth.reset.requested');
    expect(requested).toMatchObject({
      actorId: asker.user.id,
      actorEmail: asker.user.email,
      details: { requestedBy: 'user' },
    });
    expect((await mailsTo(user.email)).at(-1)!.text).toContain(
      `Cora Coördinator (${asker.user.email}) vroeg`,
    );
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const zone = await createZone(t.ctx);
    const { user } = await loginAs(t, zone.id, 'colleague');
    const before = await hashOf(user.id);
    const missing = await post('/api/auth/password-reset', { token: 'x'.repeat(43) });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toHaveProperty('password');
    const badEmail = await post('/api/auth/password-reset/request', { email: 'not an address' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().fields).toHaveProperty('email');
    const forged = await post('/api/auth/password-reset', { token: 'x'.repeat(43), password: NEW_PASSWORD });
    expect(forged.statusCode).toBe(410);
    expect(forged.json().fields).toMatchObject({ token: 'invalid, used or expired' });
    expect(await hashOf(user.id)).toBe(before);
  });
});

describe('[ACCOUNTS] a researcher’s reset needs the bureau', { timeout: 180_000 }, () => {
  it('holds the new password until another bureau member confirms it; neither the admin nor the researcher may', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const researcher = await loginAs(t, zone.id, 'researcher', { displayName: 'Rik Researcher' });
    const colleague = await loginAs(t, zone.id, 'researcher', { displayName: 'Bea Bureau' });
    const before = await hashOf(researcher.user.id);

    await post('/api/auth/password-reset/request', { email: researcher.user.email });
    expect((await mailsTo(researcher.user.email)).at(-1)!.text).toContain('een ander lid van het bureau');
    const used = await post('/api/auth/password-reset', {
      token: await resetToken(researcher.user.email),
      password: NEW_PASSWORD,
    });
    expect(used.statusCode).toBe(200);
    expect(used.json()).toEqual({ ok: true, awaitingConfirmation: true });
    // Nothing changed yet: the old password still works, the new one does not, the session lives on.
    expect(await hashOf(researcher.user.id)).toBe(before);
    expect((await researcher.client.get('/api/auth/me')).statusCode).toBe(200);
    await expect(login(t.app, researcher.user.email, NEW_PASSWORD)).rejects.toThrow(/401/);
    // The other bureau member is asked by mail, without any link that acts as anyone.
    const ask = (await mailsTo(colleague.user.email)).at(-1)!;
    expect(ask.subject).toBe('Bevestig een nieuw wachtwoord in het onderzoeksbureau');
    expect(ask.text).not.toMatch(/token=/);

    const pending = (await colleague.client.get('/api/auth/password-resets/pending')).json().items;
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ userId: researcher.user.id, mine: false, requestedBy: null });
    const id = pending[0].id as string;

    const byAdmin = await admin.post(`/api/auth/password-resets/${id}/confirm`);
    expect(byAdmin.statusCode).toBe(403);
    expect((await admin.get('/api/auth/password-resets/pending')).json().items).toEqual([]);
    const bySelf = await researcher.client.post(`/api/auth/password-resets/${id}/confirm`);
    expect(bySelf.statusCode).toBe(403);
    expect(bySelf.json().fields).toMatchObject({ id: 'your own reset' });
    expect((await colleague.client.post('/api/auth/password-resets/nope/confirm')).statusCode).toBe(400);
    expect(await hashOf(researcher.user.id)).toBe(before);

    expect((await colleague.client.post(`/api/auth/password-resets/${id}/confirm`)).statusCode).toBe(200);
    expect((await researcher.client.get('/api/auth/me')).statusCode).toBe(401);
    const client = await login(t.app, researcher.user.email, NEW_PASSWORD);
    expect((await client.get('/api/me/password-reset-notice')).json().notice).toMatchObject({
      status: 'done',
      confirmedBy: `Bea Bureau (${colleague.user.email})`,
    });
    expect((await mailsTo(researcher.user.email)).at(-1)!.text).toContain(
      `Bevestigd door: Bea Bureau (${colleague.user.email})`,
    );
    const confirmed = (await auditOf(researcher.user.id)).find((a) => a.action === 'auth.reset.confirmed')!;
    expect(confirmed).toMatchObject({ actorId: colleague.user.id });
    expect((await colleague.client.post(`/api/auth/password-resets/${id}/confirm`)).statusCode).toBe(410);
  });

  it('still needs the bureau when the admin changed a member’s role, and only the bureau’s members may confirm', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const member = await loginAs(t, zone.id, 'researcher');
    const other = await loginAs(t, zone.id, 'researcher');
    const outsider = await loginAs(t, zone.id, 'researcher');
    const [bureau] = await t.ctx.database.db
      .insert(schema.bureaus)
      .values({ zoneId: zone.id, name: 'Bureau Luister' })
      .returning();
    await t.ctx.database.db.insert(schema.bureauMembers).values([
      { bureauId: bureau.id, zoneId: zone.id, userId: member.user.id },
      { bureauId: bureau.id, zoneId: zone.id, userId: other.user.id },
    ]);
    // The admin makes the member a colleague first: the reset still waits for the bureau.
    expect((await admin.patch(`/api/users/${member.user.id}`, { role: 'colleague' })).statusCode).toBe(200);
    const before = await hashOf(member.user.id);
    await post('/api/auth/password-reset/request', { email: member.user.email });
    const used = await post('/api/auth/password-reset', {
      token: await resetToken(member.user.email),
      password: NEW_PASSWORD,
    });
    expect(used.json()).toEqual({ ok: true, awaitingConfirmation: true });
    expect(await hashOf(member.user.id)).toBe(before);
    const [pending] = (await other.client.get('/api/auth/password-resets/pending')).json().items;
    const byOutsider = await outsider.client.post(`/api/auth/password-resets/${pending.id}/confirm`);
    expect(byOutsider.statusCode).toBe(403);
    expect(byOutsider.json().fields).toMatchObject({ id: 'not a member of the bureau' });
    expect(await hashOf(member.user.id)).toBe(before);
    expect((await other.client.post(`/api/auth/password-resets/${pending.id}/confirm`)).statusCode).toBe(200);
    expect(await hashOf(member.user.id)).not.toBe(before);
  });

  it('lets the researcher refuse a reset they did not ask for: the old password stays', async () => {
    const zone = await createZone(t.ctx);
    const researcher = await loginAs(t, zone.id, 'researcher');
    await loginAs(t, zone.id, 'researcher');
    const before = await hashOf(researcher.user.id);
    await post('/api/auth/password-reset/request', { email: researcher.user.email });
    await post('/api/auth/password-reset', {
      token: await resetToken(researcher.user.email),
      password: NEW_PASSWORD,
    });
    const [mine] = (await researcher.client.get('/api/auth/password-resets/pending')).json().items;
    expect(mine).toMatchObject({ mine: true });
    expect((await researcher.client.post(`/api/auth/password-resets/${mine.id}/refuse`)).statusCode).toBe(
      200,
    );
    expect(await hashOf(researcher.user.id)).toBe(before);
    await login(t.app, researcher.user.email, TEST_PASSWORD);
    expect((await researcher.client.get('/api/me/password-reset-notice')).json().notice).toMatchObject({
      status: 'refused',
    });
  });

  it('refuses a researcher’s reset when no other bureau member can confirm it, and keeps the link unused', async () => {
    const zone = await createZone(t.ctx);
    const { user } = await loginAs(t, zone.id, 'researcher');
    const before = await hashOf(user.id);
    await post('/api/auth/password-reset/request', { email: user.email });
    const token = await resetToken(user.email);
    const alone = await post('/api/auth/password-reset', { token, password: NEW_PASSWORD });
    expect(alone.statusCode).toBe(409);
    expect(alone.json().fields).toMatchObject({ token: 'no other bureau member to confirm' });
    expect(await hashOf(user.id)).toBe(before);
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.userTokens)
      .where(eq(schema.userTokens.userId, user.id));
    expect(row.usedAt).toBeNull();
  });
});
