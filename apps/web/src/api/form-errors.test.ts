import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CONTROL_CHARACTER_MESSAGE,
  LINE_BREAK_MESSAGE,
  NOTHING_TO_CHANGE_MESSAGE,
  RESPONDENT_ERRORS,
} from '@brug/domain';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { i18nOptions } from '../i18n/index.ts';
import nl from '../i18n/nl.json';
import { ApiError } from './client.ts';
import { actionErrorMessage, fieldMessageKey, translateFieldMessage } from './form-errors.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Every field message the server writes itself: the string values of `fields: { … }` and of
 * `AppError.validation({ … })`, those assigned to a field (`fields.leadUserId = '…'`, `p.errors.x ??=
 * '…'`) and the messages of the request schemas (`.regex(…, '…')`, `.refine(…, '…')`). Not read: the
 * server's own settings (config.ts, read by the operator in the console) and a survey respondent's
 * answer codes, which have their own texts in every language of the survey (`RESPONDENT_MESSAGES`).
 */
function serverFieldMessages(): Map<string, string> {
  const found = new Map<string, string>();
  const dirs = [path.join(ROOT, 'apps/server/src'), path.join(ROOT, 'packages/domain/src')];
  for (const dir of dirs) {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === 'config.ts') continue;
      const source = readFileSync(path.join(dir, file), 'utf8');
      for (const fields of source.matchAll(/(?:fields:\s*|validation\(\s*)\{([^}]*)\}/g))
        for (const value of fields[1].matchAll(/:\s*'([^']+)'/g)) found.set(value[1], file);
      for (const assigned of source.matchAll(
        /(?:fields|errors)(?:\.\w+|\[[^\]]+\])\s*(?:\?\?)?=\s*'([^']+)'/g,
      ))
        if (!(RESPONDENT_ERRORS as readonly string[]).includes(assigned[1])) found.set(assigned[1], file);
      for (const schema of source.matchAll(/\.(?:min|max|regex|refine|email|url)\([^)]*?'([^']{3,})'\)/g))
        found.set(schema[1], file);
    }
  }
  return found;
}

async function translator(language: 'nl' | 'fr' | 'en') {
  const i18n = createInstance();
  await i18n.init(i18nOptions(language));
  return i18n.t;
}

describe('server field messages in the person’s language', () => {
  const messages = serverFieldMessages();

  it('finds the server’s messages', () => {
    expect(messages.size).toBeGreaterThan(25);
    expect(messages.get('already took place')).toContain('roundtables');
    // Written as AppError.validation({ closesOn: '…' }), not as a `fields` object.
    expect(messages.get('must not be before opensOn')).toContain('surveys');
    // Assigned to a field, and a request schema's own message.
    expect(messages.get('not an active colleague of this zone')).toContain('initiatives');
    expect(messages.get('like B-07')).toContain('conversations');
  });

  it('knows every message the server writes, each with a text in nl, fr and en', () => {
    const unknown = [...messages].filter(([m]) => fieldMessageKey(m) === undefined);
    expect(unknown, 'server field messages without a translation').toEqual([]);
    for (const message of messages.keys()) {
      const key = fieldMessageKey(message)!;
      for (const texts of [nl, fr, en]) expect(texts.errors.field, `errors.field.${key}`).toHaveProperty(key);
    }
  });

  it('says what happened rather than the nearest pattern', async () => {
    const t = await translator('nl');
    expect(translateFieldMessage('already took place', t)).toBe(nl.errors.field.past);
    expect(translateFieldMessage('already booked', t)).toBe(nl.errors.field.booked);
    expect(translateFieldMessage('already in use', t)).toBe(nl.errors.field.taken);
    expect(
      new Set(['already took place', 'already booked', 'already answered'].map((m) => fieldMessageKey(m))),
    ).toEqual(new Set(['past', 'booked', 'answered']));
  });

  it('reads the schema’s messages by pattern, with their numbers', async () => {
    const t = await translator('fr');
    expect(translateFieldMessage('Required', t)).toBe(fr.errors.field.required);
    expect(translateFieldMessage('Too small: expected string to have >=12 characters', t)).toBe(
      'Au moins 12 caractères.',
    );
  });

  it('says what the shared input checks refused, in nl, fr and en', async () => {
    const keys = { controlCharacter: CONTROL_CHARACTER_MESSAGE, lineBreak: LINE_BREAK_MESSAGE };
    for (const [language, texts] of [
      ['nl', nl],
      ['fr', fr],
      ['en', en],
    ] as const) {
      const t = await translator(language);
      for (const [key, message] of Object.entries({ ...keys, nothingToChange: NOTHING_TO_CHANGE_MESSAGE })) {
        const field = texts.errors.field as Record<string, string>;
        expect(field[key], `${language} ${key}`).toBeTruthy();
        expect(translateFieldMessage(message, t)).toBe(field[key]);
      }
    }
  });

  it('says an empty choice, a choice outside the list and too few sources in words, in nl, fr and en', async () => {
    const nlT = await translator('nl');
    expect(translateFieldMessage('Too small: expected string to have >=1 characters', nlT)).toBe(
      nl.errors.field.required,
    );
    expect(translateFieldMessage('Invalid option: expected one of "need"|"idea"', nlT)).toBe(
      nl.errors.field.choose,
    );
    expect(translateFieldMessage('needs at least 3 sources that count, has 1', nlT)).toBe(
      'Er zijn minstens 3 bronnen nodig die meetellen; er is er nu 1.',
    );
    const frT = await translator('fr');
    expect(translateFieldMessage('needs at least 3 sources that count, has 2', frT)).toBe(
      'Il faut au moins 3 sources qui comptent ; il y en a 2.',
    );
    const enT = await translator('en');
    expect(translateFieldMessage('needs at least 3 sources that count, has 0', enT)).toBe(
      'At least 3 sources that count are needed; there are 0.',
    );
  });

  it('says what an import refused in a row in the person’s language, keeping the value it names', async () => {
    // The row checks of an import (apps/server/src/modules/partners/plan-import.ts) name the value.
    const importSource = readFileSync(
      path.join(ROOT, 'apps/server/src/modules/partners/plan-import.ts'),
      'utf8',
    );
    for (const start of ['unknown focus area: ', 'unknown district: ', 'unknown status: ', 'cannot go from '])
      expect(importSource).toContain(start);
    const label = (status: string) => ({ contacted: 'Gecontacteerd', partner: 'Partner' })[status] ?? status;
    const nlT = await translator('nl');
    expect(translateFieldMessage('invalid postcode (4 digits)', nlT)).toBe(nl.errors.field.postcode);
    expect(translateFieldMessage('unknown focus area: sport, jeugd2', nlT)).toBe(
      'Onbekend aandachtsgebied: sport, jeugd2. Gebruik een aandachtsgebied van de zone.',
    );
    expect(translateFieldMessage('unknown district: Borgerhoud', nlT)).toBe(
      'Onbekend district: Borgerhoud. Gebruik een district van de zone.',
    );
    expect(translateFieldMessage('cannot go from contacted to partner', nlT, label)).toBe(
      'Van “Gecontacteerd” kan niet rechtstreeks naar “Partner”.',
    );
    const frT = await translator('fr');
    expect(
      translateFieldMessage('unknown status: vriend (longlist, contacted, invited, in_dialogue)', frT),
    ).toBe('Statut inconnu : vriend.');
    expect(translateFieldMessage('cannot go from none to partner', frT)).toBe(
      'Impossible de passer directement de « none » à « partner ».',
    );
    const enT = await translator('en');
    expect(translateFieldMessage('unknown district: Borgerhoud', enT)).toBe(
      'Unknown district: Borgerhoud. Use one of the zone’s districts.',
    );
  });

  it('says why an action outside a form was refused: the reasons given, else what happened', async () => {
    const t = await translator('fr');
    const closed = new ApiError(400, 'VALIDATION', 'Validation failed', { closesOn: 'already closed' });
    expect(actionErrorMessage(closed, t)).toBe(fr.errors.field.closed);
    expect(actionErrorMessage(new ApiError(403, 'FORBIDDEN', 'Forbidden'), t)).toBe(fr.errors.FORBIDDEN);
    expect(actionErrorMessage(new Error('boom'), t)).toBe(fr.errors.INTERNAL);
  });

  it('shows an unknown message as an invalid value, with its text', async () => {
    const t = await translator('en');
    expect(translateFieldMessage('the moon is not aligned', t)).toBe(
      'Invalid value (the moon is not aligned).',
    );
  });
});
