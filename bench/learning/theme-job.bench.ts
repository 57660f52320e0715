import type { Benchmark } from '../lib.ts';
import { measureThemeJob } from './theme-job.ts';

/** Theme suggestions as the researcher runs them: a queued job over sealed interviews, with progress. */
export const learningThemeJob: Benchmark = {
  module: 'learning',
  name: 'theme suggestions through the job: 10,000 sealed passages, POST to done, against the engine alone',
  async run(ctx) {
    const r = await measureThemeJob(ctx.databaseEnv);
    ctx.log(`theme job: ${JSON.stringify(r)}`);
    return [
      {
        name: `theme run through pg-boss, ${r.passages.toLocaleString('en-US')} passages in ${r.interviews} interviews: start to done, polled as the page does (load average ${r.loadAverage} on 2 cores)`,
        value: r.jobSeconds,
        unit: 's',
        floor: r.engineSeconds,
        target: '≤ 200% of the engine alone',
        pass: r.jobSeconds <= r.engineSeconds * 2,
      },
      {
        name: 'the engine alone on the same passages, same process, same run',
        value: r.engineSeconds,
        unit: 's',
      },
      {
        name: 'distinct progress values the page saw while polling every 200 ms',
        value: r.progressSteps,
        unit: '',
        target: '≥ 3 (the bar moves)',
        pass: r.progressSteps >= 3,
      },
      { name: 'themes suggested (k chosen by silhouette)', value: r.themes, unit: '' },
    ];
  },
};
