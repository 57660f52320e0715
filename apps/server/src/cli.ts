import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { appendAudit, type Database, findUserByEmail, schema } from '@brug/db';
import {
  ANTWERP_DISTRICTS,
  Email,
  type Language,
  LanguageSchema,
  Name,
  Password,
  type Role,
  RoleSchema,
} from '@brug/domain';
import { WEB_DIST } from './app.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { DataDirInUseError, openAuditAnchor, openConfiguredDatabase } from './context.ts';
import { digestWebBundle } from './http/web-bundle.ts';
import { hashPassword, passwordProblem } from './modules/accounts/passwords.ts';
import { type AuditAnchor, verifyAnchoredChain } from './modules/audit/anchor.ts';

export const HELP = `brug — Brug's command line (uses DATA_DIR or DATABASE_URL, like the server)

Usage: npm run brug -- <command> [options]

  user create --role <role> --email <address> [--name "<name>"] [--zone "<zone name>"] [--language nl|fr|en]
      Creates an active user; the password is read from standard input (not shown when typed).
      Roles: admin, coordinator, colleague, researcher, partner. The zone is created when it does not
      exist; without --zone the only zone is used (or a zone named "Brug" is created on an empty database).
      Example: echo "$PASSWORD" | npm run brug -- user create --role admin --email a@example.org

  audit verify [--expect <id>:<hash>]
      Recomputes the hash chain of the audit log and checks it against the signed checkpoints kept
      outside the database (AUDIT_DIR, or the folder data.audit beside the data folder): a changed
      entry, a rewrite with recomputed hashes and a cut-off end are all found. --expect checks a head
      copied earlier from the audit page (admins and the bureau see it there). Prints "OK, N entries"
      (exit 0) or what is wrong (exit 1).

  web-bundle
      Prints the sha256 of every file of the built web app (sha256sum format, checkable with
      "sha256sum -c") and the digest of the whole bundle, as GET /api/about gives it: the research
      bureau compares it with the release's before opening the vault. Needs no database.

  --help    This text.

With the embedded database (no DATABASE_URL) the data directory can be used by one process at a time:
stop the server before running a command against its directory.
`;

export type Io = {
  out: (line: string) => void;
  err: (line: string) => void;
  readPassword: () => Promise<string>;
};

/** Exit codes: 0 done, 1 refused or failed, 2 wrong usage or configuration, 3 data directory in use. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const command = positionals.join(' ');
  if (values.help || command === '' || command === 'help') {
    io.out(HELP);
    return 0;
  }
  if (command === 'web-bundle') return printWebBundle(io);
  if (command !== 'user create' && command !== 'audit verify') {
    io.err(`Unknown command: ${command}\n\n${HELP}`);
    return 2;
  }

  let newUser: NewUser | undefined;
  if (command === 'user create') {
    const checked = await checkNewUser(values, io);
    if (typeof checked === 'number') return checked;
    newUser = checked;
  }

  let expect: { id: number; hash: string } | undefined;
  if (values.expect !== undefined) {
    const m = /^(\d+):([0-9a-f]{64})$/.exec(values.expect.trim());
    if (!m) {
      io.err('--expect: the head as the audit page shows it, <id>:<64 hex characters>');
      return 2;
    }
    expect = { id: Number(m[1]), hash: m[2] };
  }

  let database: Database;
  let config: Config;
  try {
    config = loadConfig(env);
    database = await openConfiguredDatabase(config);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.err(err.message);
      return 2;
    }
    if (err instanceof DataDirInUseError) {
      io.err(err.message);
      return 3;
    }
    io.err(`Cannot open the database: ${(err as Error).message}`);
    return 1;
  }
  try {
    await database.migrate();
    if (command === 'audit verify') return await auditVerify(database, openAuditAnchor(config), expect, io);
    return await userCreate(database, openAuditAnchor(config), newUser!, io);
  } finally {
    await database.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      role: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      zone: { type: 'string' },
      language: { type: 'string' },
      expect: { type: 'string' },
    },
  });
}

async function auditVerify(
  database: Database,
  anchor: AuditAnchor | undefined,
  expect: { id: number; hash: string } | undefined,
  io: Io,
): Promise<number> {
  const result = await verifyAnchoredChain(database.db, { anchor, expect });
  if (result.ok) {
    const anchored = anchor
      ? `, ${result.checkpoints} signed checkpoints in ${anchor.dir} (key ${anchor.fingerprint()})`
      : ', no anchor folder (AUDIT_DIR) to check against';
    io.out(`OK, ${result.entries} entries${anchored}${expect ? `, head ${expect.id} as expected` : ''}`);
    return 0;
  }
  io.err(`BROKEN: ${result.problem}. ${result.entries} entries in the chain.`);
  return 1;
}

type UserOptions = { role?: string; email?: string; name?: string; zone?: string; language?: string };
type NewUser = {
  role: Role;
  email: string;
  name: string;
  language: Language;
  zoneName?: string;
  passwordHash: string;
};

/** Checks the options and the password before the database is opened; a number is the exit code. */
async function checkNewUser(values: UserOptions, io: Io): Promise<NewUser | number> {
  const problems: string[] = [];
  const role = RoleSchema.safeParse(values.role);
  if (!role.success) problems.push(`--role: one of ${RoleSchema.options.join(', ')}`);
  const email = Email.safeParse(values.email ?? '');
  if (!email.success) problems.push('--email: a valid e-mail address is required');
  const language = LanguageSchema.safeParse(values.language ?? 'nl');
  if (!language.success) problems.push(`--language: one of ${LanguageSchema.options.join(', ')}`);
  const name = Name.safeParse(values.name ?? (values.email ?? '').split('@')[0]);
  if (!name.success) problems.push('--name: required, at most 120 characters');
  const zoneName = values.zone === undefined ? undefined : Name.safeParse(values.zone);
  if (zoneName && !zoneName.success) problems.push('--zone: required, at most 120 characters');
  if (!role.success || !email.success || !language.success || !name.success || zoneName?.success === false) {
    io.err(`Cannot create the user:\n  ${problems.join('\n  ')}`);
    return 2;
  }
  const password = await io.readPassword();
  const checked = Password.safeParse(password);
  if (!checked.success) {
    io.err(`Cannot create the user: password: ${checked.error.issues[0]?.message ?? 'invalid'}`);
    return 1;
  }
  const problem = await passwordProblem(password, { email: email.data });
  if (problem) {
    io.err(`Cannot create the user: password: ${problem}, choose a longer, unusual one`);
    return 1;
  }
  return {
    role: role.data,
    email: email.data,
    name: name.data,
    language: language.data,
    zoneName: zoneName?.success ? zoneName.data : undefined,
    passwordHash: await hashPassword(password),
  };
}

async function userCreate(
  database: Database,
  anchor: AuditAnchor | undefined,
  u: NewUser,
  io: Io,
): Promise<number> {
  if (await findUserByEmail(database.db, u.email)) {
    io.err(`Cannot create the user: --email: ${u.email} is already in use`);
    return 1;
  }
  const zones = await database.db.select().from(schema.zones);
  let zone = u.zoneName ? zones.find((z) => z.name === u.zoneName) : undefined;
  if (!u.zoneName && zones.length === 1) zone = zones[0];
  if (!u.zoneName && zones.length > 1) {
    io.err(`Cannot create the user: --zone: choose one of ${zones.map((z) => `"${z.name}"`).join(', ')}`);
    return 2;
  }

  const result = await database.db.transaction(async (tx) => {
    let created = false;
    if (!zone) {
      [zone] = await tx
        .insert(schema.zones)
        .values({
          name: u.zoneName ?? 'Brug',
          defaultLanguage: u.language,
          districts: [...ANTWERP_DISTRICTS],
        })
        .returning();
      created = true;
      await appendAudit(tx, {
        zoneId: zone.id,
        action: 'zone.create',
        targetType: 'zone',
        targetId: zone.id,
        details: { via: 'cli' },
      });
    }
    const [user] = await tx
      .insert(schema.users)
      .values({
        zoneId: zone.id,
        email: u.email,
        displayName: u.name,
        role: u.role,
        language: u.language,
        status: 'active',
        passwordHash: u.passwordHash,
      })
      .returning();
    await appendAudit(tx, {
      zoneId: zone.id,
      action: 'user.create',
      targetType: 'user',
      targetId: user.id,
      details: { role: u.role, via: 'cli' },
    });
    return { user, zone, created };
  });
  await anchor?.checkpoint(database.db);
  io.out(
    `Created ${result.user.role} ${result.user.email} in zone "${result.zone.name}"${result.created ? ' (new zone)' : ''}.`,
  );
  return 0;
}

/** Reads one line from standard input; on a terminal the typed characters are not shown. */
export async function readPasswordFromStdin(prompt = 'Password: '): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const first = await readHidden(prompt);
  const second = await readHidden('Repeat the password: ');
  if (first !== second) throw new Error('The two passwords differ');
  return first;
}

function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return done();
        if (ch === '\u0003') return done(new Error('Cancelled'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

const entry = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (entry === fileURLToPath(import.meta.url)) {
  runCli(process.argv.slice(2), process.env, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    readPassword: () => readPasswordFromStdin(),
  })
    .then((code) => process.exit(code))
    .catch((err) => {
      console.error(`brug: ${err instanceof Error ? err.message : err}`);
      process.exit(1);
    });
}

/** `brug web-bundle`: the digest the research bureau compares with the release's. */
export function printWebBundle(io: Pick<Io, 'out' | 'err'>, dir = WEB_DIST): number {
  const bundle = digestWebBundle(dir);
  if (!bundle) {
    io.err(`No built web app in ${dir}: run npm run build:web first.`);
    return 1;
  }
  for (const f of bundle.files) io.out(`${f.sha256}  ${f.path}`);
  io.out(`\nweb bundle sha256: ${bundle.digest}`);
  return 0;
}
