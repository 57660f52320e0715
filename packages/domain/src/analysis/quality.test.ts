import { describe, expect, it } from 'vitest';
import labelled from '../../test-data/themes-nl.json' with { type: 'json' };
import { baselineKMeans } from './baseline.ts';
import { adjustedRandIndex, normalizedMutualInformation } from './metrics.ts';
import { suggestThemes } from './themes.ts';

/**
 * Measured on the labelled Dutch set (320 texts, 8 themes) with the current engine; see
 * bench/RESULTS.md. The test fails when a change makes the suggestions worse than that, less a
 * small margin. Since k is no longer capped at 12, the automatic choice splits this set (statements
 * recombined from a small bank) into about 30 themes: NMI holds, ARI is lower than with the cap.
 */
const MEASURED = {
  automaticK: { nmi: 0.681, ari: 0.338 },
  labelK: { nmi: 0.884, ari: 0.829 },
  baseline: { nmi: 0.193, ari: 0.089 },
};
const MARGIN = 0.03;

const labels = labelled.map((t) => t.label);
const inputs = labelled.map((t) => ({ id: t.id, text: t.text }));

describe('theme quality on the labelled Dutch set', () => {
  it('has at least 300 texts across at least 6 themes', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(300);
    expect(new Set(labels).size).toBeGreaterThanOrEqual(6);
    expect(new Set(labelled.map((t) => t.text)).size).toBe(labelled.length);
  });

  it('keeps the measured agreement when it chooses the number of themes itself', () => {
    const result = suggestThemes(inputs);
    expect(normalizedMutualInformation(labels, result.assignments)).toBeGreaterThanOrEqual(
      MEASURED.automaticK.nmi - MARGIN,
    );
    expect(adjustedRandIndex(labels, result.assignments)).toBeGreaterThanOrEqual(
      MEASURED.automaticK.ari - MARGIN,
    );
  });

  it('keeps the measured agreement with as many themes as labels, well above the plain baseline', () => {
    const k = new Set(labels).size;
    const result = suggestThemes(inputs, { k });
    const nmi = normalizedMutualInformation(labels, result.assignments);
    const ari = adjustedRandIndex(labels, result.assignments);
    expect(nmi).toBeGreaterThanOrEqual(MEASURED.labelK.nmi - MARGIN);
    expect(ari).toBeGreaterThanOrEqual(MEASURED.labelK.ari - MARGIN);

    const baseline = baselineKMeans(
      labelled.map((t) => t.text),
      k,
    );
    expect(normalizedMutualInformation(labels, baseline)).toBeCloseTo(MEASURED.baseline.nmi, 2);
    expect(nmi).toBeGreaterThan(normalizedMutualInformation(labels, baseline) + 0.2);
    expect(ari).toBeGreaterThan(adjustedRandIndex(labels, baseline) + 0.2);
  });
});
