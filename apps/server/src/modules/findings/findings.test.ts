import { execFileSync } from 'node:child_process';
import { schema } from '@brug/db';
import { findingContext } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { addSealedInterview } from '../conversations/test-support.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';
import { createSealedFinding, openFindingsBureau, publishBody } from './test-support.ts';

vi.setConfig({ testTimeout: 180_000 });

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const STATEMENT = 'Jongeren vragen een vaste plek om te sporten, samen met de wijkagent.';

async function rowOf(id: string) {
  const [row] = await t.ctx.database.db.select().from(schema.findings).where(eq(schema.findings.id, id));
  return row;
}

async function publishAudit(id: string) {
  return t.ctx.database.db
    .select()
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.action, 'finding.publish'), eq(schema.auditLog.targetId, id)));
}

/** The database as its operator holds it: a pg_dump, or PGlite's data folder. */
async function dumpDatabase(): Promise<string> {
  const database = t.ctx.database;
  if (database.kind === 'postgres') {
    const url = (database.pool!.options as { connectionString: string }).connectionString;
    return execFileSync('pg_dump', ['--no-owner', '--data-only', url], {
      maxBuffer: 512 * 1024 * 1024,
    }).toString('latin1');
  }
  await database.executeSql('CHECKPOINT');
  const tar = await database.pglite!.dumpDataDir('none');
  return Buffer.from(await tar.arrayBuffer()).toString('latin1');
}

describe('[FINDINGS] drafts sealed in the browser', () => {
  it('stores the draft as ciphertext and gives it back for the browser to open', async () => {
    const { researcher, vault, sources } = await openFindingsBureau(t, 1);
    const { id, res } = await createSealedFinding(researcher, vault, 'need', {
      statement: 'Geheime formulering van een behoefte',
      sourceIds: [sources[0].id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const row = await rowOf(id);
    expect(JSON.stringify(row)).not.toContain('Geheime formulering');
    expect(JSON.stringify(row)).not.toContain(sources[0].id);
    const read = await researcher.get(`/api/findings/${id}`);
    expect(read.statusCode).toBe(200);
    const opened = JSON.parse(await vault.open(read.json().sealedDraft, findingContext.draft(id)));
    expect(opened).toMatchObject({
      statement: 'Geheime formulering van een behoefte',
      sourceIds: [sources[0].id],
    });
    expect(JSON.stringify((await researcher.get('/api/findings')).json())).not.toContain('Geheime');
    // The same id twice: 409, nothing changed.
    const again = await researcher.post('/api/findings', {
      id,
      kind: 'idea',
      sealedDraft: row.sealedDraft,
    });
    expect(again.statusCode).toBe(400);
    expect(Object.keys(again.json().fields)).toEqual(['kind']);
    const dup = await researcher.post('/api/findings', { id, kind: 'need', sealedDraft: row.sealedDraft });
    expect(dup.statusCode).toBe(409);
  });

  it('gives the browser the registry names for its de-identification check, researchers only', async () => {
    const { zone, researcher } = await openFindingsBureau(t, 0);
    const [org] = await t.ctx.database.db
      .insert(schema.organisations)
      .values({ zoneId: zone.id, name: 'Jeugdhuis Kavka', nameKey: 'jeugdhuis kavka' })
      .returning();
    await t.ctx.database.db.insert(schema.contacts).values({
      zoneId: zone.id,
      organisationId: org.id,
      name: 'Fatima El Amrani',
      email: 'fatima@kavka.be',
      consentBasis: 'consent',
      consentDate: '2026-01-10',
    });
    const names = await researcher.get('/api/findings/registry-names');
    expect(names.statusCode).toBe(200);
    expect(names.json()).toEqual({
      organisations: ['Jeugdhuis Kavka'],
      people: ['Fatima El Amrani'],
      roundtables: [],
    });
    expect(names.body).not.toContain('fatima@kavka.be');
  });
});

describe('[FINDINGS] k counts real sources only (issue 13)', () => {
  it('three interviews just created (no consent, never held) do not let a finding publish at k = 3', async () => {
    const { researcher, vault } = await openFindingsBureau(t, 0);
    const empty = [];
    for (let i = 0; i < 3; i++) {
      empty.push(
        await addSealedInterview(researcher, vault, {
          held: false,
          consent: { given: false, method: 'oral', recordedAt: new Date().toISOString() },
        }),
      );
    }
    const { id, draft } = await createSealedFinding(researcher, vault, 'need', {
      statement: STATEMENT,
      sourceIds: empty.map((s) => s.id),
    });
    const count = await researcher.post(`/api/findings/${id}/sources-count`, { sourceIds: draft.sourceIds });
    expect(count.json()).toEqual({
      k: 3,
      counted: 0,
      enoughSources: false,
      refused: empty.map((s) => ({ id: s.id, pseudonym: s.pseudonym, reason: 'not-held' })),
    });
    const refused = await researcher.post(`/api/findings/${id}/publish`, publishBody(draft));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().fields).toMatchObject({
      sourceIds: 'needs at least 3 sources that count, has 0',
      [`sourceIds.${empty[0].id}`]: 'not-held',
    });
    expect(await rowOf(id)).toMatchObject({ status: 'draft', statement: null, publishedAt: null });
    expect(await publishAudit(id)).toEqual([]);

    // Held, but without consent: still not a source.
    for (const s of empty) await researcher.patch(`/api/interviews/${s.id}`, { status: 'held' });
    const noConsent = await researcher.post(`/api/findings/${id}/sources-count`, {
      sourceIds: draft.sourceIds,
    });
    expect(noConsent.json().refused.map((r: { reason: string }) => r.reason)).toEqual([
      'no-consent',
      'no-consent',
      'no-consent',
    ]);
    expect((await researcher.post(`/api/findings/${id}/publish`, publishBody(draft))).statusCode).toBe(409);
  });

  it('publishes with three interviews held with consent; a coordinator reads only the statement', async () => {
    const { zone, researcher, vault, sources } = await openFindingsBureau(t, 3);
    const { id, draft } = await createSealedFinding(researcher, vault, 'need', {
      statement: STATEMENT,
      translations: { fr: 'Les jeunes demandent un lieu fixe pour faire du sport.' },
      theme: 'Jongeren en straat',
      sourceIds: sources.map((s) => s.id),
    });
    const published = await researcher.post(`/api/findings/${id}/publish`, publishBody(draft));
    expect(published.statusCode, published.body).toBe(200);
    const { client: coordinator } = await signIn(t, zone.id, 'coordinator');
    expect((await coordinator.get('/api/published-findings')).json().items).toEqual([
      {
        id,
        kind: 'need',
        statement: STATEMENT,
        translations: { fr: 'Les jeunes demandent un lieu fixe pour faire du sport.' },
        theme: 'Jongeren en straat',
        breakdown: null,
        publishedAt: expect.any(String),
      },
    ]);
    const [entry] = await publishAudit(id);
    expect(entry.details).toEqual({ k: 3, flagged: [] });
  });

  it('obeys the zone k, never below 2, and stops counting a withdrawn interview', async () => {
    const { zone, researcher, vault, sources } = await openFindingsBureau(t, 2);
    await t.ctx.database.db.update(schema.zones).set({ publicationK: 1 }).where(eq(schema.zones.id, zone.id));
    const one = await createSealedFinding(researcher, vault, 'improvement_point', {
      statement: 'De klachtenprocedure moet eenvoudiger.',
      sourceIds: [sources[0].id],
    });
    expect(
      (await researcher.post(`/api/findings/${one.id}/publish`, publishBody(one.draft))).statusCode,
    ).toBe(409);
    const both = { ...one.draft, sourceIds: sources.map((s) => s.id) };
    const withdrawn = await researcher.post(`/api/interviews/${sources[1].id}/withdraw`, { confirm: true });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const refused = await researcher.post(`/api/findings/${one.id}/publish`, publishBody(both));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().fields[`sourceIds.${sources[1].id}`]).toBe('withdrawn');
    const third = await addSealedInterview(researcher, vault);
    const ok = await researcher.post(
      `/api/findings/${one.id}/publish`,
      publishBody({ ...both, sourceIds: [sources[0].id, third.id] }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('hides breakdown cells with fewer than k sources', async () => {
    const { researcher, vault, sources } = await openFindingsBureau(t, 5);
    const ids = sources.map((s) => s.id);
    const { id, draft } = await createSealedFinding(researcher, vault, 'need', {
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
    const published = await researcher.post(`/api/findings/${id}/publish`, publishBody(draft));
    expect(published.json().breakdown).toEqual({
      dimension: 'focus',
      cells: [{ label: 'jeugd', sources: 3 }],
    });
  });
});

describe('[FINDINGS] an override reason sealed for the bureau (issue 13)', () => {
  it('refuses a flagged text without a sealed reason; the reason and any count stay out of the audit row and the dump', async () => {
    const { zone, researcher, vault, sources } = await openFindingsBureau(t, 3);
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
    const { id, draft } = await createSealedFinding(researcher, vault, 'creative_idea', {
      statement: 'Jeugdhuis Kavka stelt een straatfeest voor.',
      sourceIds: sources.map((s) => s.id),
    });
    const refused = await researcher.post(`/api/findings/${id}/publish`, publishBody(draft));
    expect(refused.statusCode).toBe(409);
    expect(Object.keys(refused.json().fields)).toEqual(['sealedOverrideReason']);
    // A reason in clear is not accepted: 400 naming the field, nothing changed.
    const REASON = 'Het jeugdhuis vroeg zelf om genoemd te worden, schriftelijk bevestigd.';
    const clear = await researcher.post(
      `/api/findings/${id}/publish`,
      publishBody(draft, { sealedOverrideReason: REASON }),
    );
    expect(clear.statusCode).toBe(400);
    expect(Object.keys(clear.json().fields)).toEqual(['sealedOverrideReason']);
    expect((await rowOf(id)).status).toBe('draft');

    const sealedReason = await vault.seal(REASON, findingContext.overrideReason(id));
    const ok = await researcher.post(
      `/api/findings/${id}/publish`,
      publishBody(draft, { sealedOverrideReason: sealedReason }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    const [entry] = await publishAudit(id);
    expect(entry.scope).toBe('bureau');
    expect(entry.details).toEqual({
      k: 3,
      flagged: ['statement:organisation'],
      sealedOverrideReason: sealedReason,
    });
    expect(Object.keys(entry.details as object)).not.toContain('sources');
    // The bureau opens the reason in its browser.
    expect(await vault.open(sealedReason, findingContext.overrideReason(id))).toBe(REASON);
    const dump = await dumpDatabase();
    expect(dump).not.toContain(REASON);
    expect(dump).not.toContain('schriftelijk bevestigd');
  });
});

describe('[FINDINGS] roles and input', () => {
  it('gives 403 to every other role on every draft endpoint', async () => {
    const { zone, researcher, vault, sources } = await openFindingsBureau(t, 1);
    const { id, draft } = await createSealedFinding(researcher, vault, 'need', {
      statement: STATEMENT,
      sourceIds: [sources[0].id],
    });
    const before = await rowOf(id);
    const sealedDraft = await vault.seal('{}', findingContext.draft(crypto.randomUUID()));
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      expect((await client.get('/api/findings')).statusCode, role).toBe(403);
      expect((await client.get(`/api/findings/${id}`)).statusCode, role).toBe(403);
      expect((await client.get('/api/findings/sources')).statusCode, role).toBe(403);
      expect((await client.get('/api/findings/registry-names')).statusCode, role).toBe(403);
      expect(
        (await client.post('/api/findings', { id: crypto.randomUUID(), kind: 'need', sealedDraft }))
          .statusCode,
        role,
      ).toBe(403);
      expect((await client.patch(`/api/findings/${id}`, { sealedDraft })).statusCode, role).toBe(403);
      expect(
        (await client.post(`/api/findings/${id}/sources-count`, { sourceIds: [] })).statusCode,
        role,
      ).toBe(403);
      expect((await client.post(`/api/findings/${id}/publish`, publishBody(draft))).statusCode, role).toBe(
        403,
      );
      expect((await client.get('/api/published-findings')).statusCode, role).toBe(200);
    }
    expect(await rowOf(id)).toEqual(before);
  });

  it('validates input, names the field and changes nothing', async () => {
    const { researcher, vault, sources } = await openFindingsBureau(t, 3);
    const bad = await researcher.post('/api/findings', { id: 'x', kind: 'rumour', sealedDraft: 'plain' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['id', 'kind', 'sealedDraft']);
    const { id, draft } = await createSealedFinding(researcher, vault, 'need', {
      statement: STATEMENT,
      sourceIds: sources.map((s) => s.id),
    });
    const before = await rowOf(id);
    const patch = await researcher.patch(`/api/findings/${id}`, { sealedDraft: 'Geheime tekst' });
    expect(patch.statusCode).toBe(400);
    expect(Object.keys(patch.json().fields)).toEqual(['sealedDraft']);
    const noText = await researcher.post(
      `/api/findings/${id}/publish`,
      publishBody(draft, { statement: '' }),
    );
    expect(noText.statusCode).toBe(400);
    expect(Object.keys(noText.json().fields)).toEqual(['statement']);
    const badIds = await researcher.post(
      `/api/findings/${id}/publish`,
      publishBody(draft, { sourceIds: ['x'] }),
    );
    expect(badIds.statusCode).toBe(400);
    expect(Object.keys(badIds.json().fields)[0]).toMatch(/^sourceIds/);
    const cell = await researcher.post(
      `/api/findings/${id}/publish`,
      publishBody(draft, {
        breakdown: { dimension: 'focus', cells: [{ label: 'x', sourceIds: [crypto.randomUUID()] }] },
      }),
    );
    expect(cell.statusCode).toBe(400);
    expect(Object.keys(cell.json().fields)).toEqual(['breakdown']);
    expect(await rowOf(id)).toEqual(before);
    expect(await publishAudit(id)).toEqual([]);
  });
});
