import { describe, expect, it } from 'vitest';
import { publicT } from './public-texts.ts';

describe('public registration texts', () => {
  it('say one place or several places, in each language’s own plural', () => {
    expect(publicT('nl')('placesLeft', { count: 1 })).toBe('Nog 1 plaats vrij');
    expect(publicT('nl')('placesLeft', { count: 4 })).toBe('Nog 4 plaatsen vrij');
    expect(publicT('fr')('placesLeft', { count: 1 })).toBe('Encore 1 place libre');
    expect(publicT('fr')('placesLeft', { count: 2 })).toBe('Encore 2 places libres');
    expect(publicT('en')('placesLeft', { count: 1 })).toBe('1 place left');
    expect(publicT('ar')('placesLeft', { count: 2 })).toBe('مكانان متبقيان');
    expect(publicT('ar')('placesLeft', { count: 5 })).toBe('5 أماكن متبقية');
  });

  it('falls back to Dutch and fills in values', () => {
    expect(publicT('en')('waiting', { position: 3 })).toBe('You are on the waiting list (place 3)');
    expect(publicT('ar')('language')).toBe('اللغة');
    // A field without its own message is empty, so the page can fall back to the general one.
    expect(publicT('nl')('error_activity' as never)).toBe('');
  });
});
