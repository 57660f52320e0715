import { schema } from '@brug/db';
import { sealForBureau } from '@brug/vault-crypto';
import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../test/helpers.ts';
import { asDelivered } from '../../../test/mail.ts';
import { signIn, zoneWithOpenVault } from '../vault/test-support.ts';

export const nextYear = new Date().getUTCFullYear() + 1;

/** The token of the first link with one in a mail's text. */
export const tokenOf = (text: string) => /token=([\w-]+)/.exec(text)![1];

/**
 * A zone with an open vault and the organisation Maison des Cultures, whose French-speaking contacts
 * (first names as given: "Amal Diallo" mails as amal.<zone>@maison.example) a coordinator has invited
 * to a confidential conversation, and two free times of the researcher: 30 March next year at the
 * bureau in Antwerp and 2 April at `secondPlace`.
 */
export async function invitedToConversation(
  t: TestApp,
  names: string[],
  secondPlace = 'Bureau Luister, Antwerpen',
) {
  const base = await zoneWithOpenVault(t);
  const db = t.ctx.database.db;
  const zoneId = base.zone.id;
  const [org] = await db
    .insert(schema.organisations)
    .values({ zoneId, name: 'Maison des Cultures', nameKey: 'maison des cultures' })
    .returning();
  const emails = names.map(
    (name) => `${name.split(' ')[0].toLowerCase()}.${zoneId.slice(0, 8)}@maison.example`,
  );
  await db.insert(schema.contacts).values(
    names.map((name, i) => ({
      zoneId,
      organisationId: org.id,
      name,
      email: emails[i],
      preferredLanguage: 'fr',
      consentBasis: 'legitimate_interest',
      consentDate: '2026-01-01',
    })),
  );
  const slot = async (startsAt: string, location: string) =>
    (
      await base.researcher.post('/api/slots', { startsAt, durationMinutes: 60, mode: 'place', location })
    ).json().id as string;
  const first = await slot(`${nextYear}-03-30T10:00`, 'Bureau Luister, Antwerpen');
  const second = await slot(`${nextYear}-04-02T14:00`, secondPlace);
  const { client: coordinator } = await signIn(t, zoneId, 'coordinator');
  await coordinator.post('/api/outreach/invitations', { kind: 'interview', organisationIds: [org.id] });
  const mails = async (email: string) =>
    asDelivered(t, await db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, email)));
  return { ...base, zoneId, org, emails, first, second, coordinator, mails };
}

/**
 * What the contact's browser does on the answer page: reads where to seal (`sealTo`), seals consent
 * and any proposal for the bureau, and posts the answer with the sealed box (never the clear text).
 */
export async function answerAsContact(
  t: TestApp,
  token: string,
  input: {
    answer: 'accept' | 'propose' | 'decline';
    slotId?: string;
    consent?: boolean;
    proposal?: string;
    language?: 'nl' | 'fr' | 'en';
  },
) {
  const page = await t.app.inject({ method: 'GET', url: `/api/public/invitation?token=${token}` });
  const sealTo = page.statusCode === 200 ? (page.json().sealTo as SealTo | null) : null;
  const content = {
    consent: input.consent ?? input.answer !== 'decline',
    answer: input.answer,
    proposal: input.proposal ?? null,
    at: new Date().toISOString(),
  };
  const sealedAnswer = sealTo
    ? await sealForBureau(sealTo.bureauId, sealTo.publicKey, JSON.stringify(content), sealTo.context)
    : undefined;
  return t.app.inject({
    method: 'POST',
    url: '/api/public/invitation/answer',
    payload: { token, answer: input.answer, slotId: input.slotId, sealedAnswer, language: input.language },
  });
}
type SealTo = { bureauId: string; publicKey: string; context: string };
