import { describe, expect, it } from 'vitest';
import { checkAnswers, respondentMessage } from './answers.ts';
import { checkDefinition, renderQuestions, type SurveyDefinition } from './definition.ts';
import { STANDARD_ITEMS } from './items.ts';
import { SCALES } from './scales.ts';

const def: SurveyDefinition = {
  languages: [
    { code: 'nl', name: 'Nederlands', rtl: false },
    { code: 'fr', name: 'Français', rtl: false },
    { code: 'ar', name: 'العربية', rtl: true },
  ],
  questions: [
    {
      kind: 'item',
      id: 'trust',
      itemId: 'ess_trust_police',
      translations: { ar: { text: 'إلى أي مدى تثق بالشرطة؟', labels: ['لا ثقة على الإطلاق', 'ثقة تامة'] } },
    },
    {
      kind: 'item',
      id: 'respect',
      itemId: 'ess_d15_respect',
      translations: {
        ar: { text: 'كم مرة تعامل الشرطة الناس باحترام؟', labels: ['أبدًا', 'نادرًا', 'غالبًا', 'دائمًا'] },
      },
    },
    {
      kind: 'single',
      id: 'heard',
      text: { nl: 'Hoe hoorde u ervan?', fr: 'Comment en avez-vous entendu parler ?', ar: 'كيف سمعت عنه؟' },
      options: [
        { id: 'friends', label: { nl: 'Vrienden', fr: 'Amis', ar: 'أصدقاء' } },
        { id: 'school', label: { nl: 'School', fr: 'École', ar: 'مدرسة' } },
      ],
    },
    { kind: 'text', id: 'remark', text: { nl: 'Opmerking', fr: 'Remarque', ar: 'ملاحظة' } },
  ],
};

describe('[SURVEYS] item library', () => {
  it('ships every standard item in Dutch, French and English with its published scale', () => {
    for (const item of STANDARD_ITEMS) {
      for (const lang of ['nl', 'fr', 'en'] as const) expect(item.text[lang].length).toBeGreaterThan(10);
      const scale = SCALES[item.scale];
      for (const l of scale.labels) expect(Object.keys(l).sort()).toEqual(['en', 'fr', 'nl']);
    }
    expect(SCALES.often_1_4.labels).toHaveLength(4);
    expect(SCALES.trust_0_10).toMatchObject({ min: 0, max: 10 });
  });
});

describe('[SURVEYS] survey builder', () => {
  it('accepts a survey translated in every language it offers', () => {
    expect(checkDefinition(def)).toEqual({});
  });

  it('names the missing translation', () => {
    const broken = structuredClone(def);
    broken.languages.push({ code: 'tr', name: 'Türkçe', rtl: false });
    expect(checkDefinition(broken)).toMatchObject({
      'questions.0.translations.tr': 'missing translation',
      'questions.2.text.tr': 'missing translation',
      'questions.2.options.0.label.tr': 'missing translation',
    });
  });

  it('renders the standard items with their scale, right-to-left texts from the zone', () => {
    const [trust, respect] = renderQuestions(def, 'ar');
    expect(trust.points).toHaveLength(11);
    expect(trust.points![0]).toEqual({ value: 0, label: 'لا ثقة على الإطلاق' });
    expect(respect.points!.map((p) => p.label)).toEqual(['أبدًا', 'نادرًا', 'غالبًا', 'دائمًا']);
    const fr = renderQuestions(def, 'fr');
    expect(fr[1].points![3].label).toBe('Très souvent');
  });
});

describe('[SURVEYS] answers', () => {
  it('computes the trust index from the trust items only', () => {
    const r = checkAnswers(def, { trust: 10, respect: 1, heard: 'school' });
    expect(r).toMatchObject({ ok: true, trustIndex: 50 });
  });

  it('refuses an answer outside the scale, an unknown option or question, all at once', () => {
    expect(checkAnswers(def, { trust: 11, heard: 'tv', nope: 1 })).toEqual({
      ok: false,
      errors: { trust: 'out_of_scale', heard: 'unknown_option', nope: 'unknown_question' },
    });
    expect(checkAnswers(def, { trust: 2.5 })).toMatchObject({ ok: false });
    expect(checkAnswers(def, {})).toEqual({ ok: false, errors: { answers: 'empty' } });
  });

  it('explains refusals in the respondent’s language', () => {
    expect(respondentMessage('ar', 'closed')).toContain('مغلق');
    expect(respondentMessage('fr', 'code_used')).toContain('déjà été utilisé');
    expect(respondentMessage('sw', 'closed')).toContain('closed');
  });
});
