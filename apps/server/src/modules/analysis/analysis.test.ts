import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { THEME_BANKS } from '../../../../../packages/domain/test-data/themes-nl-bank.ts';
import { buildTestApp, type Client, createZone, type TestApp, waitFor } from '../../../test/helpers.ts';
import { openBureau } from '../findings/test-support.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';

// Each test opens vaults (argon2id, 128 MiB): on a loaded two-core machine that takes a while.
vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function writeNotes(researcher: Client, interviewId: string, paragraphs: string[]) {
  const html = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const res = await researcher.put(`/api/interviews/${interviewId}/notes`, { html, baseVersion: 0 });
  expect(res.statusCode, res.body).toBe(200);
  return (await researcher.get(`/api/analysis/interviews/${interviewId}/text`)).json().text as string;
}

const span = (text: string, part: string) => ({
  start: text.indexOf(part),
  end: text.indexOf(part) + part.length,
});

describe('[ANALYSIS] codebook and coding', () => {
  it('codes passages with several codes, counts passages and sources, and keeps codings through rename, move and merge', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 2);
    const starter = await researcher.post('/api/codes/starter');
    expect(starter.statusCode).toBe(201);
    const names = starter.json().items.map((c: { name: string }) => c.name);
    expect(names).toEqual([
      'Verbeterpunt',
      'Behoefte',
      'Verhaal of ervaring',
      'Idee voor een initiatief',
      'Politie en kansengroepen dichter bij elkaar',
    ]);
    expect((await researcher.post('/api/codes/starter')).statusCode).toBe(409);
    const [improvement, need] = starter.json().items;
    const child = (
      await researcher.post('/api/codes', { name: 'Tolken', parentId: need.id, colour: '#123456' })
    ).json();

    const a = await writeNotes(researcher, sources[0].id, [
      'Er was geen tolk toen mijn moeder aangifte wilde doen.',
      'De klachtenprocedure duurt maanden en niemand laat iets weten.',
    ]);
    const b = await writeNotes(researcher, sources[1].id, ['Een tolk per telefoon zou veel oplossen.']);
    const first = await researcher.post('/api/codings', {
      interviewId: sources[0].id,
      ...span(a, 'Er was geen tolk toen mijn moeder aangifte wilde doen.'),
      codeIds: [child.id, improvement.id],
      memo: 'terugkerend thema',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      pseudonym: 'B-01',
      excerpt: 'Er was geen tolk toen mijn moeder aangifte wilde doen.',
      memo: 'terugkerend thema',
    });
    await researcher.post('/api/codings', {
      interviewId: sources[1].id,
      ...span(b, 'Een tolk per telefoon'),
      codeIds: [child.id],
    });
    await researcher.post('/api/codings', {
      interviewId: sources[0].id,
      ...span(a, 'De klachtenprocedure duurt maanden'),
      codeIds: [improvement.id],
    });

    const counts = async () =>
      Object.fromEntries(
        (await researcher.get('/api/codes'))
          .json()
          .items.map((c: { name: string; passages: number; sources: number }) => [
            c.name,
            [c.passages, c.sources],
          ]),
      );
    expect(await counts()).toMatchObject({ Tolken: [2, 2], Verbeterpunt: [2, 1], Behoefte: [0, 0] });
    const forCode = (await researcher.get(`/api/codings?codeId=${child.id}`)).json().items;
    expect(forCode.map((c: { pseudonym: string }) => c.pseudonym)).toEqual(['B-01', 'B-02']);
    const co = (await researcher.get('/api/analysis/cooccurrence')).json().pairs;
    expect(co).toEqual([
      { a: [child.id, improvement.id].sort()[0], b: [child.id, improvement.id].sort()[1], passages: 1 },
    ]);

    // Rename and move keep the codings; moving under a descendant is refused.
    const renamed = await researcher.patch(`/api/codes/${child.id}`, { name: 'Tolk nodig', parentId: null });
    expect(renamed.json()).toMatchObject({ name: 'Tolk nodig', parentId: null, passages: 2, sources: 2 });
    await researcher.patch(`/api/codes/${child.id}`, { parentId: need.id });
    const cycle = await researcher.patch(`/api/codes/${need.id}`, { parentId: child.id });
    expect(cycle.statusCode).toBe(400);
    expect(Object.keys(cycle.json().fields)).toEqual(['parentId']);

    // Merging the child into "Verbeterpunt": the passage that had both counts once.
    const merged = await researcher.post(`/api/codes/${child.id}/merge`, { into: improvement.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ name: 'Verbeterpunt', passages: 3, sources: 2 });
    expect((await counts())['Tolk nodig']).toBeUndefined();
  });

  it('validates input and names the field', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 1);
    const text = await writeNotes(researcher, sources[0].id, [
      'Een korte maar volledige zin over de wijkagent.',
    ]);
    const noCodes = await researcher.post('/api/codings', {
      interviewId: sources[0].id,
      start: 0,
      end: 5,
      codeIds: [],
    });
    expect(noCodes.statusCode).toBe(400);
    expect(Object.keys(noCodes.json().fields)).toEqual(['codeIds']);
    const code = (await researcher.post('/api/codes', { name: 'Wijkagent' })).json();
    const beyond = await researcher.post('/api/codings', {
      interviewId: sources[0].id,
      start: 0,
      end: text.length + 10,
      codeIds: [code.id],
    });
    expect(beyond.statusCode).toBe(400);
    expect(Object.keys(beyond.json().fields)).toEqual(['end']);
    const badColour = await researcher.post('/api/codes', { name: 'X', colour: 'red' });
    expect(Object.keys(badColour.json().fields)).toEqual(['colour']);
    expect((await researcher.get('/api/codings')).json().items).toEqual([]);
  });

  it('keeps code names and excerpts sealed in the database, and forgets the passages of a withdrawn interview', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 1);
    const text = await writeNotes(researcher, sources[0].id, [
      'De jongeren van het Kielpark willen een sportveld.',
    ]);
    const code = (await researcher.post('/api/codes', { name: 'Geheime codenaam' })).json();
    await researcher.post('/api/codings', {
      interviewId: sources[0].id,
      start: 0,
      end: text.length,
      codeIds: [code.id],
    });
    const codeRows = await t.ctx.database.db
      .select()
      .from(schema.codes)
      .where(eq(schema.codes.zoneId, zone.id));
    const codingRows = await t.ctx.database.db
      .select()
      .from(schema.codings)
      .where(eq(schema.codings.zoneId, zone.id));
    expect(JSON.stringify(codeRows)).not.toContain('Geheime codenaam');
    expect(JSON.stringify(codingRows)).not.toContain('Kielpark');
    await researcher.post(`/api/interviews/${sources[0].id}/withdraw`, { confirm: true });
    expect((await researcher.get('/api/codings')).json().items).toEqual([]);
    expect((await researcher.get('/api/codes')).json().items[0]).toMatchObject({ passages: 0, sources: 0 });
  });
});

describe('[ANALYSIS] theme suggestions', () => {
  it('runs as a job with progress; accepting a theme makes it a code with its passages coded', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 3);
    const banks = THEME_BANKS.slice(0, 3);
    for (const [i, source] of sources.entries()) {
      // Each interview touches every theme: the themes cut across sources.
      await writeNotes(
        researcher,
        source.id,
        banks.flatMap((bank) => bank.core.slice(i * 4, i * 4 + 4)),
      );
    }
    const started = await researcher.post('/api/analysis/theme-runs', { k: 3 });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json()).toMatchObject({ status: 'running', passages: 36 });
    const run = await waitFor(async () => {
      const r = (await researcher.get(`/api/analysis/theme-runs/${started.json().id}`)).json();
      return r.status !== 'running' && r;
    }, 60_000);
    expect(run).toMatchObject({ status: 'done', progress: 100 });
    // The job went through pg-boss carrying ids only: no key and no words of the notes.
    const jobs = await t.ctx.database.executeSql(
      `select data from pgboss.job where name = 'analysis-themes' and data->>'runId' = $1`,
      [run.id],
    );
    expect(jobs.rows).toEqual([{ data: { runId: run.id, k: 3 } }]);
    expect((await researcher.get('/api/analysis/theme-runs/latest')).json()).toEqual({ id: run.id });
    expect(run.themes).toHaveLength(3);
    for (const theme of run.themes) {
      expect(theme.terms.length).toBeGreaterThan(2);
      expect(theme.passages.length).toBe(3);
      expect(theme.passages[0].pseudonym).toMatch(/^B-0\d$/);
    }
    const complaints = run.themes.find((th: { label: string }) => /klacht/.test(th.label));
    expect(complaints).toBeDefined();

    const accepted = await researcher.post(
      `/api/analysis/theme-runs/${run.id}/themes/${complaints.index}/accept`,
      { name: 'Klachten' },
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ coded: complaints.size, skipped: 0 });
    const code = (await researcher.get('/api/codes'))
      .json()
      .items.find((c: { name: string }) => c.name === 'Klachten');
    expect(code).toMatchObject({ passages: complaints.size, sources: 3 });
    expect(
      (await researcher.post(`/api/analysis/theme-runs/${run.id}/themes/${complaints.index}/accept`, {}))
        .statusCode,
    ).toBe(409);
    const other = run.themes.find((th: { index: number }) => th.index !== complaints.index);
    expect(
      (await researcher.post(`/api/analysis/theme-runs/${run.id}/themes/${other.index}/dismiss`)).statusCode,
    ).toBe(200);
    const after = (await researcher.get(`/api/analysis/theme-runs/${run.id}`)).json();
    expect(after.themes.map((th: { state: string }) => th.state).sort()).toEqual([
      'accepted',
      'dismissed',
      'open',
    ]);

    // Renaming a suggestion keeps it open; accepting it later takes the new name.
    const open = after.themes.find((th: { state: string }) => th.state === 'open');
    const url = `/api/analysis/theme-runs/${run.id}/themes/${open.index}`;
    const blank = await researcher.patch(url, { label: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(Object.keys(blank.json().fields)).toEqual(['label']);
    expect((await researcher.patch(url, { label: 'Sport en jeugd' })).statusCode).toBe(200);
    const renamed = (await researcher.get(`/api/analysis/theme-runs/${run.id}`)).json();
    expect(renamed.themes.find((th: { index: number }) => th.index === open.index)).toMatchObject({
      label: 'Sport en jeugd',
      state: 'open',
      terms: open.terms,
    });
    expect(
      (
        await researcher.patch(`/api/analysis/theme-runs/${run.id}/themes/${complaints.index}`, {
          label: 'x',
        })
      ).statusCode,
    ).toBe(409);
    expect((await researcher.post(`${url}/accept`, {})).statusCode).toBe(200);
    const codes = (await researcher.get('/api/codes')).json().items.map((c: { name: string }) => c.name);
    expect(codes).toContain('Sport en jeugd');
  });

  it('runs one at a time per bureau, and a run cut off by a stopped server shows as failed', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, user } = await openBureau(t, zone.id, 1);
    const db = t.ctx.database.db;
    const [bureau] = await db.select().from(schema.bureaus).where(eq(schema.bureaus.zoneId, zone.id));
    const [running] = await db
      .insert(schema.themeRuns)
      .values({ zoneId: zone.id, bureauId: bureau.id, passages: 1, createdById: user.id })
      .returning();
    const refused = await researcher.post('/api/analysis/theme-runs', {});
    expect(refused.statusCode).toBe(409);
    expect(
      await db.select().from(schema.themeRuns).where(eq(schema.themeRuns.bureauId, bureau.id)),
    ).toHaveLength(1);

    await db
      .update(schema.themeRuns)
      .set({ createdAt: new Date(Date.now() - 11 * 60_000) })
      .where(eq(schema.themeRuns.id, running.id));
    expect((await researcher.get(`/api/analysis/theme-runs/${running.id}`)).json()).toMatchObject({
      status: 'failed',
      error: 'INTERRUPTED',
    });
    expect((await researcher.post('/api/analysis/theme-runs', {})).statusCode).toBe(202);
  });
});

describe('[ANALYSIS] roles and zones', () => {
  it('gives 403 to every other role on every analysis endpoint', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 1);
    const code = (await researcher.post('/api/codes', { name: 'Respect' })).json();
    const id = sources[0].id;
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      const calls = [
        client.get('/api/codes'),
        client.post('/api/codes', { name: 'x' }),
        client.post('/api/codes/starter'),
        client.patch(`/api/codes/${code.id}`, { name: 'x' }),
        client.post(`/api/codes/${code.id}/merge`, { into: code.id }),
        client.delete(`/api/codes/${code.id}`),
        client.get('/api/codings'),
        client.post('/api/codings', { interviewId: id, start: 0, end: 1, codeIds: [code.id] }),
        client.get(`/api/analysis/interviews/${id}/text`),
        client.get('/api/analysis/cooccurrence'),
        client.post('/api/analysis/theme-runs', {}),
        client.get('/api/analysis/theme-runs/latest'),
        client.patch(`/api/analysis/theme-runs/${crypto.randomUUID()}/themes/0`, { label: 'x' }),
      ];
      for (const res of await Promise.all(calls)) expect(res.statusCode, `${role} ${res.body}`).toBe(403);
    }
    expect((await researcher.get('/api/codes')).json().items).toHaveLength(1);
  });

  it('keeps one bureau’s codebook out of another zone', async () => {
    const a = await openBureau(t, (await createZone(t.ctx)).id, 1);
    const b = await openBureau(t, (await createZone(t.ctx)).id, 0);
    const code = (await a.researcher.post('/api/codes', { name: 'Alleen in A' })).json();
    expect((await b.researcher.get('/api/codes')).json().items).toEqual([]);
    expect((await b.researcher.patch(`/api/codes/${code.id}`, { name: 'overgenomen' })).statusCode).toBe(404);
    expect((await b.researcher.delete(`/api/codes/${code.id}`)).statusCode).toBe(404);
    expect((await b.researcher.get(`/api/analysis/interviews/${a.sources[0].id}/text`)).statusCode).toBe(404);
    expect((await a.researcher.get('/api/codes')).json().items[0].name).toBe('Alleen in A');
  });
});
