import { describe, expect, it } from 'vitest';
import { analyseText, detectLanguage, languageScores, likeliestLanguage, stem, tokenize } from './text.ts';

describe('language detection', () => {
  it.each([
    ['nl', 'Mijn zoon werd deze maand drie keer gecontroleerd op weg naar school.'],
    ['nl', 'Er was geen tolk toen mijn buurvrouw aangifte wilde doen bij de politie.'],
    ['fr', "Mon fils a été contrôlé trois fois ce mois-ci sur le chemin de l'école."],
    ['fr', "Il n'y avait pas d'interprète quand ma voisine voulait porter plainte."],
    ['en', 'My son was stopped three times this month on his way to school.'],
    ['en', 'There was no interpreter when my neighbour wanted to report the theft.'],
  ] as const)('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('weighs weak evidence against the corpus languages, but not strong evidence', () => {
    const mostlyDutch = { nl: 0.96, fr: 0.02, en: 0.02 };
    // One English-looking word in a Dutch keyword list.
    const weak = languageScores(tokenize('kamperen: camping, tent.'));
    expect(likeliestLanguage(weak)).toBe('en');
    expect(likeliestLanguage(weak, mostlyDutch)).toBe('nl');
    const strong = languageScores(
      tokenize('There was no interpreter when my neighbour wanted to report the theft.'),
    );
    expect(likeliestLanguage(strong, mostlyDutch)).toBe('en');
    expect(likeliestLanguage(languageScores(tokenize('12345')), mostlyDutch)).toBeNull();
  });

  it('falls back when a text gives no clue', () => {
    expect(detectLanguage('12345', 'fr')).toBe('fr');
    expect(detectLanguage('')).toBe('nl');
  });
});

describe('tokenisation and stemming', () => {
  it('splits on punctuation, digits and apostrophes, in lower case', () => {
    expect(tokenize("L'école, 3 agents—et Zoë!")).toEqual(['l', 'école', 'agents', 'et', 'zoë']);
  });

  it('stems with the Snowball stemmer of each language', () => {
    expect(stem('klachten', 'nl')).toBe(stem('klacht', 'nl'));
    expect(stem('plaintes', 'fr')).toBe(stem('plainte', 'fr'));
    expect(stem('complaints', 'en')).toBe('complaint');
  });

  it('drops stop words and short words before stemming', () => {
    const a = analyseText('Ik heb een klacht ingediend bij de politie en nooit een antwoord gekregen.');
    expect(a.language).toBe('nl');
    expect(a.words).toEqual(['klacht', 'ingediend', 'politie', 'antwoord', 'gekregen']);
    expect(a.terms).toHaveLength(5);
  });
});
