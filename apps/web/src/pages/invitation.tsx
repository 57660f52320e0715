import type { MeView } from '@brug/domain/accounts';
import { PASSWORD_MIN_LENGTH } from '@brug/domain/limits';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api } from '../api/client.ts';
import { useSetMe } from '../api/session.ts';
import { useApiForm } from '../api/use-api-form.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { ErrorState, LoadingState } from '../components/states.tsx';
import { isLanguage } from '../i18n/index.ts';
import { validators } from './validators.ts';

/** An invited person chooses a password and is logged in. */
export default function InvitationPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const setMe = useSetMe();
  const v = validators(t);
  const check = useQuery({
    queryKey: ['invitation', token],
    queryFn: () =>
      api.get<{ email: string; displayName: string; language: string }>('/api/invitations/check', {
        query: { token },
        allowUnauthenticated: true,
      }),
    enabled: token.length >= 10,
  });
  const invitedLanguage = check.data?.language;
  useEffect(() => {
    // The invitation was written in the language chosen for this person; the page follows it.
    if (isLanguage(invitedLanguage) && !localStorage.getItem('brug.language'))
      void i18n.changeLanguage(invitedLanguage);
  }, [invitedLanguage, i18n]);
  const { form, onSubmit, error, extra, busy } = useApiForm(
    {
      initialValues: { password: '', confirm: '' },
      validate: {
        password: v.password,
        confirm: (value, values) => (value === values.password ? null : t('errors.field.mismatch')),
      },
    },
    async (values) => {
      setMe(
        await api.post<MeView>(
          '/api/invitations/accept',
          { token, password: values.password },
          { allowUnauthenticated: true },
        ),
      );
      navigate('/', { replace: true });
    },
  );

  if (token.length < 10 || (check.error instanceof ApiError && check.error.status < 500)) {
    return (
      <>
        <PageTitle>{t('invitation.title')}</PageTitle>
        <Alert color="red" role="alert" mb="md">
          {t('invitation.invalid')}
        </Alert>
        <Anchor component={Link} to="/login">
          {t('login.title')}
        </Anchor>
      </>
    );
  }
  if (check.isPending) return <LoadingState />;
  if (check.error) return <ErrorState error={check.error} onRetry={() => void check.refetch()} />;
  return (
    <>
      <PageTitle>{t('invitation.title')}</PageTitle>
      <Text mb="md">{t('invitation.intro', { name: check.data.displayName, email: check.data.email })}</Text>
      <FormAlert error={error} extra={extra} />
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <input type="email" hidden readOnly autoComplete="username" value={check.data.email} />
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
            {t('invitation.submit')}
          </Button>
        </Stack>
      </form>
    </>
  );
}
