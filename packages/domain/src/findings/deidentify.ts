/**
 * The de-identification check of the publication gate (DESIGN.md §4): it flags what could point to
 * a person or organisation in a statement about to be published. Flags are advice the researcher
 * can override with a written reason; the check errs on the side of flagging.
 */
export const IDENTIFYING_KINDS = [
  'email',
  'phone',
  'address',
  'organisation',
  'person',
  'roundtable',
] as const;
export type IdentifyingKind = (typeof IDENTIFYING_KINDS)[number];

export type IdentifyingFlag = { kind: IdentifyingKind; text: string; start: number; end: number };

/**
 * Names known in the zone: the partner registry's organisations and people, and the titles of its
 * roundtables (a roundtable can support a finding; naming it would point to the source).
 */
export type PartnerRegistryNames = {
  organisations: readonly string[];
  people: readonly string[];
  roundtables?: readonly string[];
};

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/gu;

/** Belgian (+32), Dutch (+31) and French (+33) numbers, international or national (0…). */
const PHONE =
  /(?:(?:\+|00)\s?(?:32|31|33)[\s./-]?(?:\(0\)[\s./-]?)?\d(?:[\s./-]?\d){7,8}|(?<![\d+])0\d(?:[\s./-]?\d){7,8})(?!\d)/g;

const STREET_SUFFIXES =
  'straat|str|laan|lei|plein|steenweg|weg|dreef|kaai|kade|markt|singel|gracht|dijk|hof|pad|baan|vest|ring|plaats|park|burcht|veld|berg|brug|poort|wal|steeg|gang|vliet';
/** "Turnhoutsebaan 12", "Kerkstraat", "De Coninckplein 5 bus 2": a capitalised street name, number optional. */
const DUTCH_STREET = new RegExp(
  `\\b\\p{Lu}[\\p{L}'-]*?(?:${STREET_SUFFIXES})\\b(?:\\s+\\d{1,4}(?:\\s?[a-zA-Z]\\b)?(?:\\s*(?:bus|/)\\s*\\d+)?)?`,
  'gu',
);
/** "12 rue de la Paix", "avenue Louise 54", "chaussée de Gand", "place du Jeu de Balle". */
const FRENCH_STREET =
  /(?:\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+)?\b(?:rue|avenue|av\.|boulevard|bd|chaussée|place|quai|impasse|allée|chemin|square|rond-point|drève)\s+(?:(?:de|du|des|la|le|l'|d')\s*)*\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*(?:\s+\d{1,4})?/giu;
/** Postcode with town: Belgian "2060 Antwerpen", Dutch "1012 AB Amsterdam", French "75011 Paris". */
const POSTCODE = /\b(?:[1-9]\d{3}\s?[A-Z]{2}\b|[1-9]\d{3,4}\s+\p{Lu}[\p{L}-]+)/gu;

/** Case- and accent-insensitive form, for matching names as people type them. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matchAll(text: string, pattern: RegExp, kind: IdentifyingKind): IdentifyingFlag[] {
  return [...text.matchAll(pattern)].map((m) => ({
    kind,
    text: m[0].trim(),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].trimEnd().length,
  }));
}

/**
 * Names from the partner registry: whole organisation names, whole person names, and a person's
 * surname on its own when it is written with a capital (so "Peeters" is flagged, "peters" in a
 * sentence is not a name). Accent- and case-insensitive for the whole names.
 */
function registryFlags(text: string, registry: PartnerRegistryNames): IdentifyingFlag[] {
  const folded = foldText(text);
  const flags: IdentifyingFlag[] = [];
  const find = (name: string, kind: IdentifyingKind, caseSensitive: boolean) => {
    const needle = caseSensitive ? name : foldText(name);
    if (needle.trim().length < 3) return;
    const haystack = caseSensitive ? text.normalize('NFC') : folded;
    const pattern = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(needle.trim())}(?![\\p{L}\\d])`, 'gu');
    for (const m of haystack.matchAll(pattern)) {
      const start = m.index ?? 0;
      flags.push({ kind, text: text.slice(start, start + m[0].length), start, end: start + m[0].length });
    }
  };
  for (const name of new Set(registry.organisations)) find(name, 'organisation', false);
  for (const name of new Set(registry.roundtables ?? [])) find(name, 'roundtable', false);
  for (const name of new Set(registry.people)) {
    find(name, 'person', false);
    const parts = name.trim().split(/\s+/);
    const surname = parts.at(-1) ?? '';
    if (parts.length > 1 && surname.length >= 4) find(surname, 'person', true);
  }
  return flags;
}

/** Every flag in the text, in order of appearance, overlapping flags of the same kind merged. */
export function findIdentifyingDetails(text: string, registry: PartnerRegistryNames): IdentifyingFlag[] {
  const flags = [
    ...matchAll(text, EMAIL, 'email'),
    ...matchAll(text, PHONE, 'phone'),
    ...matchAll(text, DUTCH_STREET, 'address'),
    ...matchAll(text, FRENCH_STREET, 'address'),
    ...matchAll(text, POSTCODE, 'address'),
    ...registryFlags(text, registry),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: IdentifyingFlag[] = [];
  for (const f of flags) {
    const covered = out.some((o) => o.kind === f.kind && o.start <= f.start && o.end >= f.end);
    // An e-mail address also looks like a name or street to the other patterns: report it once.
    const insideEmail =
      f.kind !== 'email' && out.some((o) => o.kind === 'email' && o.start <= f.start && o.end >= f.end);
    if (!covered && !insideEmail) out.push(f);
  }
  return out;
}
