import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, waitFor } from '../../../test/helpers.ts';
import { partnerTeam } from './test-factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function contactsOf(zoneId: string) {
  return t.ctx.database.db.select().from(schema.contacts).where(eq(schema.contacts.zoneId, zoneId));
}

describe('[PARTNERS] import from a stored preview, in the background', () => {
  it('imports the rows of a preview without the file, once; a second run or another user is refused', async () => {
    const z = await partnerTeam(t);
    const file = csv('Naam;Postcode\nBuurthuis Zuid;2020\nOngeldig;abc\n');
    const preview = await z.coordinator.post('/api/partners/import', { format: 'csv', file });
    expect(preview.statusCode, preview.body).toBe(200);
    const { importId, status } = preview.json();
    expect(status).toBe('previewed');
    expect(importId).toMatch(/^[0-9a-f-]{36}$/);

    const invalid = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      importId,
      dryRun: false,
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().fields).toHaveProperty('rows.2.postcode');

    const other = await partnerTeam(t);
    const foreign = await other.coordinator.post('/api/partners/import', {
      format: 'csv',
      importId,
      skipRows: [2],
      dryRun: false,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().fields).toHaveProperty('importId');

    const done = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      importId,
      skipRows: [2],
      dryRun: false,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ written: true, status: 'done', summary: { create: 1, skip: 1 } });
    const [stored] = await t.ctx.database.db
      .select()
      .from(schema.partnerImports)
      .where(eq(schema.partnerImports.id, importId));
    expect(stored.rows).toEqual([]);

    const twice = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      importId,
      skipRows: [2],
      dryRun: false,
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().fields.importId).toContain('done');
    const none = await z.coordinator.post('/api/partners/import', { format: 'csv', dryRun: false });
    expect(none.statusCode).toBe(400);
    expect(none.json().fields).toHaveProperty('file');
  });

  it('writes a large file in the background and reports its progress to the importing user only', async () => {
    const z = await partnerTeam(t);
    const lines = ['Naam;Postcode;Contactpersoon;E-mail'];
    for (let i = 1; i <= 1200; i++)
      lines.push(`Vereniging ${i};${2000 + (i % 600)};Persoon ${i};p${i}@vzw.example.be`);
    const file = csv(`${lines.join('\n')}\n`);
    const preview = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      file,
      consentBasis: 'legitimate_interest',
    });
    const { importId } = preview.json();
    const started = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      importId,
      consentBasis: 'legitimate_interest',
      dryRun: false,
      background: true,
    });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ status: 'running', written: false });

    const seen: number[] = [];
    const final = await waitFor(async () => {
      const res = await z.coordinator.get(`/api/partners/imports/${importId}`);
      expect(res.statusCode, res.body).toBe(200);
      const p = res.json();
      seen.push(p.done);
      return p.status === 'done' ? p : undefined;
    }, 30_000);
    expect(final).toMatchObject({
      done: 2400,
      total: 2400,
      error: null,
      summary: { create: 1200, contacts: 1200 },
    });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await contactsOf(z.zone.id)).toHaveLength(1200);

    for (const role of ['admin', 'colleague', 'researcher', 'partner'] as const)
      expect((await z[role].get(`/api/partners/imports/${importId}`)).statusCode, role).toBe(403);
    const other = await partnerTeam(t);
    expect((await other.coordinator.get(`/api/partners/imports/${importId}`)).statusCode).toBe(404);
  });

  it('reports an import whose server stopped while writing as failed, not as running for ever', async () => {
    const z = await partnerTeam(t);
    const [stuck] = await t.ctx.database.db
      .insert(schema.partnerImports)
      .values({
        zoneId: z.zone.id,
        userId: z.coordinatorId,
        format: 'csv',
        rows: [['Naam'], ['Vzw']],
        status: 'running',
        done: 1,
        total: 2,
        updatedAt: new Date(Date.now() - 60 * 60 * 1000),
      })
      .returning();
    const res = await z.coordinator.get(`/api/partners/imports/${stuck.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'failed', error: expect.stringContaining('interrupted') });
  });
});

describe('[PARTNERS] an erased contact stays erased', () => {
  it('leaves the erased person out of a re-import, reporting why, and keeps only a hash of the address', async () => {
    const z = await partnerTeam(t);
    const file = csv(
      'Naam;Postcode;Contactpersoon;E-mail\nVzw Kleur;2060;Sara Peeters;Sara@Kleur.example.be\n',
    );
    const first = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      file,
      consentBasis: 'consent',
      dryRun: false,
    });
    expect(first.json().summary).toMatchObject({ create: 1, contacts: 1, erasedContacts: 0 });
    const [sara] = await contactsOf(z.zone.id);
    expect((await z.coordinator.post(`/api/partners/contacts/${sara.id}/erase`, {})).statusCode).toBe(200);

    const preview = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      file,
      consentBasis: 'consent',
    });
    expect(preview.json().rows[0]).toMatchObject({ action: 'update', contactSkipped: 'erased' });
    expect(preview.json().summary).toMatchObject({ contacts: 0, erasedContacts: 1 });
    const again = await z.coordinator.post('/api/partners/import', {
      format: 'csv',
      file,
      consentBasis: 'consent',
      dryRun: false,
    });
    expect(again.statusCode, again.body).toBe(200);
    const after = await contactsOf(z.zone.id);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: sara.id, email: null, name: 'Erased contact' });
    expect(after[0].erasedAt).not.toBeNull();

    const tombstones = await t.ctx.database.db
      .select()
      .from(schema.erasedContacts)
      .where(eq(schema.erasedContacts.zoneId, z.zone.id));
    expect(tombstones).toHaveLength(1);
    expect(tombstones[0].emailHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(tombstones)).not.toContain('kleur.example.be');

    // Another zone never erased her: its import is unaffected.
    const other = await partnerTeam(t);
    const elsewhere = await other.coordinator.post('/api/partners/import', {
      format: 'csv',
      file,
      consentBasis: 'consent',
      dryRun: false,
    });
    expect(elsewhere.json().summary).toMatchObject({ contacts: 1, erasedContacts: 0 });
  });
});
