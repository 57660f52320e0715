/**
 * The load generator, run as its own process (`node --import tsx generator.ts <config.json> <result.json>`):
 * every simulated user is one loop sending its next step as soon as the previous answer is in
 * (a fixed concurrency of one request per user, no think time unless `thinkMs`), over its own
 * keep-alive connection from its own loopback address. Writes per step the latency; the result
 * holds the percentiles, the throughput and every answer the scenario did not expect.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { nextStep } from './scenario.ts';
import { agentFor, type LoadUser, request, type World } from './seed.ts';

export type GeneratorConfig = {
  base: string;
  users: LoadUser[];
  world: World;
  durationS: number;
  /** Seconds of the same load before the measured `durationS`, not counted (see README). */
  warmupS: number;
  writeShare: number;
  thinkMs: number;
};

export type EndpointFigures = { requests: number; errors: number; p50: number; p95: number; p99: number };

export type GeneratorResult = {
  requests: number;
  errors: number;
  writes: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  byStep: Record<string, EndpointFigures>;
  /** The first unexpected answers, for the log. */
  samples: string[];
  /** Requests slower than 10 s: when they were sent (seconds into the run), which step, how long. */
  slow: { at: number; step: string; ms: number }[];
  /**
   * Per second of the run, warm-up included (by when a request was sent): requests sent, and those
   * that took over 1 s.
   */
  bySecond: { sent: number; over1s: number }[];
  /** The warm-up's requests, not counted above. */
  warmup: { seconds: number; requests: number; errors: number; p99: number; max: number };
};

export function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function generate(config: GeneratorConfig): Promise<GeneratorResult> {
  const latencies: number[] = [];
  const byStep = new Map<string, { lat: number[]; errors: number }>();
  const samples: string[] = [];
  const slow: GeneratorResult['slow'] = [];
  const bySecond: GeneratorResult['bySecond'] = [];
  const warm: number[] = [];
  let warmErrors = 0;
  let errors = 0;
  let writes = 0;
  const started = performance.now();
  const measuredFrom = started + config.warmupS * 1000;
  const end = measuredFrom + config.durationS * 1000;

  await Promise.all(
    config.users.map(async (user) => {
      const agent = agentFor(user.address);
      // Spread the users' first requests over the first half second, as people do not click at once.
      await new Promise((r) => setTimeout(r, Math.random() * 500));
      while (performance.now() < end) {
        const step = nextStep(config.world, user, config.writeShare);
        const t0 = performance.now();
        let status = 0;
        let body = '';
        try {
          const res = await request(config.base, step.method, step.path, {
            agent,
            session: user,
            body: step.body,
          });
          status = res.status;
          body = res.body;
        } catch (err) {
          body = (err as Error).message;
        }
        const ms = performance.now() - t0;
        const second = Math.floor((t0 - started) / 1000);
        for (let i = bySecond.length; i <= second; i++) bySecond.push({ sent: 0, over1s: 0 });
        bySecond[second].sent++;
        if (ms > 1000) bySecond[second].over1s++;
        const ok = status >= 200 && status <= 299;
        const warming = t0 < measuredFrom;
        if (!ok && samples.length < 20)
          samples.push(
            `${warming ? '(warm-up) ' : ''}${step.method} ${step.path} → ${status} ${body.slice(0, 200)}`,
          );
        if (warming) {
          warm.push(ms);
          if (!ok) warmErrors++;
        } else {
          latencies.push(ms);
          if (ms > 10_000)
            slow.push({ at: Math.round((t0 - started) / 100) / 10, step: step.name, ms: Math.round(ms) });
          if (step.write) writes++;
          const figures = byStep.get(step.name) ?? { lat: [], errors: 0 };
          byStep.set(step.name, figures);
          figures.lat.push(ms);
          if (!ok) {
            errors++;
            figures.errors++;
          }
        }
        if (config.thinkMs > 0) await new Promise((r) => setTimeout(r, config.thinkMs));
      }
      agent.destroy();
    }),
  );
  const seconds = (performance.now() - measuredFrom) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  const warmSorted = Float64Array.from(warm).sort();
  const round = (ms: number) => Math.round(ms);
  return {
    requests: latencies.length,
    errors,
    writes,
    seconds: Math.round(seconds * 10) / 10,
    throughput: Math.round(latencies.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? 0),
    byStep: Object.fromEntries(
      [...byStep].map(([name, f]) => {
        const s = Float64Array.from(f.lat).sort();
        return [
          name,
          {
            requests: s.length,
            errors: f.errors,
            p50: round(percentile(s, 50)),
            p95: round(percentile(s, 95)),
            p99: round(percentile(s, 99)),
          },
        ];
      }),
    ),
    samples,
    slow,
    bySecond,
    warmup: {
      seconds: config.warmupS,
      requests: warm.length,
      errors: warmErrors,
      p99: round(percentile(warmSorted, 99)),
      max: round(warmSorted[warmSorted.length - 1] ?? 0),
    },
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const [configFile, resultFile] = process.argv.slice(2);
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as GeneratorConfig;
  const result = await generate(config);
  writeFileSync(resultFile, JSON.stringify(result));
}
