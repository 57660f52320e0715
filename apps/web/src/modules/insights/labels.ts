import type { TFunction } from 'i18next';

/** The dashboard's figures are keyed by the code's values; each is named by the module that owns it. */
const OWNER_KEYS = {
  findingKind: 'findings:kind',
  initiativeStatus: 'initiatives:status',
  initiativeType: 'initiatives:type',
} as const;

export type FigureDimension = keyof typeof OWNER_KEYS;

/** "need" → "Behoefte", "planned" → "Gepland": never a raw key on the page (the key only if unknown). */
export function figureLabel(t: TFunction, dimension: FigureDimension, key: string): string {
  return t(`${OWNER_KEYS[dimension]}.${key}`, { defaultValue: key });
}
