import type { Language } from '@brug/domain';
import { humanTime } from '../conversations/mails.ts';

type InviteParams = {
  kind: 'interview' | 'roundtable';
  name: string;
  organisation: string;
  zone: string;
  bureau: string | null;
  link: string;
  deadline: Date;
  roundtable?: { title: string; startsAt: Date; place: string } | null;
};

const sign = {
  nl: 'Met vriendelijke groet,\nBrug',
  fr: 'Bien cordialement,\nBrug',
  en: 'Kind regards,\nBrug',
};

/**
 * The invitation, in the contact's language, saying plainly who will hear what they say. For an
 * interview: only the independent bureau; the police learn whether the organisation takes part, never
 * what was said. For a roundtable: the police sit at the table and the minutes are programme data.
 */
const INVITE: Record<Language, (p: InviteParams, reminder: boolean) => { subject: string; text: string }> = {
  nl: (p, reminder) => ({
    subject: `${reminder ? 'Herinnering: ' : ''}${p.kind === 'interview' ? 'Uitnodiging voor een vertrouwelijk gesprek' : `Uitnodiging voor de rondetafel “${p.roundtable?.title}”`}`,
    text:
      `Beste ${p.name},\n\n` +
      (p.kind === 'interview'
        ? `${p.zone} wil beter luisteren naar organisaties zoals ${p.organisation}. Daarom nodigen we je uit voor een vertrouwelijk gesprek met ${p.bureau}, een onafhankelijk onderzoeksbureau.\n\nWie hoort wat? Alleen de onderzoekers van het bureau horen en bewaren wat je zegt, versleuteld. De politie krijgt enkel te weten óf je organisatie deelneemt — nooit wie wat zei. Resultaten worden alleen anoniem gedeeld.\n\n`
        : `${p.zone} nodigt je uit aan de rondetafel “${p.roundtable?.title}” op ${p.roundtable ? humanTime(p.roundtable.startsAt, 'nl') : ''}, ${p.roundtable?.place}.\n\nWie hoort wat? Aan een rondetafel zitten politiemensen en andere partners mee aan tafel; van het gesprek wordt een verslag gemaakt voor het programmateam.\n\n`) +
      `Antwoord via je persoonlijke link (tot ${humanTime(p.deadline, 'nl')}, één keer te gebruiken; ook op je telefoon):\n${p.link}\n\n${sign.nl}`,
  }),
  fr: (p, reminder) => ({
    subject: `${reminder ? 'Rappel : ' : ''}${p.kind === 'interview' ? 'Invitation à un entretien confidentiel' : `Invitation à la table ronde « ${p.roundtable?.title} »`}`,
    text:
      `Bonjour ${p.name},\n\n` +
      (p.kind === 'interview'
        ? `${p.zone} veut mieux écouter des organisations comme ${p.organisation}. Nous vous invitons donc à un entretien confidentiel avec ${p.bureau}, un bureau de recherche indépendant.\n\nQui entend quoi ? Seuls les chercheurs du bureau entendent et conservent, chiffré, ce que vous dites. La police apprend uniquement si votre organisation participe — jamais qui a dit quoi. Les résultats ne sont partagés que de manière anonyme.\n\n`
        : `${p.zone} vous invite à la table ronde « ${p.roundtable?.title} » le ${p.roundtable ? humanTime(p.roundtable.startsAt, 'fr') : ''}, ${p.roundtable?.place}.\n\nQui entend quoi ? Des policiers et d’autres partenaires sont présents à la table ; un compte rendu est rédigé pour l’équipe du programme.\n\n`) +
      `Répondez via votre lien personnel (jusqu’au ${humanTime(p.deadline, 'fr')}, utilisable une seule fois ; aussi sur téléphone) :\n${p.link}\n\n${sign.fr}`,
  }),
  en: (p, reminder) => ({
    subject: `${reminder ? 'Reminder: ' : ''}${p.kind === 'interview' ? 'Invitation to a confidential conversation' : `Invitation to the roundtable “${p.roundtable?.title}”`}`,
    text:
      `Dear ${p.name},\n\n` +
      (p.kind === 'interview'
        ? `${p.zone} wants to listen better to organisations like ${p.organisation}. We invite you to a confidential conversation with ${p.bureau}, an independent research bureau.\n\nWho hears what? Only the bureau's researchers hear and keep, encrypted, what you say. The police learn only whether your organisation takes part — never who said what. Results are shared anonymously only.\n\n`
        : `${p.zone} invites you to the roundtable “${p.roundtable?.title}” on ${p.roundtable ? humanTime(p.roundtable.startsAt, 'en') : ''}, ${p.roundtable?.place}.\n\nWho hears what? Police staff and other partners sit at the table; minutes are kept for the programme team.\n\n`) +
      `Answer through your personal link (until ${humanTime(p.deadline, 'en')}, single use; works on a phone):\n${p.link}\n\n${sign.en}`,
  }),
};

export function invitationMail(language: string, p: InviteParams, reminder = false) {
  const lang = (['nl', 'fr', 'en'].includes(language) ? language : 'nl') as Language;
  return INVITE[lang](p, reminder);
}

const ANSWERED: Record<
  Language,
  Record<'accepted' | 'declined' | 'proposed', { subject: string; text: string }>
> = {
  nl: {
    accepted: { subject: 'Bedankt voor je antwoord', text: 'Bedankt, je neemt deel.' },
    declined: {
      subject: 'Bedankt voor je antwoord',
      text: 'Bedankt om te laten weten dat je niet deelneemt.',
    },
    proposed: {
      subject: 'Bedankt voor je voorstel',
      text: 'Bedankt. Het onderzoeksbureau neemt contact op over je voorgestelde moment.',
    },
  },
  fr: {
    accepted: { subject: 'Merci pour votre réponse', text: 'Merci, vous participez.' },
    declined: {
      subject: 'Merci pour votre réponse',
      text: 'Merci de nous avoir fait savoir que vous ne participez pas.',
    },
    proposed: {
      subject: 'Merci pour votre proposition',
      text: 'Merci. Le bureau de recherche vous contactera au sujet du moment proposé.',
    },
  },
  en: {
    accepted: { subject: 'Thank you for your answer', text: 'Thank you, you are taking part.' },
    declined: {
      subject: 'Thank you for your answer',
      text: 'Thank you for letting us know you will not take part.',
    },
    proposed: {
      subject: 'Thank you for your proposal',
      text: 'Thank you. The research bureau will contact you about the time you proposed.',
    },
  },
};

export function answeredMail(language: string, status: 'accepted' | 'declined' | 'proposed') {
  const lang = (['nl', 'fr', 'en'].includes(language) ? language : 'nl') as Language;
  const m = ANSWERED[lang][status];
  return { subject: m.subject, text: `${m.text}\n\n${sign[lang]}` };
}
