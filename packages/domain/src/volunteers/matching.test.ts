import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_LEVELS } from './constants.ts';
import {
  type MatchCandidate,
  type MatchRequirement,
  proposeForActivities,
  rankCandidates,
} from './matching.ts';

const TOPIC_COMPLAINT = '00000000-0000-4000-8000-000000000001';
const TOPIC_ONLINE = '00000000-0000-4000-8000-000000000002';
// Saturday 12 December 2026, 14:00–16:00 in Brussels (UTC+1).
const saturdayWorkshop: MatchRequirement = {
  activityId: 'a1',
  startsAt: new Date('2026-12-12T13:00:00Z'),
  endsAt: new Date('2026-12-12T15:00:00Z'),
  needed: 1,
  topicIds: [TOPIC_COMPLAINT],
  languages: [{ code: 'ar' }],
  district: 'Borgerhout',
};

function colleague(id: string, overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id,
    name: id,
    status: 'active',
    district: 'Borgerhout',
    languages: [{ code: 'nl', level: 'native' }],
    topicIds: [TOPIC_COMPLAINT],
    availability: { patterns: ['weekends'], dates: [] },
    maxHoursPerMonth: 20,
    hoursByMonth: {},
    busy: [],
    ...overrides,
  };
}

describe('[VOLUNTEERS] ranking colleagues for an activity', () => {
  it('puts the Arabic speaker who is free on Saturday first and says why', () => {
    const samira = colleague('samira', {
      languages: [
        { code: 'nl', level: 'fluent' },
        { code: 'ar', level: 'native' },
      ],
    });
    const jan = colleague('jan');
    const weekdaysOnly = colleague('pieter', {
      languages: [{ code: 'ar', level: 'native' }],
      availability: { patterns: ['weekdays'], dates: [] },
    });
    const { ranked, excluded } = rankCandidates(saturdayWorkshop, [jan, weekdaysOnly, samira]);
    expect(ranked.map((r) => r.id)).toEqual(['samira', 'jan']);
    const first = ranked[0].explanation;
    expect(first.languages).toMatchObject({
      points: 30,
      matched: [{ code: 'ar', level: 'native' }],
      missing: [],
    });
    expect(first.topics).toMatchObject({ points: 40, matched: [TOPIC_COMPLAINT] });
    expect(first.district).toMatchObject({ points: 15, same: true });
    expect(first.availability.via).toBe('weekends');
    expect(ranked[1].explanation.languages.missing).toEqual(['ar']);
    expect(excluded).toEqual([
      { id: 'pieter', name: 'pieter', reason: 'unavailable', detail: { date: '2026-12-12', weekday: 6 } },
    ]);
  });

  it('leaves out colleagues at their monthly cap, inactive, busy or already asked, with the reason', () => {
    const full = colleague('full', { maxHoursPerMonth: 10, hoursByMonth: { '2026-12': 9 } });
    const zeroCap = colleague('zero', { maxHoursPerMonth: 0 });
    const inactive = colleague('inactive', { status: 'inactive' });
    const busy = colleague('busy', {
      busy: [
        {
          start: Date.parse('2026-12-12T14:00:00Z'),
          end: Date.parse('2026-12-12T16:00:00Z'),
          activityId: 'x',
        },
      ],
    });
    const declined = colleague('declined', { answers: { a1: 'declined' } });
    const invited = colleague('invited', { answers: { a1: 'invited' } });
    const { ranked, excluded } = rankCandidates(saturdayWorkshop, [
      full,
      zeroCap,
      inactive,
      busy,
      declined,
      invited,
    ]);
    expect(ranked).toEqual([]);
    expect(Object.fromEntries(excluded.map((e) => [e.id, e.reason]))).toEqual({
      full: 'at_cap',
      zero: 'at_cap',
      inactive: 'not_active',
      busy: 'busy',
      declined: 'declined',
      invited: 'already_invited',
    });
    expect(excluded[0].detail).toEqual({ hoursThisMonth: 9, cap: 10, activityHours: 2 });
  });

  it('counts only the hours of the activity month towards the cap', () => {
    const c = colleague('c', { maxHoursPerMonth: 10, hoursByMonth: { '2026-11': 10, '2027-01': 10 } });
    expect(rankCandidates(saturdayWorkshop, [c]).ranked).toHaveLength(1);
  });

  it('with an equal fit, gives the work to who has done least this month', () => {
    const busyBee = colleague('a-busy', { hoursByMonth: { '2026-12': 6 } });
    const fresh = colleague('b-fresh', { hoursByMonth: { '2026-12': 0 } });
    const some = colleague('c-some', { hoursByMonth: { '2026-12': 2 } });
    const { ranked } = rankCandidates(saturdayWorkshop, [busyBee, some, fresh]);
    expect(ranked.map((r) => r.id)).toEqual(['b-fresh', 'c-some', 'a-busy']);
    expect(ranked[0].explanation.spread).toMatchObject({ points: 15, hoursThisMonth: 0, hoursLeft: 20 });
  });

  it('flags a colleague whom the activity brings near the cap', () => {
    const c = colleague('c', { maxHoursPerMonth: 10, hoursByMonth: { '2026-12': 6 } });
    expect(rankCandidates(saturdayWorkshop, [c]).ranked[0].explanation.spread.nearCap).toBe(true);
  });

  it('gives half credit to a language spoken below the asked level', () => {
    const req = { ...saturdayWorkshop, languages: [{ code: 'fr' as const, minLevel: 'fluent' as const }] };
    const basic = colleague('basic', { languages: [{ code: 'fr', level: 'basic' }] });
    const native = colleague('native', { languages: [{ code: 'fr', level: 'native' }] });
    const { ranked } = rankCandidates(req, [basic, native]);
    expect(ranked.map((r) => r.id)).toEqual(['native', 'basic']);
    expect(ranked[1].explanation.languages.points).toBe(6);
  });

  it('scores partial topic fit and another district lower', () => {
    const req = { ...saturdayWorkshop, topicIds: [TOPIC_COMPLAINT, TOPIC_ONLINE], languages: [] };
    const both = colleague('both', { topicIds: [TOPIC_COMPLAINT, TOPIC_ONLINE], district: 'Deurne' });
    const one = colleague('one');
    const r = rankCandidates(req, [one, both]).ranked;
    expect(r.find((x) => x.id === 'both')!.explanation.district.points).toBe(0);
    expect(r.find((x) => x.id === 'one')!.explanation.topics).toMatchObject({
      points: 20,
      missing: [TOPIC_ONLINE],
    });
  });
});

const arbCandidate = (i: number) =>
  fc
    .record({
      status: fc.constantFrom('active', 'active', 'active', 'inactive'),
      district: fc.constantFrom('Borgerhout', 'Deurne', 'Berchem'),
      ar: fc.option(fc.constantFrom(...LANGUAGE_LEVELS), { nil: undefined }),
      topic: fc.boolean(),
      patterns: fc.subarray(['weekdays', 'evenings', 'weekends'] as const),
      cap: fc.integer({ min: 0, max: 200 }),
      hours: fc.integer({ min: 0, max: 60 }),
    })
    .map((r) =>
      colleague(`c${String(i).padStart(3, '0')}`, {
        status: r.status as MatchCandidate['status'],
        district: r.district,
        languages: r.ar ? [{ code: 'ar', level: r.ar }] : [],
        topicIds: r.topic ? [TOPIC_COMPLAINT] : [],
        availability: { patterns: r.patterns, dates: [] },
        maxHoursPerMonth: r.cap,
        hoursByMonth: { '2026-12': r.hours },
      }),
    );
const arbPool = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbCandidate(i))));

describe('[VOLUNTEERS] ranking properties', () => {
  it('accounts for every colleague once: ranked or excluded', () => {
    fc.assert(
      fc.property(arbPool, (pool) => {
        const { ranked, excluded } = rankCandidates(saturdayWorkshop, pool);
        const ids = [...ranked, ...excluded].map((c) => c.id).sort();
        expect(ids).toEqual(pool.map((c) => c.id).sort());
      }),
    );
  });

  it('never ranks anyone inactive, unavailable or pushed over the cap', () => {
    fc.assert(
      fc.property(arbPool, (pool) => {
        for (const r of rankCandidates(saturdayWorkshop, pool).ranked) {
          const c = pool.find((p) => p.id === r.id)!;
          expect(c.status).toBe('active');
          expect(c.availability.patterns).toContain('weekends');
          expect(c.hoursByMonth['2026-12'] + 2).toBeLessThanOrEqual(c.maxHoursPerMonth);
        }
      }),
    );
  });

  it('orders by score, and with an equal fit by fewer hours this month', () => {
    fc.assert(
      fc.property(arbPool, (pool) => {
        const { ranked } = rankCandidates(saturdayWorkshop, pool);
        for (let i = 1; i < ranked.length; i++) {
          const a = ranked[i - 1];
          const b = ranked[i];
          expect(a.score).toBeGreaterThanOrEqual(b.score);
          if (a.fit === b.fit) expect(a.hoursThisMonth).toBeLessThanOrEqual(b.hoursThisMonth);
        }
        for (const r of ranked) expect(r.score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('doing more hours never moves a colleague up', () => {
    fc.assert(
      fc.property(arbPool, fc.nat(), fc.integer({ min: 1, max: 10 }), (pool, pick, extra) => {
        if (pool.length === 0) return;
        const before = rankCandidates(saturdayWorkshop, pool).ranked;
        if (before.length === 0) return;
        const target = before[pick % before.length].id;
        const changed = pool.map((c) =>
          c.id === target ? { ...c, hoursByMonth: { '2026-12': c.hoursByMonth['2026-12'] + extra } } : c,
        );
        const after = rankCandidates(saturdayWorkshop, changed).ranked;
        const posAfter = after.findIndex((r) => r.id === target);
        if (posAfter >= 0) expect(posAfter).toBeGreaterThanOrEqual(before.findIndex((r) => r.id === target));
      }),
    );
  });
});

describe('[VOLUNTEERS] proposing colleagues for many activities', () => {
  it('for one activity proposes exactly the top of the explained ranking', () => {
    fc.assert(
      fc.property(arbPool, fc.integer({ min: 1, max: 5 }), (pool, needed) => {
        const req = { ...saturdayWorkshop, needed };
        const [proposal] = proposeForActivities([req], pool);
        const top = rankCandidates(req, pool)
          .ranked.slice(0, needed)
          .map((r) => r.id);
        expect(proposal.volunteerIds).toEqual(top);
        expect(proposal.shortBy).toBe(needed - top.length);
      }),
    );
  });

  it('spreads equal work over equal colleagues and never books anyone twice at the same time', () => {
    const pool = ['a', 'b', 'c'].map((id) => colleague(id));
    const saturdays = [5, 12, 19].map((day, i) => ({
      ...saturdayWorkshop,
      activityId: `w${i}`,
      startsAt: new Date(`2026-12-${String(day).padStart(2, '0')}T13:00:00Z`),
      endsAt: new Date(`2026-12-${String(day).padStart(2, '0')}T15:00:00Z`),
    }));
    const proposals = proposeForActivities(saturdays, pool);
    expect(proposals.map((p) => p.volunteerIds[0]).sort()).toEqual(['a', 'b', 'c']);
    const clash = [
      { ...saturdayWorkshop, activityId: 'x1', needed: 2 },
      { ...saturdayWorkshop, activityId: 'x2', needed: 2 },
    ];
    const [p1, p2] = proposeForActivities(clash, pool);
    expect(p1.volunteerIds).toHaveLength(2);
    expect(p2.volunteerIds).toHaveLength(1);
    expect(p2.shortBy).toBe(1);
    expect(new Set([...p1.volunteerIds, ...p2.volunteerIds]).size).toBe(3);
  });

  it('stops proposing a colleague once the cap is reached', () => {
    const pool = [colleague('only', { maxHoursPerMonth: 4 })];
    const weekly = [5, 12, 19].map((day, i) => ({
      ...saturdayWorkshop,
      activityId: `w${i}`,
      startsAt: new Date(`2026-12-${String(day).padStart(2, '0')}T13:00:00Z`),
      endsAt: new Date(`2026-12-${String(day).padStart(2, '0')}T15:00:00Z`),
    }));
    expect(proposeForActivities(weekly, pool).map((p) => p.volunteerIds.length)).toEqual([1, 1, 0]);
  });
});
