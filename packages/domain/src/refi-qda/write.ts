import { strToU8, zipSync } from 'fflate';
import { positionMap } from './positions.ts';
import { describeWithTranslations, type NameTranslations } from './translations.ts';

/**
 * Writing REFI-QDA (QDA-XML 1.0, Project-mrt2019.xsd): the codebook as `.qdc`, the project as
 * `.qdpx` (a zip of project.qde and sources/). The exchange GUIDs an item came with are written back,
 * so that the tool it came from recognises its own codes, sources and passages. Offsets are given in
 * UTF-16 units (as Brug stores them) and written in code points, as REFI-QDA 1.5 requires.
 */
export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

export type ExportCode = {
  guid: string;
  parentGuid: string | null;
  name: string;
  description: string;
  colour: string;
  memo: string | null;
  /** The code's names in nl, fr and en: written into its Description (see translations.ts). */
  translations?: NameTranslations;
};
export type ExportSelection = {
  guid: string;
  /** UTF-16 offsets in the source's text. */
  start: number;
  end: number;
  codeGuids: string[];
  memo: string | null;
  createdAt: string;
};
export type ExportSource = {
  guid: string;
  name: string;
  text: string;
  memo: string | null;
  selections: ExportSelection[];
};
export type ExportNote = { guid: string; name: string; text: string };
export type ExportSet = {
  guid: string;
  name: string;
  description: string;
  codeGuids: string[];
  sourceGuids: string[];
};
export type ExportProject = {
  name: string;
  user: { guid: string; name: string };
  codes: readonly ExportCode[];
  sources: readonly ExportSource[];
  notes: readonly ExportNote[];
  sets: readonly ExportSet[];
  createdAt: string;
};

/** Characters XML 1.0 does not allow: C0 controls other than tab, line feed and carriage return. */
function withoutControlCharacters(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}
export function xmlEscape(s: string): string {
  return withoutControlCharacters(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

function codeTree(codes: readonly ExportCode[], noteIds: Map<string, string>, depth: number): string {
  const children = new Map<string | null, ExportCode[]>();
  const known = new Set(codes.map((c) => c.guid));
  for (const c of codes) {
    const parent = c.parentGuid && known.has(c.parentGuid) ? c.parentGuid : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const render = (c: ExportCode, level: number): string => {
    const pad = '  '.repeat(level);
    const description = describeWithTranslations(c.description, c.translations);
    const inner = [
      description ? `${pad}  <Description>${xmlEscape(description)}</Description>` : '',
      noteIds.has(c.guid) ? `${pad}  <NoteRef targetGUID="${noteIds.get(c.guid)}"/>` : '',
      ...(children.get(c.guid) ?? []).map((child) => render(child, level + 1)),
    ].filter(Boolean);
    const colour = /^#[0-9a-fA-F]{6}$/.test(c.colour) ? ` color="${c.colour}"` : '';
    const attrs = `guid="${xmlEscape(c.guid)}" name="${xmlEscape(c.name)}" isCodable="true"${colour}`;
    return inner.length
      ? `${pad}<Code ${attrs}>\n${inner.join('\n')}\n${pad}</Code>`
      : `${pad}<Code ${attrs}/>`;
  };
  return (children.get(null) ?? []).map((c) => render(c, depth)).join('\n');
}

/** The codebook on its own (`.qdc`). */
export function buildCodebook(codes: readonly ExportCode[], origin = 'Brug'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="${CODEBOOK_NS}" origin="${xmlEscape(origin)}">
  <Codes>
${codeTree(codes, new Map(), 2)}
  </Codes>
</CodeBook>
`;
}

/** A source's file name inside the archive. */
export const sourcePath = (guid: string) => `${guid.replace(/[{}]/g, '')}.txt`;

/** project.qde: users, codebook, text sources with coded selections in code points, notes, sets. */
export function buildProject(input: ExportProject): string {
  const user = xmlEscape(input.user.guid);
  const notes: string[] = [];
  const note = (guid: string, name: string, text: string) => {
    notes.push(
      `    <Note guid="${xmlEscape(guid)}" name="${xmlEscape(name)}" creatingUser="${user}" creationDateTime="${input.createdAt}">\n      <PlainTextContent>${xmlEscape(text)}</PlainTextContent>\n    </Note>`,
    );
    return guid;
  };
  const codeNotes = new Map<string, string>();
  for (const c of input.codes)
    if (c.memo) codeNotes.set(c.guid, note(crypto.randomUUID(), `Memo: ${c.name}`, c.memo));
  const codebook = input.codes.length
    ? `  <CodeBook>\n    <Codes>\n${codeTree(input.codes, codeNotes, 3)}\n    </Codes>\n  </CodeBook>\n`
    : '';
  const sources = input.sources.map((s) => {
    const map = positionMap(s.text);
    const selections = s.selections.map((sel) => {
      // Never split a character: widen to grapheme boundaries, then count code points.
      const start = map.toCodePoint(map.snapStart(sel.start));
      const end = Math.max(start, map.toCodePoint(map.snapEnd(sel.end)));
      const codings = sel.codeGuids.map(
        (codeGuid) =>
          `        <Coding guid="${crypto.randomUUID()}" creatingUser="${user}" creationDateTime="${sel.createdAt}">\n          <CodeRef targetGUID="${xmlEscape(codeGuid)}"/>\n        </Coding>`,
      );
      const noteRef = sel.memo
        ? [
            `        <NoteRef targetGUID="${note(crypto.randomUUID(), `Memo: ${s.name} ${start}-${end}`, sel.memo)}"/>`,
          ]
        : [];
      const body = [...codings, ...noteRef].join('\n');
      return `      <PlainTextSelection guid="${xmlEscape(sel.guid)}" name="${xmlEscape(s.name)} ${start}-${end}" startPosition="${start}" endPosition="${end}" creatingUser="${user}" creationDateTime="${sel.createdAt}">${body ? `\n${body}\n      ` : ''}</PlainTextSelection>`;
    });
    const sourceNote = s.memo
      ? [`      <NoteRef targetGUID="${note(crypto.randomUUID(), `Memo: ${s.name}`, s.memo)}"/>`]
      : [];
    const inner = [...selections, ...sourceNote].join('\n');
    return `    <TextSource guid="${xmlEscape(s.guid)}" name="${xmlEscape(s.name)}" plainTextPath="internal://${xmlEscape(sourcePath(s.guid))}" creatingUser="${user}" creationDateTime="${input.createdAt}">${inner ? `\n${inner}\n    ` : ''}</TextSource>`;
  });
  for (const n of input.notes) note(n.guid, n.name, n.text);
  const sets = input.sets.map((set) => {
    const inner = [
      set.description ? `      <Description>${xmlEscape(set.description)}</Description>` : '',
      ...set.codeGuids.map((g) => `      <MemberCode targetGUID="${xmlEscape(g)}"/>`),
      ...set.sourceGuids.map((g) => `      <MemberSource targetGUID="${xmlEscape(g)}"/>`),
    ].filter(Boolean);
    return `    <Set guid="${xmlEscape(set.guid)}" name="${xmlEscape(set.name)}">${inner.length ? `\n${inner.join('\n')}\n    ` : ''}</Set>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="${PROJECT_NS}" name="${xmlEscape(input.name)}" origin="Brug" creatingUserGUID="${user}" creationDateTime="${input.createdAt}">
  <Users>
    <User guid="${user}" name="${xmlEscape(input.user.name)}"/>
  </Users>
${codebook}${sources.length ? `  <Sources>\n${sources.join('\n')}\n  </Sources>\n` : ''}${notes.length ? `  <Notes>\n${notes.join('\n')}\n  </Notes>\n` : ''}${sets.length ? `  <Sets>\n${sets.join('\n')}\n  </Sets>\n` : ''}</Project>
`;
}

/** The `.qdpx` archive: project.qde plus one UTF-8 plain-text file per source. */
export function buildProjectArchive(projectXml: string, sources: readonly ExportSource[]): Uint8Array {
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(projectXml) };
  for (const s of sources) files[`sources/${sourcePath(s.guid)}`] = strToU8(s.text);
  return zipSync(files, { level: 6 });
}
