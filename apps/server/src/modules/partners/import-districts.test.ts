import { schema } from '@brug/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { findPostcode } from './derive-district.ts';
import { partnerTeam, type Team } from './test-factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function districtsOf(zoneId: string) {
  const o = schema.organisations;
  const rows = await t.ctx.database.db
    .select({ name: o.name, districts: o.districts })
    .from(o)
    .where(eq(o.zoneId, zoneId));
  return Object.fromEntries(rows.map((r) => [r.name, r.districts]));
}

async function teamWithPostcodes(): Promise<Team> {
  const z = await partnerTeam(t);
  const res = await z.admin.patch('/api/zone', {
    districtPostcodes: { Berchem: ['2600'], Borgerhout: ['2140'], Antwerpen: ['2000', '2060'] },
  });
  expect(res.statusCode, res.body).toBe(200);
  return z;
}

describe('[PARTNERS] the import derives the district from the postcode', () => {
  it('fills an empty district from the postcode column or the address, shows which, and keeps a given one', async () => {
    const z = await teamWithPostcodes();
    const file = csv(
      [
        'Naam;Postcode;Adres;District',
        'Buurthuis Berchem;2600;;',
        'Jeugdhuis Noord;;Kerkstraat 12, 2060 Antwerpen;',
        'Sportclub Eigen;2600;;Borgerhout',
        'Vzw Elders;9000;;',
        'Huisnummer;;Lange Straat 2140;',
      ].join('\n'),
    );
    const preview = await z.coordinator.post('/api/partners/import', { format: 'csv', file });
    expect(preview.statusCode, preview.body).toBe(200);
    const rows = preview.json().rows as { name: string; derivedDistrict?: unknown }[];
    expect(Object.fromEntries(rows.map((r) => [r.name, r.derivedDistrict]))).toEqual({
      'Buurthuis Berchem': { district: 'Berchem', postcode: '2600' },
      'Jeugdhuis Noord': { district: 'Antwerpen', postcode: '2060' },
      'Sportclub Eigen': undefined,
      'Vzw Elders': undefined,
      Huisnummer: undefined,
    });
    expect(await districtsOf(z.zone.id)).toEqual({});

    const done = await z.coordinator.post('/api/partners/import', { format: 'csv', file, dryRun: false });
    expect(done.statusCode, done.body).toBe(200);
    expect(await districtsOf(z.zone.id)).toEqual({
      'Buurthuis Berchem': ['Berchem'],
      'Jeugdhuis Noord': ['Antwerpen'],
      'Sportclub Eigen': ['Borgerhout'],
      'Vzw Elders': [],
      Huisnummer: [],
    });
  });

  it('leaves the district of an organisation in the registry as it is, and fills it where it is empty', async () => {
    const z = await teamWithPostcodes();
    const first = csv('Naam;Postcode;District\nKerkfabriek;2600;Antwerpen\nBib Zuid;2140;\n');
    await z.coordinator.post('/api/partners/import', { format: 'csv', file: first, dryRun: false });
    const o = schema.organisations;
    await t.ctx.database.db
      .update(o)
      .set({ districts: [] })
      .where(and(eq(o.zoneId, z.zone.id), eq(o.name, 'Bib Zuid')));

    const again = csv('Naam;Postcode\nKerkfabriek;2600\nBib Zuid;2140\n');
    const preview = await z.coordinator.post('/api/partners/import', { format: 'csv', file: again });
    expect(preview.json().rows.map((r: { derivedDistrict?: unknown }) => r.derivedDistrict)).toEqual([
      undefined,
      { district: 'Borgerhout', postcode: '2140' },
    ]);
    await z.coordinator.post('/api/partners/import', { format: 'csv', file: again, dryRun: false });
    expect(await districtsOf(z.zone.id)).toEqual({ Kerkfabriek: ['Antwerpen'], 'Bib Zuid': ['Borgerhout'] });
  });

  it('derives nothing in a zone without postcodes, and still refuses a district the zone does not have', async () => {
    const z = await partnerTeam(t);
    const file = csv('Naam;Postcode;District\nClub A;2600;\nClub B;2600;Gent\n');
    const preview = await z.coordinator.post('/api/partners/import', { format: 'csv', file });
    expect(preview.statusCode, preview.body).toBe(200);
    const [a, b] = preview.json().rows;
    expect(a).not.toHaveProperty('derivedDistrict');
    expect(b).toMatchObject({ action: 'invalid', errors: { districts: 'unknown district: Gent' } });
    expect(b).not.toHaveProperty('derivedDistrict');
  });

  it('finds a postcode in an address only where a municipality follows it', () => {
    expect(findPostcode('', 'Kerkstraat 12, 2600 Berchem')).toBe('2600');
    expect(findPostcode('', 'Rue Haute 1, B-1000 Bruxelles')).toBe('1000');
    expect(findPostcode('', 'Lange Straat 2140')).toBeUndefined();
    expect(findPostcode('', 'Turnhoutsebaan 1200 bus 3, 2140 Borgerhout')).toBe('2140');
    expect(findPostcode('2000', 'Kerkstraat 12, 2600 Berchem')).toBe('2000');
  });
});
