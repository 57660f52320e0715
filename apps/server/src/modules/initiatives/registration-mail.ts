import type { PublicLanguage } from '@brug/domain';
import { brusselsDateTime } from '../mail/brussels-time.ts';
import type { MailContent } from '../mail/templates.ts';

type Params = { name: string; title: string; when: string; where: string; link: string; status: string };

const texts: Record<
  PublicLanguage,
  {
    confirmed: string;
    waiting: string;
    moved: string;
    reminder: string;
    changed: string;
    cancelled: string;
    manage: string;
    brusselsTime: string;
  }
> = {
  nl: {
    confirmed: 'Je inschrijving is bevestigd',
    waiting: 'Je staat op de wachtlijst',
    moved: 'Er kwam een plaats vrij: je inschrijving is nu bevestigd',
    reminder: 'Herinnering',
    changed: 'De activiteit is gewijzigd: nieuw tijdstip of nieuwe plaats',
    cancelled: 'De activiteit is geannuleerd',
    manage: 'Bekijken of annuleren:',
    brusselsTime: 'Brusselse tijd',
  },
  fr: {
    confirmed: 'Votre inscription est confirmée',
    waiting: "Vous êtes sur la liste d'attente",
    moved: 'Une place s’est libérée : votre inscription est confirmée',
    reminder: 'Rappel',
    changed: 'L’activité a changé : nouvel horaire ou nouveau lieu',
    cancelled: 'L’activité est annulée',
    manage: 'Consulter ou annuler :',
    brusselsTime: 'heure de Bruxelles',
  },
  en: {
    confirmed: 'Your registration is confirmed',
    waiting: 'You are on the waiting list',
    moved: 'A place became free: your registration is now confirmed',
    reminder: 'Reminder',
    changed: 'The activity has changed: new time or place',
    cancelled: 'The activity has been cancelled',
    manage: 'View or cancel:',
    brusselsTime: 'Brussels time',
  },
  ar: {
    confirmed: 'تم تأكيد تسجيلك',
    waiting: 'أنت على قائمة الانتظار',
    moved: 'أصبح هناك مكان شاغر: تم تأكيد تسجيلك الآن',
    reminder: 'تذكير',
    changed: 'تم تغيير النشاط: موعد جديد أو مكان جديد',
    cancelled: 'تم إلغاء النشاط',
    manage: 'عرض أو إلغاء:',
    brusselsTime: 'بتوقيت بروكسل',
  },
};

const languageOf = (language: string) => (language in texts ? language : 'nl') as PublicLanguage;

/** The activity's start as the registrant reads it: Brussels time, in their language, summer or winter. */
export function registrantWhen(startsAt: Date, language: string): string {
  const l = languageOf(language);
  return `${brusselsDateTime(startsAt, l)} (${texts[l].brusselsTime})`;
}

export type RegistrationMailKind = 'confirmed' | 'waiting' | 'moved' | 'reminder' | 'changed' | 'cancelled';

/**
 * The registrant's mail in their own language: confirmation, waiting list, moved up, reminder, a new time
 * or place, or the activity's cancellation.
 */
export function registrationMail(language: string, kind: RegistrationMailKind, p: Params): MailContent {
  const t = texts[languageOf(language)];
  const headline = t[kind];
  return {
    subject: `${headline} — ${p.title}`,
    text: `${p.name},\n\n${headline}.\n\n${p.title}\n${p.when}\n${p.where}\n\n${t.manage} ${p.link}\n\nBrug`,
  };
}
