import { type LocalSlot, localSlot, matchAvailability } from './availability.ts';
import type { LanguageLevel } from './constants.ts';
import { LANGUAGE_LEVELS, VOLUNTEER_NEAR_CAP_RATIO } from './constants.ts';
import type { Availability, RequiredLanguage } from './schemas.ts';
import type { VolunteerStatus } from './selection.ts';

/** Points per factor; the total is out of 100. */
export const MATCH_WEIGHTS = { topics: 40, languages: 30, district: 15, spread: 15 } as const;
/** How much a language level counts towards language fit. */
export const LEVEL_WEIGHT: Record<LanguageLevel, number> = {
  basic: 0.4,
  conversational: 0.7,
  fluent: 0.9,
  native: 1,
};
/** Hours this month at which a colleague keeps half of the spread points. */
export const SPREAD_HALF_HOURS = 8;

export type MatchRequirement = {
  activityId: string;
  startsAt: Date;
  endsAt: Date;
  needed: number;
  topicIds: string[];
  languages: RequiredLanguage[];
  district?: string | null;
};

export type MatchCandidate = {
  id: string;
  name: string;
  status: VolunteerStatus;
  district: string | null;
  languages: { code: string; level: LanguageLevel }[];
  topicIds: string[];
  availability: Availability;
  maxHoursPerMonth: number;
  /** Hours already committed (invited or accepted) per month, YYYY-MM. */
  hoursByMonth: Record<string, number>;
  /** Other commitments, epoch milliseconds. */
  busy: { start: number; end: number; activityId: string }[];
  /** This colleague's earlier answer for an activity, by activity id. */
  answers?: Record<string, 'invited' | 'accepted' | 'declined' | 'cancelled'>;
};

export type ExclusionReason =
  | 'not_active'
  | 'already_invited'
  | 'already_accepted'
  | 'declined'
  | 'unavailable'
  | 'busy'
  | 'at_cap';

export type Explanation = {
  topics: { points: number; max: number; matched: string[]; missing: string[] };
  languages: {
    points: number;
    max: number;
    matched: { code: string; level: LanguageLevel }[];
    missing: string[];
  };
  district: { points: number; max: number; same: boolean; required: string | null };
  availability: { via: string };
  spread: {
    points: number;
    max: number;
    hoursThisMonth: number;
    cap: number;
    hoursLeft: number;
    nearCap: boolean;
  };
};

export type RankedCandidate = {
  id: string;
  name: string;
  score: number;
  /** Score without the spread of work: how well the colleague fits the activity. */
  fit: number;
  hoursThisMonth: number;
  explanation: Explanation;
};
export type ExcludedCandidate = {
  id: string;
  name: string;
  reason: ExclusionReason;
  detail: Record<string, string | number>;
};
export type Ranking = { ranked: RankedCandidate[]; excluded: ExcludedCandidate[]; slot: LocalSlot };

const levelIndex = (l: LanguageLevel) => LANGUAGE_LEVELS.indexOf(l);
const round1 = (n: number) => Math.round(n * 10) / 10;
const spreadPoints = (hours: number) =>
  (MATCH_WEIGHTS.spread * SPREAD_HALF_HOURS) / (SPREAD_HALF_HOURS + hours);

type Prepared = { slot: LocalSlot; start: number; end: number; topics: string[]; district: string | null };

function prepare(req: MatchRequirement): Prepared {
  return {
    slot: localSlot(req.startsAt, req.endsAt),
    start: req.startsAt.getTime(),
    end: req.endsAt.getTime(),
    topics: [...new Set(req.topicIds)],
    district: req.district ? req.district.toLowerCase() : null,
  };
}

/** What scoring reads of a colleague, computed once per colleague object. */
type PreparedCandidate = { topics: Set<string>; district: string; levels: Map<string, LanguageLevel> };
const preparedCandidates = new WeakMap<MatchCandidate, PreparedCandidate>();
function prepareCandidate(c: MatchCandidate): PreparedCandidate {
  let pc = preparedCandidates.get(c);
  if (!pc) {
    pc = {
      topics: new Set(c.topicIds),
      district: (c.district ?? '').toLowerCase(),
      levels: new Map(c.languages.map((l) => [l.code, l.level])),
    };
    preparedCandidates.set(c, pc);
  }
  return pc;
}

type Exclusion = { reason: ExclusionReason; detail: Record<string, string | number> };

function exclusionOf(req: MatchRequirement, c: MatchCandidate, p: Prepared): Exclusion | null {
  if (c.status !== 'active') return { reason: 'not_active', detail: { status: c.status } };
  const answer = c.answers?.[req.activityId];
  if (answer === 'declined') return { reason: 'declined', detail: {} };
  if (answer === 'invited') return { reason: 'already_invited', detail: {} };
  if (answer === 'accepted') return { reason: 'already_accepted', detail: {} };
  if (!matchAvailability(c.availability, p.slot).available)
    return { reason: 'unavailable', detail: { date: p.slot.date, weekday: p.slot.weekday } };
  for (const b of c.busy) {
    if (b.activityId !== req.activityId && b.start < p.end && b.end > p.start)
      return { reason: 'busy', detail: { activityId: b.activityId } };
  }
  const hours = c.hoursByMonth[p.slot.month] ?? 0;
  if (hours + p.slot.hours > c.maxHoursPerMonth)
    return {
      reason: 'at_cap',
      detail: { hoursThisMonth: hours, cap: c.maxHoursPerMonth, activityHours: p.slot.hours },
    };
  return null;
}

function topicPointsOf(p: Prepared, pc: PreparedCandidate): number {
  if (p.topics.length === 0) return MATCH_WEIGHTS.topics;
  let n = 0;
  for (const t of p.topics) if (pc.topics.has(t)) n++;
  return (MATCH_WEIGHTS.topics * n) / p.topics.length;
}

function languageCredit(need: RequiredLanguage, level: LanguageLevel | undefined): number {
  if (!level) return 0;
  const weight = LEVEL_WEIGHT[level];
  return !need.minLevel || levelIndex(level) >= levelIndex(need.minLevel) ? weight : weight / 2;
}

function languagePointsOf(req: MatchRequirement, pc: PreparedCandidate): number {
  if (req.languages.length === 0) return MATCH_WEIGHTS.languages;
  let sum = 0;
  for (const need of req.languages) sum += languageCredit(need, pc.levels.get(need.code));
  return (MATCH_WEIGHTS.languages * sum) / req.languages.length;
}

const districtPointsOf = (p: Prepared, pc: PreparedCandidate) =>
  p.district === null || pc.district === p.district ? MATCH_WEIGHTS.district : 0;

/** The same decision as exclusionOf, without building the reason: the hot path of ranking. */
function isExcluded(req: MatchRequirement, c: MatchCandidate, p: Prepared): boolean {
  if (c.status !== 'active') return true;
  const hours = c.hoursByMonth[p.slot.month] ?? 0;
  if (hours + p.slot.hours > c.maxHoursPerMonth) return true;
  const answer = c.answers?.[req.activityId];
  if (answer === 'declined' || answer === 'invited' || answer === 'accepted') return true;
  for (const b of c.busy)
    if (b.activityId !== req.activityId && b.start < p.end && b.end > p.start) return true;
  return !matchAvailability(c.availability, p.slot).available;
}

/** Fit plus spread, unrounded: the ranking key. Null when the colleague is left out. */
function rawScore(req: MatchRequirement, c: MatchCandidate, p: Prepared): number | null {
  if (isExcluded(req, c, p)) return null;
  const pc = prepareCandidate(c);
  const hours = c.hoursByMonth[p.slot.month] ?? 0;
  // Fair spread: fewer hours this month, more points — whatever the cap, so that with an equal fit the
  // colleague who has done least comes first. The cap itself is a hard limit (see exclusionOf).
  return topicPointsOf(p, pc) + languagePointsOf(req, pc) + districtPointsOf(p, pc) + spreadPoints(hours);
}

/** Scores one colleague for one activity, with the reasons, or says why they are left out. */
export function assessCandidate(
  req: MatchRequirement,
  c: MatchCandidate,
  p: Prepared = prepare(req),
): RankedCandidate | ExcludedCandidate {
  const exclusion = exclusionOf(req, c, p);
  if (exclusion) return { id: c.id, name: c.name, ...exclusion };
  const pc = prepareCandidate(c);
  const hours = c.hoursByMonth[p.slot.month] ?? 0;
  const matchedTopics = p.topics.filter((t) => pc.topics.has(t));
  const missingTopics = p.topics.filter((t) => !pc.topics.has(t));
  const matchedLanguages: { code: string; level: LanguageLevel }[] = [];
  const missingLanguages: string[] = [];
  for (const need of req.languages) {
    const level = pc.levels.get(need.code);
    if (level) matchedLanguages.push({ code: need.code, level });
    else missingLanguages.push(need.code);
  }
  const topicPoints = topicPointsOf(p, pc);
  const languagePoints = languagePointsOf(req, pc);
  const districtPoints = districtPointsOf(p, pc);
  const spread = spreadPoints(hours);
  const fit = topicPoints + languagePoints + districtPoints;
  const after = hours + p.slot.hours;
  return {
    id: c.id,
    name: c.name,
    score: round1(fit + spread),
    fit: round1(fit),
    hoursThisMonth: hours,
    explanation: {
      topics: {
        points: round1(topicPoints),
        max: MATCH_WEIGHTS.topics,
        matched: matchedTopics,
        missing: missingTopics,
      },
      languages: {
        points: round1(languagePoints),
        max: MATCH_WEIGHTS.languages,
        matched: matchedLanguages,
        missing: missingLanguages,
      },
      district: {
        points: districtPoints,
        max: MATCH_WEIGHTS.district,
        same: districtPoints > 0,
        required: req.district ?? null,
      },
      availability: { via: (matchAvailability(c.availability, p.slot) as { via: string }).via },
      spread: {
        points: round1(spread),
        max: MATCH_WEIGHTS.spread,
        hoursThisMonth: hours,
        cap: c.maxHoursPerMonth,
        hoursLeft: round1(c.maxHoursPerMonth - hours),
        nearCap: c.maxHoursPerMonth > 0 && after >= c.maxHoursPerMonth * VOLUNTEER_NEAR_CAP_RATIO,
      },
    },
  };
}

type Keyed = { raw: number; hours: number; name: string; id: string };

/** Best first: higher score; with an equal score fewer hours this month; then by name and id, for a stable order. */
function compare(a: Keyed, b: Keyed): number {
  if (Math.abs(a.raw - b.raw) > 1e-9) return b.raw - a.raw;
  if (a.hours !== b.hours) return a.hours - b.hours;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Ranks colleagues for an activity, best first, each with the reasons for their score; colleagues who
 * cannot take it (not active, unavailable, busy, at the monthly cap, already asked) are listed apart
 * with the reason.
 */
export function rankCandidates(req: MatchRequirement, candidates: readonly MatchCandidate[]): Ranking {
  const p = prepare(req);
  const keyed: (Keyed & { c: MatchCandidate })[] = [];
  const excluded: ExcludedCandidate[] = [];
  for (const c of candidates) {
    const raw = rawScore(req, c, p);
    if (raw === null) excluded.push({ id: c.id, name: c.name, ...exclusionOf(req, c, p)! });
    else keyed.push({ raw, hours: c.hoursByMonth[p.slot.month] ?? 0, name: c.name, id: c.id, c });
  }
  keyed.sort(compare);
  const ranked = keyed.map((k) => assessCandidate(req, k.c, p) as RankedCandidate);
  return { ranked, excluded, slot: p.slot };
}

/** The best `n` colleagues for an activity, without explanations: the fast path for many activities. */
function topCandidates(req: MatchRequirement, candidates: readonly MatchCandidate[], p: Prepared, n: number) {
  const top: (Keyed & { c: MatchCandidate })[] = [];
  for (const c of candidates) {
    const raw = rawScore(req, c, p);
    if (raw === null) continue;
    const k = { raw, hours: c.hoursByMonth[p.slot.month] ?? 0, name: c.name, id: c.id, c };
    if (top.length === n && compare(k, top[n - 1]) >= 0) continue;
    let i = top.length === n ? n - 1 : top.length;
    if (top.length === n) top.pop();
    top.push(k);
    i = top.length - 1;
    while (i > 0 && compare(top[i], top[i - 1]) < 0) {
      [top[i], top[i - 1]] = [top[i - 1], top[i]];
      i--;
    }
  }
  return top.map((k) => k.c);
}

export type Proposal = { activityId: string; volunteerIds: string[]; shortBy: number };

/**
 * Proposes colleagues for many activities at once, in date order, counting each proposal against the
 * colleague's month and agenda so that work spreads and nobody is booked twice.
 */
export function proposeForActivities(
  requirements: readonly MatchRequirement[],
  candidates: readonly MatchCandidate[],
): Proposal[] {
  const pool = candidates.map((c) => ({ ...c, hoursByMonth: { ...c.hoursByMonth }, busy: [...c.busy] }));
  const ordered = [...requirements].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const proposals: Proposal[] = [];
  for (const req of ordered) {
    const p = prepare(req);
    const chosen = req.needed > 0 ? topCandidates(req, pool, p, req.needed) : [];
    for (const c of chosen) {
      c.hoursByMonth[p.slot.month] = (c.hoursByMonth[p.slot.month] ?? 0) + p.slot.hours;
      c.busy.push({ start: p.start, end: p.end, activityId: req.activityId });
    }
    proposals.push({
      activityId: req.activityId,
      volunteerIds: chosen.map((c) => c.id),
      shortBy: req.needed - chosen.length,
    });
  }
  return proposals;
}
