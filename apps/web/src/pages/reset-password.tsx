import { PASSWORD_MIN_LENGTH } from '@brug/domain/limits';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client.ts';
import { useApiForm } from '../api/use-api-form.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { validators } from './validators.ts';

/** Sets a new password with the link from the reset e-mail. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [done, setDone] = useState<'done' | 'awaiting' | null>(null);
  const v = validators(t);
  const { form, onSubmit, error, extra, busy } = useApiForm(
    {
      initialValues: { password: '', confirm: '' },
      validate: {
        password: v.password,
        confirm: (value, values) => (value === values.password ? null : t('errors.field.mismatch')),
      },
    },
    async (values) => {
      const res = await api.post<{ ok: true; awaitingConfirmation: boolean }>(
        '/api/auth/password-reset',
        { token, password: values.password },
        { allowUnauthenticated: true },
      );
      setDone(res.awaitingConfirmation ? 'awaiting' : 'done');
    },
  );
  return (
    <>
      <PageTitle>{t('reset.title')}</PageTitle>
      {done ? (
        <Alert color="green" role="status" mb="md">
          {done === 'awaiting' ? t('reset.awaiting') : t('reset.done')}
        </Alert>
      ) : token.length < 10 ? (
        <Alert color="red" role="alert" mb="md">
          {t('reset.invalid')}
        </Alert>
      ) : (
        <>
          <FormAlert error={error} extra={extra} />
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <PasswordInput
                label={t('fields.newPassword')}
                description={t('fields.passwordHint', { count: PASSWORD_MIN_LENGTH })}
                autoComplete="new-password"
                required
                {...form.getInputProps('password')}
              />
              <PasswordInput
                label={t('fields.confirmPassword')}
                autoComplete="new-password"
                required
                {...form.getInputProps('confirm')}
              />
              <Button type="submit" loading={busy}>
                {t('reset.submit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Text mt="md" size="sm">
        <Anchor component={Link} to="/login">
          {t('common.backToLogin')}
        </Anchor>
      </Text>
    </>
  );
}
