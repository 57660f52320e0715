import { execFileSync } from 'node:child_process';
import { schema } from '@brug/db';
import { type ConsentRecord, interviewContext } from '@brug/domain';
import { type OpenVault, openWithKey, SealError, sealWithKey } from '@brug/vault-crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../test/helpers.ts';
import { OTHER_ROLES, signIn, zoneWithOpenVault } from '../vault/test-support.ts';
import { INTERVIEW_AUDIT_CONTEXT } from './interviews.ts';

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
const consent: ConsentRecord = { given: true, method: 'written', recordedAt: '2026-11-20T10:00:00+01:00' };
const SOURCE = 'vzw Nachtlicht, coördinator';

/** What the researcher's browser sends to create an interview: everything sealed, the id its own. */
async function sealedInterview(
  vault: OpenVault,
  input: { source?: string; consent?: ConsentRecord; notes?: string; pseudonym?: string } = {},
) {
  const id = crypto.randomUUID();
  const { key, wrapped } = await vault.newSubKey(interviewContext.subKey(id));
  const c = input.consent ?? consent;
  return {
    id,
    key,
    body: {
      id,
      ...(input.pseudonym ? { pseudonym: input.pseudonym } : {}),
      wrappedSubKey: wrapped,
      sealedSource: await sealWithKey(key, input.source ?? SOURCE, interviewContext.field(id, 'source')),
      sealedConsent: await sealWithKey(key, JSON.stringify(c), interviewContext.field(id, 'consent')),
      sealedNotes: await sealWithKey(key, input.notes ?? '', interviewContext.field(id, 'notes')),
      consentGiven: c.given,
    },
  };
}

async function interviewWithNotes(researcher: Client, vault: OpenVault, notes: string) {
  const made = await sealedInterview(vault);
  const created = await researcher.post('/api/interviews', made.body);
  expect(created.statusCode, created.body).toBe(201);
  const saved = await researcher.put(`/api/interviews/${made.id}/notes`, {
    sealedNotes: await sealWithKey(made.key, `<p>${notes}</p>`, interviewContext.field(made.id, 'notes')),
    baseVersion: 0,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return { id: made.id, key: made.key, pseudonym: created.json().pseudonym as string };
}

/** What the browser does with `GET /api/interviews/:id`: unwrap the sub-key, open the fields. */
async function openInterview(vault: OpenVault, view: Record<string, string | null>) {
  const id = view.id as string;
  const key = await vault.unwrapSubKey(view.wrappedSubKey!, interviewContext.subKey(id));
  return {
    source: await openWithKey(key, view.sealedSource!, interviewContext.field(id, 'source')),
    consent: JSON.parse(await openWithKey(key, view.sealedConsent!, interviewContext.field(id, 'consent'))),
    notes: await openWithKey(key, view.sealedNotes!, interviewContext.field(id, 'notes')),
  };
}

async function dumpDatabase(): Promise<string> {
  const database = t.ctx.database;
  if (database.kind === 'postgres') {
    const url = (database.pool!.options as { connectionString: string }).connectionString;
    return execFileSync('pg_dump', ['--no-owner', '--data-only', url], {
      maxBuffer: 512 * 1024 * 1024,
    }).toString('latin1');
  }
  await database.executeSql('CHECKPOINT');
  const tar = await database.pglite!.dumpDataDir('none');
  return Buffer.from(await tar.arrayBuffer()).toString('latin1');
}

/** Every row of every table, as the database operator reads them (the content of a dump). */
async function everyRow(): Promise<{ table: string; row: Record<string, unknown> }[]> {
  const db = t.ctx.database.db;
  const tables = (await db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  )) as unknown as { rows: { table_name: string }[] };
  const out = [];
  for (const { table_name } of tables.rows) {
    const res = (await db.execute(
      sql`select row_to_json(x)::text as j from ${sql.identifier(table_name)} x`,
    )) as unknown as { rows: { j: string }[] };
    for (const r of res.rows) out.push({ table: table_name, row: JSON.parse(r.j) });
  }
  return out;
}

describe('[CONVERSATIONS] confidential interviews', { timeout: 180_000 }, () => {
  it('stores what the browser sealed, autosaves with versions, and lists no content', async () => {
    const { researcher, vault } = await zoneWithOpenVault(t);
    const { id, pseudonym } = await interviewWithNotes(researcher, vault, SECRETS[0]);
    expect(pseudonym).toBe('B-01');
    const second = await researcher.post('/api/interviews', (await sealedInterview(vault)).body);
    expect(second.json().pseudonym).toBe('B-02');
    const dup = await researcher.post(
      '/api/interviews',
      (await sealedInterview(vault, { pseudonym: 'B-01' })).body,
    );
    expect(dup.statusCode).toBe(409);
    expect(dup.json().fields).toEqual({ pseudonym: 'already in use' });
    const sameId = await sealedInterview(vault);
    expect((await researcher.post('/api/interviews', sameId.body)).statusCode).toBe(201);
    const again = await researcher.post('/api/interviews', { ...sameId.body, pseudonym: 'B-77' });
    expect(again.statusCode).toBe(409);
    expect(again.json().fields).toEqual({ id: 'already in use' });
    const bad = await researcher.post('/api/interviews', {
      ...(await sealedInterview(vault)).body,
      pseudonym: 'Jan',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['pseudonym']);

    const stale = await researcher.put(`/api/interviews/${id}/notes`, {
      sealedNotes: (await sealedInterview(vault)).body.sealedNotes,
      baseVersion: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().fields).toEqual({ baseVersion: 'current version is 1' });
    const noVersion = await researcher.put(`/api/interviews/${id}/notes`, {
      sealedNotes: (await sealedInterview(vault)).body.sealedNotes,
    });
    expect(noVersion.statusCode).toBe(400);
    expect(Object.keys(noVersion.json().fields)).toEqual(['baseVersion']);

    const one = await researcher.get(`/api/interviews/${id}`);
    expect(one.json()).toMatchObject({ pseudonym: 'B-01', notesVersion: 1, consentGiven: true });
    expect(one.body).not.toContain('Peeters');
    expect(await openInterview(vault, one.json())).toEqual({
      source: SOURCE,
      consent,
      notes: `<p>${SECRETS[0]}</p>`,
    });
    const list = await researcher.get('/api/interviews');
    expect(Object.keys(list.json().items[0]).sort()).toEqual(
      ['consentGiven', 'createdOn', 'id', 'notesVersion', 'pseudonym', 'status', 'updatedOn'].sort(),
    );
    expect(list.json().items[0].createdOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses plaintext where a sealed value belongs, naming the field, and changes nothing', async () => {
    const { researcher, vault } = await zoneWithOpenVault(t);
    const { id } = await interviewWithNotes(researcher, vault, SECRETS[1]);
    const [before] = await t.ctx.database.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.id, id));
    const made = await sealedInterview(vault);
    for (const field of ['sealedSource', 'sealedConsent', 'sealedNotes', 'wrappedSubKey'] as const) {
      const res = await researcher.post('/api/interviews', { ...made.body, [field]: SECRETS[1] });
      expect(res.statusCode, field).toBe(400);
      expect(Object.keys(res.json().fields), field).toEqual([field]);
    }
    const noId = await researcher.post('/api/interviews', { ...made.body, id: 'B-01' });
    expect(Object.keys(noId.json().fields)).toEqual(['id']);
    const plainNotes = await researcher.put(`/api/interviews/${id}/notes`, {
      sealedNotes: `<p>${SECRETS[1]}</p>`,
      baseVersion: 1,
    });
    expect(plainNotes.statusCode).toBe(400);
    expect(Object.keys(plainNotes.json().fields)).toEqual(['sealedNotes']);
    const halfConsent = await researcher.patch(`/api/interviews/${id}`, { consentGiven: false });
    expect(halfConsent.statusCode).toBe(400);
    expect(Object.keys(halfConsent.json().fields)).toEqual(['sealedConsent']);
    const [after] = await t.ctx.database.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.id, id));
    expect(after).toEqual(before);
    expect((await researcher.get('/api/interviews')).json().items).toHaveLength(1);
  });

  it('a tampered or swapped ciphertext does not open in the browser, and reading it changes nothing', async () => {
    const { researcher, vault } = await zoneWithOpenVault(t);
    const a = await interviewWithNotes(researcher, vault, SECRETS[0]);
    const b = await interviewWithNotes(researcher, vault, SECRETS[1]);
    const db = t.ctx.database.db;
    const [rowA] = await db.select().from(schema.interviews).where(eq(schema.interviews.id, a.id));
    // The database operator flips one character of A's notes and copies A's source into B.
    const body = rowA.sealedNotes!;
    const flipped = body.slice(0, -2) + (body.at(-2) === 'A' ? 'B' : 'A') + body.at(-1);
    await db.update(schema.interviews).set({ sealedNotes: flipped }).where(eq(schema.interviews.id, a.id));
    await db
      .update(schema.interviews)
      .set({ sealedSource: rowA.sealedSource })
      .where(eq(schema.interviews.id, b.id));
    const [tampered] = await db.select().from(schema.interviews).where(eq(schema.interviews.id, a.id));

    const viewA = (await researcher.get(`/api/interviews/${a.id}`)).json();
    await expect(
      openWithKey(a.key, viewA.sealedNotes, interviewContext.field(a.id, 'notes')),
    ).rejects.toThrow(SealError);
    const viewB = (await researcher.get(`/api/interviews/${b.id}`)).json();
    await expect(openInterview(vault, viewB)).rejects.toThrow(SealError);
    // B's sub-key under A's id (a swapped wrapped key) does not unwrap either.
    await expect(vault.unwrapSubKey(viewB.wrappedSubKey, interviewContext.subKey(a.id))).rejects.toThrow(
      SealError,
    );
    const [after] = await db.select().from(schema.interviews).where(eq(schema.interviews.id, a.id));
    expect(after).toEqual(tampered);
  });

  it('gives every other role 403 on every confidential endpoint and leaves the row unchanged', async () => {
    const { zone, researcher, vault } = await zoneWithOpenVault(t);
    const { id } = await interviewWithNotes(researcher, vault, SECRETS[1]);
    const [before] = await t.ctx.database.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.id, id));
    const made = await sealedInterview(vault);
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      const calls = [
        ['GET /api/interviews', () => client.get('/api/interviews')],
        ['POST /api/interviews', () => client.post('/api/interviews', made.body)],
        ['GET /api/interviews/:id', () => client.get(`/api/interviews/${id}`)],
        ['PATCH /api/interviews/:id', () => client.patch(`/api/interviews/${id}`, { status: 'held' })],
        [
          'PUT notes',
          () =>
            client.put(`/api/interviews/${id}/notes`, { sealedNotes: made.body.sealedNotes, baseVersion: 1 }),
        ],
        ['POST withdraw', () => client.post(`/api/interviews/${id}/withdraw`, { confirm: true })],
      ] as const;
      for (const [name, call] of calls) {
        const res = await call();
        expect(res.statusCode, `${role} ${name}`).toBe(403);
        expect(res.body).not.toContain(before.sealedNotes!.slice(0, 30));
      }
    }
    const [after] = await t.ctx.database.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.id, id));
    expect(after).toEqual(before);
    expect((await researcher.get('/api/interviews')).json().items).toHaveLength(1);
  });

  it('keeps zones apart; a researcher outside the bureau gets 403', async () => {
    const a = await zoneWithOpenVault(t);
    const b = await zoneWithOpenVault(t);
    const { id } = await interviewWithNotes(a.researcher, a.vault, 'zone A only');
    expect((await b.researcher.get(`/api/interviews/${id}`)).statusCode).toBe(404);
    const sealedNotes = (await sealedInterview(b.vault)).body.sealedNotes;
    expect(
      (await b.researcher.put(`/api/interviews/${id}/notes`, { sealedNotes, baseVersion: 1 })).statusCode,
    ).toBe(404);
    expect((await b.researcher.get('/api/interviews')).json().items).toEqual([]);
    const { client: outsider } = await signIn(t, a.zone.id, 'researcher');
    expect((await outsider.get(`/api/interviews/${id}`)).statusCode).toBe(403);
    expect((await outsider.get('/api/interviews')).statusCode).toBe(403);
  });

  it('audits in the bureau scope without naming the interview: which one is sealed to the bureau', async () => {
    const { researcher, admin, vault, material, bureauId } = await zoneWithOpenVault(t);
    const { id, pseudonym } = await interviewWithNotes(researcher, vault, SECRETS[2]);
    await researcher.get(`/api/interviews/${id}`);
    const entries = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(sql`${schema.auditLog.action} like 'interview.%' and ${schema.auditLog.targetId} = ${bureauId}`)
      .orderBy(schema.auditLog.id);
    expect(entries.map((e) => e.action)).toEqual([
      'interview.create',
      'interview.notes.edit',
      'interview.read',
    ]);
    expect(entries.every((e) => e.scope === 'bureau' && e.targetType === 'bureau')).toBe(true);
    const text = JSON.stringify(entries);
    expect(text).not.toContain(id);
    expect(text).not.toContain(pseudonym);
    expect(text).not.toContain('moskee');
    // The bureau opens which interview it was, in the browser.
    const opened = JSON.parse(
      await vault.openBox(
        entries[1].details.sealed as string,
        INTERVIEW_AUDIT_CONTEXT,
        material.sealedPrivateKey,
      ),
    );
    expect(opened).toEqual({ interviewId: id, pseudonym });
    const zoneAudit = await admin.get('/api/audit?pageSize=200');
    expect(zoneAudit.statusCode).toBe(200);
    expect(zoneAudit.body).not.toContain('interview.');
  });

  it('audits one autosave per editing session, not one per save', async () => {
    const { researcher, vault, researcherUser } = await zoneWithOpenVault(t);
    const { id, key } = await interviewWithNotes(researcher, vault, 'eerste versie');
    for (let version = 1; version <= 5; version++) {
      const res = await researcher.put(`/api/interviews/${id}/notes`, {
        sealedNotes: await sealWithKey(key, `<p>versie ${version}</p>`, interviewContext.field(id, 'notes')),
        baseVersion: version,
      });
      expect(res.statusCode).toBe(200);
    }
    const saves = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(sql`${schema.auditLog.action} like 'interview.notes.%'`);
    expect(saves.filter((e) => e.actorId === researcherUser.id)).toHaveLength(1);
  });

  it('no dump or audit log says "B-01\'s notes were saved during contact X\'s booked hour"', async () => {
    const z = await zoneWithOpenVault(t);
    const db = t.ctx.database.db;
    // Contact X's booked hour is now: a slot, booked, around this moment.
    const [slot] = await db
      .insert(schema.slots)
      .values({
        zoneId: z.zone.id,
        bureauId: z.bureauId,
        researcherId: z.researcherUser.id,
        startsAt: new Date(Date.now() - 5 * 60_000),
        endsAt: new Date(Date.now() + 55 * 60_000),
        mode: 'place',
        location: 'Bureau Luister',
      })
      .returning();
    await db.insert(schema.bookings).values({ zoneId: z.zone.id, slotId: slot.id, icsUid: `x-${slot.id}` });
    // During it the researcher creates B-01, writes notes, marks it held, reads it again.
    const { id, pseudonym, key } = await interviewWithNotes(z.researcher, z.vault, SECRETS[0]);

    // The police admin's attempt on a dump taken at any moment: every time stamp tied to B-01 (its
    // row, or any row naming its id or pseudonym), finer than a day, that falls inside a booked slot.
    async function links() {
      const rows = await everyRow();
      const tied: { table: string; at: Date }[] = [];
      for (const { table, row } of rows) {
        const text = JSON.stringify(row);
        const names =
          table === 'interviews' ? row.id === id : text.includes(id) || text.includes(`"${pseudonym}"`);
        if (!names) continue;
        for (const v of Object.values(row)) {
          if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) continue;
          const at = new Date(v);
          if (at.getTime() % 86_400_000 !== 0) tied.push({ table, at });
        }
      }
      expect(rows.filter((r) => r.table === 'slots' && r.row.id === slot.id)).toHaveLength(1);
      // Nothing outside the interview row names it at all.
      const naming = rows.filter(
        ({ table, row }) =>
          table !== 'interviews' &&
          (JSON.stringify(row).includes(id) || JSON.stringify(row).includes(`"${pseudonym}"`)),
      );
      return {
        inside: tied.filter((x) => x.at >= slot.startsAt && x.at <= slot.endsAt),
        naming: naming.map((r) => r.table),
      };
    }
    expect(await links()).toEqual({ inside: [], naming: [] });
    await z.researcher.put(`/api/interviews/${id}/notes`, {
      sealedNotes: await sealWithKey(key, '<p>meer</p>', interviewContext.field(id, 'notes')),
      baseVersion: 1,
    });
    expect(await links()).toEqual({ inside: [], naming: [] });
    expect((await z.researcher.patch(`/api/interviews/${id}`, { status: 'held' })).statusCode).toBe(200);
    await z.researcher.get(`/api/interviews/${id}`);
    expect(await links()).toEqual({ inside: [], naming: [] });
    const [interview] = await db.select().from(schema.interviews).where(eq(schema.interviews.id, id));
    expect(interview.createdAt.getTime() % 86_400_000).toBe(0);
    expect(interview.updatedAt.getTime() % 86_400_000).toBe(0);
  });

  it('withdrawal destroys the sub-key: the old ciphertext no longer opens, not even with the data key', async () => {
    const { researcher, vault } = await zoneWithOpenVault(t);
    const secret = 'Deze getuigenis wordt ingetrokken door de bron';
    const { id } = await interviewWithNotes(researcher, vault, secret);
    const [before] = await t.ctx.database.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.id, id));
    expect(before.sealedNotes).toMatch(/^v1\./);

    expect((await researcher.post(`/api/interviews/${id}/withdraw`, {})).statusCode).toBe(400);
    const res = await researcher.post(`/api/interviews/${id}/withdraw`, { confirm: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', consentGiven: false });

    const after = await researcher.get(`/api/interviews/${id}`);
    expect(after.json()).toMatchObject({
      status: 'withdrawn',
      wrappedSubKey: null,
      sealedNotes: null,
      sealedSource: null,
      sealedConsent: null,
    });
    const sealedNotes = (await sealedInterview(vault)).body.sealedNotes;
    expect(
      (await researcher.put(`/api/interviews/${id}/notes`, { sealedNotes, baseVersion: 1 })).statusCode,
    ).toBe(410);
    expect((await researcher.patch(`/api/interviews/${id}`, { status: 'held' })).statusCode).toBe(410);
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
    expect(row.withdrawnAt!.getTime() % 86_400_000).toBe(0);
    // A copy of the old ciphertext (a replica, say) does not open with the bureau's data key either.
    await expect(vault.open(before.sealedNotes!, `interview:${id}:notes`)).rejects.toThrow(SealError);
  });

  it('a full dump of the database holds none of the notes in the clear', async () => {
    const { researcher, vault } = await zoneWithOpenVault(t);
    for (const s of SECRETS) await interviewWithNotes(researcher, vault, s);
    const dump = await dumpDatabase();
    // The dump is real: a plain value stored beside the notes is in it.
    expect(dump).toContain('Bureau Luister');
    for (const s of SECRETS) {
      expect(dump).not.toContain(s);
      expect(dump).not.toContain(s.slice(0, 20));
    }
    expect(dump).not.toContain('Nachtlicht');
  });
});
