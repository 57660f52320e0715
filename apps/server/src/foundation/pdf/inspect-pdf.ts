import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * What poppler's tools (poppler-utils, installed by scripts/ensure-tools.sh) say about a PDF: its
 * fonts (pdffonts), its document information (pdfinfo), its structure tree (pdfinfo -struct) and the
 * text a reader copies out of it (pdftotext). For tests.
 */
export function inspectPdf(bytes: Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), 'brug-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  writeFileSync(file, bytes);
  const warnings: string[] = [];
  const run = (tool: string, ...args: string[]) => {
    const out = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
      encoding: 'utf8',
    });
    if (out.error || out.status !== 0) throw new Error(`${tool} failed: ${out.error ?? out.stderr}`);
    if (out.stderr.trim()) warnings.push(`${tool}: ${out.stderr.trim()}`);
    return out.stdout;
  };
  try {
    const fonts = run('pdffonts')
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((line) => {
        // name, type (may hold spaces), encoding, emb, sub, uni, object, generation.
        const cols = line.trim().split(/\s+/);
        return { name: cols[0], embedded: cols.at(-5) === 'yes', unicode: cols.at(-3) === 'yes' };
      });
    const info = Object.fromEntries(
      run('pdfinfo')
        .split('\n')
        .map((l) => l.match(/^([^:]+):\s*(.*)$/))
        .filter((m): m is RegExpMatchArray => !!m)
        .map((m) => [m[1].trim(), m[2].trim()]),
    );
    const structure = run('pdfinfo', '-struct');
    const text = run('pdftotext', '-enc', 'UTF-8');
    const rawText = run('pdftotext', '-enc', 'UTF-8', '-raw');
    return {
      /** What the tools complained about while reading (e.g. "Mismatched EMC operator"). */
      warnings,
      fonts,
      info,
      structure,
      /** The text as laid out on the page (pdftotext's default). */
      text,
      /**
       * The text in content-stream order (pdftotext -raw): the reading order Brug writes. The
       * default layout mode orders right-to-left runs by position and splits a line at a vowel
       * mark or a colon, putting its left part first.
       */
      rawText,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Text as compared in tests: bidi controls that extractors add around right-to-left runs, Arabic
 * vowel marks (placed by position, so readers attach them to either neighbour) and punctuation
 * dropped, presentation forms folded to letters, spaces collapsed.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/[.:;,!؟،]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What keeps a PDF from being readable everywhere, as the tools see it: a font not embedded or
 * without a map back to text, no tags, no structure tree, another title or language. Empty when fine.
 */
export function pdfProblems(bytes: Buffer, expected: { title: string; lang: string }): string[] {
  const { warnings, fonts, info, structure } = inspectPdf(bytes);
  const problems = [...warnings];
  for (const f of fonts) {
    if (!f.embedded) problems.push(`font ${f.name} not embedded`);
    if (!f.unicode) problems.push(`font ${f.name} has no ToUnicode map`);
  }
  if (fonts.length === 0) problems.push('no fonts');
  if (info.Tagged !== 'yes') problems.push(`Tagged: ${info.Tagged}`);
  if (info.Title !== expected.title) problems.push(`Title: ${info.Title}`);
  if (!bytes.toString('latin1').includes(`/Lang (${expected.lang})`))
    problems.push(`no /Lang (${expected.lang})`);
  if (!bytes.toString('latin1').includes('/DisplayDocTitle true')) problems.push('title not displayed');
  if (!/^Document\n {2}H1 /.test(structure)) problems.push(`structure: ${structure.slice(0, 80)}`);
  return problems;
}
