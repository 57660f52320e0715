import type { MeView } from '@brug/domain/accounts';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client.ts';
import { useSetMe } from '../api/session.ts';
import { useApiForm } from '../api/use-api-form.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { ErrorState, LoadingState } from '../components/states.tsx';
import { isLanguage } from '../i18n/index.ts';
import { LanguageSelect } from './language-select.tsx';
import { validators } from './validators.ts';

/** First run: the person holding the printed set-up link creates the zone and the first admin. */
export default function SetupPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const setMe = useSetMe();
  const v = validators(t);
  const status = useQuery({
    queryKey: ['setup-status', token],
    queryFn: () =>
      api.get<{ needsSetup: boolean; tokenValid?: boolean }>('/api/setup/status', { query: { token } }),
  });
  const { form, onSubmit, error, extra, busy } = useApiForm(
    {
      initialValues: {
        zoneName: '',
        displayName: '',
        email: '',
        password: '',
        language: isLanguage(i18n.language) ? i18n.language : 'nl',
      },
      validate: { zoneName: v.name, displayName: v.name, email: v.email, password: v.password },
    },
    async (values) => {
      setMe(await api.post<MeView>('/api/setup', { ...values, token }, { allowUnauthenticated: true }));
      navigate('/', { replace: true });
    },
  );

  if (status.isPending) return <LoadingState />;
  if (status.error) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data.needsSetup) {
    return (
      <>
        <PageTitle>{t('setup.title')}</PageTitle>
        <Alert color="blue" mb="md">
          {t('setup.done')}
        </Alert>
        <Anchor component={Link} to="/login">
          {t('login.title')}
        </Anchor>
      </>
    );
  }
  if (!status.data.tokenValid) {
    return (
      <>
        <PageTitle>{t('setup.title')}</PageTitle>
        <Alert color="red" role="alert">
          {t('setup.invalidLink')}
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('setup.title')}</PageTitle>
      <Text mb="md">{t('setup.intro')}</Text>
      <FormAlert error={error} extra={extra} />
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput label={t('fields.zoneName')} required {...form.getInputProps('zoneName')} />
          <TextInput
            label={t('fields.displayName')}
            autoComplete="name"
            required
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.newPassword')}
            description={t('fields.passwordHint', { count: 12 })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <LanguageSelect label={t('fields.language')} {...form.getInputProps('language')} />
          <Button type="submit" loading={busy}>
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </>
  );
}
