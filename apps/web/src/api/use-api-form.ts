import { type UseFormReturnType, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from './form-errors.ts';

type FormOptions<T extends Record<string, unknown>> = Parameters<typeof useForm<T>>[0];

/**
 * A Mantine form whose submit handler calls the API: while it runs the form is busy; when it fails,
 * field errors land on their inputs (translated) and the rest in `error`/`extra` for a FormAlert.
 */
export function useApiForm<T extends Record<string, unknown>>(
  options: FormOptions<T>,
  submit: (values: T, form: UseFormReturnType<T>) => Promise<unknown>,
) {
  const { t } = useTranslation();
  const form = useForm<T>({ mode: 'controlled', validateInputOnBlur: true, ...options });
  const [error, setError] = useState<unknown>(null);
  const [extra, setExtra] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const onSubmit = form.onSubmit(async (values) => {
    setError(null);
    setExtra([]);
    setBusy(true);
    try {
      await submit(values, form);
    } catch (err) {
      setError(err);
      setExtra(applyFieldErrors(form, err, t));
    } finally {
      setBusy(false);
    }
  });
  return { form, onSubmit, error, extra, busy, setError };
}
