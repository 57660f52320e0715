import { isOrganisationInvited, schema } from '@brug/db';
import { formatBrussels } from '@brug/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { asDelivered } from '../../../test/mail.ts';
import { OTHER_ROLES, signIn, zoneWithOpenVault } from '../vault/test-support.ts';
import { sendInvitationReminder } from './send-invitations.ts';
import { answerAsContact } from './test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const year = new Date().getUTCFullYear() + 1;
const tokenOf = (text: string) => /token=([\w-]+)/.exec(text)![1];

/** A zone with its bureau and vault, a wave of two organisations and their contacts. */
async function listeningZone() {
  const base = await zoneWithOpenVault(t);
  const db = t.ctx.database.db;
  const zoneId = base.zone.id;
  const [programme] = await db
    .insert(schema.programmes)
    .values({ zoneId, name: 'Brug 2027', slug: `brug-${zoneId.slice(0, 8)}` })
    .returning();
  const [wave] = await db
    .insert(schema.waves)
    .values({ zoneId, programmeId: programme.id, number: 1, name: 'Golf 1' })
    .returning();
  const [jeugd, cultuur] = await db
    .insert(schema.organisations)
    .values([
      { zoneId, name: 'Jeugdhuis De Brug', nameKey: 'jeugdhuis de brug', waveId: wave.id },
      { zoneId, name: 'Maison des Cultures', nameKey: 'maison des cultures', waveId: wave.id },
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
  const [fatima, amal, noMail] = await db
    .insert(schema.contacts)
    .values([
      contact(jeugd.id, 'Fatima El Idrissi', `fatima.${zoneId.slice(0, 8)}@jeugdhuis.example`, 'nl'),
      contact(cultuur.id, 'Amal Diallo', `amal.${zoneId.slice(0, 8)}@maison.example`, 'fr'),
      contact(cultuur.id, 'Zonder Mail', null, 'nl'),
    ])
    .returning();
  const { client: coordinator } = await signIn(t, zoneId, 'coordinator');
  const slot = await base.researcher.post('/api/slots', {
    startsAt: `${year}-03-30T10:00`,
    durationMinutes: 60,
    mode: 'place',
    location: 'Bureau Luister, Antwerpen',
  });
  return {
    ...base,
    coordinator,
    wave,
    jeugd,
    cultuur,
    fatima,
    amal,
    noMail,
    slotId: slot.json().id as string,
  };
}

async function mailsTo(email: string) {
  const rows = await t.ctx.database.db
    .select()
    .from(schema.mailMessages)
    .where(eq(schema.mailMessages.to, email));
  return asDelivered(
    t,
    rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
  );
}

describe('[OUTREACH] invitations to a confidential conversation', { timeout: 180_000 }, () => {
  it('invites the contacts of a wave in their language; the contact answers once from the public page', async () => {
    const z = await listeningZone();
    const bad = await z.coordinator.post('/api/outreach/invitations', { kind: 'interview' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['organisationIds']);
    const sent = await z.coordinator.post('/api/outreach/invitations', {
      kind: 'interview',
      waveId: z.wave.id,
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toEqual({ sent: 2, skippedWithoutEmail: 1, skippedAlreadyInvited: 0 });
    // A second sending mails no one and says why.
    expect(
      (
        await z.coordinator.post('/api/outreach/invitations', { kind: 'interview', waveId: z.wave.id })
      ).json(),
    ).toEqual({ sent: 0, skippedWithoutEmail: 1, skippedAlreadyInvited: 2 });
    expect(await isOrganisationInvited(t.ctx.database.db, z.zone.id, z.cultuur.id)).toBe(true);

    const [invite] = await mailsTo(z.amal.email!);
    expect(invite.subject).toBe('Invitation à un entretien confidentiel');
    expect(invite.text).toContain('Seuls les chercheurs du bureau');
    expect(invite.text).toContain('Bureau Luister');
    const token = tokenOf(invite.text);
    expect(invite.text).toContain('lang=fr');

    const page = await t.app.inject({ method: 'GET', url: `/api/public/invitation?token=${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      kind: 'interview',
      language: 'fr',
      bureauName: 'Bureau Luister',
      sealTo: {
        bureauId: z.bureauId,
        publicKey: z.material.publicKey,
        context: expect.stringMatching(/^invitation:.+:answer$/),
      },
    });
    expect(page.json().slots.map((s: { id: string }) => s.id)).toEqual([z.slotId]);
    expect(page.body).not.toContain('Amal');

    // Consent travels sealed only: an answer without the sealed box, or with clear text in its place, is
    // refused naming the field, and the invitation stays unanswered.
    const unsealed = await t.app.inject({
      method: 'POST',
      url: '/api/public/invitation/answer',
      payload: { token, consent: true, answer: 'accept', slotId: z.slotId },
    });
    expect(unsealed.statusCode).toBe(400);
    expect(Object.keys(unsealed.json().fields)).toEqual(['sealedAnswer']);
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/public/invitation/answer',
      payload: { token, answer: 'accept', slotId: z.slotId, sealedAnswer: '{"consent":true}' },
    });
    expect(plain.statusCode).toBe(400);
    expect(Object.keys(plain.json().fields)).toEqual(['sealedAnswer']);
    const [untouched] = await t.ctx.database.db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.contactId, z.amal.id));
    expect(untouched).toMatchObject({ answeredAt: null, sealedAnswer: null });

    const yes = await answerAsContact(t, token, { answer: 'accept', slotId: z.slotId });
    expect(yes.statusCode).toBe(200);
    expect(yes.json()).toMatchObject({ status: 'accepted', bookingId: expect.any(String) });
    const confirmation = (await mailsTo(z.amal.email!)).at(-1)!;
    expect(confirmation.subject).toBe('Confirmation : votre entretien confidentiel');
    expect(confirmation.attachments[0].content).toContain('BEGIN:VCALENDAR');
    expect(confirmation.attachments[0].content).toContain(`DTSTART:${year}0330T080000Z`);

    const reused = await t.app.inject({ method: 'GET', url: `/api/public/invitation?token=${token}` });
    expect(reused.statusCode).toBe(410);
    expect(reused.json().fields).toEqual({ token: 'used', language: 'fr' });
    const forged = await t.app.inject({
      method: 'GET',
      url: `/api/public/invitation?token=${'x'.repeat(43)}`,
    });
    expect(forged.statusCode).toBe(410);
    expect(forged.json().fields).toEqual({ token: 'invalid' });

    const fatimaToken = tokenOf((await mailsTo(z.fatima.email!))[0].text);
    await t.ctx.database.db
      .update(schema.invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.invitations.contactId, z.fatima.id));
    const expired = await t.app.inject({ method: 'GET', url: `/api/public/invitation?token=${fatimaToken}` });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().fields).toEqual({ token: 'expired', language: 'nl' });
  });

  it('shows the coordinator sent, opened and answered per organisation, never the answer itself', async () => {
    const z = await listeningZone();
    await z.coordinator.post('/api/outreach/invitations', {
      kind: 'interview',
      organisationIds: [z.jeugd.id, z.cultuur.id],
    });
    const token = tokenOf((await mailsTo(z.fatima.email!))[0].text);
    const proposal = 'Liefst op woensdagavond na 19 uur in ons jeugdhuis';
    const res = await answerAsContact(t, token, { answer: 'propose', proposal });
    expect(res.statusCode).toBe(200);
    const status = await z.coordinator.get('/api/outreach/status');
    expect(status.statusCode).toBe(200);
    expect(status.json().items).toEqual([
      {
        organisationId: z.jeugd.id,
        organisationName: 'Jeugdhuis De Brug',
        sent: 1,
        opened: 1,
        accepted: 0,
        declined: 0,
        proposed: 1,
        noAnswerYet: 0,
      },
      {
        organisationId: z.cultuur.id,
        organisationName: 'Maison des Cultures',
        sent: 1,
        opened: 0,
        accepted: 0,
        declined: 0,
        proposed: 0,
        noAnswerYet: 1,
      },
    ]);
    expect(status.body).not.toContain('woensdag');
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.contactId, z.fatima.id));
    expect(row.sealedAnswer).toMatch(/^box\./);
    expect(row.sealedAnswer).not.toContain('woensdag');

    const answers = await z.researcher.get('/api/outreach/answers');
    expect(answers.statusCode).toBe(200);
    expect(answers.body).not.toContain('woensdag');
    const item = answers.json().items[0];
    expect(item).toMatchObject({ organisationName: 'Jeugdhuis De Brug', sealedAnswer: row.sealedAnswer });
    // The researcher's browser opens it with the bureau's private key.
    const opened = JSON.parse(
      await z.vault.openBox(
        item.sealedAnswer,
        `invitation:${item.invitationId}:answer`,
        z.material.sealedPrivateKey,
      ),
    );
    expect(opened).toMatchObject({ consent: true, answer: 'propose', proposal });
    expect((await z.admin.get('/api/outreach/status')).statusCode).toBe(200);
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, z.zone.id, role);
      expect((await client.get('/api/outreach/answers')).statusCode, role).toBe(403);
      if (role !== 'coordinator') {
        expect(
          (await client.post('/api/outreach/invitations', { kind: 'interview', waveId: z.wave.id }))
            .statusCode,
          role,
        ).toBe(403);
      }
      if (role === 'colleague' || role === 'partner')
        expect((await client.get('/api/outreach/status')).statusCode, role).toBe(403);
    }
    const other = await listeningZone();
    expect((await other.coordinator.get('/api/outreach/status')).json().items).toEqual([]);
    const foreign = await other.coordinator.post('/api/outreach/invitations', {
      kind: 'interview',
      organisationIds: [z.jeugd.id],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().fields).toEqual({ organisationIds: expect.any(String) });
  });

  it('moves the organisations to invited when invited and into dialogue on a yes, so waves and invitations agree', async () => {
    const z = await listeningZone();
    const db = t.ctx.database.db;
    const zoneId = z.zone.id;
    const programmeId = z.wave.programmeId;
    // A third organisation of the wave is a partner already: an invitation never moves it back.
    const [noord] = await db
      .insert(schema.organisations)
      .values({ zoneId, name: 'Buurtwerk Noord', nameKey: 'buurtwerk noord', waveId: z.wave.id })
      .returning();
    await db.insert(schema.contacts).values({
      zoneId,
      organisationId: noord.id,
      name: 'Kobe Peeters',
      email: `kobe.${zoneId.slice(0, 8)}@noord.example`,
      preferredLanguage: 'nl',
      consentBasis: 'legitimate_interest',
      consentDate: '2026-01-01',
    });
    await db
      .insert(schema.relationshipStatuses)
      .values({ zoneId, organisationId: noord.id, programmeId, status: 'partner' });
    const progress = async () => {
      const res = await z.coordinator.get(`/api/partners/waves?programmeId=${programmeId}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json()[0].progress;
    };
    const statusOf = async (organisationId: string) =>
      (
        await db
          .select()
          .from(schema.relationshipStatuses)
          .where(eq(schema.relationshipStatuses.organisationId, organisationId))
      )[0]?.status ?? null;
    expect(await progress()).toMatchObject({ organisations: 3, longlist: 2, invited: 0, partner: 1 });

    const sent = await z.coordinator.post('/api/outreach/invitations', {
      kind: 'interview',
      waveId: z.wave.id,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(await progress()).toMatchObject({ longlist: 0, invited: 2, in_dialogue: 0, partner: 1 });

    // Fatima says yes: her organisation is in dialogue; Amal says no: hers stays invited.
    const yes = tokenOf((await mailsTo(z.fatima.email!))[0].text);
    expect((await answerAsContact(t, yes, { answer: 'accept', slotId: z.slotId })).statusCode).toBe(200);
    const no = tokenOf((await mailsTo(z.amal.email!))[0].text);
    expect((await answerAsContact(t, no, { answer: 'decline' })).statusCode).toBe(200);
    const kobe = tokenOf((await mailsTo(`kobe.${zoneId.slice(0, 8)}@noord.example`))[0].text);
    expect((await answerAsContact(t, kobe, { answer: 'propose', proposal: 'Maandag' })).statusCode).toBe(200);
    expect(await statusOf(z.jeugd.id)).toBe('in_dialogue');
    expect(await statusOf(z.cultuur.id)).toBe('invited');
    expect(await statusOf(noord.id)).toBe('partner');
    expect(await progress()).toMatchObject({ longlist: 0, invited: 1, in_dialogue: 1, partner: 1 });
    const status = (await z.coordinator.get('/api/outreach/status')).json().items;
    expect(status.find((r: { organisationId: string }) => r.organisationId === z.jeugd.id)).toMatchObject({
      accepted: 1,
    });

    // The change is dated in the organisation's history like a manual one.
    const history = await db
      .select()
      .from(schema.relationshipStatusHistory)
      .where(eq(schema.relationshipStatusHistory.organisationId, z.jeugd.id));
    expect(
      history
        .sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime())
        .map((h) => [h.fromStatus, h.toStatus]),
    ).toEqual([
      [null, 'invited'],
      ['invited', 'in_dialogue'],
    ]);
    expect(
      await db
        .select()
        .from(schema.relationshipStatusHistory)
        .where(eq(schema.relationshipStatusHistory.organisationId, noord.id)),
    ).toEqual([]);
  });

  it('confirms a booking in the language the contact chose on the page', async () => {
    const z = await listeningZone();
    await z.coordinator.post('/api/outreach/invitations', {
      kind: 'interview',
      organisationIds: [z.jeugd.id],
    });
    // Fatima's registry language is Dutch; she reads the page in French and books there.
    const token = tokenOf((await mailsTo(z.fatima.email!))[0].text);
    const yes = await answerAsContact(t, token, { answer: 'accept', slotId: z.slotId, language: 'fr' });
    expect(yes.statusCode, yes.body).toBe(200);
    const confirmation = (await mailsTo(z.fatima.email!)).at(-1)!;
    expect(confirmation.text).toContain('heure de Bruxelles');
    expect(confirmation.text).toContain('/invitations/booking?lang=fr&token=');
    const bad = await answerAsContact(t, token, {
      answer: 'accept',
      slotId: z.slotId,
      language: 'de' as never,
    });
    expect(bad.json().fields).toHaveProperty('language');
  });

  it('reminds before the deadline with a fresh link, and lets the contact cancel a booked conversation', async () => {
    const z = await listeningZone();
    await z.coordinator.post('/api/outreach/invitations', {
      kind: 'interview',
      organisationIds: [z.jeugd.id],
    });
    const first = tokenOf((await mailsTo(z.fatima.email!))[0].text);
    const [inv] = await t.ctx.database.db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.contactId, z.fatima.id));
    // The deadline is the end of a Brussels day, and the mail says so.
    expect(formatBrussels(inv.expiresAt)).toMatch(/T23:59$/);
    expect((await mailsTo(z.fatima.email!))[0].text).toContain('om 23:59');
    await sendInvitationReminder(t.ctx, inv.id);
    await sendInvitationReminder(t.ctx, inv.id);
    const mails = await mailsTo(z.fatima.email!);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toMatch(/^Herinnering/);
    const fresh = tokenOf(mails[1].text);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/public/invitation?token=${first}` })).statusCode,
    ).toBe(410);
    const yes = await answerAsContact(t, fresh, { answer: 'accept', slotId: z.slotId });
    expect(yes.statusCode).toBe(200);
    const confirmation = (await mailsTo(z.fatima.email!)).at(-1)!;
    const manage = tokenOf(confirmation.text.split('Verplaatsen of annuleren:')[1]);
    const cancel = await t.app.inject({
      method: 'POST',
      url: '/api/public/booking/cancel',
      payload: { token: manage },
    });
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json()).toMatchObject({ status: 'cancelled', sequence: 1 });
    const notice = (await mailsTo(z.fatima.email!)).at(-1)!;
    expect(notice.subject).toMatch(/Geannuleerd/);
    expect(notice.attachments[0].content).toContain('METHOD:CANCEL');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/public/booking/cancel', payload: { token: manage } }))
        .statusCode,
    ).toBe(410);
  });
});
