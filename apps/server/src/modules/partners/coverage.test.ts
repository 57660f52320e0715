import { schema } from '@brug/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { createOrganisation, partnerTeam } from './test-factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

type Cell = { focusArea: string; district: string; total: number; byStatus: Record<string, number> };

/** The matrix counted from scratch over every organisation, as the kept counts must add up to. */
async function recount(zoneId: string, programmeId: string) {
  const { rows } = (await t.ctx.database.db.execute(sql`
    select f.area as "focusArea", d.district, coalesce(rs.status, 'longlist') as status, count(*)::int as n
    from organisations o
    left join relationship_statuses rs on rs.organisation_id = o.id and rs.programme_id = ${programmeId}
    cross join lateral unnest(case when cardinality(o.focus_areas) = 0 then array['']::text[] else o.focus_areas end) f(area)
    cross join lateral unnest(case when cardinality(o.districts) = 0 then array['']::text[] else o.districts end) d(district)
    where o.zone_id = ${zoneId}
    group by 1, 2, 3`)) as unknown as {
    rows: { focusArea: string; district: string; status: string; n: number }[];
  };
  const cells: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const key = `${r.focusArea}/${r.district}`;
    cells[key] ??= {};
    cells[key][r.status] = r.n;
  }
  return cells;
}

function asRecord(cells: Cell[]) {
  const out: Record<string, Record<string, number>> = {};
  for (const c of cells) if (c.total > 0) out[`${c.focusArea}/${c.district}`] = c.byStatus;
  return out;
}

describe('[PARTNERS] coverage counts', () => {
  it('stay equal to a full count through creates, edits, status changes, an import and deletes', async () => {
    const z = await partnerTeam(t);
    const programme = (await z.coordinator.post('/api/programmes', { name: 'Traject dekking' })).json();
    const a = await createOrganisation(z.coordinator, {
      focusAreas: ['youth', 'poverty'],
      districts: ['Borgerhout'],
    });
    const b = await createOrganisation(z.coordinator, { focusAreas: ['youth'], districts: ['Deurne'] });
    const c = await createOrganisation(z.coordinator, { focusAreas: [], districts: [] });
    const status = (id: string, s: string) =>
      z.coordinator.post(`/api/partners/organisations/${id}/status`, {
        programmeId: programme.id,
        status: s,
      });
    await status(a.id, 'contacted');
    await status(b.id, 'invited');
    await status(b.id, 'in_dialogue');
    await status(c.id, 'longlist');
    const moved = await z.coordinator.patch(`/api/partners/organisations/${a.id}`, {
      focusAreas: ['cultural_identity'],
      districts: ['Hoboken', 'Deurne'],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const file = Buffer.from(
      'Naam;Postcode;Thema;District\nVzw Een;2060;youth;Deurne\nVzw Twee;2100;poverty;Deurne\n',
    ).toString('base64');
    const imported = await z.coordinator.post('/api/partners/import', { format: 'csv', file, dryRun: false });
    expect(imported.statusCode, imported.body).toBe(200);
    await t.ctx.database.db.delete(schema.organisations).where(eq(schema.organisations.id, b.id));

    const res = await z.coordinator.get(`/api/partners/coverage?programmeId=${programme.id}`);
    expect(res.statusCode).toBe(200);
    const got = asRecord(res.json().cells);
    expect(got).toEqual(await recount(z.zone.id, programme.id));
    expect(got['cultural_identity/Hoboken']).toEqual({ contacted: 1 });
    expect(got['youth/Deurne']).toEqual({ longlist: 1 });
    expect(got['/']).toEqual({ longlist: 1 });
    expect(got).not.toHaveProperty('youth/Borgerhout');

    const plain = await z.coordinator.get('/api/partners/coverage');
    const all = asRecord(plain.json().cells);
    expect(all['poverty/Deurne']).toEqual({ none: 1 });
    expect(Object.values(all).reduce((s, v) => s + (v.none ?? 0), 0)).toBe(5);
  });
});
