import type { Language } from '@brug/domain';
import { formatBrussels } from '@brug/domain';
import { brusselsDateTime } from '../mail/brussels-time.ts';

/**
 * Scheduling e-mails. They carry time and place only: never a pseudonym, a note or anything said.
 */
type When = { start: Date; where: string };
type Change = 'confirmed' | 'rescheduled' | 'cancelled' | 'reminder';

export function humanTime(at: Date, language: Language): string {
  return brusselsDateTime(at, language);
}

const SUBJECT: Record<Language, Record<Change, string>> = {
  nl: {
    confirmed: 'Bevestiging: je vertrouwelijk gesprek',
    rescheduled: 'Gewijzigd: je vertrouwelijk gesprek',
    cancelled: 'Geannuleerd: je vertrouwelijk gesprek',
    reminder: 'Herinnering: morgen je vertrouwelijk gesprek',
  },
  fr: {
    confirmed: 'Confirmation : votre entretien confidentiel',
    rescheduled: 'Modifié : votre entretien confidentiel',
    cancelled: 'Annulé : votre entretien confidentiel',
    reminder: 'Rappel : votre entretien confidentiel demain',
  },
  en: {
    confirmed: 'Confirmed: your confidential conversation',
    rescheduled: 'Changed: your confidential conversation',
    cancelled: 'Cancelled: your confidential conversation',
    reminder: 'Reminder: your confidential conversation tomorrow',
  },
};

const BODY: Record<Language, (c: Change, w: When, manage?: string) => string> = {
  nl: (c, w, manage) =>
    `${c === 'cancelled' ? 'Dit gesprek gaat niet door' : 'Je gesprek met het onafhankelijke onderzoeksbureau'}:\n${humanTime(w.start, 'nl')} (Brusselse tijd)\n${w.where}\n\nWat je zegt, hoort alleen het onderzoeksbureau. De politie krijgt nooit te weten wie wat zei.${manage ? `\n\nVerplaatsen of annuleren: ${manage}` : ''}\n\nMet vriendelijke groet,\nBrug`,
  fr: (c, w, manage) =>
    `${c === 'cancelled' ? 'Cet entretien n’aura pas lieu' : 'Votre entretien avec le bureau de recherche indépendant'} :\n${humanTime(w.start, 'fr')} (heure de Bruxelles)\n${w.where}\n\nCe que vous dites, seul le bureau de recherche l’entend. La police ne saura jamais qui a dit quoi.${manage ? `\n\nDéplacer ou annuler : ${manage}` : ''}\n\nBien cordialement,\nBrug`,
  en: (c, w, manage) =>
    `${c === 'cancelled' ? 'This conversation will not take place' : 'Your conversation with the independent research bureau'}:\n${humanTime(w.start, 'en')} (Brussels time)\n${w.where}\n\nWhat you say is heard by the research bureau only. The police never learn who said what.${manage ? `\n\nMove or cancel: ${manage}` : ''}\n\nKind regards,\nBrug`,
};

export function bookingMail(language: string, change: Change, when: When, manageLink?: string) {
  const lang = (['nl', 'fr', 'en'].includes(language) ? language : 'nl') as Language;
  return { subject: SUBJECT[lang][change], text: BODY[lang](change, when, manageLink) };
}

export const EVENT_SUMMARY: Record<Language, string> = {
  nl: 'Vertrouwelijk gesprek met het onderzoeksbureau',
  fr: 'Entretien confidentiel avec le bureau de recherche',
  en: 'Confidential conversation with the research bureau',
};

export { formatBrussels };
