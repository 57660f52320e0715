import { Alert, Anchor, Center, Loader, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../../api/client.ts';
import { errorMessage } from '../../../api/form-errors.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { formatDateTime } from '../api.ts';

type Outcome = { status: string; changed: boolean; title: string; startsAt: string };

/** The one-click answer from the e-mail: the link's secret answers the request, once. */
export default function RespondPage() {
  const { t, i18n } = useTranslation('volunteers');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const answer = params.get('answer') === 'decline' ? 'decline' : 'accept';
  const send = useMutation({
    mutationFn: () =>
      api.post<Outcome>(
        '/api/volunteers/assignments/respond',
        { token, answer },
        { allowUnauthenticated: true },
      ),
  });
  const { mutate } = send;
  useEffect(() => {
    if (token) mutate();
  }, [token, mutate]);
  return (
    <Stack maw={560} mx="auto" p="md">
      <PageTitle>{t('respond.title')}</PageTitle>
      {send.isPending && (
        <Center role="status">
          <Loader size="sm" aria-hidden="true" />
          <Text ml="sm">{t('respond.sending')}</Text>
        </Center>
      )}
      {send.error && (
        <Alert color="red" role="alert">
          {errorMessage(send.error, t)}
        </Alert>
      )}
      {send.data && (
        <Alert color={send.data.status === 'accepted' ? 'green' : 'blue'} role="status">
          <Text fw={600}>
            {send.data.status === 'accepted' ? t('respond.accepted') : t('respond.declined')}
          </Text>
          <Text>
            {send.data.title} — {formatDateTime(send.data.startsAt, i18n.language)}
          </Text>
        </Alert>
      )}
      <Anchor component={Link} to="/volunteers/me">
        {t('respond.toProfile')}
      </Anchor>
    </Stack>
  );
}
