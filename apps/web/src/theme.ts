import { CloseButton, createTheme, PasswordInput } from '@mantine/core';

/** Names of Mantine's own buttons, in the page's language (Mantine names them in English otherwise). */
export type ThemeLabels = { close: string; showPassword: string };

/** The theme depends on the language: close buttons and the show-password button carry a translated name. */
export function buildTheme(labels: ThemeLabels) {
  // Held in a variable: Mantine's props type does not list aria attributes, which the button passes on.
  const closeButtonDefaults = { 'aria-label': labels.close };
  return createTheme({
    primaryColor: 'blue',
    primaryShade: 8, // white text on blue.8 and blue.8 on white both pass WCAG AA contrast
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
    focusRing: 'auto',
    defaultRadius: 'sm',
    components: {
      CloseButton: CloseButton.extend({ defaultProps: closeButtonDefaults }),
      PasswordInput: PasswordInput.extend({
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': labels.showPassword } },
      }),
    },
  });
}
