import type { Benchmark, BenchRow } from '../lib.ts';
import { INITIATIVES, measureCoverage } from './coverage.ts';
import { CAPACITY, measureRegistrations, REQUESTS } from './registrations.ts';

/** Concurrent public registrations against one activity's capacity, and the coverage view at scale. */
export const initiativesBench: Benchmark = {
  module: 'initiatives',
  name: `${REQUESTS} concurrent registrations for ${CAPACITY} places; coverage of 2,000 findings by ${INITIATIVES.toLocaleString('en')} initiatives`,
  async run(ctx) {
    const rows: BenchRow[] = [];
    const rounds = await measureRegistrations(ctx.databaseEnv, 3);
    rounds.forEach((r, i) => {
      ctx.log(`registrations round ${i + 1}: ${JSON.stringify(r)}`);
      rows.push({
        name: `round ${i + 1}: confirmed / waiting / errors of ${REQUESTS} (loopback HTTP)`,
        value: r.confirmed,
        unit: `confirmed, ${r.waiting} waiting, ${r.errors} errors`,
        target: `exactly ${CAPACITY} / ${REQUESTS - CAPACITY} / 0`,
        pass:
          r.confirmed === CAPACITY && r.waiting === REQUESTS - CAPACITY && r.errors === 0 && !r.overCapacity,
      });
      rows.push({
        name: `round ${i + 1}: all ${REQUESTS} answered (wall clock)`,
        value: r.wallMs,
        unit: 'ms',
      });
    });
    const c = await measureCoverage(ctx.databaseEnv);
    ctx.log(`coverage: ${JSON.stringify(c)}`);
    rows.push({
      name: `GET /api/initiatives/coverage, ${c.findings} findings, ${c.initiativesListed} answering initiatives (median; 1-min load average ${c.loadAverage} on 2 cores)`,
      value: c.httpP50Ms,
      unit: 'ms',
      target: ctx.kind === 'postgres' ? '< 100 ms' : undefined,
      pass: ctx.kind === 'postgres' ? c.httpP50Ms < 100 : undefined,
    });
    rows.push({ name: 'same, p95', value: c.httpP95Ms, unit: 'ms' });
    rows.push({
      name: 'its reads and grouping, in process (median)',
      value: c.queryP50Ms,
      unit: 'ms',
      floor: c.bareReadsP50Ms,
    });
    rows.push({
      name: 'the HTTP view against its two bare reads (median; floor = the reads alone)',
      value: c.httpP50Ms,
      unit: 'ms',
      floor: c.bareReadsP50Ms,
    });
    return rows;
  },
};
