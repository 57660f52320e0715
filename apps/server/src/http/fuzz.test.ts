import { randomBytes } from 'node:crypto';
import { ROLES, type Role } from '@brug/domain';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, Client, createUser, createZone, type TestApp } from '../../test/helpers.ts';

/**
 * Every operation of the OpenAPI document, as every role, with generated bad input: control
 * characters, wrong types, huge strings, empty or extra fields, bad identifiers, extreme numbers and
 * dates. No answer may be a 5xx, and a refused request must leave every table as it was.
 * Deterministic by default; FC_SEED=<n> replays or explores another seed, FUZZ_RUNS=<n> per role.
 */
const SEED = Number(process.env.FC_SEED ?? 16_2026);
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};
type Parameter = {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
};
type Operation = {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
};
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Generated = { params: Record<string, string>; query: Record<string, Json>; body: Json | undefined };

/** Operations that end the caller's own session: sent last, by a throw-away session of their own. */
const ENDS_SESSION = /^POST \/api\/auth\/(logout|password)/;

let t: TestApp;
let operations: Operation[];
const clients = {} as Record<Role | 'anonymous', Client>;
let zoneId: string;
/** Identifiers that exist, so some requests reach the rows rather than a 404. */
let knownIds: string[] = [];

async function signIn(role: Role): Promise<Client> {
  const user = await createUser(t.ctx, zoneId, role, {
    email: `${role}-${randomBytes(4).toString('hex')}@example.org`,
  });
  const { token, session } = await t.ctx.sessions.create(user);
  return new Client(t.app, `brug_session=${token}`, session.csrfToken);
}

async function rows<T>(query: string): Promise<T[]> {
  return ((await t.ctx.database.db.execute(sql.raw(query))) as unknown as { rows: T[] }).rows;
}

let tables: string[] = [];
/** Columns written by reading requests too: a session's last activity (at most once a minute). */
const VOLATILE: Record<string, string[]> = { sessions: ['last_seen_at'] };
/** Whether anything was written since: the next transaction id moves only when one is assigned. */
async function nextTransactionId(): Promise<string> {
  return (await rows<{ x: string }>('select pg_snapshot_xmax(pg_current_snapshot())::text as x'))[0].x;
}
/** A fingerprint of every row of every table of the application. */
let fingerprints = 0;
async function fingerprint(): Promise<Record<string, string>> {
  fingerprints++;
  const parts = tables.map(
    (name) =>
      `select '${name}' as name, count(*)::int as n, md5(coalesce(string_agg(r, ',' order by r), '')) as h
       from (select md5((to_jsonb(t) - array[${(VOLATILE[name] ?? []).map((c) => `'${c}'`).join(',')}]::text[])::text) as r from "${name}" t) rows`,
  );
  const result = await rows<{ name: string; n: number; h: string }>(parts.join(' union all '));
  return Object.fromEntries(result.map((r) => [r.name, `${r.n}:${r.h}`]));
}

// ---------------------------------------------------------------------------------------------
// Values that fit a JSON schema, more or less: the starting point that the mutations below spoil.

const iso = (d: Date) => d.toISOString();
const dateArb = fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true });

function stringFor(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === 'uuid')
    return knownIds.length
      ? fc.oneof(fc.constantFrom(...knownIds), fc.uuid({ version: 4 }))
      : fc.uuid({ version: 4 });
  if (s.format === 'email') return fc.constantFrom('fuzz@example.org', 'Iemand@Example.BE');
  if (s.format === 'date') return dateArb.map((d) => iso(d).slice(0, 10));
  if (s.format === 'date-time') return dateArb.map(iso);
  if (s.format === 'time') return fc.constantFrom('09:30', '18:00:00');
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length <= (s.maxLength ?? 500));
    } catch {}
  }
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 40, 40));
  return fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
}

function valueFor(s: JsonSchema, depth = 0): fc.Arbitrary<Json> {
  if (s.const !== undefined) return fc.constant(s.const as Json);
  if (s.enum) return fc.constantFrom(...(s.enum as Json[]));
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => valueFor(a, depth)));
  if (s.allOf) return valueFor(Object.assign({}, ...s.allOf), depth);
  const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  switch (type) {
    case 'string':
      return stringFor(s);
    case 'integer':
    case 'number': {
      const low = s.minimum ?? (s.exclusiveMinimum === undefined ? undefined : s.exclusiveMinimum + 1);
      const high = s.maximum ?? (s.exclusiveMaximum === undefined ? undefined : s.exclusiveMaximum - 1);
      const min = low ?? Math.min(-1000, (high ?? 0) - 1000);
      const max = Math.min(high ?? min + 101_000, min + 101_000);
      return type === 'integer'
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const minLength = s.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(s.maxItems ?? 3, 3));
      if (s.prefixItems) return fc.tuple(...s.prefixItems.map((p) => valueFor(p, depth + 1)));
      return fc.array(valueFor(s.items ?? {}, depth + 1), { minLength, maxLength });
    }
    case 'object': {
      if (depth > 4) return fc.constant({});
      const properties = s.properties ?? {};
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, valueFor(v, depth + 1)])),
        { requiredKeys: (s.required ?? []).filter((k) => k in properties) },
      ) as fc.Arbitrary<Record<string, Json>>;
      if (typeof s.additionalProperties === 'object') {
        const extra = fc.dictionary(
          s.propertyNames ? stringFor(s.propertyNames) : fc.string({ minLength: 1, maxLength: 12 }),
          valueFor(s.additionalProperties, depth + 1),
          { maxKeys: 3 },
        );
        return fc.tuple(record, extra).map(([a, b]) => ({ ...b, ...a }));
      }
      return record;
    }
    default:
      return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

// ---------------------------------------------------------------------------------------------
// The bad part.

const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\u009f'];
const badString = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...CONTROL), fc.string({ maxLength: 8 }))
      .map(([a, c, b]) => `${a || 'a'}${c}${b}`),
  },
  fc.constantFrom(
    'x'.repeat(100_000),
    'é'.repeat(20_000),
    '\ud800',
    'a\udfffb',
    '%00',
    "'; drop table users; --",
    '',
  ),
  fc.constantFrom('0000-01-01', '9999-12-31', '275760-09-13', '2024-02-30', '1970-01-01T00:00:00.000Z'),
  fc.constantFrom('-0001-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '0001-01-01T00:00:00.000Z'),
  fc.constantFrom(
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    'not-a-uuid',
  ),
);
const badNumber = fc.constantFrom(
  -1,
  0,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 - 1,
  -(2 ** 53) + 1,
  1e308,
  -1e308,
  0.5,
  1e-300,
);
const wrongType: fc.Arbitrary<Json> = fc.oneof<fc.Arbitrary<Json>[]>(
  badNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.constant<Json>(['a', 1]),
  fc.constant<Json>({ a: { b: [null] } }),
  badString,
);

type Path = (string | number)[];
function leaves(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) leaves(v, [...path, i], out);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  out.push(path);
  return out;
}
function valueAt(value: Json, path: Path): Json | undefined {
  let v: Json | undefined = value;
  for (const key of path)
    v = v !== null && typeof v === 'object' ? (v as Record<string, Json>)[key] : undefined;
  return v;
}
function setAt(value: Json, path: Path, replacement: Json | undefined): Json {
  if (!path.length) return replacement === undefined ? null : replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Record<string, Json>) }) as Record<
    string | number,
    Json
  >;
  const [head, ...rest] = path;
  if (rest.length) copy[head] = setAt(copy[head], rest, replacement);
  else if (replacement === undefined) delete copy[head];
  else copy[head] = replacement;
  return copy as Json;
}

type Mutation =
  | { part: 'body' | 'query'; at: number; kind: 'string' | 'number' | 'type' | 'drop'; with: Json }
  | { part: 'body'; kind: 'whole'; with: Json }
  | { part: 'body' | 'query'; kind: 'extra'; key: string; with: Json }
  | { part: 'params'; name: number; with: string }
  | { part: 'none' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      part: fc.constantFrom('body' as const, 'body' as const, 'query' as const),
      at: fc.nat(),
      kind: fc.constant('string' as const),
      with: badString,
    }),
  },
  fc.record({ part: fc.constant('none' as const) }),
  fc.record({
    part: fc.constantFrom('body' as const, 'query' as const),
    at: fc.nat(),
    kind: fc.constant('number' as const),
    with: badNumber,
  }),
  fc.record({
    part: fc.constantFrom('body' as const, 'query' as const),
    at: fc.nat(),
    kind: fc.constant('type' as const),
    with: wrongType,
  }),
  fc.record({
    part: fc.constantFrom('body' as const, 'query' as const),
    at: fc.nat(),
    kind: fc.constant('drop' as const),
    with: fc.constant(null),
  }),
  fc.record({
    part: fc.constant('body' as const),
    kind: fc.constant('whole' as const),
    with: fc.constantFrom<Json>({}, [], null, 'x', 42),
  }),
  fc.record({
    part: fc.constantFrom('body' as const, 'query' as const),
    kind: fc.constant('extra' as const),
    key: fc.oneof(
      fc.string({ minLength: 1, maxLength: 10 }),
      fc.constantFrom('__proto__', 'constructor', 'id', 'zoneId', 'a\u0000b'),
    ),
    with: wrongType,
  }),
  fc.record({ part: fc.constant('params' as const), name: fc.nat(), with: badString }),
);

function mutate(op: Operation, g: Generated, m: Mutation): Generated {
  const out: Generated = { params: { ...g.params }, query: { ...g.query }, body: g.body };
  if (m.part === 'none') return out;
  if (m.part === 'params') {
    const names = Object.keys(out.params);
    if (names.length) out.params[names[m.name % names.length]] = m.with;
    return out;
  }
  if (m.part === 'body' && !op.body && op.method === 'GET') return out;
  const current: Json = m.part === 'body' ? (out.body ?? {}) : out.query;
  let next: Json;
  if (m.kind === 'whole') next = m.with;
  else if (m.kind === 'extra')
    next =
      current !== null && typeof current === 'object' && !Array.isArray(current)
        ? { ...current, [m.key]: m.with }
        : current;
  else {
    const all = leaves(current);
    // A bad string goes where a string was, so that the rest of the input still passes.
    const strings = all.filter((p) => typeof valueAt(current, p) === 'string');
    const paths = m.kind === 'string' && strings.length ? strings : all;
    const path = paths[m.at % paths.length];
    next = setAt(current, path, m.kind === 'drop' ? undefined : m.with);
  }
  if (m.part === 'body') out.body = next;
  else
    out.query = (next !== null && typeof next === 'object' && !Array.isArray(next) ? next : {}) as Record<
      string,
      Json
    >;
  return out;
}

function requestArb(op: Operation): fc.Arbitrary<Generated> {
  const params = Object.fromEntries(
    op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, stringFor(p.schema)]),
  );
  const query = op.parameters.filter((p) => p.in === 'query');
  const generated = fc.record({
    params: fc.record(params),
    query: fc.record(Object.fromEntries(query.map((p) => [p.name, valueFor(p.schema)])), {
      requiredKeys: query.filter((p) => p.required).map((p) => p.name),
    }) as fc.Arbitrary<Record<string, Json>>,
    body: op.body ? (valueFor(op.body) as fc.Arbitrary<Json | undefined>) : fc.constant(undefined),
  });
  return fc.tuple(generated, mutation).map(([g, m]) => mutate(op, g, m));
}

/** Percent-encoding; a lone surrogate becomes the bytes of one, which are not UTF-8 at all. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\u0000')).replaceAll('%00', '%ED%A0%80');
  }
}

function urlOf(op: Operation, g: Generated): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(g.params[name] ?? ''));
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(g.query)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v])
      search.append(k, typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

// ---------------------------------------------------------------------------------------------

let sent = 0;
const statuses: Record<number, number> = {};
const serverErrors: string[] = [];
const changedByRefusal: string[] = [];
let lastPrint = { x: '', fp: {} as Record<string, string> };

async function send(op: Operation, role: Role | 'anonymous', g: Generated) {
  const client = clients[role];
  const x = await nextTransactionId();
  if (x !== lastPrint.x) lastPrint = { x, fp: await fingerprint() };
  const headers: Record<string, string> = {};
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrf) headers['x-csrf-token'] = client.csrf;
  if (g.body !== undefined) headers['content-type'] = 'application/json';
  const res = await t.app.inject({
    method: op.method as 'GET',
    url: urlOf(op, g),
    headers,
    payload: g.body === undefined ? undefined : JSON.stringify(g.body),
  });
  sent++;
  statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
  const what = `${op.method} ${op.path} as ${role}: ${urlOf(op, g).slice(0, 200)} ${JSON.stringify(g.body)?.slice(0, 300)}`;
  if (process.env.FUZZ_TRACE && what.includes(process.env.FUZZ_TRACE))
    console.log(res.statusCode, what, res.body.slice(0, 200));
  if (res.statusCode >= 500) serverErrors.push(`${res.statusCode} ${what} → ${res.body.slice(0, 200)}`);
  if (res.statusCode >= 400) {
    const after = await nextTransactionId();
    if (after !== x) {
      const fp = await fingerprint();
      const changed = Object.keys(fp).filter((k) => fp[k] !== lastPrint.fp[k]);
      if (changed.length) changedByRefusal.push(`${res.statusCode} ${what} changed ${changed.join(', ')}`);
      lastPrint = { x: after, fp };
    }
  }
  return res.statusCode;
}

beforeAll(async () => {
  t = await buildTestApp();
  const zone = await createZone(t.ctx);
  zoneId = zone.id;
  clients.anonymous = new Client(t.app);
  for (const role of ROLES) clients[role] = await signIn(role);
  // A little data of every kind the coordinator can make, so identifiers point at real rows.
  const programme = await clients.coordinator.post('/api/programmes', { name: 'Fuzz traject' });
  await clients.coordinator.post('/api/partners/organisations', {
    name: 'Vzw Fuzz',
    focusAreas: ['youth'],
    districts: ['Deurne'],
    postcode: '2100',
    city: 'Deurne',
  });
  expect(programme.statusCode).toBe(201);
  tables = (
    await rows<{ tablename: string }>(
      "select tablename from pg_tables where schemaname = 'public' order by 1",
    )
  ).map((r) => r.tablename);
  for (const table of tables) {
    const columns = await rows<{ column_name: string }>(
      `select column_name from information_schema.columns where table_schema = 'public' and table_name = '${table}' and column_name = 'id' and data_type = 'uuid'`,
    );
    if (columns.length)
      knownIds.push(...(await rows<{ id: string }>(`select id from "${table}" limit 2`)).map((r) => r.id));
  }
  knownIds = [...new Set(knownIds)];
  const answer = await t.app.inject({ url: '/api/openapi.json' });
  expect(answer.statusCode, answer.body.slice(0, 500)).toBe(200);
  const doc = answer.json() as {
    paths: Record<
      string,
      Record<
        string,
        { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }
      >
    >;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, o]) => ({
      method: method.toUpperCase(),
      path,
      parameters: o.parameters ?? [],
      body: o.requestBody?.content['application/json']?.schema,
    })),
  );
  operations.sort(
    (a, b) =>
      Number(ENDS_SESSION.test(`${a.method} ${a.path}`)) - Number(ENDS_SESSION.test(`${b.method} ${b.path}`)),
  );
}, 240_000);
afterAll(async () => t?.close());

describe('[API] generated bad input', () => {
  it('never answers 5xx, and a refused request changes no data, for every operation and role', async () => {
    const started = Date.now();
    expect(operations.length).toBeGreaterThan(200);
    for (const [index, op] of operations.entries()) {
      for (const [r, role] of (['anonymous', ...ROLES] as const).entries()) {
        // Validation comes before the role check: once a role is refused (401, 403) with a body that
        // passed, the rest of its runs would only be refused again, and go to the roles let through.
        let refused = false;
        await fc.assert(
          fc.asyncProperty(requestArb(op), async (g) => {
            if (refused) return;
            const status = await send(op, role, g);
            refused = status === 401 || status === 403;
          }),
          { numRuns: RUNS, seed: SEED + index * 8 + r, endOnFailure: true },
        );
      }
      // A write that went through may have signed someone out (a disabled user, a changed role): the
      // next operation starts from a session of every role.
      if (op.method !== 'GET')
        for (const role of ROLES)
          if ((await clients[role].get('/api/auth/me')).statusCode !== 200)
            clients[role] = await signIn(role);
    }
    console.info(
      `fuzz: ${operations.length} operations, ${sent} requests, seed ${SEED}, ${Date.now() - started} ms, answers ${JSON.stringify(statuses)}, ${fingerprints} fingerprints`,
    );
    expect(serverErrors).toEqual([]);
    expect(changedByRefusal).toEqual([]);
  }, 600_000);
});
