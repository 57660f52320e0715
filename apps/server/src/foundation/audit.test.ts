import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appendAudit, auditedWrite, type Database, hashAuditEntry, schema, verifyAuditChain } from '@brug/db';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createZone, login, loginAs, type TestApp, waitFor } from '../../test/helpers.ts';
import { runCli } from '../cli.ts';
import { loadConfig } from '../config.ts';
import { openConfiguredDatabase } from '../context.ts';
import { verifyAnchoredChain } from '../modules/audit/anchor.ts';
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
    // zone.create + 3 × user.create, a checkpoint signed after each command
    const ok = await cli(env, 'audit', 'verify');
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(ok.out).toMatch(/^OK, 4 entries, 3 signed checkpoints in .+ \(key [0-9a-f]{16}\)$/);
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

  async function rows() {
    const database: Database = await openConfiguredDatabase(loadConfig(env));
    try {
      return await database.db.select().from(schema.auditLog).orderBy(asc(schema.auditLog.id));
    } finally {
      await database.close();
    }
  }
  const sqlRow = (r: typeof schema.auditLog.$inferSelect) =>
    `INSERT INTO audit_log (id, zone_id, at, actor_id, actor_email, action, target_type, target_id, details, scope, prev_hash, hash) VALUES (${r.id}, ${r.zoneId ? `'${r.zoneId}'` : 'NULL'}, '${new Date(r.at).toISOString()}', NULL, NULL, '${r.action}', ${r.targetType ? `'${r.targetType}'` : 'NULL'}, ${r.targetId ? `'${r.targetId}'` : 'NULL'}, '${JSON.stringify(r.details)}', '${r.scope}', '${r.prevHash}', '${r.hash}')`;

  it('detects a superuser rewrite with every hash recomputed, which the chain alone cannot', async () => {
    const original = (await rows()).at(-1)!;
    const forged = { ...original, details: { role: 'admin', via: 'cli' } };
    const hash = hashAuditEntry(forged);
    await tamper(`DELETE FROM audit_log WHERE id = 4; ${sqlRow({ ...forged, hash })}`);
    const database = await openConfiguredDatabase(loadConfig(env));
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
    await database.close();
    const res = await cli(env, 'audit', 'verify');
    expect(res, JSON.stringify(res)).toMatchObject({ code: 1, out: '' });
    expect(res.err).toContain('BROKEN: entry 4 is not the one the checkpoint of');
    expect(res.err).toContain('rewritten');
    await tamper(`DELETE FROM audit_log WHERE id = 4; ${sqlRow(original)}`);
    expect((await cli(env, 'audit', 'verify')).code).toBe(0);
  });

  it('detects entries cut off the end of the log', async () => {
    const original = (await rows()).at(-1)!;
    await tamper('DELETE FROM audit_log WHERE id = 4');
    const res = await cli(env, 'audit', 'verify');
    expect(res.code).toBe(1);
    expect(res.err).toContain('entries were removed from the end: the log ends at entry 3');
    expect(res.err).toContain('recorded entry 4');
    await tamper(sqlRow(original));
    expect((await cli(env, 'audit', 'verify')).code).toBe(0);
  });

  it('detects an edited checkpoint file, and checks a head kept elsewhere with --expect', async () => {
    const file = path.join(env.AUDIT_DIR, 'checkpoints.jsonl');
    const kept = readFileSync(file, 'utf8');
    const last = JSON.parse(kept.trim().split('\n').at(-1)!);
    writeFileSync(file, `${kept}${JSON.stringify({ ...last, id: 9 })}\n`);
    const forged = await cli(env, 'audit', 'verify');
    expect(forged.code).toBe(1);
    expect(forged.err).toContain('checkpoint of entry 9 has no valid signature');
    writeFileSync(file, kept);

    const head = `${last.id}:${last.hash}`;
    expect(await cli(env, 'audit', 'verify', '--expect', head)).toMatchObject({
      code: 0,
      out: expect.stringContaining('head 4 as expected'),
    });
    const other = await cli(env, 'audit', 'verify', '--expect', `4:${'a'.repeat(64)}`);
    expect(other.err).toContain('entry 4 is not the one the expected head recorded');
    const longer = await cli(env, 'audit', 'verify', '--expect', `7:${last.hash}`);
    expect(longer.err).toContain('the expected head recorded entry 7');
    expect((await cli(env, 'audit', 'verify', '--expect', 'latest')).code).toBe(2);
  });

  // Each step breaks an earlier entry than the one before, so each is the first break found.
  it('detects an entry changed directly in the database', async () => {
    await tamper(`UPDATE audit_log SET details = '{"role":"admin","via":"cli"}' WHERE id = 4`);
    const res = await cli(env, 'audit', 'verify');
    expect(res.code).toBe(1);
    expect(res.err).toContain('BROKEN: entry 4: entry changed');
  });

  it('detects a broken link', async () => {
    await tamper(`UPDATE audit_log SET prev_hash = '${'f'.repeat(64)}' WHERE id = 3`);
    const res = await cli(env, 'audit', 'verify');
    expect(res.code).toBe(1);
    expect(res.err).toContain('BROKEN: entry 3: link broken');
  });

  it('detects a deleted entry', async () => {
    await tamper('DELETE FROM audit_log WHERE id = 2');
    const res = await cli(env, 'audit', 'verify');
    expect(res.code).toBe(1);
    expect(res.err).toContain('BROKEN: entry 2: entry missing');
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

  it('links entries appended at once, with awkward text, as the verifier computes them', async () => {
    const zone = await createZone(t.ctx);
    const awkward = ['Kadıköy “café” \\ \n\t "quoted"', 'עברית · العربية · 😀 · \u2028', ''];
    // 40 changes at once, each appending in its own transaction, as concurrent requests do.
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.ctx.database.db.transaction((tx) =>
          appendAudit(tx, {
            zoneId: zone.id,
            actorEmail: i % 2 ? null : `${awkward[i % 3]}@example.org`,
            action: 'test.awkward',
            targetType: i % 4 ? 'user' : null,
            targetId: String(i),
            details: { text: awkward[i % 3], nested: { list: [1, null, 'ü', { z: 1, a: [] }] }, n: i / 3 },
            scope: i % 5 ? 'zone' : 'bureau',
          }),
        ),
      ),
    );
    const rows = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'test.awkward'))
      .orderBy(asc(schema.auditLog.id));
    expect(rows).toHaveLength(40);
    for (const row of rows) expect(row.hash).toBe(hashAuditEntry(row));
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(40);
    expect(await verifyAuditChain(t.ctx.database.db)).toMatchObject({ ok: true });
  });

  it('writes a row and its entry in one statement: an entry exactly when a row changed, chained as the verifier computes it', async () => {
    const zone = await createZone(t.ctx);
    const rename = auditedWrite('test_zone_rename_audited', ['id', 'name'], schema.zones, (db, p) =>
      db
        .update(schema.zones)
        .set({ name: sql`${p.name}::text` })
        .where(eq(schema.zones.id, sql`${p.id}::uuid`))
        .returning(),
    );
    const entry = (name: string) => ({
      zoneId: zone.id,
      actorEmail: 'coordinator@example.org',
      action: 'test.audited-write',
      targetType: 'zone',
      targetId: zone.id,
      details: { name, nested: { list: [1, null, 'ü'] } },
    });
    const db = t.ctx.database.db;
    const entries = () =>
      db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'test.audited-write'));
    const [renamed] = await rename(db, { id: zone.id, name: 'Zone “Kadıköy”' }, entry('Zone “Kadıköy”'));
    expect(renamed).toMatchObject({ id: zone.id, name: 'Zone “Kadıköy”' });
    expect(renamed.createdAt).toBeInstanceOf(Date);
    const [logged] = await entries();
    expect(logged).toMatchObject({ targetId: zone.id, details: entry('Zone “Kadıköy”').details });
    expect(logged.hash).toBe(hashAuditEntry(logged));
    // No row changed: no entry either.
    const other = '00000000-0000-4000-8000-000000000000';
    expect(await rename(db, { id: other, name: 'Nergens' }, entry('Nergens'))).toEqual([]);
    expect(await entries()).toHaveLength(1);
    // A write the database refuses leaves neither the row nor the entry.
    await expect(rename(db, { id: zone.id, name: 'x\u0000' }, entry('x'))).rejects.toThrow();
    expect((await db.select().from(schema.zones).where(eq(schema.zones.id, zone.id)))[0].name).toBe(
      'Zone “Kadıköy”',
    );
    expect(await entries()).toHaveLength(1);
    // In a transaction it is part of it: rolled back, nothing stays.
    await expect(
      db.transaction(async (tx) => {
        await rename(tx, { id: zone.id, name: 'Teruggedraaid' }, entry('Teruggedraaid'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await entries()).toHaveLength(1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('chains an entry as its transaction commits: a write still at work holds no other write back', async () => {
    const zone = await createZone(t.ctx);
    const { db } = t.ctx.database;
    const entry = (action: string) => ({ zoneId: zone.id, action, targetType: 'test', targetId: action });
    const ofZone = async () =>
      (
        await db
          .select({ action: schema.auditLog.action })
          .from(schema.auditLog)
          .where(eq(schema.auditLog.zoneId, zone.id))
          .orderBy(asc(schema.auditLog.id))
      ).map((r) => r.action);
    if (t.ctx.database.kind === 'postgres') {
      // A has appended and still works; B appends and commits meanwhile. With the chain's lock taken at
      // the append, B waited for A's commit.
      let releaseA = () => {};
      const aWorks = new Promise<void>((r) => {
        releaseA = r;
      });
      let aAppended = () => {};
      const appended = new Promise<void>((r) => {
        aAppended = r;
      });
      const a = db.transaction(async (tx) => {
        await appendAudit(tx, entry('test.slow-a'));
        aAppended();
        await aWorks;
      });
      await appended;
      const b = db.transaction((tx) => appendAudit(tx, entry('test.quick-b')));
      const bFirst = await Promise.race([
        b.then(() => 'b committed'),
        new Promise((r) => setTimeout(() => r('b waits for a'), 3_000)),
      ]);
      releaseA();
      await Promise.all([a, b]);
      expect(bFirst).toBe('b committed');
      // In the order of their commits.
      expect(await ofZone()).toEqual(['test.quick-b', 'test.slow-a']);
    }
    // Entries of one transaction in the order they were appended; a rolled-back one leaves none.
    await db.transaction(async (tx) => {
      await appendAudit(tx, entry('test.first'));
      await appendAudit(tx, entry('test.second'));
    });
    await expect(
      db.transaction(async (tx) => {
        await appendAudit(tx, entry('test.rolled-back'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    const actions = await ofZone();
    expect(actions.slice(-2)).toEqual(['test.first', 'test.second']);
    expect(actions).not.toContain('test.rolled-back');
    expect(await db.select().from(schema.auditPending)).toEqual([]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});

describe('[AUDIT] the running server anchors the chain outside the database', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'brug-anchor-'));
    t = await buildTestApp({ AUDIT_DIR: dir });
  }, 240_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('signs the head after a burst of entries, shows it to admins and the bureau, not to colleagues', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const { client: researcher } = await loginAs(t, zone.id, 'researcher');
    const { client: colleague } = await loginAs(t, zone.id, 'colleague');
    const { client: partner } = await loginAs(t, zone.id, 'partner');
    for (const name of ['een', 'twee']) {
      expect(
        (
          await admin.post('/api/users', {
            email: `${name}@example.org`,
            displayName: name,
            role: 'colleague',
          })
        ).statusCode,
      ).toBe(201);
    }
    const head = await t.ctx.database.db
      .select({ id: schema.auditLog.id, hash: schema.auditLog.hash })
      .from(schema.auditLog)
      .orderBy(desc(schema.auditLog.id))
      .limit(1);
    const signed = await waitFor(async () => {
      const file = path.join(dir, 'checkpoints.jsonl');
      if (!existsSync(file)) return undefined;
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      const last = JSON.parse(lines.at(-1)!);
      return last.id === head[0].id ? last : undefined;
    });
    expect(signed.hash).toBe(head[0].hash);
    expect(statSync(path.join(dir, 'signing-key.pem')).mode & 0o077).toBe(0);

    for (const client of [admin, researcher]) {
      const view = await client.get('/api/audit/anchor');
      expect(view.statusCode).toBe(200);
      expect(view.json()).toMatchObject({
        anchored: true,
        head: `${head[0].id}:${head[0].hash}`,
        entries: head[0].id,
        intact: true,
        problem: null,
        keyFingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      });
      expect(view.json().publicKey).toContain('BEGIN PUBLIC KEY');
    }
    for (const client of [colleague, partner])
      expect((await client.get('/api/audit/anchor')).statusCode).toBe(403);
  });

  it('notices at once when the end of the log was cut behind its back, and stops signing', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    expect(
      (await admin.post('/api/users', { email: 'drie@example.org', displayName: 'Drie', role: 'colleague' }))
        .statusCode,
    ).toBe(201);
    const before = (await admin.get('/api/audit/anchor')).json();
    const lastId = Number(before.head.split(':')[0]);
    await t.ctx.database.executeSql(
      `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change; DELETE FROM audit_log WHERE id >= ${lastId - 1}; ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change`,
    );
    const after = (await admin.get('/api/audit/anchor')).json();
    expect(after).toMatchObject({ intact: false, problem: 'cut', head: before.head });
    const result = await verifyAnchoredChain(t.ctx.database.db, { anchor: t.ctx.audit });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.problem).toMatch(
      new RegExp(
        `^entries were removed from the end: the log ends at entry ${lastId - 2}, .* recorded entry ${lastId - 1}$`,
      ),
    );
  });
});
