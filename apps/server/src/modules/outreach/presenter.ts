import type { InvitationStatusView } from '@brug/domain';

/** Counts per organisation; nothing about what anyone answered beyond the status. */
export function presentStatus(r: InvitationStatusView & { proposed?: number }): InvitationStatusView {
  return {
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    sent: r.sent,
    opened: r.opened,
    accepted: r.accepted,
    declined: r.declined,
    proposed: r.proposed ?? 0,
    noAnswerYet: r.noAnswerYet,
  };
}

/** What researchers see of an answer once the vault is open (consent and a proposed time). */
export type AnswerForBureau = {
  invitationId: string;
  organisationName: string;
  contactName: string;
  status: string;
  consent: boolean | null;
  proposal: string | null;
  answeredAt: string | null;
};
