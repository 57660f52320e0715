import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { i18nOptions } from '../../i18n/index.ts';
import { readerCodeName } from './starter-names.ts';

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
