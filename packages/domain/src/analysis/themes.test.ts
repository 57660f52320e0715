import { describe, expect, it } from 'vitest';
import { generateLabelledSet } from '../../test-data/generate-themes-nl.ts';
import { fillEmptyThemes, suggestThemes } from './themes.ts';

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

  it('gives as many themes as asked for, none of them empty', () => {
    // The mixture model tends to empty themes at a high k; emptied themes are refilled.
    for (const k of [20, 30]) {
      const result = suggestThemes(corpus, { k });
      expect(result.themes).toHaveLength(k);
      expect(new Set(result.assignments).size).toBe(k);
      for (const theme of result.themes) expect(theme.size).toBeGreaterThan(0);
    }
  });

  it('refills an empty theme with half of the largest one', () => {
    const unit = (x: number, y: number) => {
      const values = Float64Array.from([x, y]);
      const norm = Math.hypot(x, y);
      return { indices: Int32Array.from([0, 1]), values: values.map((v) => v / norm) };
    };
    // Theme 0 holds two groups pointing apart, theme 1 one group, theme 2 nothing.
    const space = [unit(1, 0.05), unit(1, 0.1), unit(0.05, 1), unit(0.1, 1), unit(1, 1), unit(1, 0.9)];
    const start = { k: 3, assignments: Int32Array.from([0, 0, 0, 0, 1, 1]), centroids: [], cohesion: 0 };
    const filled = fillEmptyThemes(start, space, 3, 2, 7);
    const a = Array.from(filled.assignments);
    expect(new Set(a).size).toBe(3);
    expect(a[0]).toBe(a[1]);
    expect(a[2]).toBe(a[3]);
    expect(a[0]).not.toBe(a[2]);
    expect(a.slice(4)).toEqual([1, 1]);
    // Nothing to do: the same clustering back.
    expect(fillEmptyThemes(filled, space, 3, 2, 7)).toBe(filled);
  });

  it('reads a keyword list with a loan word in the language of the corpus', () => {
    const result = suggestThemes([
      ...corpus.slice(0, 20),
      { id: 'kw-1', text: 'Kamperen: camping, tent.' },
      { id: 'kw-2', text: 'Vos: dier, gezicht.' },
    ]);
    expect(result.languages).toEqual({ nl: 22, fr: 0, en: 0 });
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
