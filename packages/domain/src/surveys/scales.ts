import type { Translated } from './languages.ts';

/**
 * An answer scale. Values run from `min` to `max` in steps of 1, always ordered so that a higher
 * value is the more favourable answer (more trust, more often, more successful). `descending`
 * shows the points from high to low, as the published questionnaire does (e.g. "excellent … very
 * poor"); the stored values do not change.
 */
export type Scale = {
  id: string;
  min: number;
  max: number;
  /** A label per point (index 0 = min), or only the two end labels when `endLabelsOnly`. */
  labels: Translated[];
  endLabelsOnly?: boolean;
  descending?: boolean;
};

export const SCALES = {
  trust_0_10: {
    id: 'trust_0_10',
    min: 0,
    max: 10,
    endLabelsOnly: true,
    labels: [
      { nl: 'Helemaal geen vertrouwen', fr: 'Aucune confiance', en: 'No trust at all' },
      { nl: 'Volledig vertrouwen', fr: 'Confiance totale', en: 'Complete trust' },
    ],
  },
  often_1_4: {
    id: 'often_1_4',
    min: 1,
    max: 4,
    labels: [
      { nl: 'Helemaal niet vaak', fr: 'Pas du tout souvent', en: 'Not at all often' },
      { nl: 'Niet zo vaak', fr: 'Pas très souvent', en: 'Not very often' },
      { nl: 'Vaak', fr: 'Souvent', en: 'Often' },
      { nl: 'Heel vaak', fr: 'Très souvent', en: 'Very often' },
    ],
  },
  success_0_10: {
    id: 'success_0_10',
    min: 0,
    max: 10,
    endLabelsOnly: true,
    labels: [
      { nl: 'Uiterst onsuccesvol', fr: 'Extrêmement inefficace', en: 'Extremely unsuccessful' },
      { nl: 'Uiterst succesvol', fr: 'Extrêmement efficace', en: 'Extremely successful' },
    ],
  },
  agree_1_5: {
    id: 'agree_1_5',
    min: 1,
    max: 5,
    descending: true,
    labels: [
      { nl: 'Helemaal oneens', fr: 'Pas du tout d’accord', en: 'Disagree strongly' },
      { nl: 'Oneens', fr: 'Pas d’accord', en: 'Disagree' },
      { nl: 'Noch eens, noch oneens', fr: 'Ni d’accord, ni pas d’accord', en: 'Neither agree nor disagree' },
      { nl: 'Eens', fr: 'D’accord', en: 'Agree' },
      { nl: 'Helemaal eens', fr: 'Tout à fait d’accord', en: 'Agree strongly' },
    ],
  },
  safe_0_10: {
    id: 'safe_0_10',
    min: 0,
    max: 10,
    endLabelsOnly: true,
    labels: [
      { nl: 'Helemaal niet veilig', fr: 'Pas du tout en sécurité', en: 'Not safe at all' },
      { nl: 'Volkomen veilig', fr: 'Tout à fait en sécurité', en: 'Completely safe' },
    ],
  },
  job_1_5: {
    id: 'job_1_5',
    min: 1,
    max: 5,
    descending: true,
    labels: [
      { nl: 'Zeer slecht', fr: 'Très mauvais', en: 'Very poor' },
      { nl: 'Slecht', fr: 'Mauvais', en: 'Poor' },
      { nl: 'Redelijk', fr: 'Correct', en: 'Fair' },
      { nl: 'Goed', fr: 'Bon', en: 'Good' },
      { nl: 'Uitstekend', fr: 'Excellent', en: 'Excellent' },
    ],
  },
} as const satisfies Record<string, Scale>;
export type ScaleId = keyof typeof SCALES;

/** The points of a scale, in display order. */
export function scalePoints(scale: Pick<Scale, 'min' | 'max' | 'descending'>): number[] {
  const points: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) points.push(v);
  return scale.descending ? points.reverse() : points;
}

/** 0–100: where a value sits between the scale's ends (a "percent of maximum possible" score). */
export function standardise(value: number, scale: Pick<Scale, 'min' | 'max'>): number {
  return ((value - scale.min) / (scale.max - scale.min)) * 100;
}
