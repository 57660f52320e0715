import { describe, expect, it } from 'vitest';
import { canConvertIdea, canTriageIdea, TriageIdeaInput } from './ideas.ts';

describe('[IDEAS] triage', () => {
  it('moves new ideas to consideration or not now, and turned ideas nowhere', () => {
    expect(canTriageIdea('new', 'under_consideration')).toBe(true);
    expect(canTriageIdea('under_consideration', 'not_now')).toBe(true);
    expect(canTriageIdea('turned_into_initiative', 'new')).toBe(false);
    expect(canConvertIdea('not_now')).toBe(false);
    expect(canConvertIdea('under_consideration')).toBe(true);
  });

  it('needs a reason the submitter sees for not now', () => {
    const r = TriageIdeaInput.safeParse({ status: 'not_now' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['reason']);
    expect(TriageIdeaInput.safeParse({ status: 'not_now', reason: 'eerst na de zomer' }).success).toBe(true);
  });
});
