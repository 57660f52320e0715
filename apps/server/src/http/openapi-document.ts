import { openDatabase } from '@brug/db';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { closeContext, createContext } from '../context.ts';

/**
 * The server's OpenAPI document, as GET /api/openapi.json serves it, from a server of its own on an
 * empty in-memory database (nothing is read from or written to a data folder).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({
    DATA_DIR: '/nonexistent',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://brug.invalid',
  });
  const ctx = await createContext(config, { database: await openDatabase({ dataDir: 'memory://' }) });
  try {
    const app = await buildApp(ctx, { logger: false, serveWeb: false });
    await app.ready();
    const doc = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return structuredClone(doc);
  } finally {
    await closeContext(ctx);
  }
}
