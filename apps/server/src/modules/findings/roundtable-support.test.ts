import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';
import { createSealedFinding, openFindingsBureau, publishBody } from './test-support.ts';

vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const year = new Date().getUTCFullYear() + 1;
const TITLE = 'Rondetafel Kiel';

/** A roundtable with minutes, chosen by the bureau as a source: its analysis source id (`R-01`). */
async function analysedRoundtable(zoneId: string, bureauId: string) {
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
  // The bureau chooses the minutes as a source (the analysis module's row, `R-01`).
  const [chosen] = await t.ctx.database.db
    .insert(schema.analysisRoundtables)
    .values({ zoneId, bureauId, roundtableId, pseudonym: 'R-01' })
    .returning();
  return { roundtableId, sourceId: chosen.id, coordinator };
}

describe('[FINDINGS] roundtable minutes as sources', () => {
  it('counts analysed minutes as one source towards k, in the gate and in breakdown cells; the roundtable itself is not a source', async () => {
    const { zone, researcher, vault, sources, bureauId } = await openFindingsBureau(t, 2);
    const { roundtableId, sourceId, coordinator } = await analysedRoundtable(zone.id, bureauId);
    expect((await researcher.get('/api/findings/sources')).json().items).toEqual([
      { id: sources[0].id, pseudonym: 'B-01', kind: 'interview' },
      { id: sources[1].id, pseudonym: 'B-02', kind: 'interview' },
      { id: sourceId, pseudonym: 'R-01', kind: 'roundtable' },
    ]);
    const ids = [sources[0].id, sources[1].id, sourceId];
    const { id, draft } = await createSealedFinding(researcher, vault, 'need', {
      statement: 'Jongeren vragen een plek om te sporten.',
      sourceIds: [sources[0].id, sources[1].id, roundtableId],
    });
    const byRoundtable = await researcher.post(`/api/findings/${id}/sources-count`, {
      sourceIds: draft.sourceIds,
    });
    expect(byRoundtable.json()).toMatchObject({
      counted: 2,
      enoughSources: false,
      refused: [{ id: roundtableId, pseudonym: null, reason: 'not-found' }],
    });
    const published = await researcher.post(
      `/api/findings/${id}/publish`,
      publishBody({
        ...draft,
        sourceIds: ids,
        breakdown: {
          dimension: 'focus',
          cells: [
            { label: 'jeugd', sourceIds: ids },
            { label: 'armoede', sourceIds: [sourceId] },
          ],
        },
      }),
    );
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().breakdown).toEqual({
      dimension: 'focus',
      cells: [{ label: 'jeugd', sources: 3 }],
    });
    const seen = JSON.stringify((await coordinator.get('/api/published-findings')).json());
    for (const secret of [roundtableId, sourceId, 'R-01', 'B-01', TITLE, sources[0].id]) {
      expect(seen).not.toContain(secret);
    }
    // Naming the roundtable in the published text would point to the source: flagged on the server too.
    const naming = await createSealedFinding(researcher, vault, 'need', {
      statement: `Op de ${TITLE.toLowerCase()} vroegen jongeren een plek om te sporten.`,
      sourceIds: ids,
    });
    const unreasoned = await researcher.post(`/api/findings/${naming.id}/publish`, publishBody(naming.draft));
    expect(unreasoned.statusCode).toBe(409);
    expect(Object.keys(unreasoned.json().fields)).toEqual(['sealedOverrideReason']);
    expect((await researcher.get('/api/findings/registry-names')).json().roundtables).toEqual([TITLE]);
  });

  it('stops counting minutes the bureau no longer analyses, and refuses the sources list to every other role', async () => {
    const { zone, researcher, vault, sources, bureauId } = await openFindingsBureau(t, 2);
    const { sourceId } = await analysedRoundtable(zone.id, bureauId);
    const { id, draft } = await createSealedFinding(researcher, vault, 'improvement_point', {
      statement: 'Meer uitleg bij een controle op straat.',
      sourceIds: [sources[0].id, sources[1].id, sourceId],
    });
    // The bureau stops analysing the minutes.
    await t.ctx.database.db
      .delete(schema.analysisRoundtables)
      .where(eq(schema.analysisRoundtables.id, sourceId));
    const refused = await researcher.post(`/api/findings/${id}/publish`, publishBody(draft));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().fields[`sourceIds.${sourceId}`]).toBe('not-found');
    const [row] = await t.ctx.database.db.select().from(schema.findings).where(eq(schema.findings.id, id));
    expect(row).toMatchObject({ status: 'draft', statement: null, publishedAt: null });
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      expect((await client.get('/api/findings/sources')).statusCode, role).toBe(403);
    }
  });
});
