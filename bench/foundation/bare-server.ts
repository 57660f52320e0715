/**
 * The floor for the foundation's figures: a bare Fastify server (no plugins, no logger) with a
 * trivial route, and a route that issues the users list's SQL on the same database as Brug.
 */
import Fastify from 'fastify';
import { openDatabase } from '../../packages/db/src/index.ts';

// BARE_NO_DATABASE=1: only the trivial route, so it can run beside Brug on an embedded database.
const database =
  process.env.BARE_NO_DATABASE === '1'
    ? undefined
    : await openDatabase({
        databaseUrl: process.env.DATABASE_URL || undefined,
        dataDir: process.env.DATA_DIR,
      });
const app = Fastify({ logger: false });

app.get('/bare', async () => ({ status: 'ok' }));

// BARE_REPLIES: answers captured from Brug (headers and body), sent back as they are, so that a
// floor carries the same bytes as Brug's answer and only Brug's own work makes the difference.
const replies = JSON.parse(process.env.BARE_REPLIES ?? '{}') as Record<
  string,
  { headers: Record<string, string>; body: string }
>;
app.get<{ Params: { name: string } }>('/bare/same/:name', (req, reply) => {
  const r = replies[req.params.name];
  if (!r) return reply.code(404).send();
  reply.headers(r.headers).send(r.body);
});

// The two statements of findUsers (page and total), as Brug issues them, without anything around them.
const PAGE_SQL =
  'select id, email, display_name, role, language, status, zone_id, created_at from users where zone_id = $1 order by created_at desc, id limit $2 offset $3';
const COUNT_SQL = 'select count(*)::int as total from users where zone_id = $1';
app.get<{ Querystring: { zone: string; pageSize?: string } }>('/bare/users', async (req) => {
  const size = Number(req.query.pageSize ?? 50);
  if (!database) throw new Error('started without a database');
  const [page, count] = await Promise.all([
    database.executeSql(PAGE_SQL, [req.query.zone, size, 0]),
    database.executeSql(COUNT_SQL, [req.query.zone]),
  ]);
  return { items: page.rows, total: count.rows[0]?.total };
});

const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`bare server listening at ${address}`);
const stop = async () => {
  await app.close();
  await database?.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
