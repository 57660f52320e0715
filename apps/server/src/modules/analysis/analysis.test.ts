import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantedInDump } from '../../../test/dump.ts';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';
import { analysisBureau, openCodes, openCodings, postCode, postCoding, writeNotes } from './test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

describe('[ANALYSIS] codebook and coding, sealed in the researcher’s browser', { timeout: 180_000 }, () => {
  it('codes passages with several codes, counts passages and sources, keeps codings through rename, move and merge', async () => {
    const { researcher, vault, sources } = await analysisBureau(t, 2);
    const need = await postCode(researcher, vault, { name: 'Behoefte' });
    const improvement = await postCode(researcher, vault, { name: 'Verbeterpunt' });
    const child = await postCode(researcher, vault, { name: 'Tolken', parentId: need.id, colour: '#123456' });
    expect(child.res.statusCode, child.res.body).toBe(201);

    const a = await writeNotes(researcher, sources[0], [
      'Er was geen tolk toen mijn moeder aangifte wilde doen.',
      'De klachtenprocedure duurt maanden en niemand laat iets weten.',
    ]);
    const b = await writeNotes(researcher, sources[1], ['Een tolk per telefoon zou veel oplossen.']);
    const src = sources.map((s) => ({ interviewId: s.id, key: s.key }));
    const first = await postCoding(researcher, vault, src[0], {
      text: a,
      part: 'Er was geen tolk toen mijn moeder aangifte wilde doen.',
      codeIds: [child.id, improvement.id],
      memo: 'terugkerend thema',
    });
    expect(first.res.statusCode, first.res.body).toBe(201);
    await postCoding(researcher, vault, src[1], {
      text: b,
      part: 'Een tolk per telefoon',
      codeIds: [child.id],
    });

    const codes = await openCodes(researcher, vault);
    expect(codes.find((c) => c.id === child.id)).toMatchObject({ name: 'Tolken', passages: 2, sources: 2 });
    const opened = await openCodings(researcher, vault, `?interviewId=${sources[0].id}`, src);
    expect(opened).toEqual([
      expect.objectContaining({
        excerpt: 'Er was geen tolk toen mijn moeder aangifte wilde doen.',
        memo: 'terugkerend thema',
        codeIds: expect.arrayContaining([child.id, improvement.id]),
      }),
    ]);

    // Rename and move: the passages stay coded.
    const renamed = await researcher.patch(`/api/codes/${child.id}`, {
      sealedName: await vault.seal('Tolken en vertalen', `code:${child.id}:name`),
      parentId: improvement.id,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ parentId: improvement.id, passages: 2 });
    // Merge the child into its parent: the parent gets its passages.
    const merged = await researcher.post(`/api/codes/${child.id}/merge`, { into: improvement.id });
    expect(merged.json()).toMatchObject({ id: improvement.id, passages: 2, sources: 2 });
    expect((await researcher.post(`/api/codes/${need.id}/merge`, { into: need.id })).statusCode).toBe(400);
  });

  it('refuses plain text where a sealed value belongs, a taken id and a withdrawn source; nothing changes', async () => {
    const { researcher, vault, sources, zone } = await analysisBureau(t, 1);
    const plain = await researcher.post('/api/codes', {
      id: crypto.randomUUID(),
      sealedName: 'Behoefte',
      sealedDescription: await vault.seal('', 'x'),
    });
    expect(plain.statusCode).toBe(400);
    expect(Object.keys(plain.json().fields)).toEqual(['sealedName']);
    const code = await postCode(researcher, vault, { name: 'Behoefte' });
    const again = await researcher.post('/api/codes', {
      id: code.id,
      sealedName: await vault.seal('Dubbel', `code:${code.id}:name`),
      sealedDescription: await vault.seal('', `code:${code.id}:description`),
    });
    expect(again.statusCode).toBe(409);
    const text = await writeNotes(researcher, sources[0], ['Niemand luisterde naar ons op het kantoor.']);
    const src = { interviewId: sources[0].id, key: sources[0].key };
    const noCode = await postCoding(researcher, vault, src, {
      text,
      part: 'Niemand luisterde',
      codeIds: [crypto.randomUUID()],
    });
    expect(noCode.res.statusCode).toBe(400);
    expect(Object.keys(noCode.res.json().fields)).toEqual(['codeIds']);
    const plainExcerpt = await researcher.post('/api/codings', {
      id: crypto.randomUUID(),
      interviewId: sources[0].id,
      codeIds: [code.id],
      sealedExcerpt: JSON.stringify({ start: 0, end: 9, text: 'Niemand l' }),
    });
    expect(plainExcerpt.statusCode).toBe(400);
    expect(Object.keys(plainExcerpt.json().fields)).toEqual(['sealedExcerpt']);
    const rows = async () =>
      (await t.ctx.database.db.select().from(schema.codings).where(eq(schema.codings.zoneId, zone.id)))
        .length;
    expect(await rows()).toBe(0);

    expect(
      (await researcher.post(`/api/interviews/${sources[0].id}/withdraw`, { confirm: true })).statusCode,
    ).toBeLessThan(300);
    const gone = await postCoding(researcher, vault, src, {
      text,
      part: 'Niemand luisterde',
      codeIds: [code.id],
    });
    expect(gone.res.statusCode).toBe(410);
    expect(await rows()).toBe(0);
  });

  it('keeps theme runs sealed; a dump holds no passage, code name or memo in clear', async () => {
    const { researcher, vault, sources, zone } = await analysisBureau(t, 1);
    const code = await postCode(researcher, vault, {
      name: 'Geheime codenaam Zeeduif',
      memo: 'memo Kraanvogel',
    });
    const text = await writeNotes(researcher, sources[0], [
      'De wijkagent kwam nooit langs in de Pelikaanstraat.',
    ]);
    await postCoding(
      researcher,
      vault,
      { interviewId: sources[0].id, key: sources[0].key },
      {
        text,
        part: 'De wijkagent kwam nooit langs',
        codeIds: [code.id],
        memo: 'passagememo Reiger',
      },
    );
    const runId = crypto.randomUUID();
    const themes = [{ index: 0, label: 'wijkagent Ooievaar', state: 'open' }];
    const saved = await researcher.post('/api/analysis/theme-runs', {
      id: runId,
      passages: 1,
      sealedResult: await vault.seal(JSON.stringify(themes), `theme-run:${runId}:result`),
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect((await researcher.get('/api/analysis/theme-runs/latest')).json()).toEqual({ id: runId });
    const back = (await researcher.get(`/api/analysis/theme-runs/${runId}`)).json();
    expect(JSON.parse(await vault.open(back.sealedResult, `theme-run:${runId}:result`))).toEqual(themes);
    const plainRun = await researcher.put(`/api/analysis/theme-runs/${runId}`, {
      sealedResult: JSON.stringify(themes),
    });
    expect(plainRun.statusCode).toBe(400);

    const planted = ['Zeeduif', 'Kraanvogel', 'Pelikaanstraat', 'Reiger', 'Ooievaar', 'wijkagent kwam nooit'];
    expect(await plantedInDump(t, planted)).toEqual([]);
    const audit = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.zoneId, zone.id));
    expect(JSON.stringify(audit)).not.toMatch(/Zeeduif|Kraanvogel|Pelikaan|Reiger|Ooievaar/);
  });

  it('gives every other role 403 and keeps another bureau’s codes out', async () => {
    const { researcher, vault, zone } = await analysisBureau(t, 0);
    const code = await postCode(researcher, vault, { name: 'Behoefte' });
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      for (const res of await Promise.all([
        client.get('/api/codes'),
        client.get('/api/codings'),
        client.patch(`/api/codes/${code.id}`, { colour: '#000000' }),
        client.delete(`/api/codes/${code.id}`),
        client.get('/api/analysis/cooccurrence'),
        client.get('/api/analysis/theme-runs/latest'),
      ]))
        expect(res.statusCode, role).toBe(403);
    }
    const other = await analysisBureau(t, 0);
    expect((await other.researcher.get('/api/codes')).json().items).toEqual([]);
    expect((await other.researcher.delete(`/api/codes/${code.id}`)).statusCode).toBe(404);
  });
});
