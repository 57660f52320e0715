import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeCsv, detectSeparator, readSheet, writeSheet } from './read-sheet.ts';

const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('[PARTNERS] reading a CSV file as spreadsheet programs write it', () => {
  const text = 'Naam;Gemeente\nCafé Ça Va;Borgerhout\n';
  it('detects the encoding: UTF-8 with or without BOM, UTF-16 LE and BE with BOM, Windows-1252', () => {
    expect(decodeCsv(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: 'utf-8-bom',
    });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({
      text,
      encoding: 'utf-16le',
    });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]))).toEqual({
      text,
      encoding: 'utf-16be',
    });
    // What Excel writes in nl-BE and fr-BE: é = E9, Ç = C7, € = 80, ’ = 92.
    const cp1252 = Buffer.from([
      ...Buffer.from('Naam;Prijs\nCaf'),
      0xe9,
      0x20,
      0xc7,
      ...Buffer.from('a Va;5 '),
      0x80,
      0x20,
      0x92,
      0x0a,
    ]);
    expect(decodeCsv(cp1252)).toEqual({ text: 'Naam;Prijs\nCafé Ça Va;5 € ’\n', encoding: 'windows-1252' });
  });

  it('detects the separator: semicolon, comma or tab, not counting those inside quotes', () => {
    expect(detectSeparator('Naam;Gemeente;Postcode\na;b;c')).toBe(';');
    expect(detectSeparator('Name,City\na,b')).toBe(',');
    expect(detectSeparator('Name\tCity\tPostcode\na\tb\tc')).toBe('\t');
    expect(detectSeparator('"Naam, officieel";"Adres, straat";Postcode\n"a, b";"c, d";2000')).toBe(';');
    expect(detectSeparator('Naam\nCafé')).toBe(';');
  });

  it('reads rows in every encoding and separator alike, and takes off the apostrophe Brug put before a formula sign', async () => {
    const rows = [
      ['Naam', 'Telefoon'],
      ['Café Ça Va', '+3231234567'],
    ];
    const files = [
      Buffer.from("Naam;Telefoon\r\nCafé Ça Va;'+3231234567\r\n", 'latin1'),
      Buffer.from('\uFEFFNaam,Telefoon\nCafé Ça Va,+3231234567\n', 'utf8'),
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Naam\tTelefoon\r\nCafé Ça Va\t+3231234567\r\n', 'utf16le'),
      ]),
    ];
    const read = await Promise.all(files.map((f) => readSheet('csv', f)));
    for (const r of read) expect(r.rows).toEqual(rows);
    expect(read.map((r) => [r.encoding, r.separator])).toEqual([
      ['windows-1252', ';'],
      ['utf-8-bom', ','],
      ['utf-16le', '\t'],
    ]);
  });

  it('writes XLSX values as text cells: phone numbers without an apostrophe, formatted as text, formulas never run', async () => {
    const file = await writeSheet(
      'xlsx',
      ['Naam', 'Telefoon'],
      [['=HYPERLINK("http://x")', '+3231234567']],
      [1],
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const phone = sheet.getCell('B2');
    expect(phone.value).toBe('+3231234567');
    expect(phone.type).toBe(ExcelJS.ValueType.String);
    expect(phone.numFmt).toBe('@');
    const name = sheet.getCell('A2');
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.formula).toBeUndefined();
    expect((await readSheet('xlsx', file)).rows[1]).toEqual(['=HYPERLINK("http://x")', '+3231234567']);
  });
});
