import { describe, expect, it } from 'vitest';
import { ADDRESS_FRAGMENTS, isStopWordAnywhere } from './stopwords.ts';
import { suggestThemes, type ThemeInput } from './themes.ts';

/** Three topics, each discussed by some partners in Dutch and by others in French. */
const TOPICS = {
  housing: {
    nl: ['huur', 'huisbaas', 'woning', 'verwarming', 'vocht'],
    fr: ['loyer', 'propriétaire', 'logement', 'chauffage', 'humidité'],
  },
  police: {
    nl: ['politie', 'controle', 'klacht', 'wijkagent', 'discriminatie'],
    fr: ['police', 'contrôle', 'plainte', 'agent de quartier', 'discrimination'],
  },
  school: {
    nl: ['school', 'leerkracht', 'huiswerk', 'ouders', 'leerlingen'],
    fr: ['école', 'enseignant', 'devoirs', 'parents', 'élèves'],
  },
} as const;

/** Sentence frames of function words only, with the words the issue found in labels. */
const FRAMES = {
  nl: [
    (a: string, b: string) => `Over de ${a} en de ${b}.`,
    (a: string, b: string) => `Indien het de ${a} is, kunt u via de ${b}.`,
    (a: string, b: string) => `Zie https://www.antwerpen.be/nl/info: de ${a}, de ${b}, etc.`,
    (a: string, b: string) => `Wij hebben het over de ${a} en ook over de ${b}.`,
  ],
  fr: [
    (a: string, b: string) => `Sur le ${a} et le ${b}.`,
    (a: string, b: string) => `Si c'est le ${a}, alors via le ${b}.`,
    (a: string, b: string) => `Voir www.bruxelles.org/fr/aide : le ${a}, le ${b}, etc.`,
    (a: string, b: string) => `Nous sommes sur le ${a} et aussi sur le ${b}.`,
  ],
};

function corpus(): (ThemeInput & { topic: string })[] {
  const out: (ThemeInput & { topic: string })[] = [];
  for (const [topic, words] of Object.entries(TOPICS)) {
    for (const language of ['nl', 'fr'] as const) {
      const list = words[language];
      FRAMES[language].forEach((frame, f) => {
        for (let i = 0; i < list.length; i++) {
          const a = list[i];
          const b = list[(i + f + 1) % list.length];
          out.push({ id: `${topic}-${language}-${f}-${i}`, text: frame(a, b), topic });
        }
      });
    }
  }
  return out;
}

describe('themes across languages', () => {
  const inputs = corpus();

  it('puts one topic discussed in Dutch and in French in one theme', () => {
    const result = suggestThemes(inputs, { k: 3 });
    for (const topic of Object.keys(TOPICS)) {
      const themes = new Set(inputs.flatMap((p, i) => (p.topic === topic ? [result.assignments[i]] : [])));
      expect(themes.size).toBe(1);
    }
    for (const theme of result.themes) expect(theme.languages).toEqual({ nl: 20, fr: 20, en: 0 });
  });

  it('keeps the topics together when the mixture model weighs each language apart (languageDmm)', () => {
    const result = suggestThemes(inputs, { k: 3, settings: { languageDmm: true } });
    for (const topic of Object.keys(TOPICS)) {
      const themes = new Set(inputs.flatMap((p, i) => (p.topic === topic ? [result.assignments[i]] : [])));
      expect(themes.size).toBe(1);
    }
    // One language only: the setting changes nothing.
    const dutch = inputs.filter((p) => p.id.includes('-nl-'));
    expect(dutch.length).toBe(60);
    expect(suggestThemes(dutch, { k: 3, settings: { languageDmm: true } }).assignments).toEqual(
      suggestThemes(dutch, { k: 3 }).assignments,
    );
  });

  it('labels the themes in the reader’s language, with the other language’s words beside them', () => {
    const fr = suggestThemes(inputs, { k: 3, language: 'fr' });
    const nl = suggestThemes(inputs, { k: 3, language: 'nl' });
    const housing = (r: typeof fr) => r.themes[r.assignments[inputs.findIndex((p) => p.topic === 'housing')]];
    const frTerms = housing(fr).terms.map((t) => t.term);
    const nlTerms = housing(nl).terms.map((t) => t.term);
    expect(frTerms).toContain('loyer');
    expect(frTerms).not.toContain('huur');
    expect(nlTerms).toContain('huur');
    expect(nlTerms).not.toContain('loyer');
    expect(housing(nl).terms.find((t) => t.term === 'huur')?.forms).toEqual(['huur', 'loyer']);
  });

  it('offers each theme’s label in every reader’s language, whoever ran the suggestions', () => {
    // A Dutch-speaking researcher runs them; a French-speaking colleague reads them later.
    const byNl = suggestThemes(inputs, { k: 3, language: 'nl' });
    const byFr = suggestThemes(inputs, { k: 3, language: 'fr' });
    const housing = (r: typeof byNl) =>
      r.themes[r.assignments[inputs.findIndex((p) => p.topic === 'housing')]];
    const labels = housing(byNl).labels;
    expect(labels?.nl).toBe(housing(byNl).label);
    expect(labels?.fr).toBe(housing(byFr).label);
    expect(housing(byFr).labels).toEqual(labels);
    expect(labels?.nl.split(', ')).toContain('huur');
    expect(labels?.nl.split(', ')).not.toContain('loyer');
    expect(labels?.fr.split(', ')).toContain('loyer');
    expect(labels?.fr.split(', ')).not.toContain('huur');
    // Terms carry their name in each language too.
    const rent = housing(byNl).terms.find((t) => t.term === 'huur');
    expect(rent?.names).toMatchObject({ nl: 'huur', fr: 'loyer' });
    for (const theme of byNl.themes)
      for (const label of Object.values(theme.labels ?? {}))
        for (const term of label.split(', ')) {
          const words = term.split(' ');
          for (const word of [words[0], words[words.length - 1]]) {
            expect(isStopWordAnywhere(word)).toBe(false);
            expect(ADDRESS_FRAGMENTS.has(word)).toBe(false);
          }
        }
  });

  it('never puts a stop word or a piece of an address in a label', () => {
    const result = suggestThemes(inputs, { k: 3 });
    for (const theme of result.themes)
      for (const term of theme.terms)
        for (const word of term.term.split(' ')) {
          expect(isStopWordAnywhere(word) && word !== term.term.split(' ')[1]).toBe(false);
          expect(ADDRESS_FRAGMENTS.has(word)).toBe(false);
          expect([
            'indien',
            'kunt',
            'via',
            'zie',
            'https',
            'www',
            'org',
            'etc',
            'antwerpen',
            'info',
          ]).not.toContain(word);
        }
  });

  it('keeps a phrase together', () => {
    const updates = [
      'La mise à jour de l’application bloque mon téléphone.',
      'Après la mise à jour, le site ne reconnaît plus mon mot de passe.',
      'Chaque mise à jour change les menus de l’application.',
      'Mon fils installe la mise à jour sur la tablette de la famille.',
      'Une mise à jour du logiciel a effacé mes documents.',
      'La dernière mise à jour est arrivée sans explication.',
    ].map((text, i) => ({ id: `update-${i}`, text, topic: 'updates' }));
    const result = suggestThemes([...inputs, ...updates], { k: 4, language: 'fr' });
    const theme = result.themes[result.assignments[inputs.length]];
    const terms = theme.terms.map((t) => t.term);
    expect(terms).toContain('mise à jour');
    expect(terms).not.toContain('mise');
    expect(terms).not.toContain('jour');
  });
});
