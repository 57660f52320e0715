import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, normalizedMutualInformation } from './metrics.ts';

describe('clustering agreement', () => {
  it('is 1 for the same partition under other names', () => {
    expect(normalizedMutualInformation(['a', 'a', 'b', 'b', 'c'], [2, 2, 0, 0, 1])).toBeCloseTo(1, 10);
    expect(adjustedRandIndex(['a', 'a', 'b', 'b', 'c'], [2, 2, 0, 0, 1])).toBeCloseTo(1, 10);
  });

  it('matches the reference values of scikit-learn', () => {
    // sklearn.metrics: adjusted_rand_score([0,0,1,1],[0,0,1,2]) = 0.5714…; NMI (arithmetic) = 0.8
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.571428, 5);
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.8, 5);
  });

  it('is about 0 for a partition unrelated to the labels', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 10);
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeLessThan(0);
  });
});
