import { schema } from '@brug/db';
import { CONTACT_EXPORT_FIELDS, EXPORT_HEADERS, ORGANISATION_EXPORT_FIELDS } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestApp } from '../../../test/helpers.ts';
import { buildContact, createOrganisation, partnerTeam } from './test-factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const ALL_FIELDS = [...ORGANISATION_EXPORT_FIELDS, ...CONTACT_EXPORT_FIELDS];
const base64 = (b: Buffer) => b.toString('base64');

describe('[PARTNERS] a Windows-1252 or UTF-16 file from Excel', () => {
  it('imports "Café Ça Va" correctly and shows the encoding and separator in the preview', async () => {
    const z = await partnerTeam(t);
    // Excel in nl-BE saves "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252 with ';'.
    const cp1252 = Buffer.concat([
      Buffer.from('Naam;Postcode;Gemeente\r\nCaf'),
      Buffer.from([0xe9, 0x20, 0xc7]),
      Buffer.from('a Va;2140;Borgerhout\r\n'),
    ]);
    const preview = await z.coordinator.post('/api/partners/import', { format: 'csv', file: base64(cp1252) });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().source).toEqual({ encoding: 'windows-1252', separator: ';' });
    expect(preview.json().rows[0].name).toBe('Café Ça Va');
    const done = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      importId: preview.json().importId,
      dryRun: false,
    });
    expect(done.statusCode, done.body).toBe(200);
    const [org] = await t.ctx.database.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.zoneId, z.zone.id));
    expect(org.name).toBe('Café Ça Va');

    // "Unicode text" from Excel: UTF-16 LE with BOM, tab separated.
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Nom\tCode postal\r\nŁódź Kadıköy\t2060\r\n', 'utf16le'),
    ]);
    const r2 = (
      await z.coordinator.post('/api/partners/import', { format: 'csv', file: base64(utf16) })
    ).json();
    expect(r2.source).toEqual({ encoding: 'utf-16le', separator: '\t' });
    expect(r2.rows[0].name).toBe('Łódź Kadıköy');
  });
});

describe('[PARTNERS] export → import round trip', () => {
  for (const language of ['nl', 'fr', 'en'] as const)
    for (const format of ['csv', 'xlsx'] as const)
      it(`goes back in with every column mapped (${format}, headers in ${language})`, async () => {
        const z = await partnerTeam(t);
        const { client: me } = await loginAs(t, z.zone.id, 'coordinator', { language });
        const programme = (await me.post('/api/programmes', { name: 'Traject heen en terug' })).json();
        const org = await createOrganisation(me, {
          name: 'Café Ça Va',
          kind: 'external',
          focusAreas: ['youth', 'poverty'],
          districts: ['Borgerhout'],
          address: 'Turnhoutsebaan 1',
          postcode: '2140',
          city: 'Borgerhout',
          website: 'https://cafe.example.be',
          languages: ['nl', 'ar'],
          targetGroups: ['jongeren'],
          description: 'Buurtcafé',
          dialogue: 'existing',
        });
        await me.post(
          `/api/partners/organisations/${org.id}/contacts`,
          buildContact({
            name: 'Lien',
            function: 'coördinator',
            email: 'lien@cafe.example.be',
            phone: '+32 3 123 45 67',
          }),
        );
        expect(
          (
            await me.post(`/api/partners/organisations/${org.id}/status`, {
              programmeId: programme.id,
              status: 'invited',
            })
          ).statusCode,
        ).toBe(200);

        const exported = await me.get(`/api/partners/export?format=${format}&programmeId=${programme.id}`);
        expect(exported.statusCode).toBe(200);
        const file = exported.rawPayload;
        let header: string[];
        if (format === 'csv')
          header = file
            .toString('utf8')
            .replace(/^\uFEFF/, '')
            .split('\r\n')[0]
            .split(';');
        else {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(file as unknown as ArrayBuffer);
          const sheet = wb.worksheets[0];
          header = (sheet.getRow(1).values as string[]).slice(1);
          // The phone number is text, as written: no apostrophe, no number.
          const phone = sheet.getRow(2).getCell(header.indexOf(EXPORT_HEADERS[language].contactPhone) + 1);
          expect(phone.type).toBe(ExcelJS.ValueType.String);
          expect(phone.value).toBe('+3231234567');
          expect(phone.numFmt).toBe('@');
        }
        // Headers in the user's language.
        expect(header).toEqual(ALL_FIELDS.map((f) => EXPORT_HEADERS[language][f]));

        const preview = await me.post('/api/partners/import', {
          format,
          file: base64(file),
          programmeId: programme.id,
          consentBasis: 'consent',
        });
        expect(preview.statusCode, preview.body).toBe(200);
        const report = preview.json();
        // Every column of the export maps, each to its own field.
        expect(report.columns).toEqual(header);
        expect(Object.keys(report.mapping).sort()).toEqual([...header].sort());
        expect(Object.values(report.mapping).sort()).toEqual([...ALL_FIELDS].sort());
        expect(report.rows).toEqual([{ row: 1, name: 'Café Ça Va', action: 'update', errors: {} }]);

        // Imported again: nothing changes, and the status stays without a new history entry.
        const before = await t.ctx.database.db
          .select()
          .from(schema.organisations)
          .where(eq(schema.organisations.id, org.id));
        const done = await me.post('/api/partners/import', {
          format,
          importId: report.importId,
          programmeId: programme.id,
          consentBasis: 'consent',
          dryRun: false,
        });
        expect(done.statusCode, done.body).toBe(200);
        const after = await t.ctx.database.db
          .select()
          .from(schema.organisations)
          .where(eq(schema.organisations.id, org.id));
        expect(after).toEqual(before);
        const contacts = await t.ctx.database.db
          .select()
          .from(schema.contacts)
          .where(eq(schema.contacts.organisationId, org.id));
        expect(contacts.map((c) => [c.name, c.function, c.email, c.phone])).toEqual([
          ['Lien', 'coördinator', 'lien@cafe.example.be', '+3231234567'],
        ]);
        const history = await t.ctx.database.db
          .select()
          .from(schema.relationshipStatusHistory)
          .where(eq(schema.relationshipStatusHistory.organisationId, org.id));
        expect(history.map((h) => h.toStatus)).toEqual(['invited']);
      });

  it('sets the status column in the chosen programme by the usual rule, and asks for a programme', async () => {
    const z = await partnerTeam(t);
    const programme = (await z.coordinator.post('/api/programmes', { name: 'Traject status' })).json();
    const org = await createOrganisation(z.coordinator, { name: 'Vzw Status', postcode: '2140' });
    await z.coordinator.post(`/api/partners/organisations/${org.id}/status`, {
      programmeId: programme.id,
      status: 'in_dialogue',
    });
    const file = (rows: string) => base64(Buffer.from(`Naam;Postcode;Status\r\n${rows}`, 'utf8'));
    const noProgramme = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      file: file('Vzw Status;2140;partner\r\n'),
    });
    expect(noProgramme.statusCode).toBe(400);
    expect(noProgramme.json().fields).toHaveProperty('programmeId');
    const back = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      file: file('Vzw Status;2140;contacted\r\nNieuw;2060;nonsense\r\n'),
      programmeId: programme.id,
    });
    expect(back.json().rows.map((r: { errors: object }) => Object.keys(r.errors))).toEqual([
      ['status'],
      ['status'],
    ]);
    const forward = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      file: file('Vzw Status;2140;partner\r\nNieuw;2060;longlist\r\n'),
      programmeId: programme.id,
      dryRun: false,
    });
    expect(forward.statusCode, forward.body).toBe(200);
    const statuses = await t.ctx.database.db
      .select()
      .from(schema.relationshipStatuses)
      .where(and(eq(schema.relationshipStatuses.programmeId, programme.id)));
    expect(statuses.map((s) => s.status).sort()).toEqual(['longlist', 'partner']);
  });
});
