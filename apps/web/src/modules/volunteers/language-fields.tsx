import { LANGUAGE_LEVELS, SPOKEN_LANGUAGES } from '@brug/domain/volunteers/constants';
import { Button, Group, NativeSelect, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/** A language's name in the reader's language (Intl), falling back to our own list. */
export function useLanguageName() {
  const { t, i18n } = useTranslation('volunteers');
  const names = new Intl.DisplayNames([i18n.language], { type: 'language', fallback: 'none' });
  return (code: string) => t(`languageNames.${code}`, { defaultValue: names.of(code) ?? code });
}

type WithLanguages = { languages: { code: string; level: string }[] };

/** Rows of language + level, as many as the colleague speaks. */
export function LanguageFields<T extends WithLanguages>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation('volunteers');
  const name = useLanguageName();
  const languages = form.getValues().languages;
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>{t('apply.languages')}</legend>
      {languages.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional form fields
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('apply.language', { n: i + 1 })}
            data={SPOKEN_LANGUAGES.map((code) => ({ value: code, label: name(code) }))}
            {...form.getInputProps(`languages.${i}.code`)}
          />
          <NativeSelect
            label={t('apply.level', { n: i + 1 })}
            data={LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
            {...form.getInputProps(`languages.${i}.level`)}
          />
          {languages.length > 1 && (
            <Button variant="subtle" onClick={() => form.removeListItem('languages', i)}>
              {t('apply.removeLanguage', { n: i + 1 })}
            </Button>
          )}
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          onClick={() => form.insertListItem('languages', { code: 'fr', level: 'conversational' } as never)}
        >
          {t('apply.addLanguage')}
        </Button>
      </Group>
    </Stack>
  );
}
