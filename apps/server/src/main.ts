import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { closeContext, createContext } from './context.ts';
import { prepareSetup } from './modules/accounts/setup.ts';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const ctx = await createContext(config);
  const app = await buildApp(ctx);
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
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
    app.log.info(`${signal} received: closing`);
    const timer = setTimeout(() => process.exit(1), 15_000);
    await app.close(); // drains in-flight requests
    await closeContext(ctx);
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error('Brug could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
