import { LANGUAGES, type Language } from '@brug/domain/roles';
import { NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/form-errors.ts';
import { useMe, useUpdateProfile } from '../api/session.ts';
import { isLanguage, rememberVisitorLanguage } from '../i18n/index.ts';

/** Each language named in itself, so that someone who cannot read the current one finds theirs. */
const NATIVE_NAMES: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

/** Language choice: saved on the profile when logged in, in this browser for a visitor. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const update = useUpdateProfile();
  const current = isLanguage(i18n.language) ? i18n.language : 'nl';

  async function choose(language: Language) {
    rememberVisitorLanguage(language);
    await i18n.changeLanguage(language);
    if (me) {
      try {
        await update.mutateAsync({ language });
      } catch (err) {
        notifications.show({ color: 'red', message: errorMessage(err, t) });
      }
    }
  }

  return (
    <NativeSelect
      aria-label={t('layout.language')}
      value={current}
      onChange={(e) => {
        const v = e.currentTarget.value;
        if (isLanguage(v)) void choose(v);
      }}
      data={LANGUAGES.map((l) => ({ value: l, label: NATIVE_NAMES[l] }))}
      size="sm"
      w={130}
      data-testid="language-switcher"
    />
  );
}
