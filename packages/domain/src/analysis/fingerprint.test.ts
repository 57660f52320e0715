import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateLabelledSet, generateLongTexts } from '../../test-data/generate-themes-nl.ts';
import { addLanguageClues, languageClues, languageScores, tokenize, visitWords, wordRuns } from './text.ts';
import { suggestThemes } from './themes.ts';

/**
 * The engine reads each text once, works out each distinct word's language clues and each phrase's
 * term once, and keeps its vectors in typed arrays: faster, and meant to change nothing. These tests
 * hold it to that.
 */

const FRENCH = [
  "La mise à jour de l'application ne marche pas sur mon portable.",
  'Le logement social a une longue liste d’attente, le loyer est trop cher.',
  'La prise en charge à l’hôpital tarde ; le médecin ne répond pas.',
  "Mon fils a été contrôlé par la police - encore une fois - près de l'école.",
  'Le propriétaire refuse de réparer le chauffage et l’humidité.',
  'Voir www.bruxelles.org/fr/aide : la mise à jour du site web, etc.',
];

/** Short and long Dutch texts, and French ones whose phrases ("mise à jour") recur. */
function corpus(): { id: string; text: string }[] {
  const out = [
    ...generateLabelledSet(10),
    ...generateLongTexts(24, 400).map((t, i) => ({ id: `long-${i}`, text: t.text })),
  ];
  for (let i = 0; i < 60; i++)
    out.push({
      id: `fr-${i}`,
      text: `${FRENCH[i % 6]} ${FRENCH[(i * 7 + 3) % 6]} ${i % 3 === 0 ? FRENCH[(i + 2) % 6] : ''}`,
    });
  return out;
}

const fingerprint = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);

describe('the engine read once', () => {
  it('reads the same words, in the same runs, as wordRuns', () => {
    const texts = [
      ...corpus().map((t) => t.text),
      '',
      '...',
      '  -  ',
      'één - twee -drie- vier ; « cinq » (six) [sept]\n\thuit… neuf—dix · onze • douze / dertien \\ veertien',
      'Mail me@example.org of zie https://www.antwerpen.be/nl/info, C:\\Users\\x\\doc.pdf en ~/map/bestand.',
      'Ångström CAFÉ cafe\u0301 İstanbul ǅemal ﬁlm straße',
      'a1b2c3 d’accord l\'école "quoted" “curly” x|y',
    ];
    for (const text of texts) {
      expect(runsOf(text)).toEqual(wordRuns(text));
    }
  });

  it('reads the same words and runs as wordRuns in random text of letters, marks and spaces', () => {
    const pieces = [
      'a',
      'Z',
      'é',
      'É',
      'ß',
      'ǅ',
      'İ',
      '𝐀',
      '😀',
      '\ud800',
      '\udc00',
      '1',
      ' ',
      ' ',
      '\u00a0',
      '\u3000',
      '-',
      '–',
      '—',
      '.',
      ',',
      "'",
      '’',
      '\n',
      '\t',
      '\r',
      '\v',
      '/',
      '\\',
      '@',
      'www.',
      'http://',
      '.com',
      '·',
      'e\u0301',
      '«',
      '»',
      ':',
      '|',
      ' - ',
      'word',
      'mot',
      'x.y',
    ];
    let state = 20171206;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      expect(runsOf(text), JSON.stringify(text)).toEqual(wordRuns(text));
    }
  });

  it('adds up the same language evidence from each word’s clues', () => {
    for (const text of corpus().map((t) => t.text)) {
      const words = tokenize(text);
      const sums = { nl: 0, fr: 0, en: 0 };
      for (const word of words) addLanguageClues(sums, languageClues(word));
      expect(sums).toEqual(languageScores(words));
    }
  });

  it('gives the same themes as the engine before it (fingerprints of the whole result)', () => {
    const texts = corpus();
    // Measured with the engine as it was before it read each text once (f33853d).
    expect(fingerprint(suggestThemes(texts))).toBe('606f7565d1b09e1d');
    expect(fingerprint(suggestThemes(texts, { k: 6, seed: 3 }))).toBe('c72f6feb5dbe9b3e');
  });
});

/** The runs of words `visitWords` reports, in `wordRuns`' shape. */
function runsOf(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  visitWords(
    text,
    (word) => run.push(word),
    () => {
      runs.push(run);
      run = [];
    },
  );
  if (run.length) runs.push(run);
  return runs;
}
