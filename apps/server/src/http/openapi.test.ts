import { readFileSync } from 'node:fs';
import { DOCUMENT_TYPES } from '@brug/domain';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_TYPES_FILE, openApiTypes } from '../../../../e2e/support/api-schema-generate.ts';
import { buildTestApp, createZone, loginAs, type TestApp } from '../../test/helpers.ts';
import { MEDIA } from './openapi.ts';

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  deprecated?: boolean;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, unknown> }>;
};
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { type: string; in: string; name: string }> };
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const UUID = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let doc: Doc;
let source: string;
const operations: { method: string; path: string; op: Operation }[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  const res = await t.app.inject({ url: '/api/openapi.json' });
  source = res.body;
  doc = res.json() as Doc;
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item)) operations.push({ method, path, op });
}, 240_000);
afterAll(async () => t?.close(), 120_000);

/** A request to the operation's path, its parameters filled in, without a session. */
function requestTo(method: string, path: string) {
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'format' ? 'pdf' : UUID));
  const body = method === 'get' || method === 'delete' ? undefined : {};
  return t.app.inject({ method: method.toUpperCase() as 'GET', url, payload: body });
}

describe('[API] OpenAPI document', () => {
  it("passes redocly's recommended rules without errors, and with no ambiguous paths", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const show = (p: (typeof problems)[number]) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`;
    expect(operations.length).toBeGreaterThan(200);
    expect(problems.filter((p) => p.severity === 'error').map(show)).toEqual([]);
    // What is left are warnings with a reason: no licence is chosen yet; the two retired REFI-QDA
    // downloads answer only 410.
    const warnings = problems.filter((p) => p.severity === 'warn');
    expect(
      warnings.filter((p) => p.ruleId !== 'info-license' && p.ruleId !== 'operation-2xx-response').map(show),
    ).toEqual([]);
    for (const w of warnings.filter((p) => p.ruleId === 'operation-2xx-response')) {
      const [, path, method] = /^#\/paths\/([^/]+)\/(\w+)/.exec(w.location[0]?.pointer ?? '')!;
      expect(doc.paths[path.replaceAll('~1', '/')][method].deprecated, show(w)).toBe(true);
    }
  });

  it('gives every operation a unique camelCase operationId, a short summary and one tag', () => {
    const ids = operations.map(({ op }) => op.operationId);
    for (const { method, path, op } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.operationId, where).toMatch(/^[a-z][a-zA-Z0-9]{2,60}$/);
      expect(op.summary, where).toMatch(/^[A-Z][^\n]{5,80}$/);
      expect(op.summary, where).not.toMatch(/\.$/);
      expect(op.tags, where).toHaveLength(1);
    }
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('names the session cookie and the CSRF header; reads need the session, writes also the header', async () => {
    expect(doc.components.securitySchemes).toMatchObject({
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'brug_session' },
      csrfHeader: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
    });
    const publicOps: string[] = [];
    for (const { method, path, op } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.security, where).toBeDefined();
      const open = op.security!.length === 0 || op.security!.some((s) => Object.keys(s).length === 0);
      const withSession = op.security!.filter((s) => Object.keys(s).length > 0);
      const expected = method === 'get' ? [{ sessionCookie: [] }] : [{ sessionCookie: [], csrfHeader: [] }];
      if (withSession.length) expect(withSession, where).toEqual(expected);
      // Without a session an operation that needs one refuses (401, or 400 for input it checks first);
      // one that says it is public does not ask to log in.
      const res = await requestTo(method, path);
      if (open) {
        publicOps.push(where);
        expect(res.statusCode, `${where} ${res.body}`).not.toBe(401);
      } else expect([400, 401], `${where} ${res.body}`).toContain(res.statusCode);
    }
    expect(publicOps.length).toBeGreaterThan(20);
    expect(publicOps).toContain('POST /api/auth/login');
    expect(publicOps).toContain('GET /api/public/surveys/{publicId}');
  });

  it('declares the media types of downloads', async () => {
    const downloads: Record<string, string[]> = {
      exportOrganisations: [MEDIA.csv, MEDIA.xlsx],
      downloadInitiativeDocument: [...DOCUMENT_TYPES],
      downloadRegistrationCalendar: [MEDIA.ics],
      getVolunteerCalendarFeed: [MEDIA.ics],
      downloadFindingsReport: [MEDIA.pdf, MEDIA.docx],
      getSurveyQrCode: [MEDIA.png],
      getSurveyPoster: [MEDIA.pdf],
      getSurveySlide: [MEDIA.svg],
      downloadInsightsReport: [MEDIA.pdf],
      exportInsightsCsv: [MEDIA.csv],
      exportInsightsXlsx: [MEDIA.xlsx],
    };
    const declared: Record<string, string[]> = {};
    for (const { op } of operations) {
      const ok = Object.entries(op.responses).find(([status]) => status.startsWith('2'));
      const types = Object.keys(ok?.[1].content ?? {});
      if (types.some((type) => type !== 'application/json')) declared[op.operationId!] = types;
    }
    expect(declared).toMatchObject(downloads);
    // Every other operation that answers a file names media types Brug sends.
    const known = new Set<string>([...Object.values(MEDIA), ...DOCUMENT_TYPES]);
    for (const [id, types] of Object.entries(declared))
      expect(
        types.filter((type) => !known.has(type)),
        id,
      ).toEqual([]);

    // The declared types are the ones sent.
    const zone = await createZone(t.ctx);
    const { client } = await loginAs(t, zone.id, 'coordinator');
    for (const [url, id] of [
      ['/api/insights/export.csv?lang=nl', 'exportInsightsCsv'],
      ['/api/insights/export.xlsx?lang=fr', 'exportInsightsXlsx'],
    ]) {
      const res = await client.get(url);
      expect(res.statusCode, res.body).toBe(200);
      expect(downloads[id]).toContain(String(res.headers['content-type']).split(';')[0]);
    }
  });

  it('answers every literal path on its own handler, never as the value of a parameter beside it', async () => {
    const paths = Object.keys(doc.paths);
    const segments = (p: string) => p.split('/');
    const isParam = (s: string) => s.startsWith('{');
    // Literal paths that a parametric path of the same length could also match.
    const shadowed = paths.filter(
      (literal) =>
        !literal.includes('{') &&
        paths.some(
          (p) =>
            p.includes('{') &&
            segments(p).length === segments(literal).length &&
            segments(p).every((s, i) => isParam(s) || s === segments(literal)[i]),
        ),
    );
    expect(shadowed).toContain('/api/volunteers/workload');
    expect(shadowed).toContain('/api/programmes/current');
    expect(shadowed.length).toBeGreaterThanOrEqual(10);
    const misrouted: string[] = [];
    for (const path of shadowed) {
      for (const method of METHODS) {
        const res = await requestTo(method, path);
        if (res.statusCode === 400 && res.json().message === 'Invalid params')
          misrouted.push(`${method.toUpperCase()} ${path}: ${res.body}`);
        // A method the literal path does not have is a route that does not exist.
        if (!doc.paths[path][method]) expect(res.statusCode, `${method} ${path}`).toBe(404);
      }
    }
    expect(misrouted).toEqual([]);

    // Paths that moved out of the way of parametric ones send clients on, for every method.
    for (const [from, to] of [
      ['/api/volunteers/activities', '/api/volunteer-activities'],
      ['/api/volunteers/topics', '/api/volunteer-topics'],
      ['/api/findings/published', '/api/published-findings'],
    ]) {
      for (const method of ['GET', 'POST'] as const) {
        const res = await t.app.inject({ method, url: `${from}?a=1` });
        expect(res.statusCode, `${method} ${from}`).toBe(308);
        expect(res.headers.location).toBe(`${to}?a=1`);
      }
    }
  });

  it("is the document the browser tests' typed client is generated from (npm run openapi:types)", async () => {
    expect(await openApiTypes(doc as unknown as Record<string, unknown>)).toBe(
      readFileSync(OPENAPI_TYPES_FILE, 'utf8'),
    );
  }, 60_000);
});
