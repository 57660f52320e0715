import { type Database, schema, verifyAuditChain } from '@brug/db';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createZone, login, loginAs, type TestApp, waitFor } from '../../test/helpers.ts';
import { runCli } from '../cli.ts';
import { loadConfig } from '../config.ts';
import { openConfiguredDatabase } from '../context.ts';
import { createConfiguredDatabase } from './test-database.ts';

const PASSWORD = 'a long and unusual passphrase 17';

async function cli(env: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, env, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readPassword: async () => PASSWORD,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('[AUDIT] brug audit verify', { timeout: 240_000 }, () => {
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ env, drop } = await createConfiguredDatabase());
    env.LOG_LEVEL = 'silent';
  }, 240_000);
  afterAll(async () => drop?.(), 120_000);

  /** Runs SQL as a superuser would: with the append-only trigger switched off for the statement. */
  async function tamper(sql: string) {
    const database: Database = await openConfiguredDatabase(loadConfig(env));
    try {
      await database.executeSql(
        `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change; ${sql}; ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change`,
      );
    } finally {
      await database.close();
    }
  }

  it('creates users from the command line, each with an audit entry, and reports the chain intact', async () => {
    const first = await cli(env, 'user', 'create', '--role', 'admin', '--email', 'cli-admin@example.org');
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain('Created admin cli-admin@example.org in zone "Brug" (new zone)');
    for (const role of ['coordinator', 'colleague']) {
      expect(
        (await cli(env, 'user', 'create', '--role', role, '--email', `cli-${role}@example.org`)).code,
      ).toBe(0);
    }
    // zone.create + 3 × user.create
    expect(await cli(env, 'audit', 'verify')).toEqual({ code: 0, out: 'OK, 4 entries', err: '' });
  });

  it('refuses a short or common password, an unknown role and a taken address', async () => {
    const withPassword = (password: string) =>
      runCli(['user', 'create', '--role', 'admin', '--email', 'weak@example.org'], env, {
        out: () => {},
        err: () => {},
        readPassword: async () => password,
      });
    expect(await withPassword('short')).toBe(1);
    expect(await withPassword('password1234567')).toBe(1);
    const role = await cli(env, 'user', 'create', '--role', 'chief', '--email', 'x@example.org');
    expect(role).toMatchObject({ code: 2, err: expect.stringContaining('--role') });
    const taken = await cli(env, 'user', 'create', '--role', 'admin', '--email', 'cli-admin@example.org');
    expect(taken).toMatchObject({ code: 1, err: expect.stringContaining('already in use') });
  });

  it('refuses changes while the append-only trigger is on', async () => {
    const database = await openConfiguredDatabase(loadConfig(env));
    try {
      await expect(
        database.executeSql('UPDATE audit_log SET action = $1 WHERE id = 1', ['x']),
      ).rejects.toThrow(/append-only/);
      await expect(database.executeSql('DELETE FROM audit_log WHERE id = $1', [1])).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await database.close();
    }
  });

  // Each step breaks an earlier entry than the one before, so each is the first break found.
  it('detects an entry changed directly in the database', async () => {
    await tamper(`UPDATE audit_log SET details = '{"role":"admin","via":"cli"}' WHERE id = 4`);
    const res = await cli(env, 'audit', 'verify');
    expect(res.code).toBe(1);
    expect(res.err).toContain('BROKEN at entry 4 (user.create');
    expect(res.err).toContain('entry changed');
  });

  it('detects a broken link', async () => {
    await tamper(`UPDATE audit_log SET prev_hash = '${'f'.repeat(64)}' WHERE id = 3`);
    const res = await cli(env, 'audit', 'verify');
    expect(res.code).toBe(1);
    expect(res.err).toContain('BROKEN at entry 3');
    expect(res.err).toContain('link broken');
  });

  it('detects a deleted entry', async () => {
    await tamper('DELETE FROM audit_log WHERE id = 2');
    const res = await cli(env, 'audit', 'verify');
    expect(res.code).toBe(1);
    expect(res.err).toContain('BROKEN at entry 2');
    expect(res.err).toContain('entry missing');
  });
});

describe('[AUDIT] every user and role change is written to the audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  }, 240_000);
  afterAll(async () => t?.close(), 120_000);

  const actionsFor = async (userId: string) =>
    (
      await t.ctx.database.db
        .select({ action: schema.auditLog.action })
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.targetType, 'user'), eq(schema.auditLog.targetId, userId)))
        .orderBy(asc(schema.auditLog.id))
    ).map((r) => r.action);

  it('records invitation, acceptance, profile, password, role, deactivation and reactivation', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const invited = await admin.post('/api/users', {
      email: 'audited@example.org',
      displayName: 'Audited',
      role: 'colleague',
      language: 'en',
    });
    expect(invited.statusCode).toBe(201);
    const id = invited.json().id as string;
    expect((await admin.post(`/api/users/${id}/resend-invitation`)).statusCode).toBe(200);
    const mail = await waitFor(async () => {
      const list = (await admin.get('/api/outbox')).json().items as { id: string; to: string }[];
      return list.filter((m) => m.to === 'audited@example.org').at(0);
    });
    // The outbox shows the link redacted; the invitee's own copy carries it.
    const token = /token=([\w-]+)/.exec((await t.ctx.mailer.compose(mail.id))!.text)![1];
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: PASSWORD },
    });
    expect(accepted.statusCode).toBe(200);
    const user = await login(t.app, 'audited@example.org', PASSWORD);
    expect((await user.patch('/api/me', { language: 'fr' })).statusCode).toBe(200);
    expect(
      (await user.post('/api/me/password', { currentPassword: PASSWORD, newPassword: `${PASSWORD} new` }))
        .statusCode,
    ).toBe(200);
    expect((await admin.patch(`/api/users/${id}`, { role: 'coordinator' })).statusCode).toBe(200);
    expect((await admin.patch(`/api/users/${id}`, { status: 'deactivated' })).statusCode).toBe(200);
    expect((await admin.patch(`/api/users/${id}`, { status: 'active' })).statusCode).toBe(200);

    expect(await actionsFor(id)).toEqual([
      'user.invite',
      'user.invite.resend',
      'user.activate',
      'user.profile.update',
      'user.password.change',
      'user.role.change',
      'user.deactivate',
      'user.reactivate',
    ]);
    const [roleChange] = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'user.role.change'), eq(schema.auditLog.targetId, id)));
    expect(roleChange.details).toEqual({ from: 'colleague', to: 'coordinator' });
    expect(await verifyAuditChain(t.ctx.database.db)).toMatchObject({ ok: true });
  });

  it('writes no audit entry for a refused change', async () => {
    const zone = await createZone(t.ctx);
    const { client: colleague } = await loginAs(t, zone.id, 'colleague');
    const { user: target } = await loginAs(t, zone.id, 'partner');
    const before = await actionsFor(target.id);
    expect((await colleague.patch(`/api/users/${target.id}`, { role: 'admin' })).statusCode).toBe(403);
    expect(await actionsFor(target.id)).toEqual(before);
  });
});
