import type { Language } from '@brug/domain';
import { buildIcs, type CalendarPerson } from '../conversations/ics.ts';
import { humanTime } from '../conversations/mails.ts';

/** What participants hear of a roundtable: programme data (title, time, place), never the minutes. */
type Roundtable = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  sequence: number;
};
type Notice = 'changed' | 'removed';

const sign = {
  nl: 'Met vriendelijke groet,\nBrug',
  fr: 'Bien cordialement,\nBrug',
  en: 'Kind regards,\nBrug',
};

const TEXTS: Record<Language, (n: Notice, rt: Roundtable) => { subject: string; text: string }> = {
  nl: (n, rt) =>
    n === 'changed'
      ? {
          subject: `Gewijzigd: rondetafel “${rt.title}”`,
          text: `De rondetafel “${rt.title}” is gewijzigd. Nieuw moment en nieuwe plaats:\n${humanTime(rt.startsAt, 'nl')} (Brusselse tijd)\n${rt.place}\n\nDe bijlage werkt je agenda bij.\n\n${sign.nl}`,
        }
      : {
          subject: `Niet meer verwacht: rondetafel “${rt.title}”`,
          text: `Je staat niet meer op de deelnemerslijst van de rondetafel “${rt.title}” (${humanTime(rt.startsAt, 'nl')}). De bijlage haalt de afspraak uit je agenda.\n\n${sign.nl}`,
        },
  fr: (n, rt) =>
    n === 'changed'
      ? {
          subject: `Modifié : table ronde « ${rt.title} »`,
          text: `La table ronde « ${rt.title} » a été modifiée. Nouveau moment et nouveau lieu :\n${humanTime(rt.startsAt, 'fr')} (heure de Bruxelles)\n${rt.place}\n\nLa pièce jointe met votre agenda à jour.\n\n${sign.fr}`,
        }
      : {
          subject: `Plus attendu·e : table ronde « ${rt.title} »`,
          text: `Vous ne figurez plus parmi les participants de la table ronde « ${rt.title} » (${humanTime(rt.startsAt, 'fr')}). La pièce jointe retire le rendez-vous de votre agenda.\n\n${sign.fr}`,
        },
  en: (n, rt) =>
    n === 'changed'
      ? {
          subject: `Changed: roundtable “${rt.title}”`,
          text: `The roundtable “${rt.title}” has changed. New time and place:\n${humanTime(rt.startsAt, 'en')} (Brussels time)\n${rt.place}\n\nThe attachment updates your calendar.\n\n${sign.en}`,
        }
      : {
          subject: `No longer expected: roundtable “${rt.title}”`,
          text: `You are no longer on the participant list of the roundtable “${rt.title}” (${humanTime(rt.startsAt, 'en')}). The attachment removes it from your calendar.\n\n${sign.en}`,
        },
};

/** Who an invitation is from and for (RFC 5546 ORGANIZER and ATTENDEE). */
export type Invitee = { organizer: CalendarPerson; attendee: CalendarPerson };

/** The roundtable's calendar event: one UID per roundtable, the SEQUENCE rising with each change. */
export function roundtableIcs(rt: Roundtable, invitee: Invitee, cancelled = false) {
  return {
    filename: 'rondetafel.ics',
    contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'REQUEST'}`,
    content: buildIcs({
      uid: `${rt.id}@brug`,
      sequence: rt.sequence,
      start: rt.startsAt,
      end: rt.endsAt,
      summary: rt.title,
      description: rt.place,
      location: rt.place,
      cancelled,
      organizer: invitee.organizer,
      attendees: [invitee.attendee],
    }),
  };
}

export function roundtableNotice(language: string, notice: Notice, rt: Roundtable, invitee: Invitee) {
  const lang = (['nl', 'fr', 'en'].includes(language) ? language : 'nl') as Language;
  return { ...TEXTS[lang](notice, rt), attachments: [roundtableIcs(rt, invitee, notice === 'removed')] };
}
