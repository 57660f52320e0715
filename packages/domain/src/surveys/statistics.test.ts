import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoments,
  estimateDifference,
  estimateMean,
  momentsOf,
  quarterOf,
  quarterRange,
  tQuantile975,
} from './statistics.ts';

describe('[SURVEYS] trust index statistics', () => {
  it('knows Student’s t quantiles', () => {
    expect(tQuantile975(2)).toBeCloseTo(4.303, 3);
    expect(tQuantile975(9)).toBeCloseTo(2.262, 3);
    expect(tQuantile975(29)).toBeCloseTo(2.045, 3);
    expect(tQuantile975(1000)).toBeCloseTo(1.962, 3);
  });

  it('gives a mean with its 95% interval', () => {
    const e = estimateMean(momentsOf([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]))!;
    // mean 55, sd 30.28, se 9.574, t(9) 2.262 → 33.3 … 76.7
    expect(e).toEqual({ n: 10, mean: 55, low: 33.3, high: 76.7 });
    expect(estimateMean(momentsOf([50]))).toBeNull();
  });

  it('gives the before/after difference with a Welch interval', () => {
    const d = estimateDifference(momentsOf([40, 50, 60, 50, 50]), momentsOf([60, 70, 80, 70, 70]))!;
    expect(d.diff).toBe(20);
    expect(d.low).toBeGreaterThan(0);
    expect(d.high).toBeLessThan(40);
    expect(d.low + d.high).toBeCloseTo(40, 0);
  });

  it('combines groups exactly as if computed from all values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 50 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 50 }),
        (a, b) => {
          const whole = estimateMean(momentsOf([...a, ...b]))!;
          const parts = estimateMean(addMoments(momentsOf(a), momentsOf(b)))!;
          expect(parts.mean).toBeCloseTo(whole.mean, 6);
          expect(parts.low).toBeCloseTo(whole.low, 1);
        },
      ),
    );
  });

  it('maps days to quarters', () => {
    expect(quarterOf('2026-11-25')).toBe('2026-Q4');
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterRange('2024-Q4')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
  });
});
