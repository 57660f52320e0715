import { analysisModule } from './analysis/index.ts';
import { findingsModule } from './findings/index.ts';
import { ideasModule } from './ideas/index.ts';
import { initiativesModule } from './initiatives/index.ts';
import { insightsModule } from './insights/index.ts';
import { outreachModule } from './outreach/index.ts';
import { partnersModule } from './partners/index.ts';
import { refiQdaModule } from './refi-qda/index.ts';
import { roundtablesModule } from './roundtables/index.ts';
import { surveysModule } from './surveys/index.ts';
import type { WebModule } from './types.ts';
import { vaultModule } from './vault/index.ts';
import { volunteersModule } from './volunteers/index.ts';

export type { Messages, NavItem, WebModule, WebRoute } from './types.ts';

/**
 * The programme's modules, in navigation order. Add one import line above and one entry below.
 */
export const webModules: WebModule[] = [
  partnersModule,
  outreachModule,
  roundtablesModule,
  vaultModule,
  analysisModule,
  refiQdaModule,
  findingsModule,
  ideasModule,
  initiativesModule,
  surveysModule,
  insightsModule,
  volunteersModule,
];
