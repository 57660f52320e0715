import { describe, expect, it } from 'vitest';
import { longestFirst } from './longest-first.ts';

const file = (p: string) => ({ moduleId: `/repo/${p}` });

describe('[FOUNDATION] test files start longest first', () => {
  it('orders by the recorded seconds, new files first, ties as given', () => {
    const files = ['a.test.ts', 'b.test.ts', 'new.test.ts', 'c.test.ts', 'd.test.ts'].map(file);
    const seconds = { 'a.test.ts': 3, 'b.test.ts': 40, 'c.test.ts': 3, 'd.test.ts': 12.5 };
    expect(longestFirst(files, seconds, '/repo').map((f) => f.moduleId.slice(6))).toEqual([
      'new.test.ts',
      'b.test.ts',
      'd.test.ts',
      'a.test.ts',
      'c.test.ts',
    ]);
  });

  it('keeps the given order when nothing is recorded', () => {
    const files = ['z.test.ts', 'a.test.ts'].map(file);
    expect(longestFirst(files, {}, '/repo')).toEqual(files);
  });
});
