import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';
import { analysisBureau, openCodings, postCode, postCoding } from './test-support.ts';

vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

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
    const { researcher, vault, sources, zone } = await analysisBureau(t, 1);
    const roundtableId = await roundtableWithMinutes(zone.id);
    const code = await postCode(researcher, vault, { name: 'Aanspreekpunt' });

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
    const minutes = { roundtableId: sourceId };
    const sealedPart = await vault.seal(
      JSON.stringify({ start: 0, end: part.length, text: part }),
      'coding:x:excerpt',
    );
    const both = await researcher.post('/api/codings', {
      id: crypto.randomUUID(),
      interviewId: sources[0].id,
      roundtableId: sourceId,
      codeIds: [code.id],
      sealedExcerpt: sealedPart,
    });
    expect(both.statusCode).toBe(400);
    expect(Object.keys(both.json().fields)).toEqual(['interviewId']);
    expect(
      await t.ctx.database.db.select().from(schema.codings).where(eq(schema.codings.zoneId, zone.id)),
    ).toHaveLength(0);

    const coded = await postCoding(researcher, vault, minutes, {
      text: MINUTES,
      part,
      codeIds: [code.id],
      memo: 'ook in de interviews',
    });
    expect(coded.res.statusCode, coded.res.body).toBe(201);
    expect(coded.res.json()).toMatchObject({ interviewId: null, roundtableId: sourceId, pseudonym: 'R-01' });
    // The coded passage and its memo are sealed like every other coding, with the bureau's key.
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.codings)
      .where(eq(schema.codings.id, coded.id));
    expect(JSON.stringify(row)).not.toContain('wijkagent');
    const opened = await openCodings(researcher, vault, `?roundtableId=${sourceId}`, [minutes]);
    expect(opened).toEqual([expect.objectContaining({ excerpt: part, memo: 'ook in de interviews' })]);
    expect((await researcher.get('/api/codes')).json().items[0]).toMatchObject({ passages: 1, sources: 1 });

    expect((await researcher.delete(`/api/analysis/roundtables/${sourceId}`)).statusCode).toBe(200);
    expect((await researcher.get('/api/codings')).json().items).toEqual([]);
    expect((await researcher.get('/api/codes')).json().items[0]).toMatchObject({ passages: 0, sources: 0 });
    expect((await researcher.delete(`/api/analysis/roundtables/${sourceId}`)).statusCode).toBe(404);
  });

  it('gives 403 to every other role and keeps other zones’ roundtables out', async () => {
    const { researcher, zone } = await analysisBureau(t, 0);
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
    const other = await analysisBureau(t, 0);
    expect((await other.researcher.get('/api/analysis/roundtables')).json().items).toEqual([]);
    expect((await other.researcher.post('/api/analysis/roundtables', { roundtableId })).statusCode).toBe(400);
    expect((await other.researcher.get(`/api/analysis/roundtables/${sourceId}/text`)).statusCode).toBe(404);
    expect((await researcher.get('/api/analysis/roundtables')).json().items[0].pseudonym).toBe('R-01');
  });
});
