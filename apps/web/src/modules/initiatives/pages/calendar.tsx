import { Anchor, Badge, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoment } from '../../../components/format.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { type ActivityView, formatWhen, useActivities } from '../api.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** Activities by day, from a chosen date on. */
export default function CalendarPage() {
  const { t, i18n } = useTranslation('initiatives');
  const [from, setFrom] = useState(today());
  const activities = useActivities({ from });
  const days = new Map<string, ActivityView[]>();
  for (const a of activities.data ?? []) {
    const day = formatMoment(a.startsAt, i18n.language, { dateStyle: 'full' });
    days.set(day, [...(days.get(day) ?? []), a]);
  }
  return (
    <>
      <PageTitle>{t('calendar.title')}</PageTitle>
      <TextInput
        type="date"
        label={t('calendar.from')}
        value={from}
        onChange={(e) => setFrom(e.currentTarget.value)}
        mb="md"
        w={200}
      />
      {activities.isPending ? (
        <LoadingState />
      ) : activities.isError ? (
        <ErrorState error={activities.error} onRetry={() => activities.refetch()} />
      ) : days.size === 0 ? (
        <EmptyState title={t('calendar.empty')} />
      ) : (
        <Stack>
          {[...days].map(([day, items]) => (
            <section key={day} aria-label={day}>
              <Title order={2} size="h5" mb="xs">
                {day}
              </Title>
              <Stack gap="xs">
                {items.map((a) => (
                  <Card withBorder key={a.id} p="sm">
                    <Group justify="space-between" wrap="wrap">
                      <Anchor component={Link} to={`/initiatives/${a.initiativeId}`} fw={600}>
                        {a.initiativeTitle}
                      </Anchor>
                      {a.cancelled && <Badge color="red">{t('activity.cancelled')}</Badge>}
                    </Group>
                    <Text size="sm">
                      {formatWhen(a.startsAt, i18n.language)} · {a.place ?? a.onlineUrl}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t('activity.places', {
                        confirmed: a.confirmedPeople,
                        capacity: a.capacity,
                        waiting: a.waitingPeople,
                      })}
                    </Text>
                  </Card>
                ))}
              </Stack>
            </section>
          ))}
        </Stack>
      )}
    </>
  );
}
