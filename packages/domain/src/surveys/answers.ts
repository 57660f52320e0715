import { z } from 'zod';
import { FREE_TEXT_MAX_LENGTH, questionRange, type SurveyDefinition } from './definition.ts';
import { getStandardItem } from './items.ts';
import { standardise } from './scales.ts';

/** One answer per question id: a scale value, the chosen option id(s), or a short text. */
export const AnswerValue = z.union([
  z.number(),
  z.string().max(FREE_TEXT_MAX_LENGTH * 4),
  z.array(z.string().max(40)).max(20),
]);
export const SubmitAnswersInput = z.object({
  language: z.string().max(10),
  phase: z.enum(['before', 'after', 'pulse']).optional(),
  /** The district the respondent lives in, when the survey asks (optional). */
  district: z.string().trim().max(80).optional(),
  answers: z.record(z.string().max(40), AnswerValue),
  /** A single-use code handed out at the activity, or the device's own random token. */
  code: z.string().trim().max(40).optional(),
  deviceToken: z.string().max(100).optional(),
});
export type SubmitAnswersInput = z.infer<typeof SubmitAnswersInput>;

export const RESPONDENT_ERRORS = [
  'out_of_scale',
  'unknown_option',
  'too_long',
  'unknown_question',
  'empty',
  'closed',
  'not_open',
  'code_used',
  'code_required',
  'already_answered',
  'unknown_language',
  'not_found',
] as const;
export type RespondentError = (typeof RESPONDENT_ERRORS)[number];

/**
 * Messages a respondent reads in the language they chose. Arabic and Turkish ship too, as the
 * languages zones add most; any other added language falls back to English.
 */
export const RESPONDENT_MESSAGES: Record<string, Record<RespondentError, string>> = {
  nl: {
    out_of_scale: 'Kies een waarde op de schaal.',
    unknown_option: 'Kies een van de voorgestelde antwoorden.',
    too_long: `Uw antwoord is te lang (hoogstens ${FREE_TEXT_MAX_LENGTH} tekens).`,
    unknown_question: 'Deze vraag hoort niet bij deze bevraging.',
    empty: 'Beantwoord minstens één vraag.',
    closed: 'Deze bevraging is afgesloten. Er werd niets bewaard.',
    not_open: 'Deze bevraging is nog niet geopend. Er werd niets bewaard.',
    code_used: 'Deze code werd al gebruikt of bestaat niet. Er werd niets bewaard.',
    code_required: 'Vul de code in die u kreeg.',
    already_answered: 'U hebt deze bevraging al beantwoord. Dank u!',
    unknown_language: 'Deze taal is niet beschikbaar voor deze bevraging.',
    not_found: 'Deze bevraging bestaat niet (meer).',
  },
  fr: {
    out_of_scale: 'Choisissez une valeur sur l’échelle.',
    unknown_option: 'Choisissez une des réponses proposées.',
    too_long: `Votre réponse est trop longue (${FREE_TEXT_MAX_LENGTH} caractères au plus).`,
    unknown_question: 'Cette question ne fait pas partie de cette enquête.',
    empty: 'Répondez à au moins une question.',
    closed: 'Cette enquête est clôturée. Rien n’a été enregistré.',
    not_open: 'Cette enquête n’est pas encore ouverte. Rien n’a été enregistré.',
    code_used: 'Ce code a déjà été utilisé ou n’existe pas. Rien n’a été enregistré.',
    code_required: 'Saisissez le code que vous avez reçu.',
    already_answered: 'Vous avez déjà répondu à cette enquête. Merci !',
    unknown_language: 'Cette langue n’est pas disponible pour cette enquête.',
    not_found: 'Cette enquête n’existe pas (ou plus).',
  },
  en: {
    out_of_scale: 'Choose a value on the scale.',
    unknown_option: 'Choose one of the answers offered.',
    too_long: `Your answer is too long (at most ${FREE_TEXT_MAX_LENGTH} characters).`,
    unknown_question: 'This question is not part of this survey.',
    empty: 'Answer at least one question.',
    closed: 'This survey is closed. Nothing was stored.',
    not_open: 'This survey is not open yet. Nothing was stored.',
    code_used: 'This code has been used already or does not exist. Nothing was stored.',
    code_required: 'Enter the code you were given.',
    already_answered: 'You have already answered this survey. Thank you!',
    unknown_language: 'This language is not available for this survey.',
    not_found: 'This survey does not exist (any more).',
  },
  ar: {
    out_of_scale: 'اختر قيمة على المقياس.',
    unknown_option: 'اختر إحدى الإجابات المقترحة.',
    too_long: `إجابتك طويلة جدًا (${FREE_TEXT_MAX_LENGTH} حرفًا على الأكثر).`,
    unknown_question: 'هذا السؤال ليس جزءًا من هذا الاستبيان.',
    empty: 'أجب عن سؤال واحد على الأقل.',
    closed: 'هذا الاستبيان مغلق. لم يتم حفظ أي شيء.',
    not_open: 'هذا الاستبيان لم يُفتح بعد. لم يتم حفظ أي شيء.',
    code_used: 'هذا الرمز مستخدم من قبل أو غير موجود. لم يتم حفظ أي شيء.',
    code_required: 'أدخل الرمز الذي حصلت عليه.',
    already_answered: 'لقد أجبت على هذا الاستبيان من قبل. شكرًا لك!',
    unknown_language: 'هذه اللغة غير متاحة لهذا الاستبيان.',
    not_found: 'هذا الاستبيان غير موجود.',
  },
  tr: {
    out_of_scale: 'Ölçekte bir değer seçin.',
    unknown_option: 'Önerilen cevaplardan birini seçin.',
    too_long: `Cevabınız çok uzun (en fazla ${FREE_TEXT_MAX_LENGTH} karakter).`,
    unknown_question: 'Bu soru bu ankete ait değil.',
    empty: 'En az bir soruyu cevaplayın.',
    closed: 'Bu anket kapandı. Hiçbir şey kaydedilmedi.',
    not_open: 'Bu anket henüz açılmadı. Hiçbir şey kaydedilmedi.',
    code_used: 'Bu kod zaten kullanıldı veya mevcut değil. Hiçbir şey kaydedilmedi.',
    code_required: 'Size verilen kodu girin.',
    already_answered: 'Bu anketi zaten cevapladınız. Teşekkürler!',
    unknown_language: 'Bu dil bu anket için mevcut değil.',
    not_found: 'Bu anket mevcut değil.',
  },
};

export function respondentMessage(lang: string, error: RespondentError): string {
  return (RESPONDENT_MESSAGES[lang] ?? RESPONDENT_MESSAGES[lang.split('-')[0]] ?? RESPONDENT_MESSAGES.en)[
    error
  ];
}

/** A checked answer, ready to store: a numeric value, chosen options or a text. */
export type CheckedAnswer = {
  questionId: string;
  value: number | null;
  options: string[] | null;
  text: string | null;
};
export type AnswerCheck =
  | { ok: true; answers: CheckedAnswer[]; trustIndex: number | null }
  | { ok: false; errors: Record<string, RespondentError> };

/** Checks a submission against the survey; nothing partial is accepted. */
export function checkAnswers(def: SurveyDefinition, answers: Record<string, unknown>): AnswerCheck {
  const errors: Record<string, RespondentError> = {};
  const checked: CheckedAnswer[] = [];
  const trustScores: number[] = [];
  const byId = new Map(def.questions.map((q) => [q.id, q]));
  for (const id of Object.keys(answers)) if (!byId.has(id)) errors[id] = 'unknown_question';
  for (const q of def.questions) {
    const a = answers[q.id];
    if (a === undefined || a === null || a === '' || (Array.isArray(a) && a.length === 0)) continue;
    const range = questionRange(q);
    if (range) {
      if (typeof a !== 'number' || !Number.isInteger(a) || a < range.min || a > range.max) {
        errors[q.id] = 'out_of_scale';
        continue;
      }
      checked.push({ questionId: q.id, value: a, options: null, text: null });
      if (q.kind === 'item' && getStandardItem(q.itemId)?.trust) trustScores.push(standardise(a, range));
    } else if (q.kind === 'single' || q.kind === 'multiple') {
      const chosen = typeof a === 'string' ? [a] : a;
      const known = new Set(q.options.map((o) => o.id));
      if (
        !Array.isArray(chosen) ||
        chosen.some((c) => typeof c !== 'string' || !known.has(c)) ||
        new Set(chosen).size !== chosen.length ||
        (q.kind === 'single' && chosen.length !== 1)
      ) {
        errors[q.id] = 'unknown_option';
        continue;
      }
      checked.push({ questionId: q.id, value: null, options: chosen as string[], text: null });
    } else if (q.kind === 'text') {
      if (typeof a !== 'string') {
        errors[q.id] = 'too_long';
        continue;
      }
      const t = a.trim();
      if (t.length > FREE_TEXT_MAX_LENGTH) {
        errors[q.id] = 'too_long';
        continue;
      }
      if (t) checked.push({ questionId: q.id, value: null, options: null, text: t });
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (checked.length === 0) return { ok: false, errors: { answers: 'empty' } };
  const trustIndex = trustScores.length ? trustScores.reduce((s, x) => s + x, 0) / trustScores.length : null;
  return { ok: true, answers: checked, trustIndex };
}

export const RESPONDENT_THANKS: Record<string, string> = {
  nl: 'Dank u! Uw antwoorden werden anoniem bewaard.',
  fr: 'Merci ! Vos réponses ont été enregistrées de manière anonyme.',
  en: 'Thank you! Your answers were stored anonymously.',
  ar: 'شكرًا لك! تم حفظ إجاباتك دون الكشف عن هويتك.',
  tr: 'Teşekkürler! Cevaplarınız anonim olarak kaydedildi.',
};

export function respondentThanks(lang: string): string {
  return RESPONDENT_THANKS[lang] ?? RESPONDENT_THANKS[lang.split('-')[0]] ?? RESPONDENT_THANKS.en;
}
