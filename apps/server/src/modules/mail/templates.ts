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

export const passwordResetMail: Template<{
  name: string;
  link: string;
  hours: number;
  askedBy: string | null;
  needsConfirmation: boolean;
}> = {
  nl: (p) => ({
    subject: 'Nieuw wachtwoord voor Brug',
    text: `Beste ${p.name},\n\n${p.askedBy ? `${p.askedBy} vroeg` : 'Iemand vroeg, zonder aangemeld te zijn,'} een nieuw wachtwoord aan voor je Brug-account. Was jij dat, kies dan een nieuw wachtwoord via deze link (${p.hours} uur geldig):\n\n${p.link}\n\n${p.needsConfirmation ? 'Omdat je lid bent van het onderzoeksbureau, geldt het nieuwe wachtwoord pas nadat een ander lid van het bureau het bevestigt in Brug.\n\n' : ''}Was jij het niet? Dan hoef je niets te doen.\n\n${sign.nl}`,
  }),
  fr: (p) => ({
    subject: 'Nouveau mot de passe pour Brug',
    text: `Bonjour ${p.name},\n\n${p.askedBy ? `${p.askedBy} a demandé` : 'Quelqu’un a demandé, sans être connecté,'} un nouveau mot de passe pour votre compte Brug. Si c'était vous, choisissez-en un nouveau via ce lien (valable ${p.hours} heures) :\n\n${p.link}\n\n${p.needsConfirmation ? 'Comme vous êtes membre du bureau de recherche, le nouveau mot de passe ne vaut qu’après confirmation par un autre membre du bureau dans Brug.\n\n' : ''}Si ce n'était pas vous, vous n'avez rien à faire.\n\n${sign.fr}`,
  }),
  en: (p) => ({
    subject: 'New password for Brug',
    text: `Dear ${p.name},\n\n${p.askedBy ? `${p.askedBy} asked` : 'Someone, not logged in, asked'} for a new password for your Brug account. If that was you, choose a new one through this link (valid for ${p.hours} hours):\n\n${p.link}\n\n${p.needsConfirmation ? 'As a member of the research bureau, your new password takes effect only after another bureau member confirms it in Brug.\n\n' : ''}If it was not you, there is nothing to do.\n\n${sign.en}`,
  }),
};

/** Sent when a password was reset, so that it never happens behind the person's back. */
export const passwordResetDoneMail: Template<{
  name: string;
  at: string;
  askedBy: string | null;
  confirmedBy: string | null;
}> = {
  nl: (p) => ({
    subject: 'Je wachtwoord voor Brug is gewijzigd',
    text: `Beste ${p.name},\n\nHet wachtwoord van je Brug-account is op ${p.at} (Brusselse tijd) opnieuw ingesteld via een herstellink. Aangevraagd door: ${p.askedBy ?? 'iemand die niet was aangemeld'}.${p.confirmedBy ? ` Bevestigd door: ${p.confirmedBy}.` : ''} Al je sessies zijn afgesloten.\n\nWas jij dit niet? Vraag dan meteen zelf een nieuw wachtwoord aan en verwittig je beheerder en het onderzoeksbureau.\n\n${sign.nl}`,
  }),
  fr: (p) => ({
    subject: 'Votre mot de passe Brug a été modifié',
    text: `Bonjour ${p.name},\n\nLe mot de passe de votre compte Brug a été réinitialisé le ${p.at} (heure de Bruxelles) via un lien de réinitialisation. Demandé par : ${p.askedBy ?? 'une personne non connectée'}.${p.confirmedBy ? ` Confirmé par : ${p.confirmedBy}.` : ''} Toutes vos sessions ont été fermées.\n\nCe n'était pas vous ? Demandez tout de suite vous-même un nouveau mot de passe et prévenez votre administrateur et le bureau de recherche.\n\n${sign.fr}`,
  }),
  en: (p) => ({
    subject: 'Your Brug password was changed',
    text: `Dear ${p.name},\n\nThe password of your Brug account was reset on ${p.at} (Brussels time) through a reset link. Asked by: ${p.askedBy ?? 'someone who was not logged in'}.${p.confirmedBy ? ` Confirmed by: ${p.confirmedBy}.` : ''} All your sessions were ended.\n\nWas this not you? Then ask for a new password yourself right away and warn your admin and the research bureau.\n\n${sign.en}`,
  }),
};

/** To the other bureau members: a researcher's reset waits for one of them to confirm it. */
export const passwordResetConfirmMail: Template<{ name: string; researcher: string; url: string }> = {
  nl: (p) => ({
    subject: 'Bevestig een nieuw wachtwoord in het onderzoeksbureau',
    text: `Beste ${p.name},\n\n${p.researcher} koos een nieuw wachtwoord via een herstellink. Het geldt pas nadat een ander lid van het bureau het bevestigt. Vraag het ${p.researcher} eerst zelf (niet via e-mail), en bevestig of weiger daarna in Brug, onder Profiel:\n\n${p.url}\n\n${sign.nl}`,
  }),
  fr: (p) => ({
    subject: 'Confirmez un nouveau mot de passe du bureau de recherche',
    text: `Bonjour ${p.name},\n\n${p.researcher} a choisi un nouveau mot de passe via un lien de réinitialisation. Il ne vaut qu’après confirmation par un autre membre du bureau. Vérifiez d’abord auprès de ${p.researcher} (pas par e-mail), puis confirmez ou refusez dans Brug, sous Profil :\n\n${p.url}\n\n${sign.fr}`,
  }),
  en: (p) => ({
    subject: 'Confirm a new password in the research bureau',
    text: `Dear ${p.name},\n\n${p.researcher} chose a new password through a reset link. It takes effect only after another bureau member confirms it. Check with ${p.researcher} first (not by e-mail), then confirm or refuse in Brug, under Profile:\n\n${p.url}\n\n${sign.en}`,
  }),
};

export function render<P>(template: Template<P>, language: string, params: P): MailContent {
  const lang = (language in template ? language : 'nl') as Language;
  return template[lang](params);
}
