import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { i18nOptions } from './i18n/index.ts';
import { buildTheme } from './theme.ts';

describe('Mantine’s own buttons in the page’s language', () => {
  it.each([
    ['nl', 'Wachtwoord tonen of verbergen'],
    ['fr', 'Afficher ou masquer le mot de passe'],
    ['en', 'Show or hide the password'],
  ] as const)('names the show-password button in %s', async (language, name) => {
    const i18n = createInstance();
    await i18n.init(i18nOptions(language));
    const theme = buildTheme({ close: i18n.t('common.close'), showPassword: i18n.t('common.showPassword') });
    const props = theme.components?.PasswordInput?.defaultProps as {
      visibilityToggleButtonProps: { 'aria-label': string };
    };
    expect(props.visibilityToggleButtonProps['aria-label']).toBe(name);
    expect(theme.components?.CloseButton?.defaultProps).toMatchObject({
      'aria-label': i18n.t('common.close'),
    });
  });
});
