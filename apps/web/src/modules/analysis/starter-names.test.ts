import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { i18nOptions } from '../../i18n/index.ts';
import { nameForReader, readerCodeName } from './starter-names.ts';

async function translator(language: 'nl' | 'fr' | 'en') {
  const i18n = createInstance();
  await i18n.init(i18nOptions(language));
  return i18n.getFixedT(language, 'analysis');
}

describe('the starter codebook in the reader’s language', () => {
  it('shows a starter code made in Dutch in French and English, and back', async () => {
    const fr = await translator('fr');
    const en = await translator('en');
    const nl = await translator('nl');
    expect(readerCodeName('Behoefte', fr)).toBe('Besoin');
    expect(readerCodeName('Verbeterpunt', en)).toBe('Improvement point');
    expect(readerCodeName('Idée d’initiative', nl)).toBe('Idee voor een initiatief');
  });

  it('leaves the bureau’s own codes as written', async () => {
    const fr = await translator('fr');
    expect(readerCodeName('Wijkagent onbekend', fr)).toBe('Wijkagent onbekend');
  });
});

describe('a code’s name for the reader', () => {
  it('takes the bureau’s translation into the reader’s language, else the starter words, else the original', async () => {
    const fr = await translator('fr');
    const translations = { nl: 'Huur', fr: 'Loyer' };
    expect(nameForReader('Huur', translations, 'fr', fr)).toEqual({ name: 'Loyer', inReaderLanguage: true });
    expect(nameForReader('Huur', translations, 'nl', fr)).toEqual({ name: 'Huur', inReaderLanguage: true });
    // No English yet: the original, marked as not in the reader's language.
    expect(nameForReader('Huur', translations, 'en', fr)).toEqual({ name: 'Huur', inReaderLanguage: false });
    expect(nameForReader('Behoefte', {}, 'fr', fr)).toEqual({ name: 'Besoin', inReaderLanguage: true });
    // The bureau's own translation of a starter code wins over Brug's words.
    expect(nameForReader('Behoefte', { fr: 'Besoin exprimé' }, 'fr', fr).name).toBe('Besoin exprimé');
  });
});
