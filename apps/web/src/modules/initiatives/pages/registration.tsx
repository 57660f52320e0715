import { Alert, Anchor, Button, Card, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../../api/client.ts';
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
  title: string;
  startsAt: string;
  place: string | null;
  onlineUrl: string | null;
  cancelled: boolean;
};

type Receipt = {
  id: string;
  status: 'confirmed' | 'waiting' | 'cancelled';
  position: number | null;
  people: number;
  activityId: string;
};

/** A registrant's own page, from their personal link: status, place on the waiting list, .ics and cancel. */
export default function RegistrationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState<PublicLanguage>(() => startLanguage(i18n.language));
  const t = publicT(language);
  // This page offers Arabic too: its own picker is the only one.
  useOwnLanguagePicker(true);
  const qc = useQueryClient();
  const [error, setError] = useState(false);
  const registration = useQuery({
    queryKey: ['public-registration', token],
    queryFn: () =>
      api.post<Receipt>('/api/public/registrations/lookup', { token }, { allowUnauthenticated: true }),
    enabled: token.length > 0,
  });
  // What the registration is for, as it stands now: a moved time or place, or a cancellation, shows here.
  const activityId = registration.data?.activityId;
  const activity = useQuery({
    queryKey: ['public-activity', activityId],
    queryFn: () =>
      api.get<PublicActivity>(`/api/public/activities/${activityId}`, { allowUnauthenticated: true }),
    enabled: Boolean(activityId),
  });
  const when = (iso: string) => formatFullDateTime(iso, language);
  useEffect(() => {
    document.title = `${t('yourRegistration')} · Brug`;
  }, [t]);
  const cancel = async () => {
    setError(false);
    try {
      await api.post('/api/public/registrations/cancel', { token });
      await qc.invalidateQueries({ queryKey: ['public-registration', token] });
    } catch {
      setError(true);
    }
  };
  const r = registration.data;
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
      <Title order={1} size="h2">
        {t('yourRegistration')}
      </Title>
      {!token || registration.isError ? (
        <Alert color="red" role="alert">
          {t('notFound')}
        </Alert>
      ) : !r ? (
        <LoadingState />
      ) : (
        <>
          <Text role="status" fw={600} data-testid="registration-status">
            {r.status === 'confirmed'
              ? t('confirmed')
              : r.status === 'waiting'
                ? t('waiting', { position: r.position ?? '' })
                : t('cancelled')}
          </Text>
          <Text>{t('peopleCount', { count: r.people })}</Text>
          {activity.data && (
            <Card withBorder>
              <Text fw={600}>{activity.data.title}</Text>
              <Text>
                <strong>{t('when')}:</strong> {when(activity.data.startsAt)}
              </Text>
              <Text>
                <strong>{t('where')}:</strong>{' '}
                {activity.data.place ??
                  (activity.data.onlineUrl && <Anchor href={activity.data.onlineUrl}>{t('online')}</Anchor>)}
              </Text>
            </Card>
          )}
          {activity.data?.cancelled && <Alert color="gray">{t('activityCancelled')}</Alert>}
          {error && (
            <Alert color="red" role="alert">
              {t('error')}
            </Alert>
          )}
          {r.status !== 'cancelled' && !activity.data?.cancelled && (
            <>
              <Anchor href={`/api/public/registrations/calendar.ics?token=${token}`}>{t('ics')}</Anchor>
              <Button color="red" variant="outline" onClick={cancel}>
                {t('cancel')}
              </Button>
            </>
          )}
          <Anchor component={Link} to={`/activities/${r.activityId}/register?lang=${language}`}>
            {t('backToActivity')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
