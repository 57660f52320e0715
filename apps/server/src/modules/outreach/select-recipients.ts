import { schema, type Tx } from '@brug/db';
import { AppError, type Language, type SendInvitationsInput } from '@brug/domain';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';

export type RecipientStatus = 'will_send' | 'already_invited' | 'no_email';
export type Recipient = {
  organisationId: string;
  organisationName: string;
  waveId: string | null;
  contactId: string;
  contactName: string;
  email: string | null;
  language: Language;
  status: RecipientStatus;
};
type Organisation = { id: string; name: string; waveId: string | null };

/** Invitation mails exist in Dutch, French and English; other preferences get Dutch. */
export function invitationLanguage(preferred: string): Language {
  return (['nl', 'fr', 'en'] as const).find((l) => l === preferred) ?? 'nl';
}

export async function zoneContext(tx: Tx, zoneId: string) {
  const [zone] = await tx.select().from(schema.zones).where(eq(schema.zones.id, zoneId));
  const [bureau] = await tx.select().from(schema.bureaus).where(eq(schema.bureaus.zoneId, zoneId));
  return { zone, bureau };
}

export async function roundtableOf(tx: Tx, zoneId: string, id: string | null | undefined) {
  if (!id) return null;
  const [rt] = await tx
    .select()
    .from(schema.roundtables)
    .where(and(eq(schema.roundtables.id, id), eq(schema.roundtables.zoneId, zoneId)));
  return rt ?? null;
}

const refuse = (field: 'organisationIds' | 'contactIds', reason: string) =>
  AppError.validation({ [field]: reason }, `Invitations refused: ${field} ${reason}`);

/**
 * Whom a sending reaches, read only: the not-erased contacts of the chosen organisations (of the wave,
 * when one is given), narrowed to the chosen contacts, each with whether a mail would go out. The
 * sending and its preview both start here, so the preview lists exactly who the sending mails. A
 * selection naming anything unknown, of another zone or outside the wave, or a chosen contact who was
 * erased or has no e-mail address, is refused as a whole, naming the field.
 */
export async function selectRecipients(
  tx: Tx,
  zoneId: string,
  input: SendInvitationsInput & { wholeZone?: boolean },
) {
  const { bureau } = await zoneContext(tx, zoneId);
  if (input.kind === 'interview') {
    const [vault] = bureau
      ? await tx.select().from(schema.vaults).where(eq(schema.vaults.bureauId, bureau.id))
      : [];
    if (!vault) throw AppError.validation({ kind: 'the research bureau has no vault yet' });
  }
  if (input.kind === 'roundtable' && !(await roundtableOf(tx, zoneId, input.roundtableId))) {
    throw new AppError('NOT_FOUND', 'No such roundtable', { fields: { roundtableId: 'not found' } });
  }
  if (input.waveId) {
    const [wave] = await tx
      .select()
      .from(schema.waves)
      .where(and(eq(schema.waves.id, input.waveId), eq(schema.waves.zoneId, zoneId)));
    if (!wave) throw new AppError('NOT_FOUND', 'No such wave', { fields: { waveId: 'not found' } });
  }
  const chosen = input.contactIds?.length
    ? await tx
        .select()
        .from(schema.contacts)
        .where(and(eq(schema.contacts.zoneId, zoneId), inArray(schema.contacts.id, input.contactIds)))
    : null;
  if (chosen && chosen.length !== new Set(input.contactIds).size)
    throw refuse('contactIds', 'not all found in this zone');

  const o = schema.organisations;
  const orgs: Organisation[] = await tx
    .select({ id: o.id, name: o.name, waveId: o.waveId })
    .from(o)
    .where(
      and(
        eq(o.zoneId, zoneId),
        input.organisationIds?.length ? inArray(o.id, input.organisationIds) : undefined,
        input.waveId ? eq(o.waveId, input.waveId) : undefined,
        // Chosen contacts alone (no wave, no organisations) reach their own organisations.
        !input.waveId && !input.organisationIds?.length && !input.wholeZone && chosen
          ? inArray(
              o.id,
              chosen.map((c) => c.organisationId),
            )
          : undefined,
      ),
    )
    .orderBy(asc(o.name));
  if (input.organisationIds?.length && orgs.length !== new Set(input.organisationIds).size) {
    throw refuse(
      'organisationIds',
      input.waveId ? 'not all found in this zone and wave' : 'not all found in this zone',
    );
  }
  if (chosen) {
    const inScope = new Set(orgs.map((org) => org.id));
    if (chosen.some((c) => !inScope.has(c.organisationId)))
      throw refuse('contactIds', 'not all belong to the chosen organisations or wave');
    if (chosen.some((c) => c.erasedAt)) throw refuse('contactIds', 'an erased contact cannot be invited');
    if (chosen.some((c) => !c.email)) throw refuse('contactIds', 'a chosen contact has no e-mail address');
  }
  if (orgs.length === 0) return { organisations: orgs, recipients: [] as Recipient[] };

  const people = chosen
    ? chosen
    : await tx
        .select()
        .from(schema.contacts)
        .where(
          and(
            eq(schema.contacts.zoneId, zoneId),
            inArray(
              schema.contacts.organisationId,
              orgs.map((org) => org.id),
            ),
            isNull(schema.contacts.erasedAt),
          ),
        );
  const existing = await tx
    .select({ contactId: schema.invitations.contactId, roundtableId: schema.invitations.roundtableId })
    .from(schema.invitations)
    .where(and(eq(schema.invitations.zoneId, zoneId), eq(schema.invitations.kind, input.kind)));
  const already = new Set(existing.map((e) => `${e.contactId}:${e.roundtableId ?? ''}`));
  const byId = new Map(orgs.map((org) => [org.id, org]));
  const recipients: Recipient[] = people
    .map((c) => {
      const org = byId.get(c.organisationId)!;
      const status: RecipientStatus = !c.email
        ? 'no_email'
        : already.has(`${c.id}:${input.roundtableId ?? ''}`)
          ? 'already_invited'
          : 'will_send';
      return {
        organisationId: org.id,
        organisationName: org.name,
        waveId: input.waveId ?? org.waveId,
        contactId: c.id,
        contactName: c.name,
        email: c.email,
        language: invitationLanguage(c.preferredLanguage),
        status,
      };
    })
    .sort(
      (a, b) =>
        a.organisationName.localeCompare(b.organisationName) ||
        a.organisationId.localeCompare(b.organisationId) ||
        a.contactName.localeCompare(b.contactName),
    );
  return { organisations: orgs, recipients };
}
