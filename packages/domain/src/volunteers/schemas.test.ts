import { describe, expect, it } from 'vitest';
import { ActivityRequirementInput, ApplyInput } from './schemas.ts';
import { canTransition } from './selection.ts';

const valid = {
  motivation: 'Ik wil bruggen bouwen.',
  unit: 'Wijkwerking',
  district: 'Borgerhout',
  languages: [{ code: 'nl', level: 'native' }],
  availability: { patterns: ['weekends'], dates: [] },
  maxHoursPerMonth: 8,
};
const fieldsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.'));

describe('[VOLUNTEERS] application input', () => {
  it('accepts a complete application', () => {
    expect(ApplyInput.safeParse(valid).success).toBe(true);
  });
  it('refuses an hours cap below 0 or above 200, naming the field', () => {
    expect(fieldsOf(ApplyInput.safeParse({ ...valid, maxHoursPerMonth: -1 }))).toEqual(['maxHoursPerMonth']);
    expect(fieldsOf(ApplyInput.safeParse({ ...valid, maxHoursPerMonth: 201 }))).toEqual(['maxHoursPerMonth']);
    expect(ApplyInput.safeParse({ ...valid, maxHoursPerMonth: 200 }).success).toBe(true);
    expect(ApplyInput.safeParse({ ...valid, maxHoursPerMonth: 0 }).success).toBe(true);
  });
  it('refuses an availability window that ends before it starts', () => {
    const r = ApplyInput.safeParse({
      ...valid,
      availability: { patterns: [], dates: [{ date: '2026-12-09', start: '14:00', end: '10:00' }] },
    });
    expect(fieldsOf(r)).toEqual(['availability.dates.0.end']);
  });
  it('refuses unknown languages and levels', () => {
    expect(
      fieldsOf(ApplyInput.safeParse({ ...valid, languages: [{ code: 'xx', level: 'native' }] })),
    ).toEqual(['languages.0.code']);
    expect(fieldsOf(ApplyInput.safeParse({ ...valid, languages: [{ code: 'ar', level: 'great' }] }))).toEqual(
      ['languages.0.level'],
    );
  });
  it('refuses an activity that ends before it starts', () => {
    const r = ActivityRequirementInput.safeParse({
      title: 'Workshop',
      startsAt: '2026-12-12T14:00:00+01:00',
      endsAt: '2026-12-12T13:00:00+01:00',
      needed: 1,
    });
    expect(fieldsOf(r)).toEqual(['endsAt']);
  });
});

describe('[VOLUNTEERS] selection path', () => {
  it('follows applied → talk planned → accepted → active → inactive', () => {
    expect(canTransition('applied', 'talk_planned')).toBe(true);
    expect(canTransition('talk_planned', 'accepted')).toBe(true);
    expect(canTransition('accepted', 'active')).toBe(true);
    expect(canTransition('active', 'inactive')).toBe(true);
    expect(canTransition('inactive', 'active')).toBe(true);
    expect(canTransition('applied', 'active')).toBe(false);
    expect(canTransition('not_accepted', 'active')).toBe(false);
  });
});
