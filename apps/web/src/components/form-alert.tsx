import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/form-errors.ts';

/** The general message of a failed form submission, plus field errors the form has no input for. */
export function FormAlert({
  error,
  extra = [],
  overrides,
}: {
  error: unknown;
  extra?: string[];
  /** i18n keys per error code where this form means something more specific (login: 401). */
  overrides?: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" title={errorMessage(error, t, overrides)} mb="md">
      {extra.length > 0 && (
        <List size="sm">
          {extra.map((e) => (
            <List.Item key={e}>{e}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
