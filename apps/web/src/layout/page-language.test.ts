import { describe, expect, it } from 'vitest';
import { needsOwnPicker } from './page-language.ts';

describe('one language picker on a public page', () => {
  it('leaves it to the header when the page speaks only the app’s languages', () => {
    expect(needsOwnPicker(['nl', 'fr', 'en'])).toBe(false);
    expect(needsOwnPicker(['nl'])).toBe(false);
  });
  it('shows the page’s own when it offers more (Arabic, a survey’s extra language)', () => {
    expect(needsOwnPicker(['nl', 'fr', 'en', 'ar'])).toBe(true);
    expect(needsOwnPicker(['nl', 'tr'])).toBe(true);
  });
});
