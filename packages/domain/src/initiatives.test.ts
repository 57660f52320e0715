import { describe, expect, it } from 'vitest';
import {
  CreateActivityInput,
  checkActivityTimes,
  checkTransition,
  INITIATIVE_STATUSES,
  materialChanges,
  nextStatuses,
  promoteFromWaitingList,
  registrationOpen,
} from './initiatives.ts';

const facts = { answers: 2, partners: 2, confirmed: 2 };

describe('[INITIATIVES] lifecycle', () => {
  it('moves forward one step at a time from idea to evaluated', () => {
    const path = ['idea', 'proposal', 'co_design', 'planned', 'running', 'done', 'evaluated'] as const;
    for (let i = 0; i < path.length - 1; i++) {
      expect(checkTransition(path[i], path[i + 1], facts)).toEqual({ ok: true });
    }
    expect(checkTransition('idea', 'planned', facts)).toMatchObject({ ok: false, field: 'status' });
    expect(checkTransition('evaluated', 'dropped', { ...facts, reason: 'x' })).toMatchObject({ ok: false });
    expect(nextStatuses('evaluated')).toEqual([]);
  });

  it('drops from any open state only with a reason', () => {
    for (const s of INITIATIVE_STATUSES) {
      if (['done', 'evaluated', 'dropped'].includes(s)) continue;
      expect(checkTransition(s, 'dropped', facts)).toMatchObject({ ok: false, field: 'reason' });
      expect(checkTransition(s, 'dropped', { ...facts, reason: 'geen budget' })).toEqual({ ok: true });
    }
    expect(checkTransition('dropped', 'proposal', facts)).toMatchObject({ ok: false });
  });

  it('plans only with linked findings and every partner confirmation or a recorded reason', () => {
    expect(checkTransition('co_design', 'planned', { ...facts, answers: 0 })).toMatchObject({
      ok: false,
      field: 'findingIds',
    });
    expect(checkTransition('co_design', 'planned', { ...facts, confirmed: 1 })).toMatchObject({
      ok: false,
      field: 'overrideReason',
    });
    expect(
      checkTransition('co_design', 'planned', { ...facts, confirmed: 1, overrideReason: 'partner ziek' }),
    ).toEqual({ ok: true });
    // No published finding yet: planning needs a recorded reason.
    expect(
      checkTransition('co_design', 'planned', {
        ...facts,
        answers: 0,
        overrideReason: 'nog geen bevindingen',
      }),
    ).toEqual({ ok: true });
    expect(checkTransition('co_design', 'planned', { answers: 1, partners: 0, confirmed: 0 })).toEqual({
      ok: true,
    });
  });

  it('opens registration only while planned or running', () => {
    expect(INITIATIVE_STATUSES.filter(registrationOpen)).toEqual(['planned', 'running']);
  });
});

describe('[INITIATIVES] activity dates', () => {
  const now = new Date('2030-01-01T10:00:00Z');
  const at = (h: number) => new Date(now.getTime() + h * 3_600_000);

  it('refuses past dates, an end before the start and overlapping sessions, naming the field', () => {
    expect(checkActivityTimes({ startsAt: at(-1), endsAt: at(1) }, [], now)).toMatchObject({
      field: 'startsAt',
    });
    expect(checkActivityTimes({ startsAt: at(2), endsAt: at(2) }, [], now)).toMatchObject({
      field: 'endsAt',
    });
    const sibling = { id: 'a', startsAt: at(10), endsAt: at(12) };
    expect(checkActivityTimes({ startsAt: at(11), endsAt: at(13) }, [sibling], now)).toMatchObject({
      field: 'startsAt',
    });
    expect(checkActivityTimes({ startsAt: at(12), endsAt: at(13) }, [sibling], now)).toEqual({ ok: true });
    expect(checkActivityTimes({ id: 'a', startsAt: at(11), endsAt: at(13) }, [sibling], now)).toEqual({
      ok: true,
    });
  });

  it('needs a place or an online link', () => {
    const r = CreateActivityInput.safeParse({
      startsAt: '2030-02-01T18:00:00Z',
      endsAt: '2030-02-01T20:00:00Z',
      capacity: 20,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['place']);
  });
});

describe('[INITIATIVES] waiting list', () => {
  const w = (id: string, people: number) => ({ id, people, status: 'waiting' as const });
  it('moves people up first come, first served, without letting a later group overtake', () => {
    expect(promoteFromWaitingList(10, 8, [w('a', 1), w('b', 1), w('c', 1)])).toEqual(['a', 'b']);
    expect(promoteFromWaitingList(10, 8, [w('a', 3), w('b', 1)])).toEqual([]);
    expect(promoteFromWaitingList(10, 10, [w('a', 1)])).toEqual([]);
  });
});

describe('[INITIATIVES] material changes to a proposal', () => {
  const before = {
    type: 'workshop' as const,
    title: 'Workshop',
    description: 'Samen met jongeren',
    goals: ['rechten kennen', 'vertrouwen'],
    targetGroups: ['jongeren', 'ouders'],
    districts: ['Borgerhout'],
    budget: 250,
    materials: 'beamer',
    findingIds: ['a', 'b'],
  };

  it('names the fields whose value really changes', () => {
    expect(materialChanges(before, { title: 'Workshop voor meisjes', budget: 250 })).toEqual(['title']);
    expect(materialChanges(before, { budget: null, findingIds: ['a'] })).toEqual(['budget', 'findingIds']);
    expect(materialChanges(before, { goals: ['vertrouwen', 'rechten kennen'] })).toEqual(['goals']);
  });

  it('sees no change when the same values are sent again, sets in any order', () => {
    expect(
      materialChanges(before, {
        ...before,
        findingIds: ['b', 'a'],
        targetGroups: ['ouders', 'jongeren'],
        leadUserId: null,
        partnerOrganisationIds: ['x'],
      }),
    ).toEqual([]);
  });
});
