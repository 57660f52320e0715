import { schema } from '@brug/db';
import { ANONYMOUS_ROLE_MIN_HOLDERS } from '@brug/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  type Client,
  createUser,
  createZone,
  loginAs,
  type TestApp,
} from '../../../test/helpers.ts';

let t: TestApp;
let zoneId: string;
let coordinator: Client;
let colleague: Client;
let partner: Client;
let partnerId: string;
let researcher: Client;
let admin: Client;
let otherCoordinator: Client;

beforeAll(async () => {
  t = await buildTestApp();
  zoneId = (await createZone(t.ctx)).id;
  const otherZone = (await createZone(t.ctx)).id;
  coordinator = (await loginAs(t, zoneId, 'coordinator')).client;
  colleague = (await loginAs(t, zoneId, 'colleague', { displayName: 'Inspecteur Jansen' })).client;
  const p = await loginAs(t, zoneId, 'partner', { displayName: 'Fatima El Idrissi' });
  partner = p.client;
  partnerId = p.user.id;
  researcher = (await loginAs(t, zoneId, 'researcher')).client;
  admin = (await loginAs(t, zoneId, 'admin')).client;
  otherCoordinator = (await loginAs(t, otherZone, 'coordinator')).client;
});
afterAll(async () => t?.close());

describe('[IDEAS] the ideas box', () => {
  it('a partner submits an idea without their name: only they see it, the audit log does not name them', async () => {
    const res = await partner.post('/api/ideas', {
      title: 'Voetbaltornooi met wijkagenten',
      description: 'Jongeren en agenten in gemengde ploegen.',
      showName: false,
    });
    expect(res.statusCode).toBe(201);
    const idea = res.json();
    expect(idea).toMatchObject({ authorName: 'Fatima El Idrissi', mine: true, status: 'new' });

    const seen = (await coordinator.get(`/api/ideas/${idea.id}`)).json();
    // The zone has one partner account: "partner" would name her, so the role is left out too.
    expect(seen).toMatchObject({ authorName: null, mine: false, authorRole: null });
    expect((await partner.get(`/api/ideas/${idea.id}`)).json().authorRole).toBe('partner');
    expect(JSON.stringify((await colleague.get('/api/ideas')).json())).not.toContain('Fatima');

    // The author is stored all the same.
    const [row] = await t.ctx.database.db.select().from(schema.ideas).where(eq(schema.ideas.id, idea.id));
    expect(row.authorId).toBe(partnerId);
    const audit = (await coordinator.get('/api/audit?action=idea.submit')).json();
    const entry = audit.items.find((e: { targetId: string }) => e.targetId === idea.id);
    expect(entry).toBeTruthy();
    expect(JSON.stringify(entry)).not.toContain(partnerId);
  });

  it('shows an unnamed author’s role only once enough people hold it', async () => {
    const zone = (await createZone(t.ctx)).id;
    const boss = (await loginAs(t, zone, 'coordinator')).client;
    const first = (await loginAs(t, zone, 'colleague')).client;
    const idea = (
      await first.post('/api/ideas', { title: 'Koffie', description: 'Op de markt', showName: false })
    ).json();
    const role = async () => (await boss.get(`/api/ideas/${idea.id}`)).json().authorRole;
    const listed = async () =>
      (await boss.get('/api/ideas')).json().items.find((i: { id: string }) => i.id === idea.id).authorRole;
    expect([await role(), await listed()]).toEqual([null, null]);
    for (let i = 1; i < ANONYMOUS_ROLE_MIN_HOLDERS - 1; i++) await createUser(t.ctx, zone, 'colleague');
    expect(await role()).toBeNull();
    await createUser(t.ctx, zone, 'colleague');
    expect([await role(), await listed()]).toEqual(['colleague', 'colleague']);
    // A named idea shows its role whatever the count.
    const named = (
      await boss.post('/api/ideas', { title: 'Thee', description: 'In het park', showName: true })
    ).json();
    expect((await first.get(`/api/ideas/${named.id}`)).json().authorRole).toBe('coordinator');
  });

  it('others comment and endorse; the unnamed submitter comments without their name showing', async () => {
    const idea = (
      await partner.post('/api/ideas', {
        title: 'Open deur',
        description: 'Bezoek aan het commissariaat',
        showName: false,
      })
    ).json();
    expect((await colleague.post(`/api/ideas/${idea.id}/comments`, { text: 'Goed idee!' })).statusCode).toBe(
      201,
    );
    expect(
      (await partner.post(`/api/ideas/${idea.id}/comments`, { text: 'Graag op zaterdag' })).statusCode,
    ).toBe(201);
    const comments = (await coordinator.get(`/api/ideas/${idea.id}/comments`)).json();
    expect(comments).toMatchObject([
      { text: 'Goed idee!', authorName: 'Inspecteur Jansen', bySubmitter: false },
      { text: 'Graag op zaterdag', authorName: null, bySubmitter: true },
    ]);

    const endorsed = (await colleague.put(`/api/ideas/${idea.id}/endorsement`)).json();
    expect(endorsed).toMatchObject({ endorsements: 1, endorsedByMe: true });
    expect((await colleague.put(`/api/ideas/${idea.id}/endorsement`)).json().endorsements).toBe(1);
    expect((await partner.put(`/api/ideas/${idea.id}/endorsement`)).statusCode).toBe(409);
    expect((await colleague.delete(`/api/ideas/${idea.id}/endorsement`)).json().endorsements).toBe(0);
  });

  it('the coordinator triages; "not now" needs a reason, which the submitter sees', async () => {
    const idea = (
      await colleague.post('/api/ideas', { title: 'Koffie met de wijk', description: 'Elke maand' })
    ).json();
    expect(
      (await coordinator.post(`/api/ideas/${idea.id}/triage`, { status: 'under_consideration' })).json()
        .status,
    ).toBe('under_consideration');
    const noReason = await coordinator.post(`/api/ideas/${idea.id}/triage`, { status: 'not_now' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields).toHaveProperty('reason');
    await coordinator.post(`/api/ideas/${idea.id}/triage`, {
      status: 'not_now',
      reason: 'Eerst na de zomer',
    });
    expect((await colleague.get(`/api/ideas/${idea.id}`)).json()).toMatchObject({
      status: 'not_now',
      statusReason: 'Eerst na de zomer',
      authorName: 'Inspecteur Jansen',
    });
  });

  it('turns an idea into an initiative proposal, once', async () => {
    const idea = (
      await partner.post('/api/ideas', { title: 'Workshop rechten', description: 'Wat mag de politie?' })
    ).json();
    const res = await coordinator.post(`/api/ideas/${idea.id}/initiative`, { type: 'workshop' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      title: 'Workshop rechten',
      type: 'workshop',
      status: 'proposal',
      ideaId: idea.id,
    });
    expect((await partner.get(`/api/ideas/${idea.id}`)).json()).toMatchObject({
      status: 'turned_into_initiative',
      initiativeId: res.json().id,
    });
    const again = await coordinator.post(`/api/ideas/${idea.id}/initiative`, { type: 'workshop' });
    expect(again.statusCode).toBe(400);
    expect(again.json().fields).toHaveProperty('status');
  });
});

describe('[IDEAS] refusals', () => {
  it('gives 403 per role and leaves the idea unchanged', async () => {
    const idea = (
      await colleague.post('/api/ideas', { title: 'Buurtwandeling', description: 'Samen de wijk in' })
    ).json();
    expect((await researcher.get('/api/ideas')).statusCode).toBe(403);
    expect((await researcher.post('/api/ideas', { title: 'x', description: 'y' })).statusCode).toBe(403);
    expect((await admin.post('/api/ideas', { title: 'x', description: 'y' })).statusCode).toBe(403);
    expect((await admin.get('/api/ideas')).statusCode).toBe(200);
    for (const c of [colleague, partner, admin, researcher]) {
      expect(
        (await c.post(`/api/ideas/${idea.id}/triage`, { status: 'not_now', reason: 'nee' })).statusCode,
      ).toBe(403);
      expect((await c.post(`/api/ideas/${idea.id}/initiative`, { type: 'other' })).statusCode).toBe(403);
    }
    expect((await coordinator.get(`/api/ideas/${idea.id}`)).json().status).toBe('new');
  });

  it('names the field on bad input', async () => {
    const res = await colleague.post('/api/ideas', { title: '', description: 'x'.repeat(5000) });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toHaveProperty('title');
    expect(res.json().fields).toHaveProperty('description');
  });

  it('keeps ideas in their zone', async () => {
    const idea = (await colleague.post('/api/ideas', { title: 'Zone A', description: 'alleen hier' })).json();
    expect((await otherCoordinator.get(`/api/ideas/${idea.id}`)).statusCode).toBe(404);
    expect((await otherCoordinator.get('/api/ideas')).json().total).toBe(0);
    expect(
      (await otherCoordinator.post(`/api/ideas/${idea.id}/triage`, { status: 'not_now', reason: 'x' }))
        .statusCode,
    ).toBe(404);
    expect((await otherCoordinator.post(`/api/ideas/${idea.id}/comments`, { text: 'x' })).statusCode).toBe(
      404,
    );
    expect((await coordinator.get(`/api/ideas/${idea.id}`)).json().status).toBe('new');
  });
});
