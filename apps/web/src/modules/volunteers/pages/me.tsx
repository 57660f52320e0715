import { Anchor, Badge, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { formatDateTime, type OwnVolunteerView } from '../api.ts';
import { useLanguageName } from '../language-fields.tsx';

export default function MyVolunteeringPage() {
  const { t, i18n } = useTranslation('volunteers');
  const queryClient = useQueryClient();
  const languageName = useLanguageName();
  const [feedUrl, setFeedUrl] = useState('');
  const me = useQuery({
    queryKey: ['volunteers', 'me'],
    queryFn: () => api.get<OwnVolunteerView>('/api/volunteers/me'),
    retry: false,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['volunteers', 'me'] });
  const respond = useMutation({
    mutationFn: (v: { id: string; answer: 'accept' | 'decline' }) =>
      api.post(`/api/volunteers/me/assignments/${v.id}/respond`, { answer: v.answer }),
    onSuccess: refresh,
  });
  const feed = useMutation({
    mutationFn: () => api.post<{ url: string }>('/api/volunteers/me/calendar'),
    onSuccess: (r) => {
      setFeedUrl(r.url);
      refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: () => api.delete('/api/volunteers/me/calendar'),
    onSuccess: () => {
      setFeedUrl('');
      refresh();
    },
  });
  if (me.isLoading) return <LoadingState />;
  if (me.error instanceof ApiError && me.error.status === 404)
    return (
      <>
        <PageTitle>{t('me.title')}</PageTitle>
        <Text mb="sm">{t('me.notApplied')}</Text>
        <Anchor component={Link} to="/volunteers/apply">
          {t('calls.apply')}
        </Anchor>
      </>
    );
  if (me.error || !me.data) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  const v = me.data;
  const mutationError = respond.error ?? feed.error ?? revoke.error;
  return (
    <>
      <PageTitle>{t('me.title')}</PageTitle>
      <FormAlert error={mutationError} />
      <Stack gap="md">
        <Card withBorder component="section" aria-labelledby="me-status">
          <Title order={2} size="h4" id="me-status">
            {t('me.status')}: {t(`status.${v.status}`)}
          </Title>
          <Text mt="xs">{t('me.hours', { hours: v.hoursThisMonth, cap: v.maxHoursPerMonth })}</Text>
          <Text>
            {v.languages.map((l) => `${languageName(l.code)} (${t(`levels.${l.level}`)})`).join(', ')}
          </Text>
          <List size="sm" mt="xs">
            {v.history.map((h) => (
              <List.Item key={h.at}>
                {formatDateTime(h.at, i18n.language)}: {t(`status.${h.to}`)}
              </List.Item>
            ))}
          </List>
        </Card>

        <Card withBorder component="section" aria-labelledby="me-assignments">
          <Title order={2} size="h4" id="me-assignments" mb="xs">
            {t('me.assignments')}
          </Title>
          {v.assignments.length === 0 && <Text c="dimmed">{t('me.noAssignments')}</Text>}
          <Stack gap="xs">
            {v.assignments.map((a) => (
              <Group key={a.id} justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Text fw={600}>{a.title}</Text>
                  <Text size="sm">
                    {formatDateTime(a.startsAt, i18n.language)} · {t('me.hoursShort', { hours: a.hours })}
                  </Text>
                </div>
                <Group gap="xs">
                  <Badge variant="light">{t(`assignmentStatus.${a.status}`)}</Badge>
                  {a.status === 'invited' && (
                    <>
                      <Button size="xs" onClick={() => respond.mutate({ id: a.id, answer: 'accept' })}>
                        {t('respond.accept')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => respond.mutate({ id: a.id, answer: 'decline' })}
                      >
                        {t('respond.decline')}
                      </Button>
                    </>
                  )}
                </Group>
              </Group>
            ))}
          </Stack>
        </Card>

        <Card withBorder component="section" aria-labelledby="me-calendar">
          <Title order={2} size="h4" id="me-calendar" mb="xs">
            {t('me.calendar')}
          </Title>
          <Text size="sm" mb="xs">
            {t('me.calendarHint')}
          </Text>
          {feedUrl && (
            <TextInput
              readOnly
              label={t('me.calendarUrl')}
              value={feedUrl}
              mb="xs"
              data-testid="calendar-url"
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
          <Group gap="xs">
            <Button onClick={() => feed.mutate()} loading={feed.isPending}>
              {v.calendarFeed ? t('me.calendarRenew') : t('me.calendarCreate')}
            </Button>
            {v.calendarFeed && (
              <Button variant="default" onClick={() => revoke.mutate()} loading={revoke.isPending}>
                {t('me.calendarRevoke')}
              </Button>
            )}
          </Group>
        </Card>

        {v.messages.length > 0 && (
          <Card withBorder component="section" aria-labelledby="me-messages">
            <Title order={2} size="h4" id="me-messages" mb="xs">
              {t('me.messages')}
            </Title>
            {v.messages.map((m) => (
              <Text key={m.id} mb="xs">
                <strong>{m.authorName}</strong> ({formatDateTime(m.at, i18n.language)}): {m.text}
              </Text>
            ))}
          </Card>
        )}
        {v.trainings.length > 0 && (
          <Card withBorder component="section" aria-labelledby="me-trainings">
            <Title order={2} size="h4" id="me-trainings" mb="xs">
              {t('me.trainings')}
            </Title>
            <List size="sm">
              {v.trainings.map((tr) => (
                <List.Item key={tr.id}>
                  {tr.name} — {tr.completedOn}
                </List.Item>
              ))}
            </List>
          </Card>
        )}
        <Group>
          <Anchor href="/api/volunteers/me/export" download="vrijwilliger.json">
            {t('me.export')}
          </Anchor>
        </Group>
      </Stack>
    </>
  );
}
