import { schema } from '@brug/db';
import { ANTWERP_DISTRICT_POSTCODES } from '@brug/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { partnerTeam } from '../partners/test-factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function stored(zoneId: string) {
  const [zone] = await t.ctx.database.db.select().from(schema.zones).where(eq(schema.zones.id, zoneId));
  return zone.districtPostcodes;
}

describe('[ZONES] postcodes of the districts', () => {
  it('an admin gives districts their postcodes; the zone shows them, sorted and without repeats', async () => {
    const z = await partnerTeam(t);
    const res = await z.admin.patch('/api/zone', {
      districtPostcodes: { Berchem: ['2600'], Antwerpen: ['2060', '2000', '2000'], Deurne: [] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().districtPostcodes).toEqual({ Berchem: ['2600'], Antwerpen: ['2000', '2060'] });
    expect((await z.coordinator.get('/api/zone')).json().districtPostcodes).toEqual({
      Berchem: ['2600'],
      Antwerpen: ['2000', '2060'],
    });
  });

  it('offers the Antwerp postcodes with the Antwerp districts', async () => {
    const z = await partnerTeam(t);
    const res = await z.admin.get('/api/zone/district-templates');
    expect(res.json().antwerpPostcodes).toEqual(ANTWERP_DISTRICT_POSTCODES);
    expect(Object.keys(res.json().antwerpPostcodes).sort()).toEqual([...res.json().antwerp].sort());
  });

  it('refuses a postcode that is not 4 digits, naming the district and the place in its list', async () => {
    const z = await partnerTeam(t);
    await z.admin.patch('/api/zone', { districtPostcodes: { Berchem: ['2600'] } });
    for (const bad of ['260', '26000', '0600', 'abcd']) {
      const res = await z.admin.patch('/api/zone', { districtPostcodes: { Berchem: ['2600', bad] } });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().fields).toEqual({ 'districtPostcodes.Berchem.1': 'invalid postcode (4 digits)' });
    }
    expect(await stored(z.zone.id)).toEqual({ Berchem: ['2600'] });
  });

  it('refuses a postcode in two districts, on the second one', async () => {
    const z = await partnerTeam(t);
    const res = await z.admin.patch('/api/zone', {
      districtPostcodes: { Berchem: ['2600'], Wilrijk: ['2610', '2600'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ 'districtPostcodes.Wilrijk.1': 'already in another district' });
    expect(await stored(z.zone.id)).toEqual({});
  });

  it('refuses postcodes for a district the zone does not have, and drops those of a removed district', async () => {
    const z = await partnerTeam(t);
    const unknown = await z.admin.patch('/api/zone', { districtPostcodes: { Brasschaat: ['2930'] } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields).toEqual({ 'districtPostcodes.Brasschaat': 'not a district of the zone' });

    await z.admin.patch('/api/zone', { districtPostcodes: { Berchem: ['2600'], Deurne: ['2100'] } });
    const fewer = await z.admin.patch('/api/zone', { districts: ['Antwerpen', 'Deurne'] });
    expect(fewer.statusCode, fewer.body).toBe(200);
    expect(fewer.json().districtPostcodes).toEqual({ Deurne: ['2100'] });
  });

  it('lets only an admin change them', async () => {
    const z = await partnerTeam(t);
    const res = await z.coordinator.patch('/api/zone', { districtPostcodes: { Berchem: ['2600'] } });
    expect(res.statusCode).toBe(403);
    expect(await stored(z.zone.id)).toEqual({});
  });
});
