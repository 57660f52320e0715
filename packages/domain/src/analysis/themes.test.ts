import { describe, expect, it } from 'vitest';
import { generateLabelledSet } from '../../test-data/generate-themes-nl.ts';
import { suggestThemes } from './themes.ts';

const corpus = generateLabelledSet(12).map((t) => ({ id: t.id, text: t.text }));

describe('theme suggestions', () => {
  it('gives the same themes for the same input', () => {
    const a = suggestThemes(corpus);
    const b = suggestThemes(corpus);
    expect(b).toEqual(a);
    expect(suggestThemes([...corpus].reverse()).k).toBeGreaterThan(1);
  });

  it('shows each theme with top terms and its most representative passages', () => {
    const result = suggestThemes(corpus, { k: 8 });
    expect(result.themes).toHaveLength(8);
    expect(result.assignments).toHaveLength(corpus.length);
    expect(result.themes.reduce((s, t) => s + t.size, 0)).toBe(corpus.length);
    for (const theme of result.themes) {
      expect(theme.terms.length).toBeGreaterThan(2);
      expect(theme.label).toBe(
        theme.terms
          .slice(0, 3)
          .map((t) => t.term)
          .join(', '),
      );
      expect(theme.passages.length).toBeGreaterThan(0);
      for (const p of theme.passages)
        expect(result.assignments[corpus.findIndex((c) => c.id === p.id)]).toBe(theme.index);
      const scores = theme.passages.map((p) => p.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    }
    // The theme named after complaints is represented by statements about complaints.
    const complaints = result.themes.find((t) => t.terms[0].term.startsWith('klacht'));
    expect(complaints).toBeDefined();
    expect(complaints?.passages[0].id).toMatch(/^klachten-/);
  });

  it('handles French and English passages and counts the languages', () => {
    const result = suggestThemes([
      ...corpus.slice(0, 10),
      { id: 'fr-1', text: "Mon fils a été contrôlé trois fois par la police sur le chemin de l'école." },
      { id: 'fr-2', text: 'Les contrôles d’identité dans le quartier sont humiliants pour les jeunes.' },
      { id: 'en-1', text: 'There was no interpreter when my mother wanted to report the burglary.' },
    ]);
    expect(result.languages).toEqual({ nl: 10, fr: 2, en: 1 });
  });

  it('reports progress up to completion', () => {
    const seen: number[] = [];
    suggestThemes(corpus, { onProgress: (share) => seen.push(share) });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('copes with empty and tiny corpora', () => {
    expect(suggestThemes([]).themes).toEqual([]);
    const one = suggestThemes([{ id: 'a', text: 'De wijkagent komt nooit langs in onze straat.' }]);
    expect(one.k).toBe(1);
    expect(one.themes[0].passages[0].id).toBe('a');
  });
});
