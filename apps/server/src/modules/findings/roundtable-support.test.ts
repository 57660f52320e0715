import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, createZone, type TestApp } from '../../../test/helpers.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';
import { openBureau } from './test-support.ts';

// Each test opens vaults (argon2id, 128 MiB): on a loaded two-core machine that takes a while.
vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const year = new Date().getUTCFullYear() + 1;
const TITLE = 'Rondetafel Kiel';

/** A roundtable with minutes, chosen by the bureau as a source: its analysis source id (`R-01`). */
async function analysedRoundtable(
  zoneId: string,
  researcher: Awaited<ReturnType<typeof openBureau>>['researcher'],
) {
  const { client: coordinator } = await signIn(t, zoneId, 'coordinator');
  const created = await coordinator.post('/api/roundtables', {
    title: TITLE,
    startsAt: `${year}-03-02T19:00:00+01:00`,
    endsAt: `${year}-03-02T21:00:00+01:00`,
    place: 'Wijkcentrum',
  });
  expect(created.statusCode, created.body).toBe(201);
  const roundtableId = created.json().id as string;
  await coordinator.patch(`/api/roundtables/${roundtableId}`, { minutes: 'De jongeren willen sporten.' });
  const chosen = await researcher.post('/api/analysis/roundtables', { roundtableId });
  expect(chosen.statusCode, chosen.body).toBe(201);
  return { roundtableId, sourceId: chosen.json().sourceId as string, coordinator };
}

describe('[FINDINGS] roundtable minutes as sources', () => {
  it('counts analysed minutes as one source towards k, in the gate and in breakdown cells, pseudonymous only', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 2);
    const { roundtableId, sourceId, coordinator } = await analysedRoundtable(zone.id, researcher);

    const citable = await researcher.get('/api/findings/sources');
    expect(citable.statusCode).toBe(200);
    expect(citable.json().items).toEqual([
      { id: sources[0].id, pseudonym: 'B-01', kind: 'interview' },
      { id: sources[1].id, pseudonym: 'B-02', kind: 'interview' },
      { id: sourceId, pseudonym: 'R-01', kind: 'roundtable' },
    ]);

    // The roundtable itself is not a source: only the bureau's pseudonymous source for its minutes.
    const byRoundtable = await researcher.post('/api/findings', {
      kind: 'need',
      statement: 'Jongeren vragen een plek om te sporten.',
      sourceIds: [sources[0].id, roundtableId],
    });
    expect(byRoundtable.statusCode).toBe(400);
    expect(Object.keys(byRoundtable.json().fields)).toEqual(['sourceIds']);
    expect(
      await t.ctx.database.db.select().from(schema.findings).where(eq(schema.findings.zoneId, zone.id)),
    ).toEqual([]);

    const ids = [sources[0].id, sources[1].id, sourceId];
    const created = await researcher.post('/api/findings', {
      kind: 'need',
      statement: 'Jongeren vragen een plek om te sporten.',
      sourceIds: ids,
      breakdown: {
        dimension: 'focus',
        cells: [
          { label: 'jeugd', sourceIds: ids },
          { label: 'armoede', sourceIds: [sourceId] },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const finding = created.json();
    expect(finding.sources.map((s: { pseudonym: string }) => s.pseudonym)).toEqual(['B-01', 'B-02', 'R-01']);
    const check = (await researcher.post(`/api/findings/${finding.id}/check`)).json();
    expect(check).toMatchObject({ k: 3, distinctSources: 3, enoughSources: true });

    const published = await researcher.post(`/api/findings/${finding.id}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().breakdown).toEqual({
      dimension: 'focus',
      cells: [{ label: 'jeugd', sources: 3 }],
    });

    // Neither the roundtable, its title, its source code nor an interview leaves with the finding.
    const seen = JSON.stringify((await coordinator.get('/api/findings/published')).json());
    for (const secret of [roundtableId, sourceId, 'R-01', 'B-01', TITLE, sources[0].id]) {
      expect(seen).not.toContain(secret);
    }
    // Naming the roundtable in the text would point to the source: the de-identification check flags it.
    const naming = await researcher.post('/api/findings', {
      kind: 'need',
      statement: `Op de ${TITLE.toLowerCase()} vroegen jongeren een plek om te sporten.`,
      sourceIds: ids,
    });
    const flagged = (await researcher.post(`/api/findings/${naming.json().id}/check`)).json();
    expect(flagged.flags).toEqual([expect.objectContaining({ field: 'statement', kind: 'roundtable' })]);
    const unreasoned = await researcher.post(`/api/findings/${naming.json().id}/publish`, {});
    expect(unreasoned.statusCode).toBe(409);
    expect(Object.keys(unreasoned.json().fields)).toEqual(['overrideReason']);

    const zoneAudit = JSON.stringify((await coordinator.get('/api/audit?pageSize=100')).json());
    for (const secret of [sourceId, 'R-01']) expect(zoneAudit).not.toContain(secret);
  });

  it('stops counting minutes the bureau no longer analyses, and refuses the sources list to every other role', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 2);
    const { sourceId } = await analysedRoundtable(zone.id, researcher);
    const created = await researcher.post('/api/findings', {
      kind: 'improvement_point',
      statement: 'Meer uitleg bij een controle op straat.',
      sourceIds: [sources[0].id, sources[1].id, sourceId],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;

    expect((await researcher.delete(`/api/analysis/roundtables/${sourceId}`)).statusCode).toBe(200);
    expect((await researcher.post(`/api/findings/${id}/check`)).json()).toMatchObject({ distinctSources: 2 });
    const refused = await researcher.post(`/api/findings/${id}/publish`, {});
    expect(refused.statusCode).toBe(409);
    expect(Object.keys(refused.json().fields)).toEqual(['sourceIds']);
    const [row] = await t.ctx.database.db.select().from(schema.findings).where(eq(schema.findings.id, id));
    expect(row).toMatchObject({ status: 'draft', statement: null, publishedAt: null });

    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      expect((await client.get('/api/findings/sources')).statusCode, role).toBe(403);
    }
  });
});
