import type { MeView } from '@brug/domain/accounts';
import { PASSWORD_MIN_LENGTH } from '@brug/domain/limits';
import type { Language } from '@brug/domain/roles';
import { Button, Divider, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useCurrentUser, useSetMe, useUpdateProfile } from '../api/session.ts';
import { useApiForm } from '../api/use-api-form.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { BureauOutbox } from './bureau-outbox.tsx';
import { LanguageSelect } from './language-select.tsx';
import { PendingPasswordResets } from './password-reset-notices.tsx';
import { validators } from './validators.ts';

export default function ProfilePage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const update = useUpdateProfile();
  const setMe = useSetMe();
  const v = validators(t);
  const profile = useApiForm(
    {
      initialValues: { displayName: me.user.displayName, language: me.user.language as Language },
      validate: { displayName: v.name },
    },
    async (values) => {
      const saved = await update.mutateAsync(values);
      await i18n.changeLanguage(saved.user.language);
      notifications.show({ color: 'green', message: t('profile.saved') });
    },
  );
  const password = useApiForm(
    {
      initialValues: { currentPassword: '', newPassword: '', confirm: '' },
      validate: {
        currentPassword: v.required,
        newPassword: v.password,
        confirm: (value, values) => (value === values.newPassword ? null : t('errors.field.mismatch')),
      },
    },
    async (values, form) => {
      setMe(
        await api.post<MeView>('/api/me/password', {
          currentPassword: values.currentPassword,
          newPassword: values.newPassword,
        }),
      );
      form.reset();
      notifications.show({ color: 'green', message: t('profile.passwordChanged') });
    },
  );
  return (
    <Stack maw={520} gap="lg">
      <PageTitle>{t('profile.title')}</PageTitle>
      <PendingPasswordResets />
      <BureauOutbox />
      <Text>
        {me.user.email} · {t(`roles.${me.user.role}`)}
      </Text>
      <form onSubmit={profile.onSubmit} noValidate aria-labelledby="profile-details">
        <Title order={2} size="h4" id="profile-details" mb="sm">
          {t('profile.details')}
        </Title>
        <FormAlert error={profile.error} extra={profile.extra} />
        <Stack>
          <TextInput
            label={t('fields.displayName')}
            autoComplete="name"
            required
            {...profile.form.getInputProps('displayName')}
          />
          <LanguageSelect label={t('fields.language')} {...profile.form.getInputProps('language')} />
          <Button type="submit" loading={profile.busy} style={{ alignSelf: 'flex-start' }}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
      <Divider />
      <form onSubmit={password.onSubmit} noValidate aria-labelledby="profile-password">
        <Title order={2} size="h4" id="profile-password" mb="sm">
          {t('profile.password')}
        </Title>
        <FormAlert error={password.error} extra={password.extra} />
        <Stack>
          <input type="email" hidden readOnly autoComplete="username" value={me.user.email} />
          <PasswordInput
            label={t('fields.currentPassword')}
            autoComplete="current-password"
            required
            {...password.form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('fields.newPassword')}
            description={t('fields.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...password.form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('fields.confirmPassword')}
            autoComplete="new-password"
            required
            {...password.form.getInputProps('confirm')}
          />
          <Button type="submit" loading={password.busy} style={{ alignSelf: 'flex-start' }}>
            {t('profile.changePassword')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
