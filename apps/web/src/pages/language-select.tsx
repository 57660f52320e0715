import { LANGUAGES } from '@brug/domain/roles';
import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A form field for a person's or zone's language. */
export function LanguageSelect(props: Omit<NativeSelectProps, 'data'>) {
  const { t } = useTranslation();
  return <NativeSelect {...props} data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))} />;
}
