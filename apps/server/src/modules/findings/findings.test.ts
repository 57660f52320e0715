import { schema } from '@brug/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, createZone, type TestApp } from '../../../test/helpers.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';
import { addInterview, openBureau } from './test-support.ts';

// Each test opens vaults (argon2id, 128 MiB): on a loaded two-core machine that takes a while.
vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const STATEMENT = 'Jongeren vragen een vaste plek om te sporten, samen met de wijkagent.';

async function rowOf(id: string) {
  const [row] = await t.ctx.database.db.select().from(schema.findings).where(eq(schema.findings.id, id));
  return row;
}

describe('[FINDINGS] the publication gate', () => {
  it('refuses publication with two sources at k = 3, publishes with a third; a coordinator reads it', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 3);
    const created = await researcher.post('/api/findings', {
      kind: 'need',
      statement: STATEMENT,
      translations: { fr: 'Les jeunes demandent un lieu fixe pour faire du sport.' },
      theme: 'Jongeren en straat',
      sourceIds: [sources[0].id, sources[1].id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const finding = created.json();
    expect(finding.sources.map((s: { pseudonym: string }) => s.pseudonym)).toEqual(['B-01', 'B-02']);

    const check = await researcher.post(`/api/findings/${finding.id}/check`);
    expect(check.json()).toMatchObject({ k: 3, distinctSources: 2, enoughSources: false, flags: [] });

    const refused = await researcher.post(`/api/findings/${finding.id}/publish`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().fields).toEqual({ sourceIds: 'needs at least 3 distinct sources, has 2' });
    expect(await rowOf(finding.id)).toMatchObject({ status: 'draft', statement: null, publishedAt: null });

    const { client: coordinator } = await signIn(t, zone.id, 'coordinator');
    expect((await coordinator.get('/api/findings/published')).json().items).toEqual([]);

    const patched = await researcher.patch(`/api/findings/${finding.id}`, {
      sourceIds: sources.map((s) => s.id),
    });
    expect(patched.statusCode).toBe(200);
    const published = await researcher.post(`/api/findings/${finding.id}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);

    const seen = await coordinator.get('/api/findings/published');
    expect(seen.statusCode).toBe(200);
    expect(seen.json().items).toEqual([
      {
        id: finding.id,
        kind: 'need',
        statement: STATEMENT,
        translations: { fr: 'Les jeunes demandent un lieu fixe pour faire du sport.' },
        theme: 'Jongeren en straat',
        breakdown: null,
        publishedAt: expect.any(String),
      },
    ]);
    expect((await coordinator.get(`/api/findings/published/${finding.id}`)).json().statement).toBe(STATEMENT);
    // No endpoint leads the coordinator to a source, passage, code or draft.
    for (const url of [
      '/api/findings',
      `/api/findings/${finding.id}`,
      '/api/interviews',
      `/api/interviews/${sources[0].id}`,
    ]) {
      expect((await coordinator.get(url)).statusCode, url).toBe(403);
    }
    expect((await coordinator.post(`/api/findings/${finding.id}/check`)).statusCode).toBe(403);
    expect(JSON.stringify(seen.json())).not.toMatch(/B-0|sourceIds|codeIds/);
    expect((await researcher.post(`/api/findings/${finding.id}/publish`, {})).statusCode).toBe(409);
  });

  it('obeys the zone k, and never goes below 2', async () => {
    const zone = await createZone(t.ctx, { publicationK: 1 });
    const { researcher, sources } = await openBureau(t, zone.id, 2);
    const one = await researcher.post('/api/findings', {
      kind: 'improvement_point',
      statement: 'De klachtenprocedure moet eenvoudiger.',
      sourceIds: [sources[0].id],
    });
    expect((await researcher.post(`/api/findings/${one.json().id}/publish`, {})).statusCode).toBe(409);
    await researcher.patch(`/api/findings/${one.json().id}`, { sourceIds: sources.map((s) => s.id) });
    expect((await researcher.post(`/api/findings/${one.json().id}/publish`, {})).statusCode).toBe(200);
  });

  it('stops counting a source whose consent was withdrawn', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 3);
    const created = await researcher.post('/api/findings', {
      kind: 'initiative_idea',
      statement: 'Een voetbaltoernooi met agenten en jongeren.',
      sourceIds: sources.map((s) => s.id),
    });
    const withdrawn = await researcher.post(`/api/interviews/${sources[2].id}/withdraw`, { confirm: true });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const refused = await researcher.post(`/api/findings/${created.json().id}/publish`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().fields.sourceIds).toMatch(/has 2/);
  });

  it('flags registry names, e-mail, phone and addresses; publishing past a flag needs a reason, audited', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 3);
    const [org] = await t.ctx.database.db
      .insert(schema.organisations)
      .values({ zoneId: zone.id, name: 'Jeugdhuis Kavka', nameKey: 'jeugdhuis kavka' })
      .returning();
    await t.ctx.database.db.insert(schema.contacts).values({
      zoneId: zone.id,
      organisationId: org.id,
      name: 'Fatima El Amrani',
      consentBasis: 'consent',
      consentDate: '2026-01-10',
    });
    const created = await researcher.post('/api/findings', {
      kind: 'creative_idea',
      statement: 'Fatima El Amrani van jeugdhuis Kavka stelt een straatfeest voor aan de Turnhoutsebaan 12.',
      translations: { en: 'Call 0485 12 34 56 or mail info@kavka.be.' },
      sourceIds: sources.map((s) => s.id),
    });
    const id = created.json().id;
    const check = (await researcher.post(`/api/findings/${id}/check`)).json();
    expect(check.enoughSources).toBe(true);
    expect(check.flags.map((f: { field: string; kind: string }) => `${f.field}:${f.kind}`)).toEqual([
      'statement:person',
      'statement:organisation',
      'statement:address',
      'translations.en:phone',
      'translations.en:email',
    ]);

    const refused = await researcher.post(`/api/findings/${id}/publish`, {});
    expect(refused.statusCode).toBe(409);
    expect(Object.keys(refused.json().fields)).toEqual(['overrideReason']);
    const tooShort = await researcher.post(`/api/findings/${id}/publish`, { overrideReason: 'ok' });
    expect(tooShort.statusCode).toBe(400);
    expect(Object.keys(tooShort.json().fields)).toEqual(['overrideReason']);
    expect((await rowOf(id)).status).toBe('draft');

    const reason = 'De contactpersoon gaf schriftelijk toestemming om genoemd te worden.';
    expect(
      (await researcher.post(`/api/findings/${id}/publish`, { overrideReason: reason })).statusCode,
    ).toBe(200);
    const [entry] = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'finding.publish'), eq(schema.auditLog.targetId, id)));
    expect(entry.scope).toBe('bureau');
    expect(entry.details).toMatchObject({ overrideReason: reason, k: 3, sources: 3 });
  });

  it('hides breakdown cells with fewer than k sources', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 5);
    const ids = sources.map((s) => s.id);
    const created = await researcher.post('/api/findings', {
      kind: 'need',
      statement: 'Een tolk moet snel beschikbaar zijn.',
      sourceIds: ids,
      breakdown: {
        dimension: 'focus',
        cells: [
          { label: 'jeugd', sourceIds: ids.slice(0, 3) },
          { label: 'armoede', sourceIds: ids.slice(3, 5) },
        ],
      },
    });
    const published = await researcher.post(`/api/findings/${created.json().id}/publish`, {});
    expect(published.json().breakdown).toEqual({
      dimension: 'focus',
      cells: [{ label: 'jeugd', sources: 3 }],
    });
  });
});

describe('[FINDINGS] confidentiality, roles and zones', () => {
  it('keeps drafts sealed in the database', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 1);
    const created = await researcher.post('/api/findings', {
      kind: 'need',
      statement: 'Geheime formulering van een behoefte',
      sourceIds: [sources[0].id],
    });
    const row = await rowOf(created.json().id);
    expect(JSON.stringify(row)).not.toContain('Geheime formulering');
    expect(JSON.stringify(row)).not.toContain(sources[0].id);
    expect(row.statement).toBeNull();
  });

  it('gives 403 to every other role on every draft endpoint, and 409 to a researcher with a locked vault', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 1);
    const created = await researcher.post('/api/findings', {
      kind: 'need',
      statement: STATEMENT,
      sourceIds: [sources[0].id],
    });
    const id = created.json().id;
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      expect((await client.get('/api/findings')).statusCode, role).toBe(403);
      expect((await client.get(`/api/findings/${id}`)).statusCode, role).toBe(403);
      expect((await client.post('/api/findings', { kind: 'need', statement: 'x' })).statusCode, role).toBe(
        403,
      );
      expect((await client.patch(`/api/findings/${id}`, { statement: 'x' })).statusCode, role).toBe(403);
      expect((await client.post(`/api/findings/${id}/check`)).statusCode, role).toBe(403);
      expect((await client.post(`/api/findings/${id}/publish`, {})).statusCode, role).toBe(403);
      expect((await client.get('/api/findings/published')).statusCode, role).toBe(200);
    }
    await researcher.post('/api/vault/lock');
    const locked = await researcher.get('/api/findings');
    expect(locked.statusCode).toBe(409);
  });

  it('validates input and names the field', async () => {
    const zone = await createZone(t.ctx);
    const { researcher } = await openBureau(t, zone.id, 0);
    const bad = await researcher.post('/api/findings', { kind: 'rumour', statement: '' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['kind', 'statement']);
    const unknown = await researcher.post('/api/findings', {
      kind: 'need',
      statement: STATEMENT,
      sourceIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields).toEqual({ sourceIds: 'unknown or withdrawn source' });
    expect((await researcher.get('/api/findings')).json().items).toEqual([]);
  });

  it('keeps every finding in its zone', async () => {
    const zoneA = await createZone(t.ctx);
    const zoneB = await createZone(t.ctx);
    const a = await openBureau(t, zoneA.id, 3);
    const b = await openBureau(t, zoneB.id, 0);
    const created = await a.researcher.post('/api/findings', {
      kind: 'need',
      statement: STATEMENT,
      sourceIds: a.sources.map((s) => s.id),
    });
    const id = created.json().id;
    expect((await b.researcher.get(`/api/findings/${id}`)).statusCode).toBe(404);
    expect((await b.researcher.patch(`/api/findings/${id}`, { statement: 'overgenomen' })).statusCode).toBe(
      404,
    );
    expect((await b.researcher.post(`/api/findings/${id}/publish`, {})).statusCode).toBe(404);
    const foreignSource = await b.researcher.post('/api/findings', {
      kind: 'need',
      statement: STATEMENT,
      sourceIds: [a.sources[0].id],
    });
    expect(foreignSource.statusCode).toBe(400);
    expect((await a.researcher.post(`/api/findings/${id}/publish`, {})).statusCode).toBe(200);
    const { client: coordinatorB } = await signIn(t, zoneB.id, 'coordinator');
    expect((await coordinatorB.get('/api/findings/published')).json().items).toEqual([]);
    expect((await coordinatorB.get(`/api/findings/published/${id}`)).statusCode).toBe(404);
    expect((await rowOf(id)).statement).toBe(STATEMENT);
    await addInterview(b.researcher, 'x');
  });
});

describe('[FINDINGS] the findings report', () => {
  it('exports published findings as PDF and as an editable Word file for every role, in the chosen language', async () => {
    const zone = await createZone(t.ctx);
    const { researcher, sources } = await openBureau(t, zone.id, 3);
    const created = await researcher.post('/api/findings', {
      kind: 'improvement_point',
      statement: 'Leg bij elke identiteitscontrole uit waarom ze gebeurt.',
      translations: { fr: 'Expliquer la raison de chaque contrôle d’identité.' },
      theme: 'Controles',
      sourceIds: sources.map((s) => s.id),
    });
    await researcher.post(`/api/findings/${created.json().id}/publish`, {});
    await researcher.post('/api/findings', {
      kind: 'need',
      statement: 'Nog een ontwerp, niet gepubliceerd.',
    });

    for (const role of ['coordinator', 'partner', 'colleague'] as const) {
      const { client } = await signIn(t, zone.id, role);
      const pdf = await client.get('/api/findings/report.pdf?lang=nl');
      expect(pdf.statusCode, role).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const { client: coordinator } = await signIn(t, zone.id, 'coordinator');
    const docx = await coordinator.get('/api/findings/report.docx?lang=fr');
    expect(docx.statusCode).toBe(200);
    const { unzipSync, strFromU8 } = await import('fflate');
    const document = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']);
    expect(document).toContain('Points d’amélioration');
    expect(document).toContain('Expliquer la raison de chaque contrôle d’identité.');
    expect(document).not.toContain('ontwerp');
    expect(document).not.toMatch(/B-0\d/);
    const bad = await coordinator.get('/api/findings/report.xlsx');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['format']);
    const audit = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'finding.report.export'), eq(schema.auditLog.zoneId, zone.id)));
    expect(audit.length).toBe(4);
  });
});
