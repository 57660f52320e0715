import { createPdf } from '../../foundation/pdf/document.ts';
import { registrantWhen } from './registration-mail.ts';

export const ACTIVITY_REPORT_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type ActivityReportLanguage = (typeof ACTIVITY_REPORT_LANGUAGES)[number];

const TEXTS = {
  nl: {
    title: 'Verslag van de activiteit',
    when: 'Wanneer',
    where: 'Waar',
    online: 'Online',
    attendance: 'Aanwezig',
    registered: 'ingeschreven',
    people: 'personen',
    whatHappened: 'Wat er gebeurde',
    lessons: 'Wat we leren',
    survey: 'Bevraging na de activiteit',
    none: '—',
  },
  fr: {
    title: 'Rapport de l’activité',
    when: 'Quand',
    where: 'Où',
    online: 'En ligne',
    attendance: 'Présents',
    registered: 'inscrits',
    people: 'personnes',
    whatHappened: 'Ce qui s’est passé',
    lessons: 'Ce que nous en retenons',
    survey: 'Enquête après l’activité',
    none: '—',
  },
  en: {
    title: 'Activity report',
    when: 'When',
    where: 'Where',
    online: 'Online',
    attendance: 'Attended',
    registered: 'registered',
    people: 'people',
    whatHappened: 'What happened',
    lessons: 'What we learn',
    survey: 'Survey after the activity',
    none: '—',
  },
} as const satisfies Record<ActivityReportLanguage, Record<string, string>>;

export type ActivityReportData = {
  initiativeTitle: string;
  startsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  attendance: number | null;
  confirmedPeople: number;
  whatHappened: string;
  lessons: string;
  surveyUrl: string | null;
};

/** The report written after an activity, as a tagged PDF in the reader's language. */
export async function activityReportPdf(
  data: ActivityReportData,
  lang: ActivityReportLanguage,
): Promise<Buffer> {
  const t = TEXTS[lang];
  const pdf = await createPdf({ title: `${t.title} — ${data.initiativeTitle}`, lang });
  pdf.heading(1, data.initiativeTitle);
  pdf.paragraph(t.title, { size: 13, color: '#444' });
  const label = (name: string, value: string) =>
    pdf.paragraph([{ text: `${name}: `, bold: true }, { text: value }], { before: 0.2 });
  label(t.when, registrantWhen(data.startsAt, lang));
  if (data.place) label(t.where, data.place);
  if (data.onlineUrl) label(t.online, data.onlineUrl);
  label(
    t.attendance,
    `${data.attendance ?? t.none} ${data.attendance == null ? '' : t.people} (${data.confirmedPeople} ${t.registered})`,
  );
  pdf.heading(2, t.whatHappened, { before: 1 });
  for (const part of data.whatHappened.split(/\n{2,}/)) pdf.paragraph(part, { before: 0.3 });
  if (data.lessons.trim()) {
    pdf.heading(2, t.lessons, { before: 1 });
    for (const part of data.lessons.split(/\n{2,}/)) pdf.paragraph(part, { before: 0.3 });
  }
  if (data.surveyUrl) {
    pdf.heading(2, t.survey, { before: 1 });
    pdf.paragraph(data.surveyUrl);
  }
  return pdf.end();
}
