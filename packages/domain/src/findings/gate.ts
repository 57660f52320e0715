import { PUBLICATION_K_DEFAULT, PUBLICATION_K_MIN } from '../limits.ts';
import { findIdentifyingDetails, type IdentifyingFlag, type PartnerRegistryNames } from './deidentify.ts';

/** The zone's k, never below the minimum whatever is stored (DESIGN.md §4). */
export function publicationK(zoneK: number | null | undefined): number {
  return Math.max(PUBLICATION_K_MIN, zoneK ?? PUBLICATION_K_DEFAULT);
}

export type GateText = { field: string; text: string };
export type GateFlag = IdentifyingFlag & { field: string };

export type PublicationCheck = {
  k: number;
  distinctSources: number;
  enoughSources: boolean;
  flags: GateFlag[];
  /** True when the finding may be published without an override reason. */
  publishable: boolean;
};

/**
 * The publication gate: at least k distinct pseudonymous sources, and no identifying detail in the
 * statement or any translation. Flags can be overridden with a reason; too few sources cannot.
 */
export function checkPublication(input: {
  texts: readonly GateText[];
  sourceIds: readonly string[];
  k: number;
  registry: PartnerRegistryNames;
}): PublicationCheck {
  const distinctSources = new Set(input.sourceIds).size;
  const k = publicationK(input.k);
  const flags = input.texts.flatMap(({ field, text }) =>
    findIdentifyingDetails(text, input.registry).map((f) => ({ ...f, field })),
  );
  const enoughSources = distinctSources >= k;
  return { k, distinctSources, enoughSources, flags, publishable: enoughSources && flags.length === 0 };
}

export type BreakdownCell = { label: string; sourceIds: readonly string[] };
export type ShownBreakdownCell = { label: string; sources: number };

/**
 * A breakdown shown with a published finding obeys the same k per cell: cells with fewer than k
 * distinct sources are hidden, and pooled as "other" only when the pool itself reaches k.
 */
export function suppressBreakdown(
  cells: readonly BreakdownCell[],
  k: number,
  otherLabel = 'other',
): { cells: ShownBreakdownCell[]; suppressed: number } {
  const floor = publicationK(k);
  const shown: ShownBreakdownCell[] = [];
  const pooled = new Set<string>();
  let suppressed = 0;
  for (const cell of cells) {
    const n = new Set(cell.sourceIds).size;
    if (n >= floor) shown.push({ label: cell.label, sources: n });
    else {
      suppressed++;
      for (const id of cell.sourceIds) pooled.add(id);
    }
  }
  if (suppressed > 0 && pooled.size >= floor) shown.push({ label: otherLabel, sources: pooled.size });
  return { cells: shown, suppressed };
}
