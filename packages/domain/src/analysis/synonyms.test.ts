import { describe, expect, it } from 'vitest';
import { parseLexicon } from './lexicon.ts';
import { suggestThemes, synonymGroups } from './themes.ts';

describe('synonyms within one language (development setting, off by default)', () => {
  const general = parseLexicon(
    ['ziekenwagen,ambulance|ambulance|ambulance', 'auto,wagen|voiture|car', 'wagen,kar|chariot|cart'].join(
      '\n',
    ),
  );

  it('joins the words of one language that a single concept holds, and leaves short or ambiguous ones out', () => {
    const groups = synonymGroups('nl', general, 4, true);
    expect(groups.get('nl:ziekenwag')).toBe(groups.get('nl:ambulanc'));
    expect(groups.has('nl:wag')).toBe(false); // "wagen" is in two concepts
    expect(groups.has('nl:auto')).toBe(false); // its only partner is ambiguous
    expect(synonymGroups('fr', general, 4, true).size).toBe(0); // one French word per concept
  });

  it('leaves one-language themes unchanged by default', () => {
    const texts = [
      'de ziekenwagen kwam snel',
      'een ambulance reed voorbij',
      'de ziekenwagen en de sirene',
      'een ambulance met sirene',
      'de trein was te laat',
      'de trein en het perron',
      'wachten op de trein',
      'het perron was vol',
    ].map((text, i) => ({ id: String(i), text, language: 'nl' as const }));
    const plain = suggestThemes(texts, { k: 2, seed: 1, generalLexicon: general });
    const off = suggestThemes(texts, {
      k: 2,
      seed: 1,
      generalLexicon: general,
      settings: { wordnetWithin: 'off' },
    });
    expect(off.assignments).toEqual(plain.assignments);
    const joined = suggestThemes(texts, {
      k: 2,
      seed: 1,
      generalLexicon: general,
      settings: { wordnetWithin: 'synonyms' },
    });
    // The ambulance passages share a term, so they form one theme.
    const a = joined.assignments;
    expect(new Set(a.slice(0, 4)).size).toBe(1);
    expect(new Set(a.slice(4)).size).toBe(1);
    expect(a[0]).not.toBe(a[4]);
  });
});
