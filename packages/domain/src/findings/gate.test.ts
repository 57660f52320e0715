import { describe, expect, it } from 'vitest';
import { checkPublication, publicationK, suppressBreakdown } from './gate.ts';

const registry = { organisations: ['Jeugdhuis Kavka'], people: ['Jan Peeters'] };
const texts = [{ field: 'statement', text: 'Jongeren vragen een plek om te sporten.' }];

describe('publication gate', () => {
  it('uses the zone k, default 3, never below 2', () => {
    expect(publicationK(undefined)).toBe(3);
    expect(publicationK(5)).toBe(5);
    expect(publicationK(1)).toBe(2);
    expect(publicationK(0)).toBe(2);
  });

  it('refuses fewer than k distinct sources, counting a repeated source once', () => {
    const two = checkPublication({ texts, sourceIds: ['a', 'b', 'b'], k: 3, registry });
    expect(two).toMatchObject({ k: 3, distinctSources: 2, enoughSources: false, publishable: false });
    const three = checkPublication({ texts, sourceIds: ['a', 'b', 'c'], k: 3, registry });
    expect(three).toMatchObject({ distinctSources: 3, enoughSources: true, publishable: true, flags: [] });
  });

  it('flags identifying details in the statement and in every translation', () => {
    const check = checkPublication({
      texts: [
        { field: 'statement', text: 'Jan Peeters van Jeugdhuis Kavka vraagt een sportplein.' },
        { field: 'translations.fr', text: 'Contact : jan@kavka.be' },
      ],
      sourceIds: ['a', 'b', 'c'],
      k: 3,
      registry,
    });
    expect(check.enoughSources).toBe(true);
    expect(check.publishable).toBe(false);
    expect(check.flags.map((f) => [f.field, f.kind])).toEqual([
      ['statement', 'person'],
      ['statement', 'organisation'],
      ['translations.fr', 'email'],
    ]);
  });
});

describe('breakdowns', () => {
  it('hides every cell under k and pools them only when the pool reaches k', () => {
    const cells = [
      { label: 'jeugd', sourceIds: ['a', 'b', 'c', 'd'] },
      { label: 'armoede', sourceIds: ['e', 'f'] },
      { label: 'cultuur', sourceIds: ['g'] },
    ];
    expect(suppressBreakdown(cells, 3)).toEqual({
      cells: [
        { label: 'jeugd', sources: 4 },
        { label: 'other', sources: 3 },
      ],
      suppressed: 2,
    });
    expect(suppressBreakdown(cells.slice(0, 2), 3)).toEqual({
      cells: [{ label: 'jeugd', sources: 4 }],
      suppressed: 1,
    });
    expect(suppressBreakdown(cells, 1).cells.map((c) => c.sources)).toEqual([4, 2]);
  });
});
