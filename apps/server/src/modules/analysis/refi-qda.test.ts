import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { schema } from '@brug/db';
import { htmlToText } from '@brug/domain';
import {
  buildProject,
  buildProjectArchive,
  indexOf,
  openProject,
  type ProjectCiphertext,
  planImport,
  readExchangeFile,
  sealImport,
} from '@brug/domain/refi-qda/index';
import { openWithKey, sealWithKey } from '@brug/vault-crypto';
import { eq, sql } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { addSealedInterview, saveSealedNotes } from '../conversations/test-support.ts';
import { OTHER_ROLES, signIn, zoneWithOpenVault } from '../vault/test-support.ts';

const ROOT = resolve(import.meta.dirname, '../../../../..');
const XSD = join(ROOT, 'docs/standards/refi-qda/Project-mrt2019.xsd');
const FIXTURES = join(ROOT, 'packages/domain/src/refi-qda/fixtures');

vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

function fixture(name: string): Uint8Array {
  const dir = join(FIXTURES, name);
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p)] = new Uint8Array(readFileSync(p));
    }
  };
  walk(dir);
  return zipSync(files);
}

function validate(xml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'brug-qde-')), 'project.qde');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
    return 'valid';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

async function setup() {
  const z = await zoneWithOpenVault(t);
  const vault = Object.assign(z.vault, {
    openWithKey: (key: CryptoKey, sealed: string, context: string) => openWithKey(key, sealed, context),
  });
  const current = async () =>
    (await z.researcher.get('/api/analysis/refi-qda/project')).json() as ProjectCiphertext;
  const importFile = async (bytes: Uint8Array, name: string) => {
    const plan = planImport(readExchangeFile(bytes, name), indexOf(await current()));
    const body = await sealImport(plan, vault);
    return { plan, body, res: await z.researcher.post('/api/analysis/refi-qda/import', body) };
  };
  return { ...z, vault, current, importFile };
}

const counts = async (bureauId: string) => {
  const n = async (table: 'codes' | 'analysisDocuments' | 'codings' | 'analysisMemos' | 'analysisSets') =>
    (
      await t.ctx.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(schema[table])
        .where(eq(schema[table].bureauId, bureauId))
    )[0].n;
  return [
    await n('codes'),
    await n('analysisDocuments'),
    await n('codings'),
    await n('analysisMemos'),
    await n('analysisSets'),
  ];
};

describe('[ANALYSIS] REFI-QDA import of whole projects, sealed in the browser', () => {
  it('imports a MAXQDA project (sources, passages, sets), the server holding only ciphertext; a re-import merges', async () => {
    const { researcher, bureauId, vault, importFile, current } = await setup();
    const { res, plan } = await importFile(fixture('maxqda'), 'maxqda.qdpx');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ codes: 4, documents: 1, codings: 3, memos: 0, sets: 2 });
    expect(await counts(bureauId)).toEqual([4, 1, 3, 0, 2]);

    // The database holds no planted plaintext, and the answer to the export carries none.
    const dump = JSON.stringify(
      await Promise.all(
        ['codes', 'analysis_documents', 'codings', 'analysis_memos', 'analysis_sets'].map(
          async (table) => await t.ctx.database.db.execute(sql.raw(`select * from ${table}`)),
        ),
      ),
    );
    for (const planted of ['de agent lachte', 'Houding agent', 'Gesprekken met emoji', 'verpleegster'])
      expect(dump).not.toContain(planted);
    const project = await current();
    expect(JSON.stringify(project)).not.toContain('verpleegster');

    // The coded passages open to the right words, positions after the emoji included.
    const opened = await openProject(project, vault, { id: plan.codes[0].id, name: 'Onderzoeker' });
    const doc = opened.sources.find((s) => s.name === 'Gesprek A');
    expect(doc?.selections.map((s) => doc.text.slice(s.start, s.end)).sort()).toEqual(
      ['Cafe\u0301', 'de agent lachte', '👩🏽‍⚕️ hielp de verpleegster'].sort(),
    );

    // The export goes back with MAXQDA's GUIDs and code point positions, valid against the schema.
    const xml = buildProject(opened);
    expect(validate(xml)).toBe('valid');
    expect(xml).toContain('guid="{0E6B54E4-4C2F-4A55-9B1D-6C0D8B0F1A02}"');
    expect(xml).toContain('guid="{6A3F1C22-9D0E-4B7A-8C11-2233445566A1}"');
    expect(xml).toContain('startPosition="10" endPosition="25"');

    // Re-importing the same file, or our own export of it, adds nothing.
    const again = await importFile(fixture('maxqda'), 'maxqda.qdpx');
    expect(again.res.statusCode, again.res.body).toBe(201);
    expect(again.plan.merged).toMatchObject({ code: 4, document: 1, coding: 3, set: 2 });
    const back = await importFile(buildProjectArchive(xml, opened.sources), 'brug.qdpx');
    expect(back.res.statusCode, back.res.body).toBe(201);
    expect(await counts(bureauId)).toEqual([4, 1, 3, 0, 2]);
    expect((await researcher.get('/api/analysis/export.qdpx')).statusCode).toBe(410);
  });

  it('imports ATLAS.ti and QualCoder projects with their notes as memos', async () => {
    const { bureauId, importFile, current, vault } = await setup();
    expect((await importFile(fixture('atlas-ti'), 'atlas.qdpx')).res.statusCode).toBe(201);
    expect((await importFile(fixture('qualcoder'), 'qualcoder.qdpx')).res.statusCode).toBe(201);
    expect(await counts(bureauId)).toEqual([7, 2, 4, 1, 0]);
    const opened = await openProject(await current(), vault, { id: bureauId, name: 'x' });
    expect(opened.notes.map((n) => n.text)).toEqual(['First round of coding, August.']);
    expect(opened.codes.find((c) => c.name === 'Language')?.memo).toBe('Heard in most interviews.');
    expect(opened.sources.find((s) => s.name === 'entretien_01.txt')?.memo).toBe('Réalisé à Anderlecht');
  });

  it('refuses bad input with 400 naming the field, a taken id with 409, and changes nothing', async () => {
    const { researcher, bureauId, vault } = await setup();
    const plan = planImport(
      readExchangeFile(fixture('maxqda'), 'm.qdpx'),
      indexOf((await researcher.get('/api/analysis/refi-qda/project')).json()),
    );
    const good = await sealImport(plan, vault);
    const cases: [Record<string, unknown>, number, string][] = [
      [
        { ...good, codes: [{ ...good.codes[0], sealedName: 'Houding agent' }, ...good.codes.slice(1)] },
        400,
        'codes.0.sealedName',
      ],
      [
        {
          ...good,
          codings: [{ ...good.codings[0], documentId: crypto.randomUUID() }, ...good.codings.slice(1)],
        },
        400,
        'codings[0].documentId',
      ],
      [
        {
          ...good,
          codings: [{ ...good.codings[0], codeIds: [crypto.randomUUID()] }, ...good.codings.slice(1)],
        },
        400,
        'codings[0].codeIds',
      ],
      [{ ...good, codes: [...good.codes].reverse() }, 400, 'parentId'],
      [
        { ...good, sets: [{ ...good.sets[0], documentIds: [crypto.randomUUID()] }] },
        400,
        'sets[0].documentIds',
      ],
      [
        {
          ...good,
          memos: [
            {
              id: good.codes[0].id,
              sealedName: good.codes[0].sealedName,
              sealedText: good.codes[0].sealedName,
            },
          ],
        },
        400,
        'memos[0].id',
      ],
    ];
    for (const [body, status, field] of cases) {
      const res = await researcher.post('/api/analysis/refi-qda/import', body);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.body).toContain(field);
    }
    expect(await counts(bureauId)).toEqual([0, 0, 0, 0, 0]);
    expect((await researcher.post('/api/analysis/refi-qda/import', good)).statusCode).toBe(201);
    // The same rows again: the ids are taken (and the GUIDs known).
    const dup = await researcher.post('/api/analysis/refi-qda/import', good);
    expect(dup.statusCode).toBe(409);
    expect(dup.body).toContain('codes[0].id');
    const fresh = await sealImport(
      planImport(
        readExchangeFile(fixture('maxqda'), 'm.qdpx'),
        indexOf({
          bureauId,
          codes: [],
          documents: [],
          interviews: [],
          roundtables: [],
          codings: [],
          memos: [],
          sets: [],
          exchangeIds: [],
        }),
      ),
      vault,
    );
    const known = await researcher.post('/api/analysis/refi-qda/import', fresh);
    expect(known.statusCode).toBe(409);
    expect(known.body).toContain('codes[0].guid');
    expect(await counts(bureauId)).toEqual([4, 1, 3, 0, 2]);
  });

  it('exports Brug’s own interviews under their pseudonym, positions in code points after an emoji', async () => {
    const { researcher, vault, current, researcherUser } = await setup();
    const interview = await addSealedInterview(researcher, vault, { source: 'vzw De Brug' });
    const html = '<p>Hij zei 😡 dat de agent lachte.</p>';
    expect((await saveSealedNotes(researcher, interview, html, 0)).statusCode).toBe(200);
    const text = htmlToText(html);
    const start = text.indexOf('de agent');
    const codingId = crypto.randomUUID();
    const codeId = crypto.randomUUID();
    const imported = await researcher.post('/api/analysis/refi-qda/import', {
      codes: [
        {
          id: codeId,
          parentId: null,
          sealedName: await vault.seal('Houding', `code:${codeId}:name`),
          sealedDescription: await vault.seal('', `code:${codeId}:description`),
          sealedMemo: null,
          colour: '#ff0000',
        },
      ],
    });
    expect(imported.statusCode, imported.body).toBe(201);
    // A passage coded in Brug (UTF-16 offsets, as the reader stores them).
    const [zone] = await t.ctx.database.db
      .select({ zoneId: schema.codes.zoneId, bureauId: schema.codes.bureauId })
      .from(schema.codes)
      .where(eq(schema.codes.id, codeId));
    await t.ctx.database.db.insert(schema.codings).values({
      id: codingId,
      ...zone,
      interviewId: interview.id,
      sealedExcerpt: await sealWithKey(
        interview.key,
        JSON.stringify({ start, end: start + 15, text: text.slice(start, start + 15) }),
        `coding:${codingId}:excerpt`,
      ),
    });
    await t.ctx.database.db.insert(schema.codingCodes).values({ codingId, codeId, zoneId: zone.zoneId });
    const project = await current();
    expect(JSON.stringify(project)).not.toContain('de agent');
    expect(JSON.stringify(project)).not.toContain('vzw De Brug');
    const opened = await openProject(project, vault, { id: researcherUser.id, name: 'Onderzoeker' });
    const xml = buildProject(opened);
    expect(validate(xml)).toBe('valid');
    expect(xml).toContain(`name="${interview.pseudonym}"`);
    expect(xml).not.toContain('vzw De Brug');
    // "de agent" is UTF-16 unit 15 but code point 14.
    expect(start).toBe(15);
    expect(xml).toContain('startPosition="14" endPosition="29"');
  });

  it('carries a code’s sealed translations to another bureau through the file, never in clear on the server', async () => {
    const from = await setup();
    const id = crypto.randomUUID();
    const translations = { nl: 'Wachttijd', fr: 'Temps d’attente', en: 'Waiting time' };
    const created = await from.researcher.post('/api/codes', {
      id,
      parentId: null,
      colour: '#2f9e44',
      sealedName: await from.vault.seal('Wachttijd', `code:${id}:name`),
      sealedDescription: await from.vault.seal('Hoe lang men wacht', `code:${id}:description`),
      sealedTranslations: await from.vault.seal(JSON.stringify(translations), `code:${id}:translations`),
    });
    expect(created.statusCode, created.body).toBe(201);
    const opened = await openProject(await from.current(), from.vault, { id, name: 'Onderzoeker' });
    const xml = buildProject(opened);
    expect(validate(xml)).toBe('valid');
    expect(xml).toContain('fr: Temps d’attente');

    const to = await setup();
    const { res, body } = await to.importFile(buildProjectArchive(xml, opened.sources), 'brug.qdpx');
    expect(res.statusCode, res.body).toBe(201);
    const [code] = (await to.current()).codes;
    expect(code.sealedTranslations).toBe(body.codes[0].sealedTranslations);
    expect(JSON.parse(await to.vault.open(code.sealedTranslations!, `code:${code.id}:translations`))).toEqual(
      translations,
    );
    expect(await to.vault.open(code.sealedDescription, `code:${code.id}:description`)).toBe(
      'Hoe lang men wacht',
    );
    const dump = JSON.stringify(await t.ctx.database.db.execute(sql.raw('select * from codes')));
    for (const planted of ['Temps d’attente', 'Waiting time', 'Brug: code name translations'])
      expect(dump).not.toContain(planted);

    // Translations in clear are refused on their field, and nothing is stored.
    const other = await setup();
    const again = planImport(
      readExchangeFile(buildProjectArchive(xml, []), 'x.qdpx'),
      indexOf(await other.current()),
    );
    const sealed = await sealImport(again, other.vault);
    const clear = await other.researcher.post('/api/analysis/refi-qda/import', {
      ...sealed,
      codes: [{ ...sealed.codes[0], sealedTranslations: JSON.stringify(translations) }],
    });
    expect(clear.statusCode).toBe(400);
    expect(clear.json().fields, clear.body).toEqual({ 'codes.0.sealedTranslations': expect.any(String) });
    expect(await counts(other.bureauId)).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives 403 to every other role', async () => {
    const { zone, researcher, vault } = await setup();
    const plan = planImport(
      readExchangeFile(fixture('maxqda'), 'm.qdpx'),
      indexOf((await researcher.get('/api/analysis/refi-qda/project')).json()),
    );
    const body = await sealImport(plan, vault);
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      expect((await client.get('/api/analysis/refi-qda/project')).statusCode).toBe(403);
      expect((await client.post('/api/analysis/refi-qda/import', body)).statusCode).toBe(403);
      expect((await client.get('/api/analysis/export.qdpx')).statusCode).toBe(403);
    }
  });
});
