import type { RegistrationView } from '@brug/domain/initiatives';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { translateFieldMessage } from '../../../api/form-errors.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { type ActivityView, formatWhen } from '../api.ts';

type Registration = RegistrationView;

/** Check-in opens an hour before the start, as on the server. */
const CHECK_IN_OPENS_MS = 3_600_000;

function CheckInList({ activity, registrations }: { activity: ActivityView; registrations: Registration[] }) {
  const { t } = useTranslation('initiatives');
  const qc = useQueryClient();
  const standing = registrations.filter((r) => r.status !== 'cancelled');
  const [present, setPresent] = useState(() => new Set(standing.filter((r) => r.checkedIn).map((r) => r.id)));
  const checkedPeople = (ids: Set<string>) =>
    standing.filter((r) => ids.has(r.id)).reduce((n, r) => n + r.people, 0);
  // Walk-ins are what the recorded head count holds beyond the checked-in parties.
  const [walkIns, setWalkIns] = useState(() =>
    activity.attendance === null ? 0 : Math.max(0, activity.attendance - checkedPeople(present)),
  );
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  // Every tap is saved at once, one request after the other, so a phone at the door loses nothing.
  const save = (ids: Set<string>, extra: number) => {
    queue.current = queue.current.then(async () => {
      setError(null);
      try {
        const view = await api.put<ActivityView>(`/api/activities/${activity.id}/attendance`, {
          checkedInIds: [...ids],
          walkIns: extra,
        });
        setSaved(view.attendance);
        await qc.invalidateQueries({ queryKey: ['initiatives'] });
      } catch (err) {
        setError(err);
      }
    });
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(present);
    if (on) next.add(id);
    else next.delete(id);
    setPresent(next);
    save(next, walkIns);
  };
  const total = checkedPeople(present) + walkIns;
  // A refused save says which field and why, in the page's language.
  const labels: Record<string, string> = {
    checkedInIds: t('checkIn.list'),
    walkIns: t('checkIn.walkIns'),
    count: t('checkIn.walkIns'),
  };
  const refused =
    error instanceof ApiError
      ? Object.entries(error.fields).map(
          ([f, m]) => `${labels[f.split('.')[0]] ?? f}: ${translateFieldMessage(m, t)}`,
        )
      : [];
  return (
    <Stack gap="md">
      <FormAlert error={error} extra={refused} />
      {standing.length === 0 ? (
        <EmptyState title={t('checkIn.nobody')} />
      ) : (
        <Stack
          component="ul"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('checkIn.list')}
        >
          {standing.map((r) => (
            <Paper component="li" withBorder p="sm" key={r.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Checkbox
                  size="lg"
                  checked={present.has(r.id)}
                  onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                  label={t('checkIn.person', { name: r.name, count: r.people })}
                />
                {r.status === 'waiting' && (
                  <Badge variant="outline" color="dark">
                    {t('checkIn.waiting')}
                  </Badge>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <Group align="flex-end" gap="xs">
        <NumberInput
          label={t('checkIn.walkIns')}
          description={t('checkIn.walkInsHint')}
          min={0}
          value={walkIns}
          onChange={(v) => setWalkIns(Number(v) || 0)}
          w={220}
        />
        <Button onClick={() => save(present, walkIns)}>{t('checkIn.saveWalkIns')}</Button>
      </Group>
      <Text role="status" fw={600}>
        {t('checkIn.total', { count: total, capacity: activity.capacity })}
        {saved !== null && ` · ${t('checkIn.saved', { count: saved })}`}
      </Text>
      {total > activity.capacity && (
        <Alert color="yellow" styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}>
          <Text c="dark.9">{t('checkIn.overCapacity', { count: total, capacity: activity.capacity })}</Text>
        </Alert>
      )}
    </Stack>
  );
}

/** At the door, on a phone: registrants with a tap to mark them present, plus people without a registration. */
export default function CheckInPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('initiatives');
  const activity = useQuery({
    queryKey: ['initiatives', 'activity', id],
    queryFn: () => api.get<ActivityView>(`/api/activities/${id}`),
  });
  const registrations = useQuery({
    queryKey: ['initiatives', 'activity', id, 'registrations'],
    queryFn: () => api.get<Registration[]>(`/api/activities/${id}/registrations`),
    // The list is the starting point of the taps; refetching it mid-way would undo none, but would flicker.
    refetchOnWindowFocus: false,
  });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  if (activity.isPending || registrations.isPending) return <LoadingState />;
  if (activity.isError) return <ErrorState error={activity.error} onRetry={() => activity.refetch()} />;
  if (registrations.isError)
    return <ErrorState error={registrations.error} onRetry={() => registrations.refetch()} />;
  const a = activity.data;
  const open = new Date(a.startsAt).getTime() - CHECK_IN_OPENS_MS <= now;
  return (
    <>
      <PageTitle>{t('checkIn.title', { title: a.initiativeTitle })}</PageTitle>
      <Text mb="xs">
        {formatWhen(a.startsAt, i18n.language)} · {a.place ?? a.onlineUrl}
      </Text>
      <Anchor component={Link} to={`/initiatives/${a.initiativeId}`} size="sm" mb="md" display="block">
        {t('checkIn.back')}
      </Anchor>
      {a.cancelled ? (
        <Text>{t('activity.cancelled')}</Text>
      ) : open ? (
        <CheckInList activity={a} registrations={registrations.data} />
      ) : (
        <Text>{t('checkIn.notYet')}</Text>
      )}
    </>
  );
}
