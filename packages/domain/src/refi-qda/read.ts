import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { positionMap } from './positions.ts';
import { type NameTranslations, splitTranslations } from './translations.ts';

/**
 * Reading a REFI-QDA `.qdpx` project or `.qdc` codebook, whatever tool wrote it (ATLAS.ti, MAXQDA,
 * NVivo, QualCoder, Taguette…): codes with their tree, text sources with their text, selections as
 * passages with their codes, notes, and sets, each with the exchange GUID it came with. Positions are
 * read as code points (REFI-QDA 1.5) and turned into UTF-16 offsets on grapheme boundaries, so a
 * passage never splits a character. Everything Brug does not take over is listed in `notMapped`.
 */
export type QdaCode = {
  guid: string;
  parentGuid: string | null;
  name: string;
  description: string;
  colour: string;
  noteGuids: string[];
  /** The code's names in nl, fr and en, from a Brug block in its Description (see translations.ts). */
  translations: NameTranslations;
};
export type QdaSelection = {
  guid: string;
  /** UTF-16 offsets into the source's text, on grapheme boundaries. */
  start: number;
  end: number;
  codeGuids: string[];
  noteGuids: string[];
  createdAt: string | null;
};
export type QdaSource = {
  guid: string;
  name: string;
  text: string;
  noteGuids: string[];
  selections: QdaSelection[];
};
export type QdaNote = { guid: string; name: string; text: string };
export type QdaSet = {
  guid: string;
  name: string;
  description: string;
  codeGuids: string[];
  sourceGuids: string[];
};
export type QdaProject = {
  kind: 'project' | 'codebook';
  name: string;
  origin: string;
  codes: QdaCode[];
  sources: QdaSource[];
  notes: QdaNote[];
  sets: QdaSet[];
  notMapped: string[];
};

export const CODE_NAME_MAX = 120;
export const CODE_DESCRIPTION_MAX = 2000;
export const DEFAULT_COLOUR = '#1c7ed6';

/** Why a file is not a REFI-QDA file Brug can read, for a message in the reader's language. */
export type QdaFormatReason = 'zip' | 'noProject' | 'xml' | 'kind';

export class QdaFormatError extends Error {
  constructor(
    message: string,
    readonly reason: QdaFormatReason,
  ) {
    super(message);
  }
}

type Node = Record<string, unknown>;
const asArray = <T>(x: T | T[] | undefined | null): T[] =>
  x === undefined || x === null || x === '' ? [] : Array.isArray(x) ? x : [x];
const textOf = (x: unknown): string => {
  if (typeof x === 'string') return x;
  if (x && typeof x === 'object' && typeof (x as Node)['#text'] === 'string')
    return (x as Node)['#text'] as string;
  return '';
};
const refs = (list: unknown): string[] =>
  asArray(list as Node[])
    .map((r) => String(r.targetGUID ?? ''))
    .filter(Boolean);

const REPEATED = new Set([
  'Code',
  'User',
  'TextSource',
  'PictureSource',
  'PDFSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'Set',
  'MemberCode',
  'MemberSource',
  'MemberNote',
  'Case',
  'Variable',
  'Note',
  'Link',
  'Graph',
]);

function parser() {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    isArray: (name) => REPEATED.has(name),
    processEntities: true,
    htmlEntities: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
  });
}

const decoder = () => new TextDecoder('utf-8', { fatal: false });

/** A file the user picked: a zip (.qdpx) or XML (.qde, .qdc, .xml). */
export function readExchangeFile(file: Uint8Array, filename = 'file'): QdaProject {
  let xml: string;
  let archive: Record<string, Uint8Array> = {};
  if (file[0] === 0x50 && file[1] === 0x4b) {
    try {
      archive = unzipSync(file);
    } catch (error) {
      throw new QdaFormatError(`${filename}: not a readable zip (${(error as Error).message})`, 'zip');
    }
    const projectName = Object.keys(archive).find((n) => /(^|\/)[^/]+\.qde$/i.test(n));
    if (!projectName) throw new QdaFormatError(`${filename}: no project.qde in the archive`, 'noProject');
    xml = decoder().decode(archive[projectName]);
  } else {
    xml = decoder().decode(file);
  }
  let doc: Node;
  try {
    doc = parser().parse(xml, true) as Node;
  } catch (error) {
    const message =
      error instanceof Error
        ? error.message
        : String((error as { err?: { msg?: string } })?.err?.msg ?? error);
    throw new QdaFormatError(`${filename}: not well-formed XML (${message})`, 'xml');
  }
  if (doc.Project) return readProject(doc.Project as Node, archive);
  if (doc.CodeBook) return readCodebook(doc.CodeBook as Node);
  throw new QdaFormatError(`${filename}: neither a REFI-QDA Project nor a CodeBook`, 'kind');
}

function readCodes(book: Node | undefined, notMapped: string[]): QdaCode[] {
  const codes: QdaCode[] = [];
  const seen = new Set<string>();
  const walk = (list: unknown, parentGuid: string | null) => {
    for (const raw of asArray(list as Node[])) {
      let guid = String(raw.guid ?? '').trim();
      if (!guid || seen.has(guid)) guid = crypto.randomUUID();
      seen.add(guid);
      let name = String(raw.name ?? '').trim();
      if (!name) {
        notMapped.push(`a code without a name (${guid}) was named "(zonder naam)"`);
        name = '(zonder naam)';
      }
      if (name.length > CODE_NAME_MAX) {
        notMapped.push(`name of "${name.slice(0, 40)}…" shortened to ${CODE_NAME_MAX} characters`);
        name = name.slice(0, CODE_NAME_MAX);
      }
      let colour = String(raw.color ?? DEFAULT_COLOUR).trim();
      if (/^#[0-9a-fA-F]{3}$/.test(colour)) colour = `#${[...colour.slice(1)].map((c) => c + c).join('')}`;
      if (!/^#[0-9a-fA-F]{6}$/.test(colour)) {
        notMapped.push(`colour "${colour}" of "${name}" replaced by the default`);
        colour = DEFAULT_COLOUR;
      }
      if (String(raw.isCodable) === 'false')
        notMapped.push(`"${name}" was not codable there; it is codable in Brug`);
      const written = splitTranslations(textOf(raw.Description).trim(), CODE_NAME_MAX);
      let description = written.description;
      if (description.length > CODE_DESCRIPTION_MAX) {
        notMapped.push(`description of "${name}" shortened to ${CODE_DESCRIPTION_MAX} characters`);
        description = description.slice(0, CODE_DESCRIPTION_MAX);
      }
      codes.push({
        guid,
        parentGuid,
        name,
        description,
        colour: colour.toLowerCase(),
        noteGuids: refs(raw.NoteRef),
        translations: written.translations,
      });
      walk(raw.Code, guid);
    }
  };
  walk((book?.Codes as Node | undefined)?.Code, null);
  return codes;
}

function readSets(section: Node | undefined): QdaSet[] {
  return asArray(section?.Set as Node[]).map((raw) => ({
    guid: String(raw.guid ?? crypto.randomUUID()),
    name: String(raw.name ?? '').trim() || '(zonder naam)',
    description: textOf(raw.Description).trim(),
    codeGuids: refs(raw.MemberCode),
    sourceGuids: refs(raw.MemberSource),
  }));
}

function readCodebook(root: Node): QdaProject {
  const notMapped: string[] = [];
  return {
    kind: 'codebook',
    name: String(root.name ?? ''),
    origin: String(root.origin ?? ''),
    codes: readCodes(root, notMapped),
    sources: [],
    notes: [],
    sets: readSets(root.Sets as Node | undefined),
    notMapped,
  };
}

/** The text of a source: inline, or the archive file its plainTextPath names. */
function sourceText(raw: Node, archive: Record<string, Uint8Array>): string | null {
  if (raw.PlainTextContent !== undefined) return textOf(raw.PlainTextContent);
  const path = String(raw.plainTextPath ?? '');
  if (!path) return null;
  const m = /^(internal|relative|absolute|file):\/\/\/?(.*)$/i.exec(path);
  const rel = decodeURI(m ? m[2] : path).replace(/\\/g, '/');
  const base = rel.split('/').pop() ?? rel;
  const key =
    Object.keys(archive).find((k) => k === `sources/${rel}` || k === rel) ??
    Object.keys(archive).find((k) => k.toLowerCase().endsWith(`/${base.toLowerCase()}`));
  return key ? decoder().decode(archive[key]) : null;
}

function readProject(root: Node, archive: Record<string, Uint8Array>): QdaProject {
  const notMapped: string[] = [];
  const codes = readCodes(root.CodeBook as Node | undefined, notMapped);
  const sourcesNode = (root.Sources ?? {}) as Node;
  const sources: QdaSource[] = [];
  for (const raw of asArray(sourcesNode.TextSource as Node[])) {
    const guid = String(raw.guid ?? crypto.randomUUID());
    const name = String(raw.name ?? '').trim() || guid;
    const text = sourceText(raw, archive);
    if (text === null) {
      notMapped.push(`source "${name}": its plain text is not in the file (only rich text), not imported`);
      continue;
    }
    const map = positionMap(text);
    const selections: QdaSelection[] = [];
    for (const sel of asArray(raw.PlainTextSelection as Node[])) {
      const a = Number(sel.startPosition);
      const b = Number(sel.endPosition);
      if (!Number.isFinite(a) || !Number.isFinite(b)) {
        notMapped.push(`a selection in "${name}" without valid positions`);
        continue;
      }
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      if (hi > map.codePoints || lo < 0)
        notMapped.push(`a selection in "${name}" (${lo}-${hi}) reached past the text; cut to it`);
      const start = map.snapStart(map.toUtf16(lo));
      const end = Math.max(start, map.snapEnd(map.toUtf16(hi)));
      const codings = asArray(sel.Coding as Node[]);
      selections.push({
        guid: String(sel.guid ?? crypto.randomUUID()),
        start,
        end,
        codeGuids: [...new Set(codings.flatMap((c) => refs((c as Node).CodeRef)))],
        noteGuids: [...refs(sel.NoteRef), ...codings.flatMap((c) => refs((c as Node).NoteRef))],
        createdAt: sel.creationDateTime ? String(sel.creationDateTime) : null,
      });
    }
    // A coding of the whole source (Coding directly under TextSource).
    const whole = asArray(raw.Coding as Node[]);
    if (whole.length)
      selections.push({
        guid: crypto.randomUUID(),
        start: 0,
        end: text.length,
        codeGuids: [...new Set(whole.flatMap((c) => refs(c.CodeRef)))],
        noteGuids: whole.flatMap((c) => refs(c.NoteRef)),
        createdAt: null,
      });
    sources.push({ guid, name, text, noteGuids: refs(raw.NoteRef), selections });
  }
  for (const [kind, label] of [
    ['PictureSource', 'picture source(s)'],
    ['PDFSource', 'PDF source(s)'],
    ['AudioSource', 'audio source(s)'],
    ['VideoSource', 'video source(s)'],
  ] as const) {
    const n = asArray(sourcesNode[kind] as Node[]).length;
    if (n) notMapped.push(`${n} ${label}: Brug takes over text sources only`);
  }
  const notes: QdaNote[] = asArray((root.Notes as Node | undefined)?.Note as Node[]).map((raw) => ({
    guid: String(raw.guid ?? crypto.randomUUID()),
    name: String(raw.name ?? '').trim(),
    text: (sourceText(raw, archive) ?? '').trim(),
  }));
  for (const [key, inner, label] of [
    ['Cases', 'Case', 'case(s)'],
    ['Variables', 'Variable', 'variable(s)'],
    ['Links', 'Link', 'link(s)'],
    ['Graphs', 'Graph', 'graph(s)'],
  ] as const) {
    const n = asArray((root[key] as Node | undefined)?.[inner] as Node[]).length;
    if (n) notMapped.push(`${n} ${label}`);
  }
  const codeGuids = new Set(codes.map((c) => c.guid));
  let unknown = 0;
  for (const s of sources)
    for (const sel of s.selections) {
      const known = sel.codeGuids.filter((g) => codeGuids.has(g));
      unknown += sel.codeGuids.length - known.length;
      sel.codeGuids = known;
    }
  if (unknown) notMapped.push(`${unknown} coding(s) with a code that is not in the codebook`);
  return {
    kind: 'project',
    name: String(root.name ?? ''),
    origin: String(root.origin ?? ''),
    codes,
    sources,
    notes,
    sets: readSets(root.Sets as Node | undefined),
    notMapped,
  };
}
