/**
 * After two app servers carried the load on one PostgreSQL: do they agree? Sessions, the caches kept
 * in step by LISTEN/NOTIFY, jobs (every mail delivered once) and the audit chain.
 */
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { runCli } from '../../apps/server/src/cli.ts';
import { ADMIN, agentFor, login, request, type Session, sleep } from './seed.ts';

export type Check = { name: string; ok: boolean; detail: string };

/** A real SMTP server on loopback that keeps every recipient it was sent to. */
export async function startSmtp(): Promise<{ url: string; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        for (const r of session.envelope.rcptTo) received.push(r.address);
        callback();
      });
    },
  });
  // A server that stops with a mail connection open resets it: the sender retries, the run goes on
  // (without a listener the reset would end the whole benchmark).
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Asks `probe` until it says yes or `ms` have passed; the time it took, or -1. */
async function within(ms: number, probe: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await probe()) return Date.now() - start;
    if (Date.now() - start > ms) return -1;
    await sleep(20);
  }
}

const status = async (base: string, path: string, session: Session) =>
  (await request(base, 'GET', path, { session })).status;

export async function checkConsistency(options: {
  a: string;
  b: string;
  databaseUrl: string;
  auditDirs: string[];
  userEmails: [string, string];
  activityId: string;
  smtp?: { received: string[] };
  log?: (line: string) => void;
}): Promise<Check[]> {
  const { a, b } = options;
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string) => {
    checks.push({ name, ok, detail });
    options.log?.(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
  };

  // Sessions: made on A, accepted on B; ended on A, refused on B.
  const user = await login(a, options.userEmails[0]);
  const onB = await status(b, '/api/auth/me', user);
  add('a session made on A is accepted by B', onB === 200, `GET /api/auth/me on B → ${onB}`);
  const out = await request(a, 'POST', '/api/auth/logout', { session: user });
  const ended = await within(2000, async () => (await status(b, '/api/auth/me', user)) === 401);
  add(
    'logout on A ends the session on B',
    out.status === 200 && ended >= 0,
    ended >= 0 ? `B refuses it ${ended} ms after the logout` : 'B still accepts it after 2 s',
  );

  // Caches: B keeps the zone in memory; a change through A reaches it.
  const admin = await login(a, ADMIN);
  await status(b, '/api/auth/me', admin);
  const name = `PZ Belasting ${Date.now() % 100000}`;
  const patched = await request(a, 'PATCH', '/api/zone', { session: admin, body: { name } });
  const seen = await within(2000, async () => {
    const me = await request(b, 'GET', '/api/auth/me', { session: admin });
    return me.status === 200 && (JSON.parse(me.body) as { zone: { name: string } }).zone.name === name;
  });
  add(
    'zone settings changed through A are seen on B',
    patched.status === 200 && seen >= 0,
    seen >= 0 ? `after ${seen} ms` : `B still shows the old name after 2 s (PATCH → ${patched.status})`,
  );

  // A role change through A ends the user's sessions on B, held in B's memory.
  const other = await login(b, options.userEmails[1]);
  const otherId = (
    JSON.parse((await request(b, 'GET', '/api/auth/me', { session: other })).body) as { user: { id: string } }
  ).user.id;
  const role = await request(a, 'PATCH', `/api/users/${otherId}`, {
    session: admin,
    body: { role: 'researcher' },
  });
  const roleEnded = await within(2000, async () => (await status(b, '/api/auth/me', other)) === 401);
  add(
    'a role change through A ends the user’s session on B',
    role.status === 200 && roleEnded >= 0,
    roleEnded >= 0 ? `after ${roleEnded} ms` : `B still accepts it after 2 s (PATCH → ${role.status})`,
  );

  // Jobs: registrations through both servers, each confirmation mail delivered exactly once.
  if (options.smtp) {
    const recipients = Array.from({ length: 10 }, (_, i) => `once-${Date.now()}-${i}@example.org`);
    const agent = agentFor('127.2.0.1');
    for (const [i, to] of recipients.entries()) {
      const res = await request(
        i % 2 ? b : a,
        'POST',
        `/api/public/activities/${options.activityId}/registrations`,
        {
          agent,
          body: { name: `Deelnemer ${i}`, contact: to, people: 1, language: 'nl' },
        },
      );
      if (res.status !== 201)
        add('registration for the mail check', false, `${res.status} ${res.body.slice(0, 200)}`);
    }
    agent.destroy();
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
      // The confirmations of the load run are still going out: these ten queue behind them. The wait
      // is for the whole queue, so it grows with the run's registrations (about 3,000 a minute of load
      // at 1,000 requests a second); what the check asks is that each is delivered once.
      const { rows: backlog } = await client.query(
        `select count(*)::int as n from mail_messages where status in ('queued', 'retrying')`,
      );
      const delivered = await within(600_000, async () => {
        const { rows } = await client.query(
          `select count(*)::int as n from mail_messages where status = 'sent' and "to" = any($1)`,
          [recipients],
        );
        return rows[0].n === recipients.length;
      });
      await sleep(2000); // a second delivery of the same job would come now
      const counts = recipients.map((r) => options.smtp!.received.filter((x) => x === r).length);
      add(
        'every mail of a job run on either server is delivered once',
        delivered >= 0 && counts.every((c) => c === 1),
        `${recipients.length} registrations through A and B, ${backlog[0].n} mails queued then (these ten among them); all sent ${delivered >= 0 ? `after ${(delivered / 1000).toFixed(1)} s` : 'not within 10 min'}; deliveries per recipient ${counts.join(',')}`,
      );
      // The mails of the whole run: no recipient got a message twice.
      const { rows } = await client.query(
        `select status, count(*)::int as n from mail_messages group by status order by status`,
      );
      const perRecipient = new Map<string, number>();
      for (const r of options.smtp.received) perRecipient.set(r, (perRecipient.get(r) ?? 0) + 1);
      const twice = [...perRecipient].filter(([r, n]) => r.startsWith('reg-') && n > 1);
      add(
        'no mail of the load run was delivered twice',
        twice.length === 0,
        `${options.smtp.received.length} deliveries; rows by status: ${rows.map((r) => `${r.status} ${r.n}`).join(', ')}${twice.length ? `; twice: ${twice.slice(0, 3).join(' ')}` : ''}`,
      );
    } finally {
      await client.end();
    }
  }

  // The audit chain, written by both servers at once, verified against each server's anchor folder.
  for (const [i, dir] of options.auditDirs.entries()) {
    const out: string[] = [];
    const code = await runCli(
      ['audit', 'verify'],
      { ...process.env, DATABASE_URL: options.databaseUrl, AUDIT_DIR: dir },
      {
        out: (s: string) => void out.push(s),
        err: (s: string) => void out.push(s),
        readPassword: async () => '',
      },
    );
    add(
      `brug audit verify with server ${'AB'[i]}’s anchor folder`,
      code === 0,
      out
        .join(' ')
        .trim()
        .replace(/ in \S+ \(key \w+\)/, ''),
    );
  }
  await request(a, 'POST', '/api/auth/logout', { session: admin });
  return checks;
}
