import { registrationOpen } from '@brug/domain/initiatives';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { type ActivityView, formatWhen, type InitiativeView, useActivities } from '../api.ts';
import { ActivityFields, activityBody, activityValues, emptyActivity } from './activity-form.tsx';

/** Check-in opens an hour before the start, as on the server. */
const CHECK_IN_OPENS_MS = 3_600_000;

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['initiatives'] });
}

type ReportView = {
  whatHappened: string;
  lessons: string;
  surveyId: string | null;
  surveyUrl: string | null;
};
type LinkableSurvey = { id: string; title: string; publicId: string };

function Report({ activityId }: { activityId: string }) {
  const { t } = useTranslation('initiatives');
  const [saved, setSaved] = useState(false);
  // The report written before, if any: the form opens with it.
  const existing = useQuery({
    queryKey: ['initiatives', 'activity', activityId, 'report'],
    queryFn: () =>
      api
        .get<ReportView>(`/api/activities/${activityId}/report`)
        .catch((err) => (err instanceof ApiError && err.status === 404 ? null : Promise.reject(err))),
  });
  const surveys = useQuery({
    queryKey: ['initiatives', 'activity', activityId, 'surveys'],
    queryFn: () => api.get<LinkableSurvey[]>(`/api/activities/${activityId}/surveys`),
  });
  const { form, onSubmit, error, extra, busy } = useApiForm(
    { initialValues: { whatHappened: '', lessons: '', surveyId: '', surveyUrl: '' } },
    async (v) => {
      setSaved(false);
      await api.put(`/api/activities/${activityId}/report`, {
        ...v,
        surveyId: v.surveyId || null,
        surveyUrl: v.surveyUrl || null,
      });
      setSaved(true);
    },
  );
  const chosen = surveys.data?.find((s) => s.id === form.values.surveyId);
  const loaded = existing.data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: fill the form once, when the saved report arrives
  useEffect(() => {
    if (loaded)
      form.setValues({
        whatHappened: loaded.whatHappened,
        lessons: loaded.lessons,
        surveyId: loaded.surveyId ?? '',
        surveyUrl: loaded.surveyUrl ?? '',
      });
  }, [loaded]);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('report.title')}>
      <Title order={4} size="h6" mt="sm">
        {t('report.title')}
      </Title>
      <FormAlert error={error} extra={extra} />
      <Stack gap="xs">
        <Textarea label={t('report.whatHappened')} required {...form.getInputProps('whatHappened')} />
        <Textarea label={t('report.lessons')} {...form.getInputProps('lessons')} />
        {(surveys.data ?? []).length > 0 && (
          <NativeSelect
            label={t('report.survey')}
            data={[
              { value: '', label: t('report.noSurvey') },
              ...(surveys.data ?? []).map((s) => ({ value: s.id, label: s.title })),
            ]}
            {...form.getInputProps('surveyId')}
          />
        )}
        {chosen && (
          <Anchor component={Link} to={`/s/${chosen.publicId}`} size="sm">
            {t('report.openSurvey', { title: chosen.title })}
          </Anchor>
        )}
        <TextInput
          label={t((surveys.data ?? []).length > 0 ? 'report.surveyUrlOther' : 'report.surveyUrl')}
          {...form.getInputProps('surveyUrl')}
        />
        <Group>
          <Button type="submit" size="sm" loading={busy}>
            {t('detail.save')}
          </Button>
          {saved && <Text role="status">{t('report.saved')}</Text>}
          {(saved || loaded) && (
            <Anchor href={`/api/activities/${activityId}/report.pdf`} size="sm">
              {t('report.pdf')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** Changes a session; only the fields that differ are sent, so an unchanged start is not checked again. */
function EditActivity({ activity, onDone }: { activity: ActivityView; onDone: () => void }) {
  const { t } = useTranslation('initiatives');
  const refresh = useRefresh();
  const initial = activityValues(activity);
  const { form, onSubmit, error, extra, busy } = useApiForm({ initialValues: initial }, async (v) => {
    const before = activityBody(initial);
    const after = activityBody(v);
    const changed = Object.fromEntries(
      Object.entries(after).filter(
        ([k, value]) => JSON.stringify(value) !== JSON.stringify(before[k as keyof typeof before]),
      ),
    );
    if (Object.keys(changed).length > 0) await api.patch(`/api/activities/${activity.id}`, changed);
    await refresh();
    onDone();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('activity.edit')}>
      <Title order={4} size="h6" mt="sm" mb="xs">
        {t('activity.edit')}
      </Title>
      <FormAlert error={error} extra={extra} />
      <ActivityFields form={form} />
      <Text size="sm" c="dimmed" mt="xs">
        {t('activity.editHint')}
      </Text>
      <Group mt="xs" gap="xs">
        <Button type="submit" size="sm" loading={busy}>
          {t('detail.save')}
        </Button>
        <Button size="sm" variant="default" onClick={onDone}>
          {t('activity.closeEdit')}
        </Button>
      </Group>
    </form>
  );
}

function ActivityItem({
  activity: a,
  manage,
  registering,
}: {
  activity: ActivityView;
  manage: boolean;
  /** Whether the initiative takes registrations (planned or running): only then is there a public page. */
  registering: boolean;
}) {
  const { t, i18n } = useTranslation('initiatives');
  const refresh = useRefresh();
  const [editing, setEditing] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [count, setCount] = useState<number>(a.attendance ?? 0);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    setBusy(true);
    try {
      await fn();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const cancel = () =>
    run(async () => {
      await api.delete(`/api/activities/${a.id}`);
      setConfirmCancel(false);
      await refresh();
    });
  const checkInOpen = new Date(a.startsAt).getTime() - CHECK_IN_OPENS_MS < Date.now();
  const ended = new Date(a.endsAt).getTime() < Date.now();
  return (
    <Card
      withBorder
      p="xs"
      data-testid="activity"
      component="article"
      aria-label={formatWhen(a.startsAt, i18n.language)}
    >
      <Group justify="space-between" gap="xs">
        <Text fw={600}>{formatWhen(a.startsAt, i18n.language)}</Text>
        {a.cancelled && <Badge color="gray">{t('activity.cancelled')}</Badge>}
      </Group>
      <Text size="sm">{a.place ?? a.onlineUrl}</Text>
      <Text size="sm">
        {t('activity.places', {
          confirmed: a.confirmedPeople,
          capacity: a.capacity,
          waiting: a.waitingPeople,
        })}
      </Text>
      <Text size="sm">{t('activity.languagesShown', { languages: a.languages.join(', ') })}</Text>
      {a.colleaguesNeeded > 0 && (
        <Text size="sm">{t('activity.colleagues', { count: a.colleaguesNeeded })}</Text>
      )}
      {a.attendance !== null && <Text size="sm">{t('activity.attendance', { count: a.attendance })}</Text>}
      <FormAlert error={error} />
      {!a.cancelled && (
        <Group gap="xs" mt={4} wrap="wrap">
          {registering ? (
            <Anchor component={Link} to={`/activities/${a.id}/register`} size="sm">
              {t('activity.publicPage')}
            </Anchor>
          ) : (
            <Text size="sm">{t('activity.registrationNotYet')}</Text>
          )}
          {manage && (
            <Anchor component={Link} to={`/activities/${a.id}/check-in`} size="sm">
              {t('activity.checkIn')}
            </Anchor>
          )}
        </Group>
      )}
      {manage && !a.cancelled && (
        <Group gap="xs" mt="xs" wrap="wrap">
          {a.colleaguesNeeded > 0 && !ended && (
            // Colleagues are matched by the volunteers module, keyed by this activity's id.
            <Button size="xs" variant="default" component={Link} to={`/activities/${a.id}/colleagues`}>
              {t('activity.findColleagues')}
            </Button>
          )}
          {!ended && (
            <Button size="xs" variant="default" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
              {t('activity.edit')}
            </Button>
          )}
          {!ended && (
            <Button size="xs" variant="outline" color="red" onClick={() => setConfirmCancel(true)}>
              {t('activity.cancel')}
            </Button>
          )}
        </Group>
      )}
      {editing && <EditActivity activity={a} onDone={() => setEditing(false)} />}
      {manage && !a.cancelled && checkInOpen && (
        <Group gap="xs" align="flex-end" mt="xs">
          <NumberInput
            label={t('activity.recordAttendance')}
            min={0}
            value={count}
            onChange={(v) => setCount(Number(v) || 0)}
            w={160}
          />
          <Button
            size="sm"
            onClick={() =>
              run(async () => {
                await api.put(`/api/activities/${a.id}/attendance`, { count });
                await refresh();
              })
            }
          >
            {t('detail.save')}
          </Button>
        </Group>
      )}
      {manage && ended && !a.cancelled && <Report activityId={a.id} />}
      <ConfirmDialog
        opened={confirmCancel}
        title={t('activity.cancelTitle')}
        message={t('activity.cancelMessage', { confirmed: a.confirmedPeople, waiting: a.waitingPeople })}
        confirmLabel={t('activity.cancel')}
        danger
        loading={busy}
        onConfirm={cancel}
        onCancel={() => setConfirmCancel(false)}
      />
    </Card>
  );
}

/** The sessions of an initiative: list, new session, and for the coordinator changes, cancellation and attendance. */
export function Activities({ initiative, manage }: { initiative: InitiativeView; manage: boolean }) {
  const { t } = useTranslation('initiatives');
  const refresh = useRefresh();
  const activities = useActivities({ initiativeId: initiative.id });
  const { form, onSubmit, error, extra, busy } = useApiForm(
    { initialValues: emptyActivity },
    async (v, f) => {
      await api.post(`/api/initiatives/${initiative.id}/activities`, activityBody(v));
      f.reset();
      await refresh();
    },
  );
  return (
    <Card withBorder component="section" aria-labelledby="activities" mb="md">
      <Title order={2} size="h4" id="activities" mb="sm">
        {t('detail.activities')}
      </Title>
      {activities.data?.length === 0 ? (
        <Text c="dimmed" mb={manage ? 'md' : 0}>
          {t('detail.noActivities')}
        </Text>
      ) : (
        <Stack gap="xs" mb={manage ? 'md' : 0}>
          {(activities.data ?? []).map((a) => (
            <ActivityItem
              key={a.id}
              activity={a}
              manage={manage}
              registering={registrationOpen(initiative.status)}
            />
          ))}
        </Stack>
      )}
      {manage && (
        <form onSubmit={onSubmit} noValidate aria-label={t('activity.new')}>
          <Title order={3} size="h5" mb="xs">
            {t('activity.new')}
          </Title>
          <FormAlert error={error} extra={extra} />
          <ActivityFields form={form} />
          <Group mt="xs">
            <Button type="submit" loading={busy}>
              {t('activity.add')}
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}
