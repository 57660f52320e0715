import { execFileSync } from 'node:child_process';
import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { getKeyStore } from '../vault/access.ts';
import { open, SealError } from '../vault/crypto.ts';
import { OTHER_ROLES, signIn, zoneWithOpenVault } from '../vault/test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

/** Sentences that must never appear in the clear anywhere in the database. */
const SECRETS = [
  'Agent Peeters sprak onze jongeren in het Kiel steeds aan op hun afkomst',
  'Bij de vzw Nachtlicht durft niemand nog aangifte te doen',
  'Het bestuur van moskee Al-Nour vreest represailles na het overleg',
];
const consent = { given: true, method: 'written', recordedAt: '2026-11-20T10:00:00+01:00' } as const;

async function interviewWithNotes(
  researcher: Awaited<ReturnType<typeof zoneWithOpenVault>>['researcher'],
  notes: string,
) {
  const created = await researcher.post('/api/interviews', {
    source: 'vzw Nachtlicht, coördinator',
    consent,
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  const saved = await researcher.put(`/api/interviews/${id}/notes`, {
    html: `<p>${notes}</p>`,
    baseVersion: 0,
  });
  expect(saved.statusCode).toBe(200);
  return { id, pseudonym: created.json().pseudonym as string };
}

describe('[CONVERSATIONS] confidential interviews', { timeout: 180_000 }, () => {
  it('records an interview under a pseudonym, autosaves notes with versions, and lists no content', async () => {
    const { researcher } = await zoneWithOpenVault(t);
    const { id, pseudonym } = await interviewWithNotes(researcher, SECRETS[0]);
    expect(pseudonym).toBe('B-01');
    const second = await researcher.post('/api/interviews', { consent });
    expect(second.json().pseudonym).toBe('B-02');
    const dup = await researcher.post('/api/interviews', { pseudonym: 'B-01', consent });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().fields).toEqual({ pseudonym: 'already in use' });
    const bad = await researcher.post('/api/interviews', { pseudonym: 'Jan', consent });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['pseudonym']);

    const stale = await researcher.put(`/api/interviews/${id}/notes`, {
      html: '<p>ouder</p>',
      baseVersion: 0,
    });
    expect(stale.statusCode).toBe(409);
    const noVersion = await researcher.put(`/api/interviews/${id}/notes`, { html: '<p>x</p>' });
    expect(noVersion.statusCode).toBe(400);
    expect(Object.keys(noVersion.json().fields)).toEqual(['baseVersion']);

    const one = await researcher.get(`/api/interviews/${id}`);
    expect(one.json()).toMatchObject({
      pseudonym: 'B-01',
      notesVersion: 1,
      notesHtml: `<p>${SECRETS[0]}</p>`,
      source: 'vzw Nachtlicht, coördinator',
      consent,
    });
    const list = await researcher.get('/api/interviews');
    expect(list.body).not.toContain('Peeters');
    expect(list.body).not.toContain('Nachtlicht');
    expect(Object.keys(list.json().items[0]).sort()).toEqual(
      ['createdAt', 'id', 'notesVersion', 'pseudonym', 'status', 'updatedAt'].sort(),
    );
  });

  it('gives every other role 403 on every confidential endpoint and leaves the row unchanged', async () => {
    const { zone, researcher } = await zoneWithOpenVault(t);
    const { id } = await interviewWithNotes(researcher, SECRETS[1]);
    const [before] = await t.ctx.database.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.id, id));
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      const calls = [
        ['GET /api/interviews', () => client.get('/api/interviews')],
        ['POST /api/interviews', () => client.post('/api/interviews', { consent })],
        ['GET /api/interviews/:id', () => client.get(`/api/interviews/${id}`)],
        ['PATCH /api/interviews/:id', () => client.patch(`/api/interviews/${id}`, { status: 'held' })],
        [
          'PUT notes',
          () => client.put(`/api/interviews/${id}/notes`, { html: '<p>overschreven</p>', baseVersion: 1 }),
        ],
        ['POST withdraw', () => client.post(`/api/interviews/${id}/withdraw`, { confirm: true })],
        ['POST enrolments', () => client.post('/api/vault/enrolments', { userId: id })],
      ] as const;
      for (const [name, call] of calls) {
        const res = await call();
        expect(res.statusCode, `${role} ${name}`).toBe(403);
        expect(res.body).not.toContain('Nachtlicht');
      }
    }
    const [after] = await t.ctx.database.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.id, id));
    expect(after).toEqual(before);
    expect((await researcher.get(`/api/interviews/${id}`)).json().notesHtml).toContain('Nachtlicht');
  });

  it('keeps zones apart and refuses a researcher whose vault is locked', async () => {
    const a = await zoneWithOpenVault(t);
    const b = await zoneWithOpenVault(t);
    const { id } = await interviewWithNotes(a.researcher, 'zone A only');
    expect((await b.researcher.get(`/api/interviews/${id}`)).statusCode).toBe(404);
    expect(
      (await b.researcher.put(`/api/interviews/${id}/notes`, { html: 'x', baseVersion: 1 })).statusCode,
    ).toBe(404);
    expect((await b.researcher.get('/api/interviews')).json().items).toEqual([]);
    const { client: unenrolled } = await signIn(t, a.zone.id, 'researcher');
    expect((await unenrolled.get(`/api/interviews/${id}`)).statusCode).toBe(409);
    await a.researcher.post('/api/vault/lock');
    const locked = await a.researcher.get(`/api/interviews/${id}`);
    expect(locked.statusCode).toBe(409);
    expect(locked.body).not.toContain('zone A only');
  });

  it('audits every read and change in the bureau scope, without content; the zone audit shows none of it', async () => {
    const { researcher, admin } = await zoneWithOpenVault(t);
    const { id } = await interviewWithNotes(researcher, SECRETS[2]);
    await researcher.get(`/api/interviews/${id}`);
    const entries = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.targetId, id));
    expect(entries.map((e) => e.action).sort()).toEqual([
      'interview.create',
      'interview.notes.save',
      'interview.read',
    ]);
    expect(entries.every((e) => e.scope === 'bureau')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('moskee');
    const zoneAudit = await admin.get('/api/audit?pageSize=200');
    expect(zoneAudit.statusCode).toBe(200);
    expect(zoneAudit.body).not.toContain('interview.');
    expect(zoneAudit.body).not.toContain('moskee');
  });

  it('withdrawal destroys the sub-key: no API and no key returns the text any more', async () => {
    const { researcher } = await zoneWithOpenVault(t);
    const secret = 'Deze getuigenis wordt ingetrokken door de bron';
    const { id } = await interviewWithNotes(researcher, secret);
    const [before] = await t.ctx.database.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.id, id));
    expect(before.sealedNotes).toMatch(/^v1\./);

    expect((await researcher.post(`/api/interviews/${id}/withdraw`, {})).statusCode).toBe(400);
    const res = await researcher.post(`/api/interviews/${id}/withdraw`, { confirm: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('withdrawn');

    const after = await researcher.get(`/api/interviews/${id}`);
    expect(after.json()).toMatchObject({ status: 'withdrawn', notesHtml: null, source: null, consent: null });
    expect(after.body).not.toContain('ingetrokken');
    expect(
      (await researcher.put(`/api/interviews/${id}/notes`, { html: 'x', baseVersion: 1 })).statusCode,
    ).toBe(410);
    expect((await researcher.post(`/api/interviews/${id}/withdraw`, { confirm: true })).statusCode).toBe(410);

    const [row] = await t.ctx.database.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.id, id));
    expect(row).toMatchObject({
      wrappedSubKey: null,
      sealedNotes: null,
      sealedSource: null,
      sealedConsent: null,
    });
    // A copy of the old ciphertext (a replica, say) does not open with the bureau's data key either.
    const keys = getKeyStore(t.ctx) as unknown as { entries: Map<string, { dataKey: Buffer }> };
    const dataKeys = [...keys.entries.values()].map((e) => e.dataKey);
    expect(dataKeys.length).toBeGreaterThan(0);
    for (const key of dataKeys) {
      expect(() => open(key, before.sealedNotes!, `interview:${id}:notes`)).toThrow(SealError);
    }
    const [withdrawal] = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'interview.withdraw'));
    expect(withdrawal).toMatchObject({ scope: 'bureau', targetId: id });
  });

  it('a full dump of the database holds none of the notes in the clear', async () => {
    const { researcher } = await zoneWithOpenVault(t);
    for (const s of SECRETS) await interviewWithNotes(researcher, s);
    const database = t.ctx.database;
    let dump: string;
    if (database.kind === 'postgres') {
      const url = (database.pool!.options as { connectionString: string }).connectionString;
      dump = execFileSync('pg_dump', ['--no-owner', '--data-only', url], {
        maxBuffer: 512 * 1024 * 1024,
      }).toString('latin1');
    } else {
      await database.executeSql('CHECKPOINT');
      const tar = await database.pglite!.dumpDataDir('none');
      dump = Buffer.from(await tar.arrayBuffer()).toString('latin1');
    }
    // The dump is real: a plain value stored beside the notes is in it.
    expect(dump).toContain('Bureau Luister');
    for (const s of SECRETS) {
      expect(dump).not.toContain(s);
      expect(dump).not.toContain(s.slice(0, 20));
    }
    expect(dump).not.toContain('Nachtlicht');
  });
});
