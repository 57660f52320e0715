import { describe, expect, it } from 'vitest';
import { normalizedMutualInformation } from './metrics.ts';
import { stem } from './text.ts';
import { type SuggestThemesOptions, suggestThemes, type ThemeInput } from './themes.ts';
import {
  addEnglishRow,
  addLinkedStem,
  encodeWordVectors,
  parseWordVectors,
  type WordVectors,
} from './vectors.ts';
import { loadWordVectors } from './vectors-node.ts';

const cosine = (a: Float64Array, b: Float64Array) => {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let j = 0; j < a.length; j++) {
    ab += a[j] * b[j];
    aa += a[j] * a[j];
    bb += b[j] * b[j];
  }
  return ab / Math.sqrt(aa * bb);
};

function vectorOf(vectors: WordVectors, language: 'nl' | 'fr' | 'en', word: string): Float64Array {
  const v = new Float64Array(vectors.dims);
  if (language === 'en') {
    const row = vectors.english.get(word);
    if (row === undefined) throw new Error(`no vector for ${word}`);
    addEnglishRow(vectors, row, 1, v);
  } else if (
    !addLinkedStem(vectors, language, `=${word}`, 1, v) &&
    !addLinkedStem(vectors, language, stem(word, language), 1, v)
  )
    throw new Error(`no vector for ${word}`);
  return v;
}

describe('word vectors', () => {
  it('reads back what it wrote, and refuses a file cut short or of another kind', () => {
    const bytes = encodeWordVectors({
      dims: 3,
      english: [
        { word: 'dog', vector: [1, 0.5, -0.25] },
        { word: 'car', vector: [-1, 0, 2] },
      ],
      links: {
        nl: [{ stem: 'hond', english: [{ row: 0, weight: 1 }] }],
        fr: [
          {
            stem: 'voitur',
            english: [
              { row: 1, weight: 2 },
              { row: 0, weight: 1 },
            ],
          },
        ],
      },
    });
    const vectors = parseWordVectors(bytes);
    expect(vectors.dims).toBe(3);
    expect([...vectors.english.keys()]).toEqual(['dog', 'car']);
    const dog = new Float64Array(3);
    addEnglishRow(vectors, 0, 1, dog);
    expect([...dog].map((x) => +x.toFixed(2))).toEqual([1, 0.5, -0.25]);
    const hond = new Float64Array(3);
    expect(addLinkedStem(vectors, 'nl', 'hond', 1, hond)).toBe(true);
    expect([...hond]).toEqual([...dog]);
    expect(addLinkedStem(vectors, 'nl', 'kat', 1, new Float64Array(3))).toBe(false);
    // Two thirds car, one third dog.
    const voiture = new Float64Array(3);
    addLinkedStem(vectors, 'fr', 'voitur', 1, voiture);
    expect(voiture[2]).toBeCloseTo((2 / 3) * 2 + (1 / 3) * -0.25, 1);
    expect(() => parseWordVectors(bytes.subarray(0, bytes.length - 5))).toThrow(/cut short/);
    expect(() => parseWordVectors(new TextEncoder().encode('PK\u0003\u0004 not vectors'))).toThrow(
      /not a BRWV/,
    );
  });

  it('gives a Dutch, a French and an English word of one meaning close vectors', () => {
    const vectors = loadWordVectors();
    const dog = vectorOf(vectors, 'en', 'dog');
    const hond = vectorOf(vectors, 'nl', 'hond');
    const chien = vectorOf(vectors, 'fr', 'chien');
    const triples = [
      ['hond', 'chien', 'dog'],
      ['woning', 'logement', 'housing'],
      ['school', 'école', 'school'],
      ['belasting', 'impôt', 'tax'],
    ] as const;
    for (const [nl, fr, en] of triples) {
      const e = vectorOf(vectors, 'en', en);
      const n = vectorOf(vectors, 'nl', nl);
      const f = vectorOf(vectors, 'fr', fr);
      expect(cosine(n, e), nl).toBeGreaterThan(0.3);
      expect(cosine(f, e), fr).toBeGreaterThan(0.3);
      // Closer to its own meaning in the other languages than to any other meaning of the list.
      for (const [, , other] of triples)
        if (other !== en) {
          const o = vectorOf(vectors, 'en', other);
          expect(cosine(n, e), `${nl} ${other}`).toBeGreaterThan(cosine(n, o));
          expect(cosine(f, e), `${fr} ${other}`).toBeGreaterThan(cosine(f, o));
        }
    }
    // Related words lie closer than unrelated ones, in any language.
    expect(cosine(hond, vectorOf(vectors, 'nl', 'kat'))).toBeGreaterThan(
      cosine(hond, vectorOf(vectors, 'nl', 'belasting')),
    );
    expect(cosine(chien, vectorOf(vectors, 'fr', 'cheval'))).toBeGreaterThan(
      cosine(chien, vectorOf(vectors, 'fr', 'impôt')),
    );
    expect(cosine(dog, hond)).toBeGreaterThan(cosine(dog, vectorOf(vectors, 'en', 'tax')));
  });
});

/**
 * Two topics whose passages share no word, in Dutch and French, with nothing the lexicon joins: only
 * what the words mean can bring each topic's passages together.
 */
const TOPICS = {
  animals: {
    nl: ['hond', 'kat', 'paard', 'koe', 'varken', 'schaap', 'geit', 'konijn'],
    fr: ['chien', 'chat', 'cheval', 'vache', 'cochon', 'mouton', 'chèvre', 'lapin'],
  },
  money: {
    nl: ['belasting', 'lening', 'schuld', 'spaargeld', 'salaris', 'rente', 'factuur', 'budget'],
    fr: ['impôt', 'prêt', 'dette', 'épargne', 'salaire', 'intérêt', 'facture', 'budget'],
  },
} as const;

function meaningCorpus(): (ThemeInput & { topic: string })[] {
  const out: (ThemeInput & { topic: string })[] = [];
  for (const [topic, words] of Object.entries(TOPICS))
    for (const language of ['nl', 'fr'] as const)
      words[language].forEach((word, i) => {
        out.push({
          id: `${topic}-${language}-${i}`,
          text: language === 'nl' ? `Over de ${word}.` : `Sur le ${word}.`,
          language,
          topic,
        });
      });
  return out;
}

describe('themes from what words mean', () => {
  const inputs = meaningCorpus();
  const topics = inputs.map((p) => p.topic);
  const bare: SuggestThemesOptions = { k: 2, lexicon: [], settings: { wordnet: false } };

  it('puts passages of one topic together though they share no word, across languages', () => {
    const result = suggestThemes(inputs, { ...bare, wordVectors: loadWordVectors() });
    expect(normalizedMutualInformation(topics, result.assignments)).toBe(1);
  });

  it('could not do it from the words alone', () => {
    const result = suggestThemes(inputs, bare);
    expect(normalizedMutualInformation(topics, result.assignments)).toBeLessThan(0.5);
  });

  it('changes nothing with a weight of 0', () => {
    const off = suggestThemes(inputs, {
      ...bare,
      wordVectors: loadWordVectors(),
      settings: { ...bare.settings, vectorWeight: 0 },
    });
    expect(off.assignments).toEqual(suggestThemes(inputs, bare).assignments);
  });
});
