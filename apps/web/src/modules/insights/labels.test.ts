import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { i18nOptions } from '../../i18n/index.ts';
import { figureLabel } from './labels.ts';

async function translator(language: 'nl' | 'fr' | 'en') {
  const i18n = createInstance();
  await i18n.init(i18nOptions(language));
  return i18n.getFixedT(language, 'insights');
}

describe('dashboard figures are named, not keyed', () => {
  it('names finding kinds, initiative statuses and types in nl, fr and en', async () => {
    const nl = await translator('nl');
    expect(figureLabel(nl, 'findingKind', 'need')).toBe('Behoefte');
    expect(figureLabel(nl, 'initiativeStatus', 'planned')).toBe('Gepland');
    expect(figureLabel(nl, 'initiativeType', 'neighbourhood_meeting')).toBe('Buurtoverleg');
    const fr = await translator('fr');
    expect(figureLabel(fr, 'initiativeStatus', 'planned')).not.toBe('planned');
    expect(figureLabel(fr, 'findingKind', 'need')).not.toBe('need');
    const en = await translator('en');
    expect(figureLabel(en, 'initiativeType', 'workshop')).toBe('Workshop');
    expect(figureLabel(en, 'initiativeStatus', 'co_design')).not.toBe('co_design');
  });
});
