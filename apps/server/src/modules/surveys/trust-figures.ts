import { findTrustMoments, type TrustMomentRow, type Tx } from '@brug/db';
import { addMoments, EMPTY_MOMENTS, type Moments, quarterOf, selectGroups } from '@brug/domain';
import { gateUnits } from './trust-gates.ts';

/** A group of respondents that may enter index figures, with what it can be broken down by. */
export type TrustUnit = Moments & {
  surveyId: string;
  phase: string;
  quarter: string;
  /** The survey's district, or the district the respondents chose (children only). */
  district: string | null;
  targetGroup: string | null;
  initiativeId: string | null;
  activityId: string | null;
  kind: string;
  baseline: boolean;
};

const parentKey = (r: TrustMomentRow) => `${r.surveyId}|${r.phase}|${r.quarter}`;

/**
 * Turns pre-aggregated moments into the whole groups that published figures may add up:
 * `parents` (survey × phase × quarter, at least K respondents) for every figure that does not
 * split by district, and `byDistrict` for figures that do (`selectGroups` keeps the left-over
 * part of each parent at zero or at least K).
 */
export function trustUnits(rows: TrustMomentRow[]) {
  const parents = new Map<string, TrustUnit>();
  const children: { key: string; parent: string; n: number; row: TrustMomentRow }[] = [];
  for (const r of rows) {
    const key = parentKey(r);
    const m = { n: r.n, sum: r.sum, sumSq: r.sumSq };
    const existing = parents.get(key);
    if (existing) Object.assign(existing, addMoments(existing, m));
    else
      parents.set(key, {
        ...m,
        surveyId: r.surveyId,
        phase: r.phase,
        quarter: r.quarter,
        district: r.surveyDistrict,
        targetGroup: r.targetGroup,
        initiativeId: r.initiativeId,
        activityId: r.activityId,
        kind: r.kind,
        baseline: r.baseline,
      });
    children.push({ key: `${key}|${r.district}`, parent: key, n: r.n, row: r });
  }
  const chosen = selectGroups(
    [...parents.entries()].map(([key, p]) => ({ key, n: p.n })),
    children,
  );
  const included = [...parents.entries()].filter(([key]) => chosen.parents.has(key)).map(([, p]) => p);
  const byDistrict: TrustUnit[] = [];
  for (const p of included) {
    // A survey run for one district counts wholly there; otherwise the respondents' own answer.
    if (p.district) byDistrict.push(p);
  }
  for (const c of children) {
    if (!chosen.children.has(c.key)) continue;
    const p = parents.get(c.parent)!;
    if (p.district || !c.row.district) continue;
    byDistrict.push({ ...p, n: c.row.n, sum: c.row.sum, sumSq: c.row.sumSq, district: c.row.district });
  }
  return { parents: included, byDistrict };
}

export function sumUnits(units: Moments[]): Moments {
  return units.reduce<Moments>(
    (m, u) => addMoments(m, { n: u.n, sum: u.sum, sumSq: u.sumSq }),
    EMPTY_MOMENTS,
  );
}

export function groupUnits<T extends Moments>(
  units: T[],
  key: (u: T) => string | null,
): Map<string, Moments> {
  const out = new Map<string, Moments>();
  for (const u of units) {
    const k = key(u);
    if (k === null) continue;
    out.set(k, addMoments(out.get(k) ?? EMPTY_MOMENTS, u));
  }
  return out;
}

type Units = ReturnType<typeof trustUnits>;

/**
 * Past quarters' figures do not change: a response is always counted in the quarter of the day it
 * arrives. They are read and grouped once per zone and kept; only the current quarter is read on
 * every request. A survey change made through this server forgets the zone's entry at once (its
 * target group or district may have changed); other app servers pick it up within `PAST_TTL_MS`.
 */
const PAST_TTL_MS = 60_000;
const pastCache = new Map<string, { at: number; quarter: string; units: Promise<Units> }>();

export function forgetZoneTrust(zoneId: string): void {
  pastCache.delete(zoneId);
}

/**
 * Every group of the zone that may enter index figures (as `trustUnits`, then `gateUnits`), past
 * quarters cached.
 */
export async function zoneTrustUnits(db: Tx, zoneId: string, today: string): Promise<Units> {
  const current = quarterOf(today);
  let past = pastCache.get(zoneId);
  if (!past || past.quarter !== current || Date.now() - past.at > PAST_TTL_MS) {
    const units = findTrustMoments(db, zoneId, undefined, { beforeQuarter: current }).then(trustUnits);
    past = { at: Date.now(), quarter: current, units };
    pastCache.set(zoneId, past);
    units.catch(() => pastCache.delete(zoneId));
  }
  const [old, live] = await Promise.all([
    past.units,
    findTrustMoments(db, zoneId, undefined, { fromQuarter: current }).then(trustUnits),
  ]);
  // Groups are survey × phase × quarter, so the two halves never share a group.
  return gateUnits(db, zoneId, {
    parents: [...old.parents, ...live.parents],
    byDistrict: [...old.byDistrict, ...live.byDistrict],
  });
}
