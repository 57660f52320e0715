import { foundationHttp } from './foundation/http.bench.ts';
import { initiativesBench } from './initiatives/initiatives.bench.ts';
import { learningThemes } from './learning/themes.bench.ts';
import { learningThemesWorker } from './learning/themes-worker.bench.ts';
import type { Benchmark } from './lib.ts';
import { listeningVault } from './listening/vault.bench.ts';
import { loadBench } from './load/load.bench.ts';
import { partnersRegistry } from './partners/registry.bench.ts';
import { refiQdaImport } from './refi-qda/import.bench.ts';
import { startupNpmStart } from './startup/npm-start.bench.ts';
import { surveysBench } from './surveys/bench.ts';
import { themesQuality } from './themes/themes.bench.ts';
import { volunteersMatching } from './volunteers/matching.bench.ts';
import { webBundle } from './web/bundle.bench.ts';

/** Every benchmark `npm run bench` runs, in this order. Add a module's benchmark with one line here. */
export const benchmarks: Benchmark[] = [
  foundationHttp,
  volunteersMatching,
  initiativesBench,
  listeningVault,
  learningThemes,
  learningThemesWorker,
  themesQuality,
  webBundle,
  surveysBench,
  partnersRegistry,
  refiQdaImport,
  loadBench,
  startupNpmStart,
];
