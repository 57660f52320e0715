import { IMPORT_FIELDS } from '@brug/domain/partners';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { webModules } from '../modules/registry.ts';
import type { Messages } from '../modules/types.ts';
import en from './en.json';
import fr from './fr.json';
import { i18nOptions } from './index.ts';
import nl from './nl.json';

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`),
  );
}

function emptyValues(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === 'string' ? (v.trim() ? [] : [`${prefix}${k}`]) : emptyValues(v, `${prefix}${k}.`),
  );
}

const namespaces: [string, { nl: Messages; fr: Messages; en: Messages }][] = [
  ['app', { nl, fr, en }],
  ...webModules.map((m) => [m.id, m.i18n] as [string, typeof m.i18n]),
];

describe('translations', () => {
  it('every module has its own namespace', () => {
    const ids = webModules.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('app');
  });

  describe.each(namespaces)('namespace %s', (_name, texts) => {
    const source = keysOf(texts.nl).sort();

    it('Dutch, the source language, has texts', () => {
      expect(source.length).toBeGreaterThan(0);
      expect(emptyValues(texts.nl)).toEqual([]);
    });

    it.each(['fr', 'en'] as const)('%s has exactly the keys of nl, none empty', (language) => {
      expect(keysOf(texts[language]).sort()).toEqual(source);
      expect(emptyValues(texts[language])).toEqual([]);
    });
  });
});

describe('shared texts', () => {
  it.each(['nl', 'fr', 'en'] as const)('a module finds the shell’s error texts in %s', async (language) => {
    const i18n = createInstance();
    await i18n.init(i18nOptions(language));
    const ownNamespace = webModules[0].id;
    expect(i18n.t('errors.INTERNAL', { ns: ownNamespace })).toBe({ nl, fr, en }[language].errors.INTERNAL);
  });
});

describe('the import’s column mapping', () => {
  it.each(['nl', 'fr', 'en'] as const)(
    'names every field the file can be mapped to in %s, never by its key',
    (language) => {
      const partners = webModules.find((m) => m.id === 'partners')!.i18n[language] as {
        import: { fields: Record<string, string> };
      };
      for (const f of IMPORT_FIELDS) {
        expect(partners.import.fields[f], f).toBeTruthy();
        expect(partners.import.fields[f], f).not.toBe(f);
      }
      expect(Object.keys(partners.import.fields).sort()).toEqual([...IMPORT_FIELDS].sort());
    },
  );
});
