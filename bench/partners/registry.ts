/**
 * The partner registry at scale: 50,000 organisations and 200,000 contacts in one zone.
 * Measures, through the HTTP API over loopback:
 *   - the organisation list with a filter and Dutch full-text search (p95; target < 50 ms on PostgreSQL, < 150 ms on PGlite),
 *   - the coverage matrix focus area × district × status (p95; target < 100 ms),
 *   - importing a 10,000-row XLSX file, preview and write (target < 15 s).
 *   npx tsx bench/partners/registry.ts                                                   (embedded PGlite)
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/partners/registry.ts
 * Prints one JSON line per measurement; exits 1 when a target is missed.
 */
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { ANTWERP_DISTRICTS } from '@brug/domain';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { buildTestApp, Client, createUser, createZone } from '../../apps/server/test/helpers.ts';

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 50_000);
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 200_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const database = process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite';
const LIST_LIMIT_MS = database === 'postgresql' ? 50 : 150;

const WORDS = [
  'jongeren',
  'armoede',
  'cultuur',
  'buurt',
  'moskee',
  'kerk',
  'sport',
  'huiswerk',
  'vrouwen',
  'taal',
  'muziek',
  'café',
];

const t = await buildTestApp();
await t.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
const db = t.ctx.database.db;
const zone = await createZone(t.ctx);
const user = await createUser(t.ctx, zone.id, 'coordinator');
const { token, session } = await t.ctx.sessions.create(user);
const coordinator = new Client(t.app, `brug_session=${token}`, session.csrfToken);
const cookie = coordinator.cookie!;
const results: Record<string, unknown>[] = [];
let failed = false;

function p(times: number[], q: number) {
  const s = [...times].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 10) / 10;
}

async function timeGets(urls: string[]) {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 5; i++) {
    const url = urls[i % urls.length];
    const t0 = performance.now();
    const res = await fetch(`${base}${url}`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    if (i >= 5) times.push(performance.now() - t0);
  }
  return times;
}

try {
  const seedStart = performance.now();
  const programme = (await coordinator.post('/api/programmes', { name: 'Bench' })).json() as { id: string };
  const districts = sql.raw(`array[${ANTWERP_DISTRICTS.map((d) => `'${d}'`).join(',')}]`);
  const words = sql.raw(`array[${WORDS.map((w) => `'${w}'`).join(',')}]`);
  await db.execute(sql`
    insert into organisations (zone_id, name, name_key, kind, focus_areas, districts, postcode, city, description, notes, dialogue, languages)
    select ${zone.id}, 'Organisatie ' || g || ' ' || (${words})[1 + g % 12],
           'organisatie ' || g || ' ' || (${words})[1 + g % 12],
           case when g % 10 = 0 then 'internal' else 'external' end,
           case (g / 7) % 4 when 0 then array['youth'] when 1 then array['poverty'] when 2 then array['cultural_identity'] else array['youth', 'poverty'] end,
           array[(${districts})[1 + (g / 3) % 9]],
           (2000 + g % 700)::text, 'Antwerpen',
           'Werkt met ' || (${words})[1 + (g * 7) % 12] || ' en ' || (${words})[1 + (g * 3) % 12] || ' in de wijk',
           case when g % 5 = 0 then 'Opvolgen via ' || (${words})[1 + g % 12] else '' end,
           case when g % 3 = 0 then 'existing' else 'new' end,
           array['nl', (array['fr','ar','tr','en','pl'])[1 + g % 5]]
    from generate_series(1, ${ORGANISATIONS}) g`);
  await db.execute(sql`
    insert into relationship_statuses (zone_id, organisation_id, programme_id, status)
    select zone_id, id, ${programme.id},
           (array['longlist','contacted','invited','in_dialogue','partner','paused','ended'])[1 + (abs(hashtext(id::text)) % 7)]
    from organisations where zone_id = ${zone.id} and random() < 0.7`);
  await db.execute(sql`
    with o as (select id, row_number() over (order by id) as n from organisations where zone_id = ${zone.id})
    insert into contacts (zone_id, organisation_id, name, function, email, phone, consent_basis, consent_date)
    select ${zone.id}, o.id, 'Persoon ' || g, 'medewerker', 'persoon' || g || '@example.org', '+3231234' || lpad((g % 1000)::text, 3, '0'),
           'consent', '2026-01-01'
    from generate_series(1, ${CONTACTS}) g join o on o.n = 1 + g % ${ORGANISATIONS}`);
  await db.execute(sql`analyze`);
  results.push({
    bench: 'partners.seed',
    database,
    organisations: ORGANISATIONS,
    contacts: CONTACTS,
    ms: Math.round(performance.now() - seedStart),
  });

  // The machine is shared: a plain sequential scan, timed in the same run, shows how loaded it was.
  const scans: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await db.execute(sql`select count(*) from organisations where description like '%zzz%'`);
    scans.push(performance.now() - t0);
  }
  results.push({
    bench: 'partners.reference_scan',
    database,
    p50_ms: p(scans, 0.5),
    loadavg: os.loadavg()[0].toFixed(1),
  });

  const listUrls = WORDS.map(
    (w, i) =>
      `/api/partners/organisations?q=${encodeURIComponent(w)}&focusArea=${['youth', 'poverty', 'cultural_identity'][i % 3]}&district=${encodeURIComponent(ANTWERP_DISTRICTS[i % 9])}&programmeId=${programme.id}&sort=name&pageSize=50`,
  );
  const list = await timeGets(listUrls);
  const listP95 = p(list, 0.95);
  failed ||= listP95 >= LIST_LIMIT_MS;
  results.push({
    bench: 'partners.list_filter_search',
    database,
    runs: RUNS,
    p50_ms: p(list, 0.5),
    p95_ms: listP95,
    target_ms: LIST_LIMIT_MS,
  });

  const cov = await timeGets([`/api/partners/coverage?programmeId=${programme.id}`]);
  const covP95 = p(cov, 0.95);
  failed ||= covP95 >= 100;
  results.push({
    bench: 'partners.coverage',
    database,
    runs: RUNS,
    p50_ms: p(cov, 0.5),
    p95_ms: covP95,
    target_ms: 100,
  });

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lijst');
  ws.addRow(['Naam', 'Postcode', 'Gemeente', 'Thema', 'District', 'Contactpersoon', 'E-mail', 'Telefoon']);
  for (let i = 1; i <= IMPORT_ROWS; i++)
    ws.addRow([
      `Import vzw ${i}`,
      String(2000 + (i % 700)),
      'Antwerpen',
      i % 2 ? 'youth' : 'poverty',
      ANTWERP_DISTRICTS[i % 9],
      `Contact ${i}`,
      `import${i}@example.org`,
      `03 2${String(i).padStart(6, '0')}`,
    ]);
  const file = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  // As the import page does: the preview sends the file, the import names the preview (the file is read once).
  const post = async (body: Record<string, unknown>) => {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/partners/import`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': coordinator.csrf!, 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'xlsx', consentBasis: 'legitimate_interest', ...body }),
    });
    const json = (await res.json()) as { summary?: Record<string, number>; importId?: string };
    if (res.status !== 200) throw new Error(`import: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
    return { ms: Math.round(performance.now() - t0), summary: json.summary, importId: json.importId };
  };
  const preview = await post({ file, dryRun: true });
  const write = await post({ importId: preview.importId, dryRun: false });
  const previewAgain = await post({ file, dryRun: true });
  const againWrite = await post({ importId: previewAgain.importId, dryRun: false });
  const again = { ms: previewAgain.ms + againWrite.ms, summary: againWrite.summary };
  failed ||= preview.ms + write.ms >= 15_000 || again.summary?.create !== 0;
  results.push({
    bench: 'partners.import_xlsx',
    database,
    rows: IMPORT_ROWS,
    preview_ms: preview.ms,
    write_ms: write.ms,
    reimport_ms: again.ms,
    created: write.summary?.create,
    reimport_created: again.summary?.create,
    target_ms: 15_000,
  });
} finally {
  for (const r of results)
    console.log(JSON.stringify({ ...r, node: process.version, date: new Date().toISOString() }));
  await t.close();
}
process.exit(failed ? 1 : 0);
