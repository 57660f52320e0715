import { describe, expect, it } from 'vitest';
import { themeInLanguage } from './theme-labels.ts';

const suggested = {
  label: 'huur, woning, verwarming',
  labels: { nl: 'huur, woning, verwarming', fr: 'loyer, logement, chauffage', en: 'rent, housing, heating' },
  terms: [
    { term: 'huur', names: { nl: 'huur', fr: 'loyer', en: 'rent' } },
    { term: 'woning', names: { nl: 'woning', fr: 'logement', en: 'housing' } },
    { term: 'vocht' },
  ],
};

describe('theme suggestions in the reader’s language', () => {
  it('shows a suggestion run by a Dutch reader in French to a French reader', () => {
    expect(themeInLanguage(suggested, 'fr')).toEqual({
      label: 'loyer, logement, chauffage',
      terms: ['loyer', 'logement', 'vocht'],
    });
    expect(themeInLanguage(suggested, 'nl').label).toBe('huur, woning, verwarming');
  });

  it('keeps the name a researcher gave, and the one label of an older run', () => {
    const renamed = { ...suggested, label: 'Wonen', labels: undefined };
    expect(themeInLanguage(renamed, 'fr').label).toBe('Wonen');
    expect(themeInLanguage({ label: 'huur', terms: [{ term: 'huur' }] }, 'en')).toEqual({
      label: 'huur',
      terms: ['huur'],
    });
  });
});
