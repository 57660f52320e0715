import {
  AppError,
  type InvitationPreviewView,
  invitationDeadline,
  type PreviewInvitationsInput,
} from '@brug/domain';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { mailHtml } from '../mail/html.ts';
import { selectRecipients } from './select-recipients.ts';
import { renderInvitation } from './send-invitations.ts';

/**
 * Stands where the personal link goes in a preview: visibly not a token (a real one is 43 characters
 * of base64url), so a copied preview opens the "invalid link" page, and no token row exists for it.
 */
export const PREVIEW_TOKEN = 'VOORBEELD-geen-echte-link';

/**
 * What a sending would do, without doing any of it: whom it would mail (and whom not, and why), and the
 * mail of one recipient as the sending renders it (same code, same language), with a placeholder link.
 * Only reads: no invitation, token, mail or audit row is written.
 */
export async function previewInvitations(
  ctx: AppContext,
  actor: SessionUser,
  input: PreviewInvitationsInput,
): Promise<InvitationPreviewView> {
  const { previewContactId, ...selection } = input;
  return ctx.database.db.transaction(async (tx) => {
    const { organisations, recipients } = await selectRecipients(tx, actor.zoneId, selection);
    const shown = previewContactId
      ? recipients.find((r) => r.contactId === previewContactId)
      : (recipients.find((r) => r.status === 'will_send') ?? recipients.find((r) => r.email));
    if (previewContactId && !shown)
      throw AppError.validation({ previewContactId: 'not among the recipients of this selection' });
    const sending = recipients.filter((r) => r.status === 'will_send');
    let mail: InvitationPreviewView['mail'] = null;
    if (shown) {
      const rendered = await renderInvitation(
        ctx,
        tx,
        {
          zoneId: actor.zoneId,
          contactId: shown.contactId,
          kind: input.kind,
          roundtableId: input.kind === 'roundtable' ? (input.roundtableId ?? null) : null,
          language: shown.language,
          expiresAt: invitationDeadline(new Date()),
        },
        PREVIEW_TOKEN,
        false,
      );
      mail = {
        contactId: shown.contactId,
        language: shown.language,
        subject: rendered.mail.subject,
        text: rendered.mail.text,
        html: mailHtml(rendered.mail.subject, rendered.mail.text, shown.language),
      };
    }
    return {
      organisations: organisations.map((o) => ({
        organisationId: o.id,
        organisationName: o.name,
        contacts: recipients
          .filter((r) => r.organisationId === o.id)
          .map((r) => ({
            contactId: r.contactId,
            contactName: r.contactName,
            language: r.language,
            status: r.status,
          })),
      })),
      invitations: sending.length,
      organisationsReached: new Set(sending.map((r) => r.organisationId)).size,
      mail,
    };
  });
}
