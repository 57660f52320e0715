import type { Language } from '@brug/domain';
import { brusselsDateTime } from '../mail/brussels-time.ts';
import type { MailContent } from '../mail/templates.ts';

type Template<P> = Record<Language, (p: P) => MailContent>;

const sign = {
  nl: 'Met vriendelijke groet,\nDienst Diversiteit',
  fr: 'Bien cordialement,\nService Diversité',
  en: 'Kind regards,\nDiversity unit',
};

export const callMail: Template<{
  name: string;
  title: string;
  body: string;
  asked: string;
  time: string;
  link: string;
}> = {
  nl: (p) => ({
    subject: `Oproep: ${p.title}`,
    text: `Beste ${p.name},\n\n${p.body}\n\nWat we vragen: ${p.asked}\nTijd: ${p.time}\n\nStel je kandidaat via ${p.link}\n\n${sign.nl}`,
  }),
  fr: (p) => ({
    subject: `Appel : ${p.title}`,
    text: `Bonjour ${p.name},\n\n${p.body}\n\nCe que nous demandons : ${p.asked}\nTemps : ${p.time}\n\nPosez votre candidature via ${p.link}\n\n${sign.fr}`,
  }),
  en: (p) => ({
    subject: `Call: ${p.title}`,
    text: `Dear ${p.name},\n\n${p.body}\n\nWhat we ask: ${p.asked}\nTime: ${p.time}\n\nApply through ${p.link}\n\n${sign.en}`,
  }),
};

export const assignmentMail: Template<{
  name: string;
  title: string;
  when: string;
  accept: string;
  decline: string;
}> = {
  nl: (p) => ({
    subject: `Vraag: ${p.title} op ${p.when}`,
    text: `Beste ${p.name},\n\nWe zoeken collega's voor "${p.title}" op ${p.when}. Doe je mee?\n\nJa, ik doe mee: ${p.accept}\nNee, deze keer niet: ${p.decline}\n\n${sign.nl}`,
  }),
  fr: (p) => ({
    subject: `Demande : ${p.title} le ${p.when}`,
    text: `Bonjour ${p.name},\n\nNous cherchons des collègues pour « ${p.title} » le ${p.when}. Vous participez ?\n\nOui : ${p.accept}\nPas cette fois : ${p.decline}\n\n${sign.fr}`,
  }),
  en: (p) => ({
    subject: `Request: ${p.title} on ${p.when}`,
    text: `Dear ${p.name},\n\nWe are looking for colleagues for "${p.title}" on ${p.when}. Will you take part?\n\nYes: ${p.accept}\nNot this time: ${p.decline}\n\n${sign.en}`,
  }),
};

export const messageMail: Template<{ name: string; from: string; text: string; link: string }> = {
  nl: (p) => ({
    subject: 'Nieuw bericht over je vrijwilligerswerk',
    text: `Beste ${p.name},\n\n${p.from} schreef je:\n\n${p.text}\n\nJe profiel: ${p.link}\n\n${sign.nl}`,
  }),
  fr: (p) => ({
    subject: 'Nouveau message concernant votre engagement',
    text: `Bonjour ${p.name},\n\n${p.from} vous a écrit :\n\n${p.text}\n\nVotre profil : ${p.link}\n\n${sign.fr}`,
  }),
  en: (p) => ({
    subject: 'New message about your volunteering',
    text: `Dear ${p.name},\n\n${p.from} wrote to you:\n\n${p.text}\n\nYour profile: ${p.link}\n\n${sign.en}`,
  }),
};

/** The activity's date and time as the colleague reads it, in Brussels time. */
export function formatWhen(startsAt: Date, language: string): string {
  return brusselsDateTime(startsAt, language);
}

export const cancelMail: Template<{ name: string; title: string; when: string; reason: string }> = {
  nl: (p) => ({
    subject: `Geannuleerd: ${p.title} op ${p.when}`,
    text: `Beste ${p.name},\n\nJe inzet voor "${p.title}" op ${p.when} is geannuleerd; je hoeft niet te komen.${p.reason ? `\n\nReden: ${p.reason}` : ''}\n\n${sign.nl}`,
  }),
  fr: (p) => ({
    subject: `Annulé : ${p.title} le ${p.when}`,
    text: `Bonjour ${p.name},\n\nVotre participation à « ${p.title} » le ${p.when} est annulée ; vous ne devez pas venir.${p.reason ? `\n\nRaison : ${p.reason}` : ''}\n\n${sign.fr}`,
  }),
  en: (p) => ({
    subject: `Cancelled: ${p.title} on ${p.when}`,
    text: `Dear ${p.name},\n\nYour part in "${p.title}" on ${p.when} is cancelled; you need not come.${p.reason ? `\n\nReason: ${p.reason}` : ''}\n\n${sign.en}`,
  }),
};

export const movedMail: Template<{ name: string; title: string; was: string; when: string; link: string }> = {
  nl: (p) => ({
    subject: `Verplaatst: ${p.title}, nu op ${p.when}`,
    text: `Beste ${p.name},\n\n"${p.title}" is verplaatst van ${p.was} naar ${p.when}. Je inzet blijft staan; past het niet meer, laat het de coördinator weten. Je agenda-abonnement toont het nieuwe uur vanzelf.\n\nJe inzetten: ${p.link}\n\n${sign.nl}`,
  }),
  fr: (p) => ({
    subject: `Déplacé : ${p.title}, désormais le ${p.when}`,
    text: `Bonjour ${p.name},\n\n« ${p.title} » est déplacé du ${p.was} au ${p.when}. Votre participation reste prévue ; si cela ne vous convient plus, prévenez la coordination. Votre abonnement d’agenda affiche la nouvelle heure de lui-même.\n\nVos participations : ${p.link}\n\n${sign.fr}`,
  }),
  en: (p) => ({
    subject: `Moved: ${p.title}, now on ${p.when}`,
    text: `Dear ${p.name},\n\n"${p.title}" has moved from ${p.was} to ${p.when}. Your part in it stands; if it no longer suits you, tell the coordinator. Your calendar subscription shows the new time by itself.\n\nYour assignments: ${p.link}\n\n${sign.en}`,
  }),
};
