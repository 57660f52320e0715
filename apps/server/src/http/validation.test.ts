import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers.ts';
import { buildOrganisation, partnerTeam, type Team } from '../modules/partners/test-factories.ts';

let t: TestApp;
let z: Team;
beforeAll(async () => {
  t = await buildTestApp();
  z = await partnerTeam(t);
});
afterAll(async () => t?.close());

describe('[API] input every route refuses the same way', () => {
  it('refuses NUL and other control characters in any text field with 400 naming the field', async () => {
    for (const bad of ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085']) {
      const res = await z.admin.patch('/api/zone', { name: `Zone${bad}Noord` });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json()).toEqual({
        code: 'VALIDATION',
        message: 'Invalid body',
        fields: { name: 'control character' },
      });
    }
    const nested = await z.admin.patch('/api/zone', { districts: ['Deurne', 'Merk\u0000sem'] });
    expect(nested.json().fields).toEqual({ 'districts.1': 'control character' });
    const [zone] = await t.ctx.database.db.select().from(schema.zones).where(eq(schema.zones.id, z.zone.id));
    expect(zone.name).toBe(z.zone.name);
    expect(zone.districts).toEqual(z.zone.districts);
  });

  it('refuses them in keys, queries and path parameters too', async () => {
    const key = await z.admin.patch('/api/zone', { 'na\u0000me': 'x', name: 'Zone Zuid' });
    expect(key.statusCode).toBe(400);
    expect(key.json().fields).toEqual({ 'na\\u0000me': 'control character' });
    expect(key.body).not.toContain('\u0000');
    const query = await z.coordinator.get('/api/partners/organisations?q=a%00b');
    expect(query.statusCode).toBe(400);
    expect(query.json()).toMatchObject({
      message: 'Invalid querystring',
      fields: { q: 'control character' },
    });
    const params = await z.coordinator.get('/api/partners/organisations/%00');
    expect(params.statusCode).toBe(400);
    expect(params.json().fields).toEqual({ id: 'control character' });
  });

  it('refuses a control character in an imported file, naming the file, and stores nothing', async () => {
    const file = Buffer.from('Naam;Postcode\nBuurt\u0000huis Zuid;2020\n', 'utf8').toString('base64');
    const res = await z.coordinator.post('/api/partners/import', { format: 'csv', file });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION', fields: { file: 'control character' } });
    expect(await t.ctx.database.db.select().from(schema.partnerImports)).toEqual([]);
  });

  it('keeps tab and line breaks in text of several lines, and refuses them in a name', async () => {
    const created = await z.coordinator.post(
      '/api/partners/organisations',
      buildOrganisation({ description: 'Eerste regel\r\nTweede\tregel' }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json().description).toBe('Eerste regel\r\nTweede\tregel');
    const named = await z.coordinator.post(
      '/api/partners/organisations',
      buildOrganisation({ name: 'Vzw\nTwee' }),
    );
    expect(named.statusCode).toBe(400);
    expect(named.json().fields).toEqual({ name: 'line break' });
  });

  it('refuses a year 0, which ISO 8601 knows and PostgreSQL does not, naming the field', async () => {
    const res = await z.admin.get('/api/insights/export.xlsx?from=2000-01-01&to=0000-01-01&lang=fr');
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ to: 'invalid date' });
  });

  it('answers a PATCH with nothing to change with 400, and changes nothing', async () => {
    const before = await z.admin.get('/api/zone');
    for (const body of [{}, { unknownField: 'x' }]) {
      const res = await z.admin.patch('/api/zone', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json()).toEqual({
        code: 'VALIDATION',
        message: 'Invalid body',
        fields: { body: 'nothing to change' },
      });
    }
    const org = (await z.coordinator.post('/api/partners/organisations', buildOrganisation())).json();
    const res = await z.coordinator.patch(`/api/partners/organisations/${org.id}`, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ body: 'nothing to change' });
    expect((await z.admin.get('/api/zone')).json()).toEqual(before.json());
    const changed = await z.admin.patch('/api/zone', { name: 'Zone Oost' });
    expect(changed.statusCode).toBe(200);
  });
});
