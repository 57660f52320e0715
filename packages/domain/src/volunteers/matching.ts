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

type Prepared = { slot: LocalSlot; start: number; end: number; topics: Set<string>; district: string | null };

function prepare(req: MatchRequirement): Prepared {
  return {
    slot: localSlot(req.startsAt, req.endsAt),
    start: req.startsAt.getTime(),
    end: req.endsAt.getTime(),
    topics: new Set(req.topicIds),
    district: req.district ? req.district.toLocaleLowerCase('nl') : null,
  };
}

/** Scores one colleague for one activity, or says why they are left out. */
export function assessCandidate(
  req: MatchRequirement,
  c: MatchCandidate,
  p: Prepared = prepare(req),
): RankedCandidate | ExcludedCandidate {
  const out = (reason: ExclusionReason, detail: Record<string, string | number> = {}): ExcludedCandidate => ({
    id: c.id,
    name: c.name,
    reason,
    detail,
  });
  if (c.status !== 'active') return out('not_active', { status: c.status });
  const answer = c.answers?.[req.activityId];
  if (answer === 'declined') return out('declined');
  if (answer === 'invited') return out('already_invited');
  if (answer === 'accepted') return out('already_accepted');
  const availability = matchAvailability(c.availability, p.slot);
  if (!availability.available) return out('unavailable', { date: p.slot.date, weekday: p.slot.weekday });
  for (const b of c.busy) {
    if (b.activityId !== req.activityId && b.start < p.end && b.end > p.start)
      return out('busy', { activityId: b.activityId });
  }
  const hours = c.hoursByMonth[p.slot.month] ?? 0;
  if (hours + p.slot.hours > c.maxHoursPerMonth)
    return out('at_cap', { hoursThisMonth: hours, cap: c.maxHoursPerMonth, activityHours: p.slot.hours });

  const matchedTopics: string[] = [];
  const missingTopics: string[] = [];
  if (p.topics.size > 0) {
    const own = new Set(c.topicIds);
    for (const t of p.topics) (own.has(t) ? matchedTopics : missingTopics).push(t);
  }
  const topicPoints =
    p.topics.size === 0
      ? MATCH_WEIGHTS.topics
      : (MATCH_WEIGHTS.topics * matchedTopics.length) / p.topics.size;

  const matchedLanguages: { code: string; level: LanguageLevel }[] = [];
  const missingLanguages: string[] = [];
  let languageSum = 0;
  for (const need of req.languages) {
    const spoken = c.languages.find((l) => l.code === need.code);
    if (!spoken) {
      missingLanguages.push(need.code);
      continue;
    }
    const weight = LEVEL_WEIGHT[spoken.level];
    const enough = !need.minLevel || levelIndex(spoken.level) >= levelIndex(need.minLevel);
    languageSum += enough ? weight : weight / 2;
    matchedLanguages.push({ code: spoken.code, level: spoken.level });
  }
  const languagePoints =
    req.languages.length === 0
      ? MATCH_WEIGHTS.languages
      : (MATCH_WEIGHTS.languages * languageSum) / req.languages.length;

  const sameDistrict = p.district === null || (c.district ?? '').toLocaleLowerCase('nl') === p.district;
  const districtPoints = sameDistrict ? MATCH_WEIGHTS.district : 0;

  // Fair spread: fewer hours this month, more points — whatever the cap, so that with an equal fit the
  // colleague who has done least comes first. The cap itself is a hard limit (above).
  const spreadPoints = (MATCH_WEIGHTS.spread * SPREAD_HALF_HOURS) / (SPREAD_HALF_HOURS + hours);
  const fit = topicPoints + languagePoints + districtPoints;
  const after = hours + p.slot.hours;
  return {
    id: c.id,
    name: c.name,
    score: round1(fit + spreadPoints),
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
        same: sameDistrict,
        required: req.district ?? null,
      },
      availability: { via: availability.via },
      spread: {
        points: round1(spreadPoints),
        max: MATCH_WEIGHTS.spread,
        hoursThisMonth: hours,
        cap: c.maxHoursPerMonth,
        hoursLeft: round1(c.maxHoursPerMonth - hours),
        nearCap: c.maxHoursPerMonth > 0 && after >= c.maxHoursPerMonth * VOLUNTEER_NEAR_CAP_RATIO,
      },
    },
  };
}

type Sortable = RankedCandidate & { raw: number };

function compare(a: Sortable, b: Sortable): number {
  if (Math.abs(a.raw - b.raw) > 1e-9) return b.raw - a.raw;
  if (a.hoursThisMonth !== b.hoursThisMonth) return a.hoursThisMonth - b.hoursThisMonth;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Ranks colleagues for an activity, best first, each with the reasons for their score; colleagues who
 * cannot take it (not active, unavailable, busy, at the monthly cap, already asked) are listed apart
 * with the reason.
 */
export function rankCandidates(req: MatchRequirement, candidates: readonly MatchCandidate[]): Ranking {
  const p = prepare(req);
  const ranked: Sortable[] = [];
  const excluded: ExcludedCandidate[] = [];
  for (const c of candidates) {
    const r = assessCandidate(req, c, p);
    if ('reason' in r) excluded.push(r);
    else {
      const e = r.explanation;
      const raw =
        e.topics.points +
        e.languages.points +
        e.district.points +
        (MATCH_WEIGHTS.spread * SPREAD_HALF_HOURS) / (SPREAD_HALF_HOURS + r.hoursThisMonth);
      ranked.push({ ...r, raw });
    }
  }
  ranked.sort(compare);
  return { ranked: ranked.map(({ raw: _raw, ...r }) => r), excluded, slot: p.slot };
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
  const byId = new Map(pool.map((c) => [c.id, c]));
  const proposals: Proposal[] = [];
  for (const req of ordered) {
    const { ranked, slot } = rankCandidates(req, pool);
    const chosen = ranked.slice(0, req.needed).map((r) => r.id);
    for (const id of chosen) {
      const c = byId.get(id)!;
      c.hoursByMonth[slot.month] = (c.hoursByMonth[slot.month] ?? 0) + slot.hours;
      c.busy.push({ start: req.startsAt.getTime(), end: req.endsAt.getTime(), activityId: req.activityId });
    }
    proposals.push({ activityId: req.activityId, volunteerIds: chosen, shortBy: req.needed - chosen.length });
  }
  return proposals;
}
