import type { AssignmentView, VolunteerView } from '@brug/domain/volunteers/schemas';
import { VOLUNTEER_TRANSITIONS } from '@brug/domain/volunteers/selection';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { formatDateTime } from '../api.ts';
import { useLanguageName } from '../language-fields.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['volunteers', 'detail', id] }),
      queryClient.invalidateQueries({ queryKey: ['volunteers', 'pool'] }),
    ]);
}

function StatusForm({ v }: { v: VolunteerView }) {
  const { t } = useTranslation('volunteers');
  const refresh = useRefresh(v.id);
  const next = VOLUNTEER_TRANSITIONS[v.status];
  const { form, onSubmit, error, extra, busy } = useApiForm(
    {
      initialValues: { status: next[0] ?? '', note: '' },
      validate: { status: (s) => (s ? null : t('detail.required')) },
    },
    async (values, f) => {
      await api.post(`/api/volunteers/${v.id}/status`, {
        status: values.status,
        ...(values.note.trim() ? { note: values.note } : {}),
      });
      f.reset();
      await refresh();
    },
  );
  if (next.length === 0) return null;
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert error={error} extra={extra} />
      <Stack gap="sm" mt="sm">
        <NativeSelect
          label={t('detail.nextStatus')}
          data={next.map((s) => ({ value: s, label: t(`pool.to.${s}`) }))}
          {...form.getInputProps('status')}
        />
        <Textarea label={t('detail.statusNote')} autosize minRows={2} {...form.getInputProps('note')} />
        <Group>
          <Button type="submit" loading={busy}>
            {t('detail.changeStatus')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TextForm({
  v,
  kind,
  label,
  submitLabel,
}: {
  v: VolunteerView;
  kind: 'notes' | 'messages';
  label: string;
  submitLabel: string;
}) {
  const { t } = useTranslation('volunteers');
  const refresh = useRefresh(v.id);
  const { form, onSubmit, error, extra, busy } = useApiForm(
    {
      initialValues: { text: '' },
      validate: { text: (s) => (s.trim() ? null : t('detail.required')) },
    },
    async (values, f) => {
      await api.post(`/api/volunteers/${v.id}/${kind}`, { text: values.text });
      f.reset();
      await refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert error={error} extra={extra} />
      <Stack gap="sm" mt="sm">
        <Textarea label={label} required autosize minRows={2} {...form.getInputProps('text')} />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TrainingForm({ v }: { v: VolunteerView }) {
  const { t } = useTranslation('volunteers');
  const refresh = useRefresh(v.id);
  const { form, onSubmit, error, extra, busy } = useApiForm(
    {
      initialValues: { name: '', completedOn: '' },
      validate: {
        name: (s) => (s.trim() ? null : t('detail.required')),
        completedOn: (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? null : t('detail.dateRequired')),
      },
    },
    async (values, f) => {
      await api.post(`/api/volunteers/${v.id}/trainings`, values);
      f.reset();
      await refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert error={error} extra={extra} />
      <Stack gap="sm" mt="sm">
        <TextInput label={t('detail.trainingName')} required {...form.getInputProps('name')} />
        <TextInput
          type="date"
          label={t('detail.trainingDate')}
          required
          {...form.getInputProps('completedOn')}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('detail.addTraining')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CancelDialog({
  assignment,
  volunteerId,
  onClose,
}: {
  assignment: AssignmentView | null;
  volunteerId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('volunteers');
  const refresh = useRefresh(volunteerId);
  const { form, onSubmit, error, extra, busy } = useApiForm(
    { initialValues: { reason: '', inviteNext: true } },
    async (values, f) => {
      if (!assignment) return;
      await api.post(`/api/volunteers/assignments/${assignment.id}/cancel`, {
        ...(values.reason.trim() ? { reason: values.reason } : {}),
        inviteNext: values.inviteNext,
      });
      f.reset();
      await refresh();
      onClose();
    },
  );
  return (
    <Modal opened={assignment !== null} onClose={onClose} title={t('detail.cancelTitle')} centered>
      <form onSubmit={onSubmit} noValidate>
        <FormAlert error={error} extra={extra} />
        <Text mb="sm">{t('detail.cancelMessage', { title: assignment?.title ?? '' })}</Text>
        <Textarea label={t('detail.cancelReason')} autosize minRows={2} {...form.getInputProps('reason')} />
        <Checkbox
          mt="sm"
          label={t('detail.cancelInviteNext')}
          {...form.getInputProps('inviteNext', { type: 'checkbox' })}
        />
        <Group justify="flex-end" gap="sm" mt="md">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('detail.keep')}
          </Button>
          <Button type="submit" color="red" loading={busy}>
            {t('detail.confirmCancel')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}

export default function VolunteerDetailPage() {
  const { t, i18n } = useTranslation('volunteers');
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const manage = me.user.role === 'coordinator';
  const languageName = useLanguageName();
  const [cancelling, setCancelling] = useState<AssignmentView | null>(null);
  const detail = useQuery({
    queryKey: ['volunteers', 'detail', id],
    queryFn: () => api.get<VolunteerView>(`/api/volunteers/${id}`),
  });
  if (detail.isLoading) return <LoadingState />;
  if (detail.error || !detail.data)
    return <ErrorState error={detail.error} onRetry={() => detail.refetch()} />;
  const v = detail.data;
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <>
      <Anchor component={Link} to="/volunteers" mb="xs" display="inline-block">
        {t('detail.back')}
      </Anchor>
      <PageTitle>{v.displayName}</PageTitle>
      <Stack gap="md">
        <Section id="vd-profile" title={t('detail.profile')}>
          <Stack gap={4}>
            <Text>
              {t('detail.email')}: <Anchor href={`mailto:${v.email}`}>{v.email}</Anchor>
            </Text>
            <Text>
              {t('apply.unit')}: {v.unit}
            </Text>
            <Text>
              {t('apply.district')}: {v.district}
            </Text>
            <Text>
              {t('apply.languages')}:{' '}
              {v.languages.map((l) => `${languageName(l.code)} (${t(`levels.${l.level}`)})`).join(', ')}
            </Text>
            <Text>
              {t('pool.cap')}: {v.maxHoursPerMonth}
            </Text>
            <Text>
              {t('apply.motivation')}: {v.motivation}
            </Text>
          </Stack>
        </Section>

        <Section id="vd-status" title={t('detail.statusTitle')}>
          <Group gap="xs">
            <Text>{t('pool.status')}:</Text>
            <Badge variant="light">{t(`status.${v.status}`)}</Badge>
          </Group>
          <Title order={3} size="h5" mt="sm">
            {t('detail.history')}
          </Title>
          <List size="sm">
            {v.history.map((h) => (
              <List.Item key={`${h.at}-${h.to}`}>
                {when(h.at)}: {h.from ? `${t(`status.${h.from}`)} → ` : ''}
                {t(`status.${h.to}`)}
                {h.note ? ` — ${h.note}` : ''}
              </List.Item>
            ))}
          </List>
          {manage && <StatusForm key={v.status} v={v} />}
        </Section>

        {manage && (
          <Section id="vd-notes" title={t('detail.notes')}>
            <Alert color="yellow" mb="xs">
              {t('detail.notesInternal')}
            </Alert>
            {v.notes.length === 0 && <Text c="dimmed">{t('detail.noNotes')}</Text>}
            <Stack gap="xs">
              {v.notes.map((n) => (
                <Text key={n.id}>
                  <strong>{n.authorName}</strong> ({when(n.at)}): {n.text}
                </Text>
              ))}
            </Stack>
            <TextForm v={v} kind="notes" label={t('detail.newNote')} submitLabel={t('detail.addNote')} />
          </Section>
        )}

        <Section id="vd-messages" title={t('detail.messages')}>
          {manage && (
            <Text size="sm" mb="xs">
              {t('detail.messagesHint')}
            </Text>
          )}
          {v.messages.length === 0 && <Text c="dimmed">{t('detail.noMessages')}</Text>}
          <Stack gap="xs">
            {v.messages.map((m) => (
              <Text key={m.id}>
                <strong>{m.authorName}</strong> ({when(m.at)}): {m.text}
              </Text>
            ))}
          </Stack>
          {manage && (
            <TextForm
              v={v}
              kind="messages"
              label={t('detail.newMessage')}
              submitLabel={t('detail.sendMessage')}
            />
          )}
        </Section>

        <Section id="vd-trainings" title={t('detail.trainings')}>
          {v.trainings.length === 0 && <Text c="dimmed">{t('detail.noTrainings')}</Text>}
          <List size="sm">
            {v.trainings.map((tr) => (
              <List.Item key={tr.id}>
                {tr.name} — {tr.completedOn}
              </List.Item>
            ))}
          </List>
          {manage && <TrainingForm v={v} />}
        </Section>

        <Section id="vd-assignments" title={t('detail.assignments')}>
          <CancelDialog assignment={cancelling} volunteerId={v.id} onClose={() => setCancelling(null)} />
          {v.assignments.length === 0 ? (
            <Text c="dimmed">{t('me.noAssignments')}</Text>
          ) : (
            <Box
              style={{ overflowX: 'auto' }}
              tabIndex={0}
              role="region"
              aria-label={t('detail.assignments')}
            >
              <Table miw={320}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('matching.activityTitle')}</Table.Th>
                    <Table.Th>{t('matching.date')}</Table.Th>
                    <Table.Th>{t('detail.hours')}</Table.Th>
                    <Table.Th>{t('pool.status')}</Table.Th>
                    {manage && <Table.Th>{t('app:common.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {v.assignments.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{a.title}</Table.Td>
                      <Table.Td>{when(a.startsAt)}</Table.Td>
                      <Table.Td>{a.hours}</Table.Td>
                      <Table.Td>{t(`detail.assignmentStatus.${a.status}`)}</Table.Td>
                      {manage && (
                        <Table.Td>
                          {(a.status === 'invited' || a.status === 'accepted') && (
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => setCancelling(a)}
                              aria-label={t('detail.cancelFor', { title: a.title })}
                            >
                              {t('detail.cancel')}
                            </Button>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Box>
          )}
        </Section>
      </Stack>
    </>
  );
}
