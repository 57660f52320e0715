import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, createZone, type TestApp, waitFor } from '../../../test/helpers.ts';
import { openBureau } from '../findings/test-support.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';

vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const XSD = resolve(import.meta.dirname, '../../../../../docs/standards/refi-qda/Project-mrt2019.xsd');
const year = new Date().getUTCFullYear() + 1;
const MINUTES =
  'De jongeren vragen een vaste wijkagent als aanspreekpunt.\n\nDe moskee biedt een zaal aan voor een buurtoverleg.';

async function roundtableWithMinutes(zoneId: string) {
  const { client: coordinator } = await signIn(t, zoneId, 'coordinator');
  const created = await coordinator.post('/api/roundtables', {
    title: 'Rondetafel Noord',
    startsAt: `${year}-05-12T19:00:00+02:00`,
    endsAt: `${year}-05-12T21:00:00+02:00`,
    place: 'Wijkcentrum Dam',
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  expect((await coordinator.patch(`/api/roundtables/${id}`, { minutes: MINUTES })).statusCode).toBe(200);
  return id;
}

describe('[ANALYSIS] roundtable minutes as a source', () => {
  it('lets the bureau choose minutes to analyse, code them beside interviews and drop them again', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 1);
    const roundtableId = await roundtableWithMinutes(zone.id);
    const code = (await researcher.post('/api/codes', { name: 'Aanspreekpunt' })).json();

    const listed = (await researcher.get('/api/analysis/roundtables')).json().items;
    expect(listed).toEqual([
      expect.objectContaining({ roundtableId, title: 'Rondetafel Noord', hasMinutes: true, sourceId: null }),
    ]);
    const unknown = await researcher.post('/api/analysis/roundtables', { roundtableId: crypto.randomUUID() });
    expect(unknown.statusCode).toBe(400);
    expect(Object.keys(unknown.json().fields)).toEqual(['roundtableId']);
    expect(await t.ctx.database.db.select().from(schema.analysisRoundtables)).toHaveLength(0);

    const chosen = await researcher.post('/api/analysis/roundtables', { roundtableId });
    expect(chosen.statusCode, chosen.body).toBe(201);
    expect(chosen.json()).toMatchObject({ roundtableId, pseudonym: 'R-01' });
    expect((await researcher.post('/api/analysis/roundtables', { roundtableId })).statusCode).toBe(409);
    const sourceId = chosen.json().sourceId as string;
    const text = (await researcher.get(`/api/analysis/roundtables/${sourceId}/text`)).json();
    expect(text).toMatchObject({ pseudonym: 'R-01', title: 'Rondetafel Noord', text: MINUTES });

    const part = 'De jongeren vragen een vaste wijkagent als aanspreekpunt.';
    const both = await researcher.post('/api/codings', {
      interviewId: sources[0].id,
      roundtableId: sourceId,
      start: 0,
      end: part.length,
      codeIds: [code.id],
    });
    expect(both.statusCode).toBe(400);
    expect(Object.keys(both.json().fields)).toEqual(['interviewId']);
    const beyond = await researcher.post('/api/codings', {
      roundtableId: sourceId,
      start: 0,
      end: MINUTES.length + 1,
      codeIds: [code.id],
    });
    expect(beyond.statusCode).toBe(400);
    expect(Object.keys(beyond.json().fields)).toEqual(['end']);
    expect(await t.ctx.database.db.select().from(schema.codings)).toHaveLength(0);

    const coded = await researcher.post('/api/codings', {
      roundtableId: sourceId,
      start: 0,
      end: part.length,
      codeIds: [code.id],
      memo: 'ook in de interviews',
    });
    expect(coded.statusCode, coded.body).toBe(201);
    expect(coded.json()).toMatchObject({
      interviewId: null,
      roundtableId: sourceId,
      pseudonym: 'R-01',
      excerpt: part,
    });
    // The coded passage and its memo are sealed like every other coding.
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.codings)
      .where(eq(schema.codings.id, coded.json().id));
    expect(JSON.stringify(row)).not.toContain('wijkagent');
    expect((await researcher.get(`/api/codings?roundtableId=${sourceId}`)).json().items).toHaveLength(1);
    expect((await researcher.get('/api/codes')).json().items[0]).toMatchObject({ passages: 1, sources: 1 });

    // Theme suggestions read the minutes' passages too.
    const run = await researcher.post('/api/analysis/theme-runs', { k: 2 });
    expect(run.json().passages).toBe(2);
    const done = await waitFor(async () => {
      const r = (await researcher.get(`/api/analysis/theme-runs/${run.json().id}`)).json();
      return r.status !== 'running' && r;
    }, 60_000);
    expect(done.status).toBe('done');
    const quoted = done.themes.flatMap((th: { passages: { pseudonym: string }[] }) => th.passages);
    expect(quoted.map((p: { pseudonym: string }) => p.pseudonym)).toContain('R-01');

    // The coded project carries the minutes as source R-01 and stays valid REFI-QDA.
    const exported = await researcher.get('/api/analysis/export.qdpx');
    const xml = strFromU8(unzipSync(new Uint8Array(exported.rawPayload))['project.qde']);
    expect(xml).toContain('name="R-01"');
    const file = join(mkdtempSync(join(tmpdir(), 'brug-qde-')), 'project.qde');
    writeFileSync(file, xml);
    expect(() =>
      execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' }),
    ).not.toThrow();

    expect((await researcher.delete(`/api/analysis/roundtables/${sourceId}`)).statusCode).toBe(200);
    expect((await researcher.get('/api/codings')).json().items).toEqual([]);
    expect((await researcher.get('/api/codes')).json().items[0]).toMatchObject({ passages: 0, sources: 0 });
    expect((await researcher.delete(`/api/analysis/roundtables/${sourceId}`)).statusCode).toBe(404);
  });

  it('gives 403 to every other role and keeps other zones’ roundtables out', async () => {
    const zone = await createZone(t.ctx);
    const { researcher } = await openBureau(t, zone.id, 0);
    const roundtableId = await roundtableWithMinutes(zone.id);
    const sourceId = (await researcher.post('/api/analysis/roundtables', { roundtableId })).json().sourceId;
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      const calls = [
        client.get('/api/analysis/roundtables'),
        client.post('/api/analysis/roundtables', { roundtableId }),
        client.delete(`/api/analysis/roundtables/${sourceId}`),
        client.get(`/api/analysis/roundtables/${sourceId}/text`),
      ];
      for (const res of await Promise.all(calls)) expect(res.statusCode, `${role} ${res.body}`).toBe(403);
    }
    const other = await openBureau(t, (await createZone(t.ctx)).id, 0);
    expect((await other.researcher.get('/api/analysis/roundtables')).json().items).toEqual([]);
    expect((await other.researcher.post('/api/analysis/roundtables', { roundtableId })).statusCode).toBe(400);
    expect((await other.researcher.get(`/api/analysis/roundtables/${sourceId}/text`)).statusCode).toBe(404);
    expect((await researcher.get('/api/analysis/roundtables')).json().items[0].pseudonym).toBe('R-01');
  });
});
