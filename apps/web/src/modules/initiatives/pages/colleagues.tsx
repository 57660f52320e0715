import { Anchor, Badge, Button, Card, Checkbox, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import {
  LeftOut,
  type MatchExcluded,
  type MatchExplanation,
  Why,
} from '../../volunteers/match-explanation.tsx';
import { type ActivityView, formatWhen } from '../api.ts';

type Ranked = {
  volunteerId: string;
  displayName: string;
  score: number;
  hoursThisMonth: number;
  explanation: MatchExplanation;
};
type Match = { ranked: Ranked[]; excluded: MatchExcluded[] };
type Staffing = { assignments: { id: string; displayName: string; status: string }[] };

/**
 * Colleagues for one session, through the volunteers module's matching: the session's needs are kept
 * there under this activity's id, candidates come ranked, and the chosen ones are invited.
 */
function Matching({ activity: a }: { activity: ActivityView }) {
  const { t } = useTranslation('initiatives');
  const staffing = useQuery({
    queryKey: ['initiatives', 'activity', a.id, 'staffing'],
    // No needs registered yet: nobody is asked yet.
    queryFn: () =>
      api
        .get<Staffing>(`/api/volunteer-activities/${a.id}`)
        .catch((err) =>
          err instanceof ApiError && err.status === 404 ? { assignments: [] } : Promise.reject(err),
        ),
  });
  const [match, setMatch] = useState<Match | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const search = useMutation({
    mutationFn: async () => {
      await api.post('/api/volunteer-activities', {
        activityId: a.id,
        title: a.initiativeTitle,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        needed: Math.max(1, a.colleaguesNeeded),
      });
      return api.post<Match>('/api/volunteers/matching', { activityId: a.id });
    },
    onSuccess: (m) => {
      setMatch(m);
      setPicked(m.ranked.slice(0, Math.max(1, a.colleaguesNeeded)).map((r) => r.volunteerId));
    },
  });
  const invite = useMutation({
    mutationFn: () =>
      api.post<{ invited: number }>(`/api/volunteer-activities/${a.id}/invitations`, {
        volunteerIds: picked,
      }),
    onSuccess: () => staffing.refetch(),
  });
  const asked = staffing.data?.assignments ?? [];
  return (
    <Stack gap="md">
      <Card withBorder component="section" aria-labelledby="asked">
        <Title order={2} size="h4" id="asked" mb="xs">
          {t('colleagues.asked')}
        </Title>
        {staffing.isError ? (
          <ErrorState error={staffing.error} onRetry={() => staffing.refetch()} />
        ) : asked.length === 0 ? (
          <Text size="sm">{t('colleagues.nobodyAsked')}</Text>
        ) : (
          <List>
            {asked.map((s) => (
              <List.Item key={s.id}>
                {s.displayName} —{' '}
                <Badge variant="outline" color="dark">
                  {t(`colleagues.status.${s.status}`)}
                </Badge>
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="candidates">
        <Title order={2} size="h4" id="candidates" mb="xs">
          {t('colleagues.candidates')}
        </Title>
        <FormAlert error={search.error ?? invite.error} />
        <Group mb="sm">
          <Button onClick={() => search.mutate()} loading={search.isPending}>
            {t('colleagues.search')}
          </Button>
        </Group>
        {match && match.ranked.length === 0 && <Text size="sm">{t('colleagues.noCandidates')}</Text>}
        {match && <LeftOut excluded={match.excluded} />}
        {match && match.ranked.length > 0 && (
          <Stack gap="xs">
            {match.ranked.map((r, i) => (
              <Card withBorder padding="xs" key={r.volunteerId}>
                <Checkbox
                  data-testid="candidate"
                  checked={picked.includes(r.volunteerId)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setPicked((p) => (on ? [...p, r.volunteerId] : p.filter((x) => x !== r.volunteerId)));
                  }}
                  label={t('colleagues.candidate', {
                    rank: i + 1,
                    name: r.displayName,
                    score: r.score,
                    hours: r.hoursThisMonth,
                  })}
                />
                <Why e={r.explanation} />
              </Card>
            ))}
            <Group>
              <Button
                onClick={() => invite.mutate()}
                disabled={picked.length === 0}
                loading={invite.isPending}
              >
                {t('colleagues.invite', { count: picked.length })}
              </Button>
              {invite.data && (
                <Text role="status">{t('colleagues.invited', { count: invite.data.invited })}</Text>
              )}
            </Group>
          </Stack>
        )}
      </Card>
    </Stack>
  );
}

export default function ColleaguesPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('initiatives');
  const activity = useQuery({
    queryKey: ['initiatives', 'activity', id],
    queryFn: () => api.get<ActivityView>(`/api/activities/${id}`),
  });
  if (activity.isPending) return <LoadingState />;
  if (activity.isError) return <ErrorState error={activity.error} onRetry={() => activity.refetch()} />;
  const a = activity.data;
  return (
    <>
      <PageTitle>{t('colleagues.title', { title: a.initiativeTitle })}</PageTitle>
      <Text>
        {formatWhen(a.startsAt, i18n.language)} · {a.place ?? a.onlineUrl}
      </Text>
      <Text mb="xs">{t('activity.colleagues', { count: a.colleaguesNeeded })}</Text>
      <Group gap="md" mb="md">
        <Anchor component={Link} to={`/initiatives/${a.initiativeId}`} size="sm">
          {t('checkIn.back')}
        </Anchor>
        <Anchor component={Link} to="/volunteers/matching" size="sm">
          {t('colleagues.fullMatching')}
        </Anchor>
      </Group>
      <Matching activity={a} />
    </>
  );
}
