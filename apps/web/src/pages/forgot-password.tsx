import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import { useApiForm } from '../api/use-api-form.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { validators } from './validators.ts';

/** Asks for a reset link; the answer is the same whether or not the address is known. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const v = validators(t);
  const { form, onSubmit, error, extra, busy } = useApiForm(
    { initialValues: { email: '' }, validate: { email: v.email } },
    async (values) => {
      await api.post('/api/auth/password-reset/request', values, { allowUnauthenticated: true });
      setSent(true);
    },
  );
  return (
    <>
      <PageTitle>{t('forgot.title')}</PageTitle>
      {sent ? (
        <Alert color="green" role="status" mb="md">
          {t('forgot.sent')}
        </Alert>
      ) : (
        <>
          <Text mb="md">{t('forgot.intro')}</Text>
          <FormAlert error={error} extra={extra} />
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <TextInput
                label={t('fields.email')}
                type="email"
                autoComplete="username"
                required
                {...form.getInputProps('email')}
              />
              <Button type="submit" loading={busy}>
                {t('forgot.submit')}
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
