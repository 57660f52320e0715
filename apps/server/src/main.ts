import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Config, ConfigError, loadConfig } from './config.ts';
import type { AppContext } from './http/context.ts';

export type ServeOptions = {
  /** Runs after migrations, before the server listens (the demo fills its database here). */
  prepare?: (ctx: AppContext) => Promise<void>;
};

/** Starts Brug and serves until SIGINT or SIGTERM, then drains requests, stops jobs and closes the database. */
export async function serve(config: Config, options: ServeOptions = {}): Promise<void> {
  // Loaded only after the configuration passed, so that a bad value is reported at once.
  const { buildApp } = await import('./app.ts');
  const { closeContext, createContext } = await import('./context.ts');
  const { prepareSetup } = await import('./modules/accounts/setup.ts');
  const ctx = await createContext(config);
  await options.prepare?.(ctx);
  const app = await buildApp(ctx);
  const address = await app.listen({ port: config.port, host: config.host });
  app.brugLog.info(`Server listening at ${address}`);
  app.brugLog.info(
    `Brug is running at ${config.publicUrl} (${ctx.database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server'})`,
  );

  const setupToken = await prepareSetup(ctx.database);
  if (setupToken) {
    // Printed to the console only, never into the structured log: it grants the first admin account.
    console.log(
      `\n  No admin yet. Finish the set-up (link valid 24 hours, once):\n  ${config.publicUrl}/setup?token=${setupToken}\n`,
    );
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.brugLog.info(`${signal} received: closing`);
    const timer = setTimeout(() => {
      console.error('Brug: shutting down took over 30 s; stopping anyway');
      process.exit(1);
    }, 30_000);
    // Drains in-flight requests; a keep-alive connection is closed as soon as its request is answered,
    // instead of holding the shutdown for the keep-alive timeout.
    const idle = setInterval(() => app.server.closeIdleConnections(), 100);
    await app.close();
    clearInterval(idle);
    await closeContext(ctx);
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** Reads the configuration; a bad value ends the process with a message naming the variable. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

export function startFailed(err: unknown): never {
  console.error('Brug could not start:', err instanceof Error ? err.message : err);
  process.exit(err instanceof Error && err.name === 'DataDirInUseError' ? 3 : 1);
}

const entry = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (entry === fileURLToPath(import.meta.url)) {
  serve(loadConfigOrExit()).catch(startFailed);
}
