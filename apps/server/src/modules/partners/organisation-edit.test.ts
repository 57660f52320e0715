import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createUser, type TestApp } from '../../../test/helpers.ts';
import { createOrganisation, partnerTeam } from './test-factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('[PARTNERS] editing an organisation', () => {
  it('offers the zone’s active coordinators and admins as owners, to coordinators only', async () => {
    const z = await partnerTeam(t);
    await createUser(t.ctx, z.zone.id, 'coordinator', { displayName: 'Nog Uitgenodigd', status: 'invited' });
    const other = await partnerTeam(t);
    const res = await z.coordinator.get('/api/partners/owners');
    expect(res.statusCode).toBe(200);
    const owners = res.json() as { id: string; name: string }[];
    expect(owners.map((o) => o.id)).toContain(z.coordinatorId);
    expect(owners).toHaveLength(2);
    expect(owners.map((o) => o.id)).not.toContain(other.coordinatorId);
    expect(owners.map((o) => o.name)).not.toContain('Nog Uitgenodigd');
    for (const role of ['admin', 'colleague', 'researcher', 'partner'] as const)
      expect((await z[role].get('/api/partners/owners')).statusCode, role).toBe(403);
  });

  it('changes every field of the organisation at once, and refuses a bad one naming it, leaving the row as it was', async () => {
    const z = await partnerTeam(t);
    const programme = (await z.coordinator.post('/api/programmes', { name: 'Traject bewerken' })).json();
    const wave = (
      await z.coordinator.post('/api/partners/waves', { programmeId: programme.id, name: 'Eerste golf' })
    ).json();
    const org = await createOrganisation(z.coordinator);
    const all = {
      name: 'Vzw Nieuwe Naam',
      kind: 'internal',
      focusAreas: ['poverty', 'cultural_identity'],
      districts: ['Deurne', 'Hoboken'],
      address: 'Kerkstraat 1',
      postcode: '2100',
      city: 'Deurne',
      website: 'https://nieuw.example.be',
      languages: ['nl', 'fr', 'ar'],
      targetGroups: ['ouders', 'nieuwkomers'],
      description: 'Nieuwe omschrijving',
      notes: 'Intern: bellen na de zomer',
      ownerId: z.coordinatorId,
      dialogue: 'existing',
      waveId: wave.id,
    };
    const res = await z.coordinator.patch(`/api/partners/organisations/${org.id}`, all);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject(all);

    const bad = await z.coordinator.patch(`/api/partners/organisations/${org.id}`, {
      ...all,
      name: 'Weer anders',
      postcode: '21000',
      website: 'geen adres',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['postcode', 'website']);
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.id, org.id));
    expect(row).toMatchObject({
      name: 'Vzw Nieuwe Naam',
      postcode: '2100',
      website: 'https://nieuw.example.be',
    });
  });
});
