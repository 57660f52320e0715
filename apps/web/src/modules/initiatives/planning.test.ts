import { describe, expect, it } from 'vitest';
import { planningGaps } from './planning.ts';

const partner = (fit: 'pending' | 'confirmed' | 'changes_requested') =>
  ({ organisationId: 'o', organisationName: 'Vzw', fit, note: null }) as never;

describe('what planning an initiative waits for', () => {
  it('names a missing published finding and partners still to confirm', () => {
    expect(planningGaps({ findingIds: [], partners: [] })).toEqual(['finding']);
    expect(planningGaps({ findingIds: ['f'], partners: [partner('confirmed'), partner('pending')] })).toEqual(
      ['confirmation'],
    );
    expect(planningGaps({ findingIds: [], partners: [partner('changes_requested')] })).toEqual([
      'finding',
      'confirmation',
    ]);
    expect(planningGaps({ findingIds: ['f'], partners: [partner('confirmed')] })).toEqual([]);
  });
});
