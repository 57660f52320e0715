import type { DeriveBytes } from '@brug/vault-crypto';
import { buildApp } from '../app.ts';
import type { AppContext } from '../http/context.ts';
import { analyse } from './analysis.ts';
import { DemoSession, logins } from './api.ts';
import { demoClock } from './clock.ts';
import { holdInterviews, inviteFirstWave, inviteSecondWave } from './conversations.ts';
import { publishFindings } from './findings.ts';
import { DEMO_PASSWORD, DEMO_USERS, type DemoZone } from './foundation.ts';
import { collectIdeas } from './ideas.ts';
import { runInitiatives } from './initiatives.ts';
import { createOtherZone } from './other-zone.ts';
import { createPartners } from './partners.ts';
import { closePastPhases, createProgramme } from './programme.ts';
import { holdRoundtables } from './roundtables.ts';
import { measureTrust } from './surveys.ts';
import { createBureau } from './vault.ts';
import { recruitColleagues } from './volunteers.ts';
import type { DemoPerson, DemoWorld } from './world.ts';

/** Both demo researchers open the bureau's vault with this passphrase (printed by `npm run demo`). */
export const DEMO_VAULT_PASSPHRASE = 'kluis van bureau luisterrijk';

export type DemoStep = { name: string; run: (w: DemoWorld) => Promise<void> };

/** One step per module; each moves the clock to the days its part of the story happened. */
export const DEMO_STEPS: DemoStep[] = [
  { name: 'programme', run: createProgramme },
  { name: 'partners', run: createPartners },
  { name: 'research bureau and vault', run: createBureau },
  { name: 'first-wave invitations', run: inviteFirstWave },
  { name: 'interviews', run: holdInterviews },
  { name: 'roundtables', run: holdRoundtables },
  { name: 'analysis', run: analyse },
  { name: 'findings', run: publishFindings },
  { name: 'colleagues', run: recruitColleagues },
  { name: 'ideas', run: collectIdeas },
  { name: 'initiatives', run: runInitiatives },
  { name: 'trust surveys', run: measureTrust },
  { name: 'invitations', run: inviteSecondWave },
  { name: 'phases', run: closePastPhases },
  { name: 'second zone', run: createOtherZone },
];

/**
 * Runs the steps against a Fastify app of its own on the same context (the server that serves the
 * demo is built afterwards), as the demo's users logged in through the API.
 */
export async function runDemoSteps(
  ctx: AppContext,
  demo: DemoZone,
  steps: DemoStep[],
  options: { derive?: DeriveBytes } = {},
): Promise<string[]> {
  const app = await buildApp(ctx, { logger: false, serveWeb: false });
  await app.ready();
  const as = {} as Record<DemoPerson, DemoSession>;
  for (const u of DEMO_USERS) as[u.key] = await new DemoSession(app, u.email, DEMO_PASSWORD).login();
  const w: DemoWorld = {
    app,
    ctx,
    zoneId: demo.zoneId,
    as,
    derive: options.derive,
    passphrase: DEMO_VAULT_PASSPHRASE,
    programmeId: '',
    waves: [],
    orgs: {},
    contacts: {},
    bureauId: '',
    vault: null,
    sources: [],
    codes: {},
    findings: {},
    initiatives: {},
    activities: {},
    roundtables: [],
    summary: [],
    timings: [],
  };
  demoClock.install();
  // The embedded database's timers are set from the moved clock; Node reports each one it caps.
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type === 'TimeoutOverflowWarning') return;
    return (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    for (const step of steps) {
      const started = performance.now();
      await step.run(w);
      w.timings.push([step.name, Math.round(performance.now() - started)]);
    }
  } finally {
    demoClock.uninstall();
    process.emitWarning = emitWarning;
    await app.close();
  }
  if (process.env.DEMO_TIMINGS)
    console.log(`${w.timings.map(([n, ms]) => `${n} ${ms} ms`).join(', ')}; ${logins.count} logins`);
  return w.summary;
}
