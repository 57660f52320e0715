import { describe, expect, it } from 'vitest';
import { formatInterval } from './insights.ts';

describe('[INSIGHTS] an estimate with its interval, as each language writes numbers', () => {
  it('uses a decimal comma in Dutch and French and a point in English, with French spacing', () => {
    expect(formatInterval(42.9, 37.2, 48.6, 'nl')).toBe('42,9 [37,2; 48,6]');
    expect(formatInterval(42.9, 37.2, 48.6, 'fr')).toBe('42,9 [37,2\u202f; 48,6]');
    expect(formatInterval(42.9, 37.2, 48.6, 'en')).toBe('42.9 [37.2; 48.6]');
  });

  it('signs a difference, keeps whole numbers whole, and can name the group size', () => {
    expect(formatInterval(20.2, 8.8, 31.7, 'nl', { signed: true })).toBe('+20,2 [8,8; 31,7]');
    expect(formatInterval(-3.5, -9, 2, 'en', { signed: true })).toBe('-3.5 [-9; 2]');
    expect(formatInterval(0, -1.25, 1.25, 'nl', { signed: true })).toBe('0 [-1,3; 1,3]');
    expect(formatInterval(56.9, 52, 61.8, 'fr', { n: 34 })).toBe('56,9 [52\u202f; 61,8] n=34');
  });
});
