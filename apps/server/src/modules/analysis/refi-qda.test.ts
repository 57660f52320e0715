import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type Client, createZone, type TestApp } from '../../../test/helpers.ts';
import { openBureau } from '../findings/test-support.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';

const XSD = resolve(import.meta.dirname, '../../../../../docs/standards/refi-qda/Project-mrt2019.xsd');

// Each test opens vaults (argon2id, 128 MiB): on a loaded two-core machine that takes a while.
vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

function validate(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'brug-qde-'));
  const file = join(dir, 'project.qde');
  writeFileSync(file, xml);
  return execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' }).toString() || 'valid';
}

async function download(client: Client, url: string) {
  const res = await client.get(url);
  return { res, bytes: new Uint8Array(res.rawPayload) };
}

async function codedBureau() {
  const zone = await createZone(t.ctx);
  const bureau = await openBureau(t, zone.id, 2);
  const { researcher, sources } = bureau;
  const codes = (await researcher.post('/api/codes/starter')).json().items;
  const child = (
    await researcher.post('/api/codes', {
      name: 'Tolk & taal <nodig>',
      parentId: codes[1].id,
      memo: 'Vaak gehoord',
    })
  ).json();
  const notes = [
    '<p>Er was geen tolk toen mijn moeder aangifte wilde doen bij de politie.</p>',
    '<p>Een agent die Arabisch spreekt, maakt een wereld van verschil.</p>',
  ];
  for (const [i, s] of sources.entries()) {
    await researcher.put(`/api/interviews/${s.id}/notes`, { html: notes[i], baseVersion: 0 });
    const text = (await researcher.get(`/api/analysis/interviews/${s.id}/text`)).json().text;
    const res = await researcher.post('/api/codings', {
      interviewId: s.id,
      start: 0,
      end: text.length,
      codeIds: [child.id, codes[0].id],
      memo: i === 0 ? 'Sleutelpassage' : undefined,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  return { ...bureau, zone, codes, child };
}

describe('[ANALYSIS] REFI-QDA exchange', () => {
  it('exports the coded project as a .qdpx valid against the REFI-QDA schema, with pseudonyms only', async () => {
    const { researcher, zone } = await codedBureau();
    const { res, bytes } = await download(researcher, '/api/analysis/export.qdpx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.qdpx');
    const files = unzipSync(bytes);
    const xml = strFromU8(files['project.qde']);
    expect(validate(xml)).toBe('valid');
    const sourceFiles = Object.keys(files).filter((f) => f.startsWith('sources/'));
    expect(sourceFiles).toHaveLength(2);
    expect(xml).toContain('name="B-01"');
    expect(xml).not.toContain('Organisatie 1');
    expect((xml.match(/<Coding /g) ?? []).length).toBe(4);
    expect(xml).toContain('Tolk &amp; taal &lt;nodig&gt;');
    const [entry] = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'analysis.export.qdpx'));
    expect(entry).toMatchObject({
      zoneId: zone.id,
      scope: 'bureau',
      details: { sources: 2, codings: 2, codes: 6 },
    });
  });

  it('exports the codebook as .qdc and imports it, or the codes of a .qdpx, into another bureau', async () => {
    const { researcher } = await codedBureau();
    const qdc = await download(researcher, '/api/analysis/export.qdc');
    expect(qdc.res.statusCode).toBe(200);
    const qdcXml = strFromU8(qdc.bytes);
    expect(qdcXml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    // The codebook part is the project schema's CodeBook: valid when placed in a project.
    const asProject = qdcXml
      .replace(
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Brug">',
        '<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook>',
      )
      .replace('</CodeBook>', '</CodeBook></Project>');
    expect(validate(asProject)).toBe('valid');

    const other = await openBureau(t, (await createZone(t.ctx)).id, 0);
    const imported = await other.researcher.post('/api/codes/import', {
      filename: 'brug-codebook.qdc',
      content: Buffer.from(qdc.bytes).toString('base64'),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ created: 6, notMapped: [] });
    const codes = (await other.researcher.get('/api/codes')).json().items;
    const child = codes.find((c: { name: string }) => c.name === 'Tolk & taal <nodig>');
    expect(codes.find((c: { id: string }) => c.id === child.parentId).name).toBe('Behoefte');

    const project = await download(researcher, '/api/analysis/export.qdpx');
    const third = await openBureau(t, (await createZone(t.ctx)).id, 0);
    const fromProject = await third.researcher.post('/api/codes/import', {
      filename: 'brug-project.qdpx',
      content: Buffer.from(project.bytes).toString('base64'),
    });
    expect(fromProject.json().created).toBe(6);
    expect(fromProject.json().notMapped).toEqual([
      '2 source file(s) in the archive (only codes are imported)',
      '2 source(s) and their codings',
      '2 note(s)',
      '1 memo link(s) on codes',
    ]);
  });

  it('imports a codebook from another tool and reports what could not be mapped', async () => {
    const { researcher } = await openBureau(t, (await createZone(t.ctx)).id, 0);
    const nvivo = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14">
  <Codes>
    <Code guid="6a1b1e9e-0f0e-4a8e-9d1a-8f4f7c1b2a10" name="Vertrouwen" isCodable="false" color="#F00">
      <Description>Alles over vertrouwen</Description>
      <Code guid="6a1b1e9e-0f0e-4a8e-9d1a-8f4f7c1b2a11" name="Respect" isCodable="true" color="red"/>
    </Code>
  </Codes>
  <Sets><Set guid="6a1b1e9e-0f0e-4a8e-9d1a-8f4f7c1b2a12" name="Kernthema's"/></Sets>
</CodeBook>`;
    const res = await researcher.post('/api/codes/import', {
      filename: 'nvivo.qdc',
      content: Buffer.from(nvivo).toString('base64'),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      created: 2,
      notMapped: [
        '1 set(s)',
        '"Vertrouwen" was not codable there; it is codable in Brug',
        'colour "red" of "Respect" replaced by the default',
      ],
    });
    const codes = (await researcher.get('/api/codes')).json().items;
    expect(codes.map((c: { name: string; colour: string }) => [c.name, c.colour])).toEqual([
      ['Vertrouwen', '#FF0000'],
      ['Respect', '#1c7ed6'],
    ]);
    const broken = await researcher.post('/api/codes/import', {
      filename: 'kapot.qdpx',
      content: Buffer.from(zipSync({ 'iets.txt': strToU8('x') })).toString('base64'),
    });
    expect(broken.statusCode).toBe(400);
    expect(Object.keys(broken.json().fields)).toEqual(['content']);
    const wrongName = await researcher.post('/api/codes/import', { filename: 'codes.docx', content: 'eA==' });
    expect(Object.keys(wrongName.json().fields)).toEqual(['filename']);
  });

  it('refuses export and import to every other role', async () => {
    const zone = await createZone(t.ctx);
    await openBureau(t, zone.id, 0);
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      expect((await client.get('/api/analysis/export.qdpx')).statusCode, role).toBe(403);
      expect((await client.get('/api/analysis/export.qdc')).statusCode, role).toBe(403);
      expect(
        (await client.post('/api/codes/import', { filename: 'a.qdc', content: 'eA==' })).statusCode,
        role,
      ).toBe(403);
    }
  });
});
