import { schema } from '@brug/db';
import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { asDelivered } from '../../../test/mail.ts';
import { signIn, zoneWithOpenVault } from '../vault/test-support.ts';
import { PREVIEW_TOKEN } from './preview-invitations.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());
afterEach(() => vi.useRealTimers());

/**
 * A wave of three organisations: Jeugdhuis De Brug (Fatima and Jan, Dutch), Maison des Cultures (Amal,
 * French, and a contact without e-mail) and Buurtwerk Noord (Kobe, English, and an erased contact).
 */
async function waveOfThree() {
  const base = await zoneWithOpenVault(t);
  const db = t.ctx.database.db;
  const zoneId = base.zone.id;
  const tag = zoneId.slice(0, 8);
  const [programme] = await db
    .insert(schema.programmes)
    .values({ zoneId, name: 'Brug 2027', slug: `brug-${tag}` })
    .returning();
  const [wave] = await db
    .insert(schema.waves)
    .values({ zoneId, programmeId: programme.id, number: 1, name: 'Golf 1' })
    .returning();
  const [jeugd, cultuur, noord, outside] = await db
    .insert(schema.organisations)
    .values([
      { zoneId, name: 'Jeugdhuis De Brug', nameKey: 'jeugdhuis de brug', waveId: wave.id },
      { zoneId, name: 'Maison des Cultures', nameKey: 'maison des cultures', waveId: wave.id },
      { zoneId, name: 'Buurtwerk Noord', nameKey: 'buurtwerk noord', waveId: wave.id },
      { zoneId, name: 'Sportclub Zonder Golf', nameKey: 'sportclub zonder golf' },
    ])
    .returning();
  const contact = (
    organisationId: string,
    name: string,
    email: string | null,
    preferredLanguage: string,
  ) => ({
    zoneId,
    organisationId,
    name,
    email,
    preferredLanguage,
    consentBasis: 'legitimate_interest',
    consentDate: '2026-01-01',
  });
  const [fatima, jan, amal, noMail, kobe, erased, sporter] = await db
    .insert(schema.contacts)
    .values([
      contact(jeugd.id, 'Fatima El Idrissi', `fatima.${tag}@jeugdhuis.example`, 'nl'),
      contact(jeugd.id, 'Jan Peeters', `jan.${tag}@jeugdhuis.example`, 'nl'),
      contact(cultuur.id, 'Amal Diallo', `amal.${tag}@maison.example`, 'fr'),
      contact(cultuur.id, 'Zonder Mail', null, 'nl'),
      contact(noord.id, 'Kobe Smith', `kobe.${tag}@noord.example`, 'en'),
      { ...contact(noord.id, 'Gewist', null, 'nl'), erasedAt: new Date() },
      contact(outside.id, 'Sara Sport', `sara.${tag}@sport.example`, 'nl'),
    ])
    .returning();
  const { client: coordinator } = await signIn(t, zoneId, 'coordinator');
  return {
    ...base,
    zoneId,
    coordinator,
    wave,
    jeugd,
    cultuur,
    noord,
    outside,
    fatima,
    jan,
    amal,
    noMail,
    kobe,
    erased,
    sporter,
  };
}
type Zone = Awaited<ReturnType<typeof waveOfThree>>;

async function mailsTo(email: string) {
  const rows = await t.ctx.database.db
    .select()
    .from(schema.mailMessages)
    .where(eq(schema.mailMessages.to, email));
  return asDelivered(t, rows);
}

/** What a sending writes in the zone: invitations, mails, audit entries, relationship statuses. */
async function rowsOf(zoneId: string) {
  const db = t.ctx.database.db;
  const n = async (table: typeof schema.invitations | typeof schema.mailMessages | typeof schema.auditLog) =>
    (await db.select({ n: count() }).from(table).where(eq(table.zoneId, zoneId)))[0].n;
  const statuses = (
    await db
      .select({ n: count() })
      .from(schema.relationshipStatuses)
      .where(eq(schema.relationshipStatuses.zoneId, zoneId))
  )[0].n;
  return {
    invitations: await n(schema.invitations),
    mails: await n(schema.mailMessages),
    audit: await n(schema.auditLog),
    statuses,
  };
}

const withoutLink = (text: string) => text.replace(/token=[\w-]+/g, 'token=…');
const statusesOf = (body: { organisations: { contacts: { contactName: string; status: string }[] }[] }) =>
  Object.fromEntries(body.organisations.flatMap((o) => o.contacts.map((c) => [c.contactName, c.status])));

describe('[OUTREACH] choosing organisations and contacts, previewing the mail', { timeout: 180_000 }, () => {
  it('previews whom a wave reaches and the mail in each language, writing nothing; the sent mail reads the same', async () => {
    // The deadline in the mail is the end of a Brussels day: a still clock keeps preview and sending on one day.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Math.floor(Date.now() / 60_000) * 60_000 + 1_000));
    const z = await waveOfThree();
    const before = await rowsOf(z.zoneId);
    const preview = await z.coordinator.post('/api/outreach/invitations/preview', {
      kind: 'interview',
      waveId: z.wave.id,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body.organisations.map((o: { organisationName: string }) => o.organisationName)).toEqual([
      'Buurtwerk Noord',
      'Jeugdhuis De Brug',
      'Maison des Cultures',
    ]);
    // The erased contact is not listed; the one without e-mail is, with the reason.
    expect(statusesOf(body)).toEqual({
      'Kobe Smith': 'will_send',
      'Fatima El Idrissi': 'will_send',
      'Jan Peeters': 'will_send',
      'Amal Diallo': 'will_send',
      'Zonder Mail': 'no_email',
    });
    expect(body).toMatchObject({ invitations: 4, organisationsReached: 3 });
    // By default the first recipient's mail, in their language (Kobe: English), with a placeholder link.
    expect(body.mail).toMatchObject({
      contactId: z.kobe.id,
      language: 'en',
      subject: 'Invitation to a confidential conversation',
    });
    expect(body.mail.text).toContain('Dear Kobe Smith');
    expect(body.mail.text).toContain(`lang=en&token=${PREVIEW_TOKEN}`);
    expect(body.mail.html).toContain('<html lang="en"');
    expect(preview.body).not.toContain('@noord.example');

    const french = await z.coordinator.post('/api/outreach/invitations/preview', {
      kind: 'interview',
      waveId: z.wave.id,
      organisationIds: [z.jeugd.id, z.cultuur.id],
      contactIds: [z.fatima.id, z.amal.id],
      previewContactId: z.amal.id,
    });
    expect(french.statusCode, french.body).toBe(200);
    expect(french.json()).toMatchObject({ invitations: 2, organisationsReached: 2 });
    expect(statusesOf(french.json())).toEqual({
      'Fatima El Idrissi': 'will_send',
      'Amal Diallo': 'will_send',
    });
    const frenchMail = french.json().mail;
    expect(frenchMail).toMatchObject({ language: 'fr', subject: 'Invitation à un entretien confidentiel' });
    expect(frenchMail.text).toContain(`lang=fr&token=${PREVIEW_TOKEN}`);

    // Previewing wrote nothing: no invitation, no token, no mail, no audit entry, no status change.
    expect(await rowsOf(z.zoneId)).toEqual(before);
    expect(await mailsTo(z.amal.email!)).toEqual([]);

    // Sending the same selection mails only Fatima and Amal; Amal's mail is the preview but for the link.
    const sent = await z.coordinator.post('/api/outreach/invitations', {
      kind: 'interview',
      waveId: z.wave.id,
      organisationIds: [z.jeugd.id, z.cultuur.id],
      contactIds: [z.fatima.id, z.amal.id],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toEqual({ sent: 2, skippedWithoutEmail: 0, skippedAlreadyInvited: 0 });
    const [amalMail] = await mailsTo(z.amal.email!);
    expect(amalMail.subject).toBe(frenchMail.subject);
    expect(amalMail.text).not.toContain(PREVIEW_TOKEN);
    expect(withoutLink(amalMail.text)).toBe(withoutLink(frenchMail.text));
    expect(await mailsTo(z.fatima.email!)).toHaveLength(1);
    expect(await mailsTo(z.jan.email!)).toEqual([]);
    expect(await mailsTo(z.kobe.email!)).toEqual([]);
    const invited = await t.ctx.database.db
      .select({ contactId: schema.invitations.contactId })
      .from(schema.invitations)
      .where(eq(schema.invitations.zoneId, z.zoneId));
    expect(invited.map((i) => i.contactId).sort()).toEqual([z.fatima.id, z.amal.id].sort());

    // The next preview says who was invited already; chosen contacts alone (no wave) reach their organisation.
    const after = await z.coordinator.post('/api/outreach/invitations/preview', {
      kind: 'interview',
      waveId: z.wave.id,
    });
    expect(statusesOf(after.json())).toMatchObject({
      'Fatima El Idrissi': 'already_invited',
      'Amal Diallo': 'already_invited',
      'Jan Peeters': 'will_send',
    });
    expect(after.json()).toMatchObject({ invitations: 2, organisationsReached: 2 });
    const kobe = await z.coordinator.post('/api/outreach/invitations', {
      kind: 'interview',
      contactIds: [z.kobe.id],
    });
    expect(kobe.json()).toEqual({ sent: 1, skippedWithoutEmail: 0, skippedAlreadyInvited: 0 });
    expect((await mailsTo(z.kobe.email!))[0].subject).toBe('Invitation to a confidential conversation');
    // The whole wave without a selection still invites everyone not yet invited (Jan), and says whom it
    // left out: the contact without e-mail, and Fatima, Amal and Kobe, who had their invitation.
    const rest = await z.coordinator.post('/api/outreach/invitations', {
      kind: 'interview',
      waveId: z.wave.id,
    });
    expect(rest.json()).toEqual({ sent: 1, skippedWithoutEmail: 1, skippedAlreadyInvited: 3 });
  });

  it('refuses a selection with unknown, foreign, out-of-wave, erased or mail-less ids, naming the field, and sends nothing', async () => {
    const z = await waveOfThree();
    const other = await waveOfThree();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cases: [string, Record<string, unknown>, string][] = [
      ['unknown organisation', { organisationIds: [z.jeugd.id, unknown] }, 'organisationIds'],
      ['organisation of another zone', { organisationIds: [other.jeugd.id] }, 'organisationIds'],
      [
        'organisation outside the wave',
        { waveId: z.wave.id, organisationIds: [z.outside.id] },
        'organisationIds',
      ],
      ['empty choice of organisations', { waveId: z.wave.id, organisationIds: [] }, 'organisationIds'],
      ['unknown contact', { waveId: z.wave.id, contactIds: [z.fatima.id, unknown] }, 'contactIds'],
      ['contact of another zone', { waveId: z.wave.id, contactIds: [other.fatima.id] }, 'contactIds'],
      [
        'contact outside the chosen organisations',
        { organisationIds: [z.jeugd.id], contactIds: [z.amal.id] },
        'contactIds',
      ],
      ['contact outside the wave', { waveId: z.wave.id, contactIds: [z.sporter.id] }, 'contactIds'],
      ['erased contact', { waveId: z.wave.id, contactIds: [z.kobe.id, z.erased.id] }, 'contactIds'],
      ['contact without e-mail', { waveId: z.wave.id, contactIds: [z.amal.id, z.noMail.id] }, 'contactIds'],
      ['empty choice of contacts', { waveId: z.wave.id, contactIds: [] }, 'contactIds'],
      ['malformed contact id', { waveId: z.wave.id, contactIds: ['kobe'] }, 'contactIds'],
    ];
    const before = await rowsOf(z.zoneId);
    for (const [what, selection, field] of cases) {
      for (const url of ['/api/outreach/invitations', '/api/outreach/invitations/preview']) {
        const res = await z.coordinator.post(url, { kind: 'interview', ...selection });
        expect(res.statusCode, `${what} ${url}: ${res.body}`).toBe(400);
        expect(
          Object.keys(res.json().fields).map((k) => k.split('.')[0]),
          what,
        ).toEqual([field]);
      }
    }
    const wrongPreview = await z.coordinator.post('/api/outreach/invitations/preview', {
      kind: 'interview',
      organisationIds: [z.jeugd.id],
      previewContactId: z.amal.id,
    });
    expect(wrongPreview.statusCode).toBe(400);
    expect(Object.keys(wrongPreview.json().fields)).toEqual(['previewContactId']);

    // Nothing was sent for the valid part of a refused selection (Kobe, Amal, Fatima): no row, no mail.
    expect(await rowsOf(z.zoneId)).toEqual(before);
    expect(before.invitations).toBe(0);
    for (const email of [z.kobe.email!, z.amal.email!, z.fatima.email!])
      expect(await mailsTo(email)).toEqual([]);
    const foreignRows = await t.ctx.database.db
      .select({ n: count() })
      .from(schema.invitations)
      .where(inArray(schema.invitations.zoneId, [z.zoneId, other.zoneId]));
    expect(foreignRows[0].n).toBe(0);

    // Only the coordinator previews; other roles see no one's names.
    for (const role of ['admin', 'colleague', 'researcher', 'partner'] as const) {
      const { client } = await signIn(t, z.zoneId, role);
      const res = await client.post('/api/outreach/invitations/preview', {
        kind: 'interview',
        waveId: z.wave.id,
      });
      expect(res.statusCode, role).toBe(403);
      expect(res.body, role).not.toContain('Fatima');
    }
  });

  it('previews a roundtable invitation with its title, time and place, as the sending renders it', async () => {
    const z: Zone = await waveOfThree();
    const rt = await z.coordinator.post('/api/roundtables', {
      title: 'Jongeren en politie',
      startsAt: `${new Date().getUTCFullYear() + 1}-05-12T19:00:00+02:00`,
      endsAt: `${new Date().getUTCFullYear() + 1}-05-12T21:00:00+02:00`,
      place: 'Jeugdhuis De Brug, Antwerpen',
    });
    expect(rt.statusCode, rt.body).toBe(201);
    const selection = { kind: 'roundtable', roundtableId: rt.json().id, organisationIds: [z.jeugd.id] };
    const preview = await z.coordinator.post('/api/outreach/invitations/preview', selection);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().mail.subject).toBe('Uitnodiging voor de rondetafel “Jongeren en politie”');
    expect(preview.json().mail.text).toContain('Jeugdhuis De Brug, Antwerpen');
    const missing = await z.coordinator.post('/api/outreach/invitations/preview', {
      ...selection,
      roundtableId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.json().fields).toEqual({ roundtableId: expect.any(String) });
  });

  it('sends a roundtable invitation to chosen organisations and reports whom it skipped, per roundtable', async () => {
    const z: Zone = await waveOfThree();
    const year = new Date().getUTCFullYear() + 1;
    const plan = async (title: string) =>
      (
        await z.coordinator.post('/api/roundtables', {
          title,
          startsAt: `${year}-05-12T19:00:00+02:00`,
          endsAt: `${year}-05-12T21:00:00+02:00`,
          place: 'Wijkcentrum',
        })
      ).json().id as string;
    const first = await plan('Jongeren en politie');
    const second = await plan('Nachtleven');
    // An interview invitation does not count as one for a roundtable.
    await z.coordinator.post('/api/outreach/invitations', { kind: 'interview', contactIds: [z.kobe.id] });

    // An organisation outside any wave can be chosen for a roundtable.
    const sporter = await z.coordinator.post('/api/outreach/invitations', {
      kind: 'roundtable',
      roundtableId: first,
      organisationIds: [z.jeugd.id, z.outside.id],
      contactIds: [z.fatima.id, z.sporter.id],
    });
    expect(sporter.statusCode, sporter.body).toBe(201);
    expect(sporter.json()).toEqual({ sent: 2, skippedWithoutEmail: 0, skippedAlreadyInvited: 0 });

    const wave = { kind: 'roundtable', roundtableId: first, waveId: z.wave.id };
    const preview = await z.coordinator.post('/api/outreach/invitations/preview', wave);
    expect(statusesOf(preview.json())).toMatchObject({
      'Fatima El Idrissi': 'already_invited',
      'Jan Peeters': 'will_send',
      'Kobe Smith': 'will_send',
      'Zonder Mail': 'no_email',
    });
    expect(preview.json()).toMatchObject({ invitations: 3, organisationsReached: 3 });
    const rest = await z.coordinator.post('/api/outreach/invitations', wave);
    expect(rest.json()).toEqual({ sent: 3, skippedWithoutEmail: 1, skippedAlreadyInvited: 1 });
    // Sending again mails no one and says that all four with an address had their invitation.
    const again = await z.coordinator.post('/api/outreach/invitations', wave);
    expect(again.json()).toEqual({ sent: 0, skippedWithoutEmail: 1, skippedAlreadyInvited: 4 });
    // Another roundtable is another invitation.
    const other = await z.coordinator.post('/api/outreach/invitations', { ...wave, roundtableId: second });
    expect(other.json()).toEqual({ sent: 4, skippedWithoutEmail: 1, skippedAlreadyInvited: 0 });
    expect(await mailsTo(z.fatima.email!)).toHaveLength(2);
    expect(await mailsTo(z.sporter.email!)).toHaveLength(1);
  });

  it('lists every organisation of the zone for a roundtable, however many, but sends only to those named', async () => {
    const z = await waveOfThree();
    const rt = await z.coordinator.post('/api/roundtables', {
      title: 'Rondetafel jeugd',
      startsAt: `${new Date().getUTCFullYear() + 1}-03-01T19:00:00+01:00`,
      endsAt: `${new Date().getUTCFullYear() + 1}-03-01T21:00:00+01:00`,
      place: 'Stadhuis',
    });
    expect(rt.statusCode, rt.body).toBe(201);
    // 250 more organisations: more than one page of the registry (the list the form used to read).
    await t.ctx.database.db.insert(schema.organisations).values(
      Array.from({ length: 250 }, (_, i) => ({
        zoneId: z.zoneId,
        name: `Vereniging ${String(i).padStart(3, '0')}`,
        nameKey: `vereniging ${String(i).padStart(3, '0')}`,
      })),
    );
    const before = await rowsOf(z.zoneId);
    const all = await z.coordinator.post('/api/outreach/invitations/preview', {
      kind: 'roundtable',
      roundtableId: rt.json().id,
      wholeZone: true,
    });
    expect(all.statusCode, all.body).toBe(200);
    const names = all.json().organisations.map((o: { organisationName: string }) => o.organisationName);
    expect(names).toHaveLength(254);
    expect(names).toContain('Sportclub Zonder Golf');
    expect(names).toContain('Vereniging 249');
    expect(await rowsOf(z.zoneId)).toEqual(before);

    // A sending never reads "the whole zone": it names its organisations or its wave.
    const refused = await z.coordinator.post('/api/outreach/invitations', {
      kind: 'roundtable',
      roundtableId: rt.json().id,
      wholeZone: true,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual({ organisationIds: expect.any(String) });
    expect(await rowsOf(z.zoneId)).toEqual(before);
  });
});
