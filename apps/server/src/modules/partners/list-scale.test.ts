import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { partnerTeam } from './test-factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

type Page = { items: { name: string }[]; total: number; totalCapped: boolean };

describe('[PARTNERS] the list at scale', () => {
  it('pages in name order whether a filter matches few or many, and counts up to 10,000', async () => {
    const z = await partnerTeam(t);
    await t.ctx.database.db.execute(sql`
      insert into organisations (zone_id, name, name_key, focus_areas, districts, postcode, description)
      select ${z.zone.id}, 'Vereniging ' || lpad(g::text, 5, '0'), 'vereniging ' || lpad(g::text, 5, '0'),
             case when g % 500 = 0 then array['poverty'] else array['youth'] end, array['Deurne'],
             (2000 + g % 700)::text,
             case when g % 250 = 0 then 'Huiswerk en taal voor jongeren' else 'Sport in de wijk' end
      from generate_series(1, 10050) g`);

    const all = (await z.coordinator.get('/api/partners/organisations?pageSize=50&page=3')).json() as Page;
    expect(all.total).toBe(10_000);
    expect(all.totalCapped).toBe(true);
    expect(all.items[0].name).toBe('Vereniging 00101');
    expect(all.items).toHaveLength(50);

    // Few matches (40), sorted from the matches: same order, exact total.
    const few = (
      await z.coordinator.get(
        `/api/partners/organisations?q=${encodeURIComponent('huiswerk')}&sort=-name&pageSize=25&page=2`,
      )
    ).json() as Page;
    expect(few.total).toBe(40);
    expect(few.totalCapped).toBe(false);
    expect(few.items.map((o) => o.name)).toEqual(
      Array.from({ length: 15 }, (_, i) => `Vereniging ${String(10000 - 250 * (25 + i)).padStart(5, '0')}`),
    );
    const both = (
      await z.coordinator.get('/api/partners/organisations?q=huiswerk&focusArea=poverty&pageSize=50')
    ).json() as Page;
    expect(both.total).toBe(20);
    expect(both.items.every((o) => Number(o.name.slice(-5)) % 500 === 0)).toBe(true);

    const past = (await z.coordinator.get('/api/partners/organisations?q=huiswerk&page=9')).json() as Page;
    expect(past).toMatchObject({ items: [], total: 40 });
  });
});
