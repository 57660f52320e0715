import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIcs } from '../../../test/calendar.ts';
import {
  buildTestApp,
  type Client,
  createZone,
  loginAs,
  type TestApp,
  waitFor,
} from '../../../test/helpers.ts';
import { registrantWhen } from './registration-mail.ts';
import { sendReminder } from './registrations.ts';
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
    // A refused registration sends nothing: no mail, no reminder.
    expect((await register(id, { name: 'Sam', contact: 'sam@example.org' })).statusCode).toBe(409);
    expect(
      await t.ctx.database.db
        .select()
        .from(schema.mailMessages)
        .where(eq(schema.mailMessages.to, 'sam@example.org')),
    ).toEqual([]);
    const { rows: reminders } = await t.ctx.database.executeSql(
      `select 1 from pgboss.job where name = 'activity-reminder'`,
      [],
    );
    expect(reminders).toEqual([]);
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

  it('gives the time in Brussels, in the registrant’s language, never in UTC', async () => {
    const id = await activity(5);
    await register(id, { name: 'Lotte', contact: 'lotte@example.org' });
    await register(id, { name: 'Hugo', contact: 'hugo@example.org', language: 'fr' });
    const [nl] = await t.ctx.database.db
      .select()
      .from(schema.mailMessages)
      .where(eq(schema.mailMessages.to, 'lotte@example.org'));
    const [fr] = await t.ctx.database.db
      .select()
      .from(schema.mailMessages)
      .where(eq(schema.mailMessages.to, 'hugo@example.org'));
    expect(nl.text).not.toContain('UTC');
    expect(nl.text).toContain('(Brusselse tijd)');
    expect(fr.text).toContain('(heure de Bruxelles)');
    // Each language's own punctuation before the personal link.
    expect(nl.text).toMatch(/\nBekijken of annuleren: /);
    expect(fr.text).toMatch(/\nConsulter ou annuler : /);
    // Summer and winter: 09:15 UTC is 11:15 in July, 10:15 UTC is 11:15 in January.
    expect(registrantWhen(new Date('2026-07-01T09:15:00Z'), 'nl')).toBe(
      'woensdag 1 juli 2026 om 11:15 (Brusselse tijd)',
    );
    expect(registrantWhen(new Date('2026-01-15T10:15:00Z'), 'en')).toContain('11:15 (Brussels time)');
  });

  it('reminds confirmed registrants only, not those on the waiting list', async () => {
    const id = await activity(1);
    await register(id, { name: 'Eerst', contact: 'eerst@example.org' });
    const waiting = (await register(id, { name: 'Wacht', contact: 'wacht@example.org' })).json();
    expect(waiting.status).toBe('waiting');
    const startsAt = (await colleague.get(`/api/activities/${id}`)).json().startsAt;
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.registrations)
      .where(eq(schema.registrations.id, waiting.id));
    const mailsTo = (to: string) =>
      t.ctx.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, to));
    const before = (await mailsTo('wacht@example.org')).length;
    await sendReminder(t.ctx, { registrationId: row.id, startsAt });
    expect(await mailsTo('wacht@example.org')).toHaveLength(before);
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

    // People who came without registering are added to the checked-in parties.
    const withWalkIns = await coordinator.put(`/api/activities/${id}/attendance`, {
      checkedInIds: [a.id],
      walkIns: 4,
    });
    expect(withWalkIns.json().attendance).toBe(7);
    // More people at the door than places: what happened is recorded (the page warns), not refused.
    const overCapacity = await coordinator.put(`/api/activities/${id}/attendance`, {
      checkedInIds: [a.id],
      walkIns: 8,
    });
    expect(overCapacity.statusCode).toBe(200);
    expect(overCapacity.json()).toMatchObject({ attendance: 11, capacity: 10 });
    const walkInsWithCount = await coordinator.put(`/api/activities/${id}/attendance`, {
      count: 3,
      walkIns: 2,
    });
    expect(walkInsWithCount.json().fields).toHaveProperty('walkIns');
    expect((await coordinator.get(`/api/activities/${id}`)).json().attendance).toBe(11);
    expect((await otherCoordinator.put(`/api/activities/${id}/attendance`, { count: 1 })).statusCode).toBe(
      404,
    );
    expect((await otherCoordinator.get(`/api/activities/${id}/registrations`)).statusCode).toBe(404);
    expect((await otherCoordinator.get(`/api/activities/${id}`)).statusCode).toBe(404);
    expect((await otherCoordinator.patch(`/api/activities/${id}`, { capacity: 50 })).statusCode).toBe(404);
  });

  it('mails a new time or place to everyone registered, with an updated .ics, and refuses bad changes', async () => {
    const id = await activity(2);
    const before = (await colleague.get(`/api/activities/${id}`)).json();
    await register(id, { name: 'Fatima', people: 2, language: 'fr', contact: 'fatima@example.org' });
    await register(id, { name: 'Wout', contact: 'wout@example.org' });
    await register(id, { name: 'Zonder mail' });
    const mailsTo = (to: string) =>
      t.ctx.database.db
        .select()
        .from(schema.mailMessages)
        .where(eq(schema.mailMessages.to, to))
        .orderBy(schema.mailMessages.createdAt);

    // Capacity below the people already confirmed is refused (they keep their promised place).
    const lower = await coordinator.patch(`/api/activities/${id}`, { capacity: 1 });
    expect(lower.statusCode).toBe(400);
    expect(lower.json().fields).toHaveProperty('capacity');
    const past = await coordinator.patch(`/api/activities/${id}`, { startsAt: hours(-2) });
    expect(past.json().fields).toHaveProperty('startsAt');
    const nowhere = await coordinator.patch(`/api/activities/${id}`, { place: null });
    expect(nowhere.json().fields).toHaveProperty('place');
    expect((await colleague.patch(`/api/activities/${id}`, { place: 'x' })).statusCode).toBe(403);
    expect((await colleague.delete(`/api/activities/${id}`)).statusCode).toBe(403);
    expect((await colleague.get(`/api/activities/${id}`)).json()).toMatchObject({
      capacity: 2,
      place: 'Buurthuis Kiel',
      startsAt: before.startsAt,
      cancelled: false,
    });
    expect(await mailsTo('fatima@example.org')).toHaveLength(1);

    // Only the languages: nobody needs a new calendar entry.
    await coordinator.patch(`/api/activities/${id}`, { languages: ['nl', 'fr'] });
    expect(await mailsTo('fatima@example.org')).toHaveLength(1);

    const later = new Date(new Date(before.startsAt).getTime() + 86_400_000);
    const moved = await coordinator.patch(`/api/activities/${id}`, {
      startsAt: later.toISOString(),
      endsAt: new Date(later.getTime() + 7_200_000).toISOString(),
      place: 'Buurthuis Noord',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ place: 'Buurthuis Noord', languages: ['nl', 'fr'] });
    const fatima = (await mailsTo('fatima@example.org')).at(-1)!;
    expect(fatima.subject).toContain('L’activité a changé');
    expect(fatima.text).toContain('Buurthuis Noord');
    const ics = fatima.attachments[0].content as string;
    expect(ics).toContain('LOCATION:Buurthuis Noord');
    expect(ics).toMatch(/SEQUENCE:[1-9]/);
    // Wout waits: he is told, without a calendar entry for a place he does not have.
    const wout = (await mailsTo('wout@example.org')).at(-1)!;
    expect(wout.subject).toContain('De activiteit is gewijzigd');
    expect(wout.attachments).toEqual([]);

    // A reminder scheduled for the old start no longer goes out.
    const [fatimaRow] = await t.ctx.database.db
      .select()
      .from(schema.registrations)
      .where(eq(schema.registrations.contact, 'fatima@example.org'));
    const count = (await mailsTo('fatima@example.org')).length;
    await sendReminder(t.ctx, { registrationId: fatimaRow.id, startsAt: before.startsAt });
    expect(await mailsTo('fatima@example.org')).toHaveLength(count);

    // Cancelling tells everyone registered and takes the event out of their calendar.
    const cancelled = await coordinator.delete(`/api/activities/${id}`);
    expect(cancelled.json().cancelled).toBe(true);
    const cancel = (await mailsTo('fatima@example.org')).at(-1)!;
    expect(cancel.subject).toContain('L’activité est annulée');
    expect(cancel.attachments[0].content).toContain('METHOD:CANCEL');
    expect(parseIcs(cancel.attachments[0].content)).toMatchObject({
      method: 'CANCEL',
      events: [
        {
          status: 'CANCELLED',
          organizer: { address: expect.any(String) },
          attendees: [{ address: 'fatima@example.org' }],
        },
      ],
    });
    expect((await mailsTo('wout@example.org')).at(-1)!.subject).toContain('De activiteit is geannuleerd');
    const page = await t.app.inject({ method: 'GET', url: `/api/public/activities/${id}` });
    expect(page.json()).toMatchObject({ open: false, cancelled: true });
    expect((await coordinator.patch(`/api/activities/${id}`, { place: 'x' })).statusCode).toBe(409);
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
