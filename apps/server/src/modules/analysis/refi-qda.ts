import { XMLParser } from 'fast-xml-parser';
import { strToU8, unzipSync, zipSync } from 'fflate';

/**
 * REFI-QDA exchange (QDA-XML 1.0, docs/standards/refi-qda): the codebook as `.qdc`, the coded
 * project as `.qdpx` (zip of project.qde and sources/), and import of codes made by NVivo,
 * ATLAS.ti, MAXQDA or QualCoder.
 */
export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

export type QdaCode = {
  id: string;
  parentId: string | null;
  name: string;
  description: string;
  colour: string;
  memo: string | null;
};
export type QdaSelection = {
  id: string;
  start: number;
  end: number;
  codeIds: string[];
  memo: string | null;
  at: string;
};
export type QdaSource = { id: string; name: string; text: string; selections: QdaSelection[] };
export type QdaUser = { id: string; name: string };

/** Characters XML 1.0 does not allow: C0 controls other than tab, line feed and carriage return. */
function withoutControlCharacters(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) continue;
    out += ch;
  }
  return out;
}
export function xmlEscape(s: string): string {
  return withoutControlCharacters(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function codeTree(codes: readonly QdaCode[], noteIds: Map<string, string>): string {
  const children = new Map<string | null, QdaCode[]>();
  const known = new Set(codes.map((c) => c.id));
  for (const c of codes) {
    const parent = c.parentId && known.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const render = (c: QdaCode, depth: number): string => {
    const pad = '  '.repeat(depth);
    const inner = [
      c.description ? `${pad}  <Description>${xmlEscape(c.description)}</Description>` : '',
      noteIds.has(c.id) ? `${pad}  <NoteRef targetGUID="${noteIds.get(c.id)}"/>` : '',
      ...(children.get(c.id) ?? []).map((child) => render(child, depth + 1)),
    ].filter(Boolean);
    const attrs = `guid="${c.id}" name="${xmlEscape(c.name)}" isCodable="true" color="${c.colour}"`;
    return inner.length
      ? `${pad}<Code ${attrs}>\n${inner.join('\n')}\n${pad}</Code>`
      : `${pad}<Code ${attrs}/>`;
  };
  return (children.get(null) ?? []).map((c) => render(c, 3)).join('\n');
}

/** The codebook on its own (`.qdc`). */
export function buildCodebook(codes: readonly QdaCode[], origin = 'Brug'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="${CODEBOOK_NS}" origin="${xmlEscape(origin)}">
  <Codes>
${codeTree(codes, new Map())}
  </Codes>
</CodeBook>
`;
}

/** project.qde: users, codebook, text sources with coded selections, and memos as notes. */
export function buildProject(input: {
  name: string;
  user: QdaUser;
  codes: readonly QdaCode[];
  sources: readonly QdaSource[];
  createdAt: string;
}): string {
  const notes: string[] = [];
  const noteFor = (text: string, label: string) => {
    const guid = crypto.randomUUID();
    notes.push(
      `    <Note guid="${guid}" name="${xmlEscape(label)}" creatingUser="${input.user.id}" creationDateTime="${input.createdAt}">\n      <PlainTextContent>${xmlEscape(text)}</PlainTextContent>\n    </Note>`,
    );
    return guid;
  };
  const codeNotes = new Map<string, string>();
  for (const c of input.codes) if (c.memo) codeNotes.set(c.id, noteFor(c.memo, `Memo: ${c.name}`));
  const codes = input.codes.length
    ? `  <CodeBook>\n    <Codes>\n${codeTree(input.codes, codeNotes)}\n    </Codes>\n  </CodeBook>\n`
    : '';
  const sources = input.sources
    .map((s) => {
      const selections = s.selections
        .map((sel) => {
          const codings = sel.codeIds
            .map(
              (codeId) =>
                `        <Coding guid="${crypto.randomUUID()}" creatingUser="${input.user.id}" creationDateTime="${sel.at}">\n          <CodeRef targetGUID="${codeId}"/>\n        </Coding>`,
            )
            .join('\n');
          const note = sel.memo
            ? `\n        <NoteRef targetGUID="${noteFor(sel.memo, `Memo ${s.name}`)}"/>`
            : '';
          return `      <PlainTextSelection guid="${sel.id}" name="${xmlEscape(s.name)} ${sel.start}-${sel.end}" startPosition="${sel.start}" endPosition="${sel.end}" creatingUser="${input.user.id}" creationDateTime="${sel.at}">\n${codings}${note}\n      </PlainTextSelection>`;
        })
        .join('\n');
      return `    <TextSource guid="${s.id}" name="${xmlEscape(s.name)}" plainTextPath="internal://${s.id}.txt" creatingUser="${input.user.id}" creationDateTime="${input.createdAt}">${selections ? `\n${selections}\n    ` : ''}</TextSource>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="${PROJECT_NS}" name="${xmlEscape(input.name)}" origin="Brug" creatingUserGUID="${input.user.id}" creationDateTime="${input.createdAt}">
  <Users>
    <User guid="${input.user.id}" name="${xmlEscape(input.user.name)}"/>
  </Users>
${codes}${input.sources.length ? `  <Sources>\n${sources}\n  </Sources>\n` : ''}${notes.length ? `  <Notes>\n${notes.join('\n')}\n  </Notes>\n` : ''}</Project>
`;
}

/** The `.qdpx` archive: project.qde plus one plain-text file per source. */
export function buildProjectArchive(projectXml: string, sources: readonly QdaSource[]): Uint8Array {
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(projectXml) };
  for (const s of sources) files[`sources/${s.id}.txt`] = strToU8(s.text);
  return zipSync(files, { level: 6 });
}

export type ImportedCode = {
  ref: string;
  parentRef: string | null;
  name: string;
  description: string;
  colour: string;
};
export type ImportReport = { codes: ImportedCode[]; notMapped: string[] };

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const NAME_MAX = 120;

/**
 * Reads the codes of a `.qdc` codebook or of a `.qdpx` project (its CodeBook), whatever tool wrote
 * it, and lists everything that Brug does not take over: sources, codings, sets, cases, variables,
 * links, graphs, notes, non-codable markers, odd colours, over-long names.
 */
export function readCodes(file: Uint8Array, filename: string): ImportReport {
  let xml: string;
  const notMapped: string[] = [];
  if (file[0] === 0x50 && file[1] === 0x4b) {
    const entries = unzipSync(file);
    const projectName = Object.keys(entries).find((n) => /(^|\/)[^/]+\.qde$/i.test(n));
    if (!projectName) throw new Error('no project.qde in the archive');
    xml = new TextDecoder().decode(entries[projectName]);
    const others = Object.keys(entries).filter((n) => n !== projectName && !n.endsWith('/'));
    if (others.length)
      notMapped.push(`${others.length} source file(s) in the archive (only codes are imported)`);
  } else {
    xml = new TextDecoder().decode(file);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    isArray: (name) =>
      ['Code', 'User', 'TextSource', 'Set', 'Case', 'Variable', 'Note', 'Link', 'Graph'].includes(name),
    processEntities: true,
  });
  const doc = parser.parse(xml) as Record<string, Record<string, unknown>>;
  const root = doc.Project ?? doc.CodeBook;
  if (!root) throw new Error(`${filename}: neither a Project nor a CodeBook`);
  const book = (doc.Project ? (root.CodeBook as Record<string, unknown> | undefined) : root) ?? {};
  if (doc.Project) {
    const count = (key: string, inner: string) => {
      const section = root[key] as Record<string, unknown> | undefined;
      if (!section) return 0;
      return (
        Object.values(section).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : v ? 1 : 0), 0) ||
        asArray(section[inner]).length
      );
    };
    const sections: [string, string, string][] = [
      ['Sources', 'TextSource', 'source(s) and their codings'],
      ['Cases', 'Case', 'case(s)'],
      ['Variables', 'Variable', 'variable(s)'],
      ['Sets', 'Set', 'set(s)'],
      ['Notes', 'Note', 'note(s)'],
      ['Links', 'Link', 'link(s)'],
      ['Graphs', 'Graph', 'graph(s)'],
    ];
    for (const [key, inner, label] of sections) {
      const n = count(key, inner);
      if (n) notMapped.push(`${n} ${label}`);
    }
  } else if (root.Sets) {
    notMapped.push(`${asArray((root.Sets as Record<string, unknown>).Set).length} set(s)`);
  }
  const codes: ImportedCode[] = [];
  let noteRefs = 0;
  const walk = (list: unknown, parentRef: string | null) => {
    for (const raw of asArray(list as Record<string, unknown>[])) {
      const ref = String(raw.guid ?? crypto.randomUUID());
      let name = String(raw.name ?? '').trim();
      if (!name) {
        notMapped.push(`a code without a name (${ref}) was named "(zonder naam)"`);
        name = '(zonder naam)';
      }
      if (name.length > NAME_MAX) {
        notMapped.push(`name of "${name.slice(0, 40)}…" shortened to ${NAME_MAX} characters`);
        name = name.slice(0, NAME_MAX);
      }
      let colour = String(raw.color ?? '#1c7ed6');
      if (/^#[0-9a-fA-F]{3}$/.test(colour)) colour = `#${[...colour.slice(1)].map((c) => c + c).join('')}`;
      if (!/^#[0-9a-fA-F]{6}$/.test(colour)) {
        notMapped.push(`colour "${colour}" of "${name}" replaced by the default`);
        colour = '#1c7ed6';
      }
      if (String(raw.isCodable) === 'false')
        notMapped.push(`"${name}" was not codable there; it is codable in Brug`);
      noteRefs += asArray(raw.NoteRef).length;
      const description = typeof raw.Description === 'string' ? raw.Description : '';
      codes.push({ ref, parentRef, name, description: description.slice(0, 2000), colour });
      walk(raw.Code, ref);
    }
  };
  walk((book.Codes as Record<string, unknown> | undefined)?.Code, null);
  if (noteRefs) notMapped.push(`${noteRefs} memo link(s) on codes`);
  return { codes, notMapped };
}
