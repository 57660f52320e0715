import { schema } from '@brug/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIcs } from '../../../test/calendar.ts';
import { buildTestApp, createZone, type TestApp } from '../../../test/helpers.ts';
import { asDelivered } from '../../../test/mail.ts';
import { signIn } from '../vault/test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const year = new Date().getUTCFullYear() + 1;
const body = {
  title: 'Rondetafel jongeren Noord',
  startsAt: `${year}-05-12T19:00:00+02:00`,
  endsAt: `${year}-05-12T21:00:00+02:00`,
  place: 'Wijkcentrum Dam',
  agenda: '1. Kennismaking',
};
const past = { ...body, startsAt: '2025-05-12T19:00:00+02:00', endsAt: '2025-05-12T21:00:00+02:00' };

/** A zone with a coordinator, a colleague and three contacts: French with e-mail, English with e-mail, none. */
async function roundtableWithParticipants(rtBody = body) {
  const zone = await createZone(t.ctx);
  const db = t.ctx.database.db;
  const [org] = await db
    .insert(schema.organisations)
    .values({ zoneId: zone.id, name: 'Buurtwerk Dam', nameKey: 'buurtwerk dam' })
    .returning();
  const contact = async (name: string, email: string | null, preferredLanguage: string) =>
    (
      await db
        .insert(schema.contacts)
        .values({
          zoneId: zone.id,
          organisationId: org.id,
          name,
          email,
          preferredLanguage,
          consentBasis: 'consent',
          consentDate: '2026-01-01',
        })
        .returning()
    )[0];
  const tag = zone.id.slice(0, 8);
  const amal = await contact('Amal Diallo', `amal.${tag}@dam.example`, 'fr');
  const youssef = await contact('Youssef Amrani', `youssef.${tag}@dam.example`, 'en');
  const noMail = await contact('Zonder Mail', null, 'nl');
  const { client: coordinator } = await signIn(t, zone.id, 'coordinator');
  const { user: colleague } = await signIn(t, zone.id, 'colleague');
  const id = (await coordinator.post('/api/roundtables', rtBody)).json().id as string;
  const add = (input: { userId?: string; contactId?: string }) =>
    coordinator.post(`/api/roundtables/${id}/participants`, input);
  await add({ userId: colleague.id });
  await add({ contactId: amal.id });
  await add({ contactId: youssef.id });
  const last = await add({ contactId: noMail.id });
  const participants = last.json().participants as { id: string; name: string }[];
  const pid = (name: string) => participants.find((p) => p.name === name)!.id;
  const mailsTo = async (to: string) =>
    asDelivered(t, await db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, to)));
  const row = async () =>
    (await db.select().from(schema.roundtables).where(eq(schema.roundtables.id, id)))[0];
  return { zone, org, id, coordinator, colleague, amal, youssef, noMail, pid, mailsTo, row };
}

describe('[ROUNDTABLES] changing a roundtable and its participant list', { timeout: 180_000 }, () => {
  it('moves date and place, mails everyone still expected with an updated .ics, keeps the minutes', async () => {
    const r = await roundtableWithParticipants();
    await r.coordinator.patch(`/api/roundtables/${r.id}`, { minutes: 'Voorbereiding: zaal gereserveerd.' });
    await r.coordinator.put(`/api/roundtables/${r.id}/participants/${r.pid('Youssef Amrani')}/attendance`, {
      attendance: 'declined',
    });
    const titleOnly = await r.coordinator.patch(`/api/roundtables/${r.id}`, {
      title: 'Rondetafel jongeren Noord en Dam',
      agenda: '1. Kennismaking\n2. Controles',
    });
    expect(titleOnly.statusCode).toBe(200);
    expect(await r.mailsTo(r.amal.email!)).toHaveLength(0);

    const moved = await r.coordinator.patch(`/api/roundtables/${r.id}`, {
      startsAt: `${year}-05-19T18:30:00+02:00`,
      endsAt: `${year}-05-19T20:30:00+02:00`,
      place: 'Bibliotheek Noord',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      title: 'Rondetafel jongeren Noord en Dam',
      place: 'Bibliotheek Noord',
      startsAt: `${year}-05-19T16:30:00.000Z`,
      minutes: 'Voorbereiding: zaal gereserveerd.',
      agenda: '1. Kennismaking\n2. Controles',
    });
    const [toAmal] = await r.mailsTo(r.amal.email!);
    expect(toAmal.subject).toBe('Modifié : table ronde « Rondetafel jongeren Noord en Dam »');
    expect(toAmal.text).toContain('Bibliotheek Noord');
    const ics = toAmal.attachments[0].content;
    expect(ics).toContain(`UID:${r.id}@brug`);
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain(`DTSTART:${year}0519T163000Z`);
    expect(ics).toContain('LOCATION:Bibliotheek Noord');
    const [toColleague] = await r.mailsTo(r.colleague.email);
    expect(toColleague.subject).toBe('Gewijzigd: rondetafel “Rondetafel jongeren Noord en Dam”');
    // Youssef declined: not told. The contact without an address cannot be.
    expect(await r.mailsTo(r.youssef.email!)).toHaveLength(0);
    const [entry] = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'roundtable.update'), eq(schema.auditLog.targetId, r.id)))
      .orderBy(schema.auditLog.id)
      .offset(2);
    expect(entry.details).toEqual({ fields: ['startsAt', 'endsAt', 'place'], notified: 2 });
    expect((await r.row()).sequence).toBe(1);
  });

  it('refuses bad changes naming the field and leaves the roundtable unchanged', async () => {
    const r = await roundtableWithParticipants();
    const before = await r.row();
    const cases: [Record<string, string>, string][] = [
      [{ startsAt: `${year}-05-19T18:30:00+02:00` }, 'endsAt'],
      [{ startsAt: `${year}-05-19T18:30:00+02:00`, endsAt: `${year}-05-19T17:30:00+02:00` }, 'endsAt'],
      [{ startsAt: '2025-01-01T10:00:00+01:00', endsAt: '2025-01-01T11:00:00+01:00' }, 'startsAt'],
      [{ startsAt: '19/05 18u30', endsAt: `${year}-05-19T20:30:00+02:00` }, 'startsAt'],
      [{ place: '  ' }, 'place'],
    ];
    for (const [change, field] of cases) {
      const res = await r.coordinator.patch(`/api/roundtables/${r.id}`, change);
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      expect(Object.keys(res.json().fields), JSON.stringify(change)).toEqual([field]);
    }
    expect(await r.row()).toEqual(before);
    expect(await r.mailsTo(r.amal.email!)).toHaveLength(0);
  });

  it('after the roundtable began: refuses date, place and removals, still takes minutes', async () => {
    const r = await roundtableWithParticipants(past);
    const date = await r.coordinator.patch(`/api/roundtables/${r.id}`, {
      startsAt: `${year}-05-19T18:30:00+02:00`,
      endsAt: `${year}-05-19T20:30:00+02:00`,
    });
    expect(date.statusCode).toBe(409);
    expect(date.json().fields).toEqual({ startsAt: 'already took place' });
    const place = await r.coordinator.patch(`/api/roundtables/${r.id}`, { place: 'Elders', minutes: 'weg?' });
    expect(place.statusCode).toBe(409);
    expect(place.json().fields).toEqual({ place: 'already took place' });
    const removal = await r.coordinator.delete(
      `/api/roundtables/${r.id}/participants/${r.pid('Amal Diallo')}`,
    );
    expect(removal.statusCode).toBe(409);
    expect(removal.json().fields).toEqual({ participantId: 'already took place' });
    const after = await r.coordinator.get(`/api/roundtables/${r.id}`);
    expect(after.json()).toMatchObject({ place: 'Wijkcentrum Dam', minutes: '' });
    expect(after.json().participants).toHaveLength(4);
    const minutes = await r.coordinator.patch(`/api/roundtables/${r.id}`, {
      minutes: 'Afspraak: maandelijks overleg.',
      title: 'Rondetafel jongeren Noord (verslag)',
    });
    expect(minutes.statusCode).toBe(200);
    expect(minutes.json()).toMatchObject({
      minutes: 'Afspraak: maandelijks overleg.',
      place: 'Wijkcentrum Dam',
    });
    expect(await r.mailsTo(r.amal.email!)).toHaveLength(0);
  });

  it('removes a participant (who gets a cancelling .ics and whose open link stops) and adds them again', async () => {
    const r = await roundtableWithParticipants();
    await r.coordinator.post('/api/outreach/invitations', {
      kind: 'roundtable',
      roundtableId: r.id,
      organisationIds: [r.org.id],
    });
    const [invite] = await r.mailsTo(r.amal.email!);
    const token = /token=([\w-]+)/.exec(invite.text)![1];
    const removed = await r.coordinator.delete(
      `/api/roundtables/${r.id}/participants/${r.pid('Amal Diallo')}`,
    );
    expect(removed.statusCode).toBe(200);
    expect(removed.json().participants.map((p: { name: string }) => p.name)).not.toContain('Amal Diallo');
    const cancel = (await r.mailsTo(r.amal.email!)).find((m) => m.id !== invite.id)!;
    expect(cancel.subject).toBe('Plus attendu·e : table ronde « Rondetafel jongeren Noord »');
    expect(cancel.attachments[0].content).toContain('METHOD:CANCEL');
    expect(parseIcs(cancel.attachments[0].content)).toMatchObject({
      method: 'CANCEL',
      events: [{ organizer: { address: expect.any(String) }, attendees: [{ address: r.amal.email }] }],
    });
    const answer = await t.app.inject({
      method: 'POST',
      url: '/api/public/invitation/answer',
      payload: { token, consent: true, answer: 'accept' },
    });
    expect(answer.statusCode).toBe(410);
    expect((await r.coordinator.get(`/api/roundtables/${r.id}`)).json().participants).toHaveLength(3);
    const again = await r.coordinator.post(`/api/roundtables/${r.id}/participants`, { contactId: r.amal.id });
    expect(again.statusCode).toBe(201);
    expect(again.json().participants).toContainEqual(
      expect.objectContaining({ name: 'Amal Diallo', attendance: 'invited' }),
    );
    const unknown = await r.coordinator.delete(`/api/roundtables/${r.id}/participants/${r.zone.id}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().fields).toEqual({ participantId: 'not found' });
  });

  it('refuses changes and removals to every other role and zone, leaving rows unchanged', async () => {
    const r = await roundtableWithParticipants();
    const before = await r.row();
    const url = `/api/roundtables/${r.id}/participants/${r.pid('Amal Diallo')}`;
    const move = { startsAt: `${year}-05-19T18:30:00+02:00`, endsAt: `${year}-05-19T20:30:00+02:00` };
    for (const role of ['admin', 'colleague', 'researcher', 'partner'] as const) {
      const { client } = await signIn(t, r.zone.id, role);
      expect((await client.patch(`/api/roundtables/${r.id}`, move)).statusCode, role).toBe(403);
      expect((await client.delete(url)).statusCode, role).toBe(403);
    }
    const other = await roundtableWithParticipants();
    expect((await other.coordinator.patch(`/api/roundtables/${r.id}`, move)).statusCode).toBe(404);
    expect((await other.coordinator.delete(url)).statusCode).toBe(404);
    expect(await r.row()).toEqual(before);
    expect((await r.coordinator.get(`/api/roundtables/${r.id}`)).json().participants).toHaveLength(4);
    expect(await r.mailsTo(r.amal.email!)).toHaveLength(0);
  });
});
