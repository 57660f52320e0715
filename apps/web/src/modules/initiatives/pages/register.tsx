import { REGISTRATION_PARTY_MAX } from '@brug/domain/initiatives';
import {
  Alert,
  Anchor,
  Button,
  Card,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { formatFullDateTime } from '../../../components/format.ts';
import { LoadingState } from '../../../components/states.tsx';
import { useOwnLanguagePicker } from '../../../layout/page-language.ts';
import {
  dirOf,
  NATIVE_NAMES,
  PUBLIC_LANGUAGES,
  type PublicLanguage,
  publicT,
  startLanguage,
} from '../public-texts.ts';

type PublicActivity = {
  id: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  languages: string[];
  placesLeft: number;
  open: boolean;
  cancelled: boolean;
};
type Receipt = {
  id: string;
  status: 'confirmed' | 'waiting' | 'cancelled';
  position: number | null;
  token: string;
};

/** Public registration for one activity: no account, on a phone, in Dutch, French, English or Arabic. */
export default function RegisterPage() {
  const { id = '' } = useParams();
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState<PublicLanguage>(() => startLanguage(i18n.language));
  const t = publicT(language);
  // This page offers Arabic too: its own picker is the only one.
  useOwnLanguagePicker(true);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const activity = useQuery({
    queryKey: ['public-activity', id],
    queryFn: () => api.get<PublicActivity>(`/api/public/activities/${id}`, { allowUnauthenticated: true }),
  });
  const form = useForm({ initialValues: { name: '', contact: '', people: 1 } });
  useEffect(() => {
    document.title = activity.data ? `${activity.data.title} · Brug` : 'Brug';
  }, [activity.data]);

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      const r = await api.post<Receipt>(`/api/public/activities/${id}/registrations`, {
        name: v.name,
        contact: v.contact || undefined,
        people: v.people,
        language,
      });
      setReceipt(r);
      // The places left change with this registration: show them as they are now.
      void activity.refetch();
    } catch (err) {
      if (err instanceof ApiError && err.fields) {
        for (const [field] of Object.entries(err.fields))
          form.setFieldError(field, t(`error_${field}` as never) || t('error'));
      }
      setFailure(t('error'));
    }
  });

  const when = (iso: string) => formatFullDateTime(iso, language);

  return (
    <Stack dir={dirOf(language)} lang={language} gap="md">
      <NativeSelect
        label={t('language')}
        value={language}
        onChange={(e) => {
          const l = e.currentTarget.value as PublicLanguage;
          setLanguage(l);
          if (l !== 'ar') void i18n.changeLanguage(l);
        }}
        data={PUBLIC_LANGUAGES.map((l) => ({ value: l, label: NATIVE_NAMES[l] }))}
        w={180}
      />
      {activity.isPending ? (
        <LoadingState />
      ) : activity.isError ? (
        <Alert color="red" role="alert">
          {t('notFound')}
        </Alert>
      ) : (
        <>
          <Title order={1} size="h2">
            {activity.data.title}
          </Title>
          {activity.data.description && (
            <Text style={{ whiteSpace: 'pre-wrap' }}>{activity.data.description}</Text>
          )}
          <Card withBorder>
            <Text>
              <strong>{t('when')}:</strong> {when(activity.data.startsAt)}
            </Text>
            <Text>
              <strong>{t('where')}:</strong>{' '}
              {activity.data.place ??
                (activity.data.onlineUrl && <Anchor href={activity.data.onlineUrl}>{t('online')}</Anchor>)}
            </Text>
            <Text>
              {activity.data.placesLeft > 0
                ? t('placesLeft', { count: activity.data.placesLeft })
                : t('full')}
            </Text>
          </Card>
          {receipt ? (
            <Alert
              color={receipt.status === 'confirmed' ? 'green' : 'yellow'}
              role="status"
              // The light yellow alert's own title colour fails WCAG contrast; dark text passes on both.
              styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}
              title={
                receipt.status === 'confirmed'
                  ? t('confirmed')
                  : t('waiting', { position: receipt.position ?? '' })
              }
            >
              <Stack gap="xs">
                <Text>{t('keepLink')}</Text>
                <Anchor component={Link} to={`/registration?token=${receipt.token}&lang=${language}`}>
                  {t('manage')}
                </Anchor>
                <Anchor href={`/api/public/registrations/calendar.ics?token=${receipt.token}`}>
                  {t('ics')}
                </Anchor>
              </Stack>
            </Alert>
          ) : activity.data.cancelled ? (
            <Alert color="gray">{t('activityCancelled')}</Alert>
          ) : !activity.data.open ? (
            <Alert color="gray">{t('closed')}</Alert>
          ) : (
            <form onSubmit={submit} noValidate aria-label={t('formLabel')}>
              <Stack gap="sm">
                {failure && (
                  <Alert color="red" role="alert">
                    {failure}
                  </Alert>
                )}
                <TextInput
                  label={t('name')}
                  description={t('nameHint')}
                  required
                  autoComplete="nickname"
                  {...form.getInputProps('name')}
                />
                <TextInput
                  label={t('contact')}
                  description={t('contactHint')}
                  autoComplete="email"
                  {...form.getInputProps('contact')}
                />
                <NumberInput
                  label={t('people')}
                  min={1}
                  max={REGISTRATION_PARTY_MAX}
                  required
                  {...form.getInputProps('people')}
                />
                <Button type="submit" size="md">
                  {activity.data.placesLeft > 0 ? t('submit') : t('submitWaiting')}
                </Button>
              </Stack>
            </form>
          )}
        </>
      )}
    </Stack>
  );
}
