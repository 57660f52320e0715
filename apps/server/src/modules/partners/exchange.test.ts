import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { buildContact, createOrganisation, partnerTeam } from './test-factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function xlsx(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lijst');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const HEADER = ['Naam', 'Postcode', 'Gemeente', 'Thema', 'District', 'Contactpersoon', 'E-mail', 'Telefoon'];

async function count(zoneId: string) {
  const orgs = await t.ctx.database.db
    .select()
    .from(schema.organisations)
    .where(eq(schema.organisations.zoneId, zoneId));
  const contacts = await t.ctx.database.db
    .select()
    .from(schema.contacts)
    .where(eq(schema.contacts.zoneId, zoneId));
  return { organisations: orgs.length, contacts: contacts.length };
}

describe('[PARTNERS] import', () => {
  it('previews an XLSX file with a per-row report, refuses to write while a row is invalid, then imports once', async () => {
    const z = await partnerTeam(t);
    const file = await xlsx([
      HEADER,
      [
        'Vzw Kleur',
        '2060',
        'Antwerpen',
        'youth; poverty',
        'Antwerpen',
        'Sara Peeters',
        'sara@kleur.example.be',
        '03 234 56 78',
      ],
      [
        'Moskee Nour',
        '21400',
        'Borgerhout',
        'cultural_identity',
        'Borgerhout',
        'Ali B.',
        'ali@nour',
        '0470 11 22 33',
      ],
      ['Jeugdhuis Kavka', '2100', 'Deurne', 'youth', 'Deurne', '', '', ''],
    ]);
    const preview = await z.coordinator.post('/api/partners/import', {
      format: 'xlsx',
      file,
      consentBasis: 'legitimate_interest',
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const report = preview.json();
    expect(report.mapping).toMatchObject({ Naam: 'name', Postcode: 'postcode', 'E-mail': 'contactEmail' });
    expect(report.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'invalid', 'create']);
    expect(Object.keys(report.rows[1].errors).sort()).toEqual(['contactEmail', 'postcode']);
    expect(report.written).toBe(false);
    expect(await count(z.zone.id)).toEqual({ organisations: 0, contacts: 0 });

    const refused = await z.coordinator.post('/api/partners/import', {
      format: 'xlsx',
      file,
      consentBasis: 'legitimate_interest',
      dryRun: false,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toHaveProperty('rows.2.postcode');
    expect(await count(z.zone.id)).toEqual({ organisations: 0, contacts: 0 });

    const fixes = { '2': { postcode: '2140', contactEmail: 'ali@nour.example.be' } };
    const done = await z.coordinator.post('/api/partners/import', {
      format: 'xlsx',
      file,
      fixes,
      consentBasis: 'legitimate_interest',
      dryRun: false,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().summary).toMatchObject({ create: 3, invalid: 0, contacts: 2 });
    expect(await count(z.zone.id)).toEqual({ organisations: 3, contacts: 2 });

    const [kleur] = await t.ctx.database.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.name, 'Vzw Kleur'));
    await z.coordinator.patch(`/api/partners/organisations/${kleur.id}`, {
      description: 'Aangevuld na een gesprek',
    });
    const again = await z.coordinator.post('/api/partners/import', {
      format: 'xlsx',
      file,
      fixes,
      consentBasis: 'legitimate_interest',
      dryRun: false,
    });
    expect(again.json().summary).toMatchObject({ create: 0, update: 3 });
    expect(await count(z.zone.id)).toEqual({ organisations: 3, contacts: 2 });
    const [kept] = await t.ctx.database.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.id, kleur.id));
    expect(kept.description).toBe('Aangevuld na een gesprek');
    expect(kept.focusAreas).toEqual(['youth', 'poverty']);
    const audit = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'partners.import'));
    expect(audit.filter((a) => a.zoneId === z.zone.id)).toHaveLength(2);
  });

  it('skips the rows the user chose to skip, reads semicolon CSV with a chosen mapping, and refuses other roles', async () => {
    const z = await partnerTeam(t);
    const file = csv('Organisatie;PC;Soort\nBuurtwerk Noord;2170;external\nOngeldig;abc;external\n');
    const mapping = { Organisatie: 'name', PC: 'postcode', Soort: 'kind' };
    const res = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      file,
      mapping,
      skipRows: [2],
      dryRun: false,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().summary).toMatchObject({ create: 1, skip: 1 });
    expect(await count(z.zone.id)).toEqual({ organisations: 1, contacts: 0 });
    const unknownColumn = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      file,
      mapping: { Naam: 'name' },
    });
    expect(unknownColumn.json().fields).toHaveProperty('mapping.Naam');
    const broken = await z.coordinator.post('/api/partners/import', {
      format: 'xlsx',
      file: csv('geen xlsx'),
    });
    expect(broken.json().fields).toHaveProperty('file');
    for (const role of ['admin', 'colleague', 'researcher', 'partner'] as const)
      expect(
        (await z[role].post('/api/partners/import', { format: 'csv', file, mapping, dryRun: false }))
          .statusCode,
      ).toBe(403);
    expect(await count(z.zone.id)).toEqual({ organisations: 1, contacts: 0 });
  });
});

describe('[PARTNERS] export', () => {
  it('exports the filtered list; coordinators get contact columns, colleagues never; every export is audited', async () => {
    const z = await partnerTeam(t);
    const org = await createOrganisation(z.coordinator, { name: '=Kleur vzw', focusAreas: ['youth'] });
    await createOrganisation(z.coordinator, { name: 'Armoede vzw', focusAreas: ['poverty'] });
    await z.coordinator.post(
      `/api/partners/organisations/${org.id}/contacts`,
      buildContact({ email: 'lien@kleur.example.be' }),
    );
    const coord = await z.coordinator.get('/api/partners/export?format=csv&focusArea=youth');
    expect(coord.statusCode).toBe(200);
    expect(coord.headers['content-type']).toContain('text/csv');
    const lines = coord.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    // Headers in the user's language (Dutch here).
    expect(lines[0].split(';')).toContain('E-mailadres');
    expect(lines[1]).toContain('lien@kleur.example.be');
    expect(lines[1].startsWith("'=Kleur vzw;")).toBe(true);
    const colleague = await z.colleague.get('/api/partners/export?format=xlsx');
    expect(colleague.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(colleague.rawPayload as unknown as ArrayBuffer);
    const values = wb.worksheets[0].getSheetValues().flat().map(String);
    expect(values).toContain('Naam');
    expect(values).not.toContain('E-mailadres');
    expect(values.join(' ')).not.toContain('lien@kleur.example.be');
    expect(wb.worksheets[0].rowCount).toBe(3);
    expect((await z.partner.get('/api/partners/export')).statusCode).toBe(403);
    expect((await z.researcher.get('/api/partners/export')).statusCode).toBe(403);
    const audit = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'partners.export'));
    expect(audit.filter((a) => a.zoneId === z.zone.id).map((a) => a.details.personalData)).toEqual([
      true,
      false,
    ]);
  });
});
