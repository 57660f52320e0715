import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildCodebook,
  buildProject,
  buildProjectArchive,
  emptyIndex,
  normaliseGuid,
  openProject,
  type ProjectCiphertext,
  planImport,
  positionMap,
  QdaFormatError,
  readExchangeFile,
  sealImport,
  TRANSLATIONS_HEADER,
} from './index.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const XSD = resolve(import.meta.dirname, '../../../../docs/standards/refi-qda/Project-mrt2019.xsd');

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
  const dir = mkdtempSync(join(tmpdir(), 'brug-qde-'));
  const file = join(dir, 'project.qde');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
    return 'valid';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

describe('[REFI-QDA] positions in code points', () => {
  it('counts an emoji as one position, where UTF-16 counts two', () => {
    const text = 'a😡b';
    const map = positionMap(text);
    expect(map.codePoints).toBe(3);
    expect(map.toUtf16(2)).toBe(3);
    expect(map.toCodePoint(3)).toBe(2);
  });
  it('never lets a passage split a character: snaps to grapheme boundaries', () => {
    const text = 'x👩🏽‍⚕️y Cafe\u0301!';
    const map = positionMap(text);
    expect(map.snapStart(3)).toBe(1); // inside the health-worker sequence
    expect(map.snapEnd(3)).toBe(8);
    const cafe = text.indexOf('Cafe');
    expect(map.snapEnd(cafe + 4)).toBe(cafe + 5); // between e and its accent
  });
});

describe('[REFI-QDA] reading files made by other tools', () => {
  it('ATLAS.ti: codes, the source without BOM, selections in code points, notes as memos', () => {
    const p = readExchangeFile(fixture('atlas-ti'), 'atlas.qdpx');
    expect(p.kind).toBe('project');
    expect(p.codes.map((c) => c.name)).toEqual(['Barriers', 'Waiting', 'Language', 'Help']);
    expect(p.codes[1].parentGuid).toBe('A182CD3A-D83C-4D8C-BC80-26D9103EC6D6');
    expect(p.codes[2].description).toBe('No shared language at the desk');
    const [source] = p.sources;
    expect(source.text.startsWith('Interview 1\r\n')).toBe(true);
    const texts = source.selections.map((s) => source.text.slice(s.start, s.end));
    expect(texts).toEqual(['We waited two hours at the desk.', 'Nobody spoke Arabic.']);
    const plan = planImport(p, emptyIndex());
    expect(plan.codes).toHaveLength(4);
    expect(plan.codes.find((c) => c.name === 'Language')?.memo).toBe('Heard in most interviews.');
    expect(plan.codings.find((c) => c.excerpt === 'Nobody spoke Arabic.')?.memo).toBe('Key passage.');
    expect(plan.memos.map((m) => m.text)).toEqual(['First round of coding, August.']);
  });

  it('MAXQDA: positions after emoji land on the same words, and a passage never splits a character', () => {
    const p = readExchangeFile(fixture('maxqda'), 'maxqda.qdpx');
    const [source] = p.sources;
    const texts = source.selections.map((s) => source.text.slice(s.start, s.end));
    // UTF-16 offsets would have given "e agent lachte." here.
    expect(texts[0]).toBe('de agent lachte');
    // Started inside 👩🏽‍⚕️: widened to the whole emoji.
    expect(texts[1]).toBe('👩🏽‍⚕️ hielp de verpleegster');
    // Ended between e and its combining accent: widened to the accent.
    expect(texts[2]).toBe('Cafe\u0301');
    expect(p.codes.find((c) => c.name === 'Spot')?.colour).toBe('#ff6600');
    expect(p.sets.map((s) => s.name)).toEqual(['Gesprekken met emoji', 'Houding']);
    expect(p.notMapped.join('\n')).toContain('1 picture source(s)');
    const plan = planImport(p, emptyIndex());
    expect(plan.sets[0].documentIds).toEqual([plan.documents[0].id]);
    expect(plan.sets[1].codeIds).toHaveLength(2);
  });

  it('QualCoder: categories, entities, a source memo, a case not taken over', () => {
    const p = readExchangeFile(fixture('qualcoder'), 'qualcoder.qdpx');
    expect(p.codes.map((c) => c.name)).toEqual(['Accueil', 'Attente', 'Gentillesse & respect']);
    expect(p.codes[2].description).toBe("L'agent est aimable");
    expect(p.notMapped.join('\n')).toContain('1 case(s)');
    const plan = planImport(p, emptyIndex());
    expect(plan.documents[0].memo).toBe('Réalisé à Anderlecht');
    expect(plan.codings.map((c) => c.excerpt)).toEqual([
      'Il y avait la queue au commissariat',
      'Le policier a été gentil',
    ]);
    expect(plan.memos).toHaveLength(0);
  });

  it('Taguette: a codebook (.qdc) on one line', () => {
    const p = readExchangeFile(readFileSync(join(FIXTURES, 'taguette/codebook.qdc')), 'taguette.qdc');
    expect(p.kind).toBe('codebook');
    expect(p.codes.map((c) => [c.name, c.colour, c.description])).toEqual([
      ['interesting', '#0000ff', 'Further review required'],
      ['interesting.waiting', '#ff0000', ''],
      ['people', '#00ff00', 'Mentions of people'],
    ]);
  });

  it('refuses what is not REFI-QDA', () => {
    expect(() => readExchangeFile(new TextEncoder().encode('<html/>'), 'x.qdc')).toThrow(/neither/);
    expect(() => readExchangeFile(zipSync({ 'a.txt': new Uint8Array(1) }), 'x.qdpx')).toThrow(/project.qde/);
  });

  it('says why a file cannot be read, for a message in the reader’s language', () => {
    const reason = (bytes: Uint8Array) => {
      try {
        readExchangeFile(bytes, 'x');
      } catch (error) {
        return error instanceof QdaFormatError ? error.reason : 'other';
      }
      return 'read';
    };
    const zip = zipSync({ 'a.txt': new Uint8Array(1) });
    expect(reason(new TextEncoder().encode('<html/>'))).toBe('kind');
    expect(reason(zip)).toBe('noProject');
    expect(reason(zip.slice(0, 30))).toBe('zip');
    expect(reason(new TextEncoder().encode('<Project><Users></Project>'))).toBe('xml');
  });
});

describe('[REFI-QDA] export and re-import', () => {
  const exported = () => {
    const text = 'Ze zei: 😡 de agent lachte.';
    const start = text.indexOf('de agent');
    return {
      name: 'Brug',
      user: { guid: '00000000-0000-4000-8000-0000000000aa', name: 'Onderzoeker' },
      codes: [
        {
          guid: '{0E6B54E4-4C2F-4A55-9B1D-6C0D8B0F1A01}',
          parentGuid: null,
          name: 'Houding <agent>',
          description: 'd & e',
          colour: '#ff0000',
          memo: 'memo',
        },
        {
          guid: '11111111-1111-4111-8111-111111111111',
          parentGuid: '{0E6B54E4-4C2F-4A55-9B1D-6C0D8B0F1A01}',
          name: 'Spot',
          description: '',
          colour: '#00ff00',
          memo: null,
        },
      ],
      sources: [
        {
          guid: '22222222-2222-4222-8222-222222222222',
          name: 'B-01',
          text,
          memo: 'bron memo',
          selections: [
            {
              guid: '33333333-3333-4333-8333-333333333333',
              start,
              end: start + 15,
              codeGuids: ['11111111-1111-4111-8111-111111111111'],
              memo: 'sel memo',
              createdAt: '2026-01-01T00:00:00Z',
            },
          ],
        },
      ],
      notes: [{ guid: '44444444-4444-4444-8444-444444444444', name: 'Vrij memo', text: 'Eerste ronde' }],
      sets: [
        {
          guid: '55555555-5555-4555-8555-555555555555',
          name: 'Set',
          description: '',
          codeGuids: ['11111111-1111-4111-8111-111111111111'],
          sourceGuids: ['22222222-2222-4222-8222-222222222222'],
        },
      ],
      createdAt: '2026-01-01T00:00:00Z',
    };
  };

  it('writes a project valid against the REFI-QDA schema, positions in code points, GUIDs kept', () => {
    const input = exported();
    const xml = buildProject(input);
    expect(validate(xml)).toBe('valid');
    expect(xml).toContain('guid="{0E6B54E4-4C2F-4A55-9B1D-6C0D8B0F1A01}"');
    // "de agent" starts at code point 10, UTF-16 unit 11.
    expect(xml).toContain('startPosition="10" endPosition="25"');
    const zip = unzipSync(buildProjectArchive(xml, input.sources));
    expect(strFromU8(zip['sources/22222222-2222-4222-8222-222222222222.txt'])).toBe(input.sources[0].text);
    expect(buildCodebook(input.codes)).toContain('name="Houding &lt;agent&gt;"');
  });

  it('a re-import merges by exchange GUID instead of duplicating', () => {
    const input = exported();
    const bytes = buildProjectArchive(buildProject(input), input.sources);
    const first = planImport(readExchangeFile(bytes, 'x.qdpx'), emptyIndex());
    expect(first.codes).toHaveLength(2);
    expect(first.codings[0].excerpt).toBe('de agent lachte');
    expect(first.codings[0].memo).toBe('sel memo');
    expect(first.documents[0].memo).toBe('bron memo');
    expect(first.memos.map((m) => m.text)).toEqual(['Eerste ronde']);
    const index = emptyIndex();
    for (const c of first.codes) index.code.set(normaliseGuid(c.guid), c.id);
    for (const d of first.documents) index.document.set(normaliseGuid(d.guid), d.id);
    for (const c of first.codings) index.coding.set(normaliseGuid(c.guid), c.id);
    for (const m of first.memos) index.memo.set(normaliseGuid(m.guid), m.id);
    for (const s of first.sets) index.set.set(normaliseGuid(s.guid), s.id);
    const again = planImport(readExchangeFile(bytes, 'x.qdpx'), index);
    expect(
      [again.codes, again.documents, again.codings, again.memos, again.sets].map((l) => l.length),
    ).toEqual([0, 0, 0, 0, 0]);
    expect(again.merged).toEqual({ code: 2, document: 1, coding: 1, memo: 1, set: 1 });
  });
});

/** A stand-in for the vault: sealing binds the context and hides the text (base64), as the real one does. */
const fakeVault = {
  seal: async (text: string, context: string) => `sealed:${context}:${Buffer.from(text).toString('base64')}`,
  open: async (sealed: string, context: string) => {
    const prefix = `sealed:${context}:`;
    if (!sealed.startsWith(prefix)) throw new Error(`sealed for another context than ${context}`);
    return Buffer.from(sealed.slice(prefix.length), 'base64').toString();
  },
  unwrapSubKey: async () => 'key',
  openWithKey: async () => '',
};

describe('[REFI-QDA] code name translations travel in the Description', () => {
  const codeId = '66666666-6666-4666-8666-666666666666';
  const translations = { nl: 'Verbeterpunt', fr: 'Point d’amélioration', en: 'Improvement point' };
  const ciphertext = async (): Promise<ProjectCiphertext> => ({
    bureauId: '77777777-7777-4777-8777-777777777777',
    codes: [
      {
        id: codeId,
        parentId: null,
        sealedName: await fakeVault.seal('Verbeterpunt', `code:${codeId}:name`),
        sealedDescription: await fakeVault.seal('Wat beter kan & hoe', `code:${codeId}:description`),
        sealedMemo: null,
        sealedTranslations: await fakeVault.seal(JSON.stringify(translations), `code:${codeId}:translations`),
        colour: '#c2255c',
      },
    ],
    documents: [],
    interviews: [],
    roundtables: [],
    codings: [],
    memos: [],
    sets: [],
    exchangeIds: [],
  });

  it('an export writes them after the description, valid against the schema; an import takes them back, sealed', async () => {
    const project = await openProject(await ciphertext(), fakeVault, { id: codeId, name: 'Onderzoeker' });
    const xml = buildProject(project);
    expect(validate(xml)).toBe('valid');
    expect(xml).toContain(
      `<Description>Wat beter kan &amp; hoe\n\n${TRANSLATIONS_HEADER}\nnl: Verbeterpunt\nfr: Point d’amélioration\nen: Improvement point</Description>`,
    );
    const codebook = buildCodebook(project.codes);
    for (const bytes of [buildProjectArchive(xml, project.sources), new TextEncoder().encode(codebook)]) {
      const [code] = readExchangeFile(bytes, 'brug').codes;
      expect(code).toMatchObject({ name: 'Verbeterpunt', description: 'Wat beter kan & hoe', translations });
    }

    // Into another bureau: a new code whose translations are sealed under its own id, never in clear.
    const plan = planImport(readExchangeFile(buildProjectArchive(xml, []), 'x.qdpx'), emptyIndex());
    const sealed = await sealImport(plan, fakeVault);
    const [code] = sealed.codes;
    expect(JSON.stringify(sealed)).not.toContain('Improvement point');
    expect(JSON.stringify(sealed)).not.toContain(TRANSLATIONS_HEADER);
    expect(
      JSON.parse(await fakeVault.open(code.sealedTranslations!, `code:${code.id}:translations`)),
    ).toEqual(translations);
    expect(await fakeVault.open(code.sealedDescription, `code:${code.id}:description`)).toBe(
      'Wat beter kan & hoe',
    );
  });

  it('a code without translations keeps its description as it was, and gets none', async () => {
    const project = await openProject(
      { ...(await ciphertext()), codes: [{ ...(await ciphertext()).codes[0], sealedTranslations: null }] },
      fakeVault,
      { id: codeId, name: 'Onderzoeker' },
    );
    const xml = buildProject(project);
    expect(xml).not.toContain(TRANSLATIONS_HEADER);
    const [code] = planImport(readExchangeFile(new TextEncoder().encode(xml), 'x.qde'), emptyIndex()).codes;
    expect(code.translations).toEqual({});
    expect(
      (
        await sealImport(
          { ...planImport(readExchangeFile(new TextEncoder().encode(xml), 'x.qde'), emptyIndex()) },
          fakeVault,
        )
      ).codes[0].sealedTranslations,
    ).toBeNull();
  });

  it('reads a block another tool wrote back with Windows line ends, and leaves a block it does not understand as text', () => {
    const qdc = (description: string) =>
      new TextEncoder().encode(
        `<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="88888888-8888-4888-8888-888888888888" name="Wachten" isCodable="true"><Description>${description}</Description></Code></Codes></CodeBook>`,
      );
    const [crlf] = readExchangeFile(
      qdc(`Lang wachten&#13;\n&#13;\n${TRANSLATIONS_HEADER}&#13;\nfr: Attente&#13;\n`),
    ).codes;
    expect(crlf).toMatchObject({ description: 'Lang wachten', translations: { fr: 'Attente' } });
    const odd = `Lang wachten\n\n${TRANSLATIONS_HEADER}\nde: Warten`;
    const [kept] = readExchangeFile(qdc(odd)).codes;
    expect(kept).toMatchObject({ description: odd, translations: {} });
  });
});
