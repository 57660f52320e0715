import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogin, useMe } from '../api/session.ts';
import { useApiForm } from '../api/use-api-form.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { validators } from './validators.ts';

/** Only same-site paths: a crafted ?next= must not send someone to another site. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const login = useLogin();
  const v = validators(t);
  const next = safeNext(params.get('next'));
  const { form, onSubmit, error, extra, busy } = useApiForm(
    { initialValues: { email: '', password: '' }, validate: { email: v.email, password: v.required } },
    async (values) => {
      await login.mutateAsync(values);
      navigate(next, { replace: true });
    },
  );
  if (me && !busy) return <Navigate to={next} replace />;
  return (
    <>
      <PageTitle>{t('login.title')}</PageTitle>
      <FormAlert
        error={error}
        extra={extra}
        overrides={{ UNAUTHENTICATED: 'errors.LOGIN_FAILED', TOO_MANY_REQUESTS: 'errors.LOGIN_THROTTLED' }}
      />
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={busy}>
            {t('login.submit')}
          </Button>
          <Text size="sm">
            <Anchor component={Link} to="/forgot-password">
              {t('login.forgot')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </>
  );
}
