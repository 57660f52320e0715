import type { Benchmark } from '../lib.ts';
import { measureMatching } from './matching.ts';

/** The matching rules at the scale: one activity and 200 activities against 2,000 colleagues. */
export const volunteersMatching: Benchmark = {
  module: 'volunteers',
  name: 'Matching 2,000 colleagues (pure rules, no I/O)',
  async run(ctx) {
    const { one, many, check } = measureMatching(false);
    ctx.log(
      `volunteers: ${check.rankedForSample} ranked, ${check.excludedForSample} excluded; ${check.seatsFilled} seats filled`,
    );
    const round = (n: number) => Math.round(n * 100) / 100;
    return [
      {
        name: 'rank 2,000 colleagues for one activity (median)',
        value: round(one.median),
        unit: 'ms',
        target: '< 20 ms',
        pass: one.median < 20,
      },
      { name: 'rank 2,000 colleagues for one activity (p95)', value: round(one.p95), unit: 'ms' },
      {
        name: 'propose for 200 activities against 2,000 colleagues (median)',
        value: round(many.median),
        unit: 'ms',
        target: '< 1 s',
        pass: many.median < 1000,
      },
    ];
  },
};
