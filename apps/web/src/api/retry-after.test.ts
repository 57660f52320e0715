import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { i18nOptions } from '../i18n/index.ts';
import { ApiError } from './client.ts';
import { errorMessage } from './form-errors.ts';

async function translator(language: 'nl' | 'fr' | 'en') {
  const i18n = createInstance();
  await i18n.init(i18nOptions(language));
  return i18n.t;
}

describe('a throttled login says how long to wait, in the person’s language', () => {
  const throttled = (seconds: number) =>
    new ApiError(429, 'TOO_MANY_REQUESTS', 'Too many failed logins; try again later', {}, seconds);
  const login = { TOO_MANY_REQUESTS: 'errors.LOGIN_THROTTLED' };

  it('names seconds and minutes with the right plural', async () => {
    const nl = await translator('nl');
    expect(errorMessage(throttled(15), nl, login)).toContain('over 15 seconden');
    expect(errorMessage(throttled(61), nl, login)).toContain('over 2 minuten');
    expect(errorMessage(throttled(60), nl, login)).toContain('over 1 minuut');
    const fr = await translator('fr');
    expect(errorMessage(throttled(900), fr, login)).toContain('dans 15 minutes');
    expect(errorMessage(throttled(1), fr, login)).toContain('dans 1 seconde');
    const en = await translator('en');
    expect(errorMessage(throttled(30), en, login)).toContain('in 30 seconds');
    expect(errorMessage(throttled(30), en, login)).toContain('a browser you used before');
  });
});
