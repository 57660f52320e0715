import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  type Client,
  createZone,
  loginAs,
  type TestApp,
  waitFor,
} from '../../../test/helpers.ts';
import { buildPublishedFinding, shiftActivityToPast } from './test-factories.ts';

let t: TestApp;
let coordinator: Client;
let colleague: Client;
let otherCoordinator: Client;
let initiativeId: string;

const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
let slot = 0;

async function activity(capacity: number, startsInHours = 72 + slot * 5) {
  slot++;
  const res = await coordinator.post(`/api/initiatives/${initiativeId}/activities`, {
    startsAt: hours(startsInHours),
    endsAt: hours(startsInHours + 2),
    place: 'Buurthuis Kiel',
    capacity,
    languages: ['nl', 'ar'],
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

const register = (id: string, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/public/activities/${id}/registrations`, payload: body });
const post = (url: string, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url, payload: body });

beforeAll(async () => {
  t = await buildTestApp();
  const zoneId = (await createZone(t.ctx)).id;
  coordinator = (await loginAs(t, zoneId, 'coordinator')).client;
  colleague = (await loginAs(t, zoneId, 'colleague')).client;
  otherCoordinator = (await loginAs(t, (await createZone(t.ctx)).id, 'coordinator')).client;
  const finding = await buildPublishedFinding(t.ctx, zoneId);
  const w = (
    await coordinator.post('/api/initiatives', {
      type: 'workshop',
      title: 'Je rechten',
      findingIds: [finding],
    })
  ).json();
  initiativeId = w.id;
  for (const to of ['proposal', 'co_design'])
    await coordinator.post(`/api/initiatives/${w.id}/transition`, { to });
});
afterAll(async () => t?.close());

describe('[INITIATIVES] public registration', () => {
  it('is not public while the initiative is still being designed', async () => {
    const id = await activity(10);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/activities/${id}` })).statusCode).toBe(404);
    expect((await register(id, { name: 'Sam' })).statusCode).toBe(409);
    await coordinator.post(`/api/initiatives/${initiativeId}/transition`, { to: 'planned' });
    const page = await t.app.inject({ method: 'GET', url: `/api/public/activities/${id}` });
    expect(page.json()).toMatchObject({
      title: 'Je rechten',
      placesLeft: 10,
      open: true,
      languages: ['nl', 'ar'],
    });
  });

  it('puts people on the waiting list when full, and moves the first up when someone cancels', async () => {
    const id = await activity(3);
    const a = (
      await register(id, { name: 'Amina', people: 2, language: 'ar', contact: 'amina@example.org' })
    ).json();
    const b = (await register(id, { name: 'Bram' })).json();
    const c = (await register(id, { name: 'Chloé', language: 'fr' })).json();
    const d = (await register(id, { name: 'Dirk' })).json();
    expect([a.status, b.status, c.status, d.status]).toEqual([
      'confirmed',
      'confirmed',
      'waiting',
      'waiting',
    ]);
    expect([c.position, d.position]).toEqual([1, 2]);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/public/activities/${id}` })).json().placesLeft,
    ).toBe(0);

    const cancelled = await post('/api/public/registrations/cancel', { token: b.token });
    expect(cancelled.json().status).toBe('cancelled');
    expect((await post('/api/public/registrations/lookup', { token: c.token })).json()).toMatchObject({
      status: 'confirmed',
      position: null,
    });
    expect((await post('/api/public/registrations/lookup', { token: d.token })).json()).toMatchObject({
      status: 'waiting',
      position: 1,
    });
    // Cancelling twice changes nothing; a waiting registrant cancelling frees no place.
    expect((await post('/api/public/registrations/cancel', { token: b.token })).json().status).toBe(
      'cancelled',
    );
    await post('/api/public/registrations/cancel', { token: d.token });
    const list = (await coordinator.get(`/api/activities/${id}/registrations`)).json();
    expect(list.map((r: { name: string; status: string }) => `${r.name}:${r.status}`)).toEqual([
      'Amina:confirmed',
      'Bram:cancelled',
      'Chloé:confirmed',
      'Dirk:cancelled',
    ]);
    const view = (await colleague.get(`/api/activities/${id}`)).json();
    expect(view).toMatchObject({ confirmedPeople: 3, waitingPeople: 0 });

    // Amina left an e-mail address: she got her confirmation in Arabic with the .ics attached.
    const mails = await t.ctx.database.db
      .select()
      .from(schema.mailMessages)
      .where(eq(schema.mailMessages.to, 'amina@example.org'));
    expect(mails[0].subject).toContain('تم تأكيد تسجيلك');
    expect(mails[0].attachments[0]).toMatchObject({ contentType: 'text/calendar' });
    expect(mails[0].attachments[0].content).toContain('BEGIN:VEVENT');
  });

  it('gives each registrant an .ics and refuses unknown links', async () => {
    const id = await activity(5);
    const r = (await register(id, { name: 'Yasmina', language: 'ar' })).json();
    const ics = await t.app.inject({
      method: 'GET',
      url: `/api/public/registrations/calendar.ics?token=${r.token}`,
    });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('SUMMARY:Je rechten');
    expect(ics.body).toContain('LOCATION:Buurthuis Kiel');
    const unknown = await t.app.inject({
      method: 'GET',
      url: `/api/public/registrations/calendar.ics?token=${'x'.repeat(43)}`,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('sends a reminder to registrants with an e-mail address', async () => {
    const id = await activity(5, 10 + slot);
    await register(id, { name: 'Reminder', contact: 'herinner@example.org', language: 'en' });
    const mail = await waitFor(async () => {
      const rows = await t.ctx.database.db
        .select()
        .from(schema.mailMessages)
        .where(eq(schema.mailMessages.to, 'herinner@example.org'));
      return rows.find((m) => m.subject.startsWith('Reminder'));
    }, 20_000);
    expect(mail.text).toContain('Je rechten');
  });

  it('names the field on bad input and stores nothing', async () => {
    const id = await activity(5);
    const res = await register(id, { name: '', people: 50, language: 'de' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual(['language', 'name', 'people']);
    expect((await coordinator.get(`/api/activities/${id}/registrations`)).json()).toEqual([]);
  });

  it('records attendance from a check-in list', async () => {
    const id = await activity(10);
    const a = (await register(id, { name: 'A', people: 3 })).json();
    await register(id, { name: 'B' });
    await shiftActivityToPast(t.ctx, id);
    const res = await coordinator.put(`/api/activities/${id}/attendance`, { checkedInIds: [a.id] });
    expect(res.json().attendance).toBe(3);
    const list = (await coordinator.get(`/api/activities/${id}/registrations`)).json();
    expect(list.map((r: { checkedIn: boolean }) => r.checkedIn)).toEqual([true, false]);
    const bad = await coordinator.put(`/api/activities/${id}/attendance`, {
      checkedInIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(bad.json().fields).toHaveProperty('checkedInIds');
    expect((await otherCoordinator.put(`/api/activities/${id}/attendance`, { count: 1 })).statusCode).toBe(
      404,
    );
    expect((await otherCoordinator.get(`/api/activities/${id}/registrations`)).statusCode).toBe(404);
    expect((await otherCoordinator.get(`/api/activities/${id}`)).statusCode).toBe(404);
    expect((await otherCoordinator.patch(`/api/activities/${id}`, { capacity: 50 })).statusCode).toBe(404);
  });

  it('never goes over capacity: 200 concurrent registrations for 50 places', async () => {
    const id = await activity(50);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => register(id, { name: `Persoon ${i}` })),
    );
    expect(results.map((r) => r.statusCode).filter((s) => s !== 201)).toEqual([]);
    const statuses = results.map((r) => r.json().status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(50);
    expect(statuses.filter((s) => s === 'waiting')).toHaveLength(150);
    const positions = results.map((r) => r.json().position).filter((p) => p !== null);
    expect(new Set(positions).size).toBe(150);
    expect((await colleague.get(`/api/activities/${id}`)).json()).toMatchObject({
      confirmedPeople: 50,
      waitingPeople: 150,
    });
  });
});
