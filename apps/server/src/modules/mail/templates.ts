import type { Language } from '@brug/domain';

export type MailContent = { subject: string; text: string };
type Template<P> = Record<Language, (p: P) => MailContent>;

const sign = {
  nl: 'Met vriendelijke groet,\nBrug',
  fr: 'Bien cordialement,\nBrug',
  en: 'Kind regards,\nBrug',
};

export const invitationMail: Template<{
  name: string;
  inviter: string;
  zone: string;
  link: string;
  days: number;
}> = {
  nl: (p) => ({
    subject: `Uitnodiging voor Brug — ${p.zone}`,
    text: `Beste ${p.name},\n\n${p.inviter} nodigt je uit voor Brug, het platform van ${p.zone} voor vertrouwen en partnerschap.\nKies je wachtwoord via deze link (${p.days} dagen geldig, één keer te gebruiken):\n\n${p.link}\n\n${sign.nl}`,
  }),
  fr: (p) => ({
    subject: `Invitation à Brug — ${p.zone}`,
    text: `Bonjour ${p.name},\n\n${p.inviter} vous invite à rejoindre Brug, la plateforme de ${p.zone} pour la confiance et le partenariat.\nChoisissez votre mot de passe via ce lien (valable ${p.days} jours, utilisable une seule fois) :\n\n${p.link}\n\n${sign.fr}`,
  }),
  en: (p) => ({
    subject: `Invitation to Brug — ${p.zone}`,
    text: `Dear ${p.name},\n\n${p.inviter} invites you to Brug, the platform of ${p.zone} for trust and partnership.\nChoose your password through this link (valid for ${p.days} days, single use):\n\n${p.link}\n\n${sign.en}`,
  }),
};

export const passwordResetMail: Template<{ name: string; link: string; hours: number }> = {
  nl: (p) => ({
    subject: 'Nieuw wachtwoord voor Brug',
    text: `Beste ${p.name},\n\nIemand vroeg een nieuw wachtwoord aan voor je Brug-account. Was jij dat, kies dan een nieuw wachtwoord via deze link (${p.hours} uur geldig):\n\n${p.link}\n\nWas jij het niet? Dan hoef je niets te doen.\n\n${sign.nl}`,
  }),
  fr: (p) => ({
    subject: 'Nouveau mot de passe pour Brug',
    text: `Bonjour ${p.name},\n\nQuelqu'un a demandé un nouveau mot de passe pour votre compte Brug. Si c'était vous, choisissez-en un nouveau via ce lien (valable ${p.hours} heures) :\n\n${p.link}\n\nSi ce n'était pas vous, vous n'avez rien à faire.\n\n${sign.fr}`,
  }),
  en: (p) => ({
    subject: 'New password for Brug',
    text: `Dear ${p.name},\n\nSomeone asked for a new password for your Brug account. If that was you, choose a new one through this link (valid for ${p.hours} hours):\n\n${p.link}\n\nIf it was not you, there is nothing to do.\n\n${sign.en}`,
  }),
};

export function render<P>(template: Template<P>, language: string, params: P): MailContent {
  const lang = (language in template ? language : 'nl') as Language;
  return template[lang](params);
}
