import { ROUNDTABLE_ATTENDANCE, type RoundtableView } from '@brug/domain/roundtables';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { SendInvitationsForm } from '../../outreach/send-invitations-form.tsx';
import { formatWhen, isoToLocal, localToIso } from '../when.ts';

type Participant = RoundtableView['participants'][number];
type Option = { id: string; name: string };

/** Agenda and minutes: programme data, written by the coordinator, read by the programme team. */
function Texts({ rt, canEdit }: { rt: RoundtableView; canEdit: boolean }) {
  const { t } = useTranslation('roundtables');
  const client = useQueryClient();
  const [agenda, setAgenda] = useState(rt.agenda);
  const [minutes, setMinutes] = useState(rt.minutes);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  async function save() {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const next = await api.patch<RoundtableView>(`/api/roundtables/${rt.id}`, { agenda, minutes });
      client.setQueryData(['roundtable', rt.id], next);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  if (!canEdit) {
    return (
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('fields.agenda')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{rt.agenda || '—'}</Text>
        <Title order={2} size="h4">
          {t('fields.minutes')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{rt.minutes || '—'}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="sm" maw={720}>
      <FormAlert error={error} />
      <Textarea
        label={t('fields.agenda')}
        autosize
        minRows={3}
        value={agenda}
        onChange={(e) => setAgenda(e.currentTarget.value)}
      />
      <Textarea
        label={t('fields.minutes')}
        description={t('minutesHint')}
        autosize
        minRows={6}
        value={minutes}
        onChange={(e) => {
          setMinutes(e.currentTarget.value);
          setSaved(false);
        }}
      />
      <Group>
        <Button onClick={save} loading={busy}>
          {t('save')}
        </Button>
        <Text size="sm" role="status" aria-live="polite">
          {saved ? t('saved') : ''}
        </Text>
      </Group>
    </Stack>
  );
}

type DetailsForm = { title: string; startsAt: string; endsAt: string; place: string };

/**
 * Title, date and place. Before the roundtable begins all can change; everyone still expected is mailed
 * the new date or place with an updated calendar invitation. Afterwards date and place are history.
 */
function Details({ rt, begun, onClose }: { rt: RoundtableView; begun: boolean; onClose: () => void }) {
  const { t } = useTranslation('roundtables');
  const client = useQueryClient();
  const { form, onSubmit, error, extra, busy } = useApiForm<DetailsForm>(
    {
      initialValues: {
        title: rt.title,
        startsAt: isoToLocal(rt.startsAt),
        endsAt: isoToLocal(rt.endsAt),
        place: rt.place,
      },
    },
    async (v) => {
      const change: Record<string, string> = {};
      if (v.title !== rt.title) change.title = v.title;
      if (!begun) {
        if (v.startsAt !== isoToLocal(rt.startsAt) || v.endsAt !== isoToLocal(rt.endsAt)) {
          change.startsAt = localToIso(v.startsAt);
          change.endsAt = localToIso(v.endsAt);
        }
        if (v.place !== rt.place) change.place = v.place;
      }
      if (Object.keys(change).length > 0) {
        const next = await api.patch<RoundtableView>(`/api/roundtables/${rt.id}`, change);
        client.setQueryData(['roundtable', rt.id], next);
        await client.invalidateQueries({ queryKey: ['roundtables'] });
      }
      onClose();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={560}>
        <Title order={2} size="h4">
          {t('details.title')}
        </Title>
        <FormAlert error={error} extra={extra} />
        <TextInput label={t('fields.title')} required {...form.getInputProps('title')} />
        {begun ? (
          <Alert color="gray">{t('details.begun')}</Alert>
        ) : (
          <>
            <TextInput
              type="datetime-local"
              label={t('fields.startsAt')}
              required
              {...form.getInputProps('startsAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('fields.endsAt')}
              required
              {...form.getInputProps('endsAt')}
            />
            <TextInput label={t('fields.place')} required {...form.getInputProps('place')} />
            <Text size="sm" c="dimmed">
              {t('details.notifyHint')}
            </Text>
          </>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {t('save')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('details.back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Invite colleagues (accounts) and contacts of partner organisations; e-mail invitations go through
 * outreach, with the invitations page's choice, preview and confirmation.
 */
function Invite({ rt, begun }: { rt: RoundtableView; begun: boolean }) {
  const { t, i18n } = useTranslation('roundtables');
  const client = useQueryClient();
  const users = useQuery({
    queryKey: ['users', 'active'],
    queryFn: () =>
      api.get<{ items: { id: string; displayName: string; role: string }[] }>('/api/users', {
        query: { status: 'active', pageSize: 200 },
      }),
  });
  const orgs = useQuery({
    queryKey: ['organisations', 'all'],
    queryFn: () =>
      api.get<{ items: Option[] }>('/api/partners/organisations', { query: { pageSize: 200, sort: 'name' } }),
  });
  const [userId, setUserId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [contactId, setContactId] = useState('');
  const contacts = useQuery({
    queryKey: ['contacts', organisationId],
    queryFn: () =>
      api.get<{ id: string; name: string; erased: boolean }[]>(
        `/api/partners/organisations/${organisationId}/contacts`,
      ),
    enabled: organisationId !== '',
  });
  const waves = useQuery({
    queryKey: ['outreach-waves'],
    queryFn: () => api.get<{ items: { id: string; name: string; number: number }[] }>('/api/outreach/waves'),
  });
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function run(action: () => Promise<string>) {
    setError(null);
    setDone(null);
    try {
      setDone(await action());
      await client.invalidateQueries({ queryKey: ['roundtable', rt.id] });
    } catch (err) {
      setError(err);
    }
  }
  const addUser = () =>
    run(async () => {
      const next = await api.post<RoundtableView>(`/api/roundtables/${rt.id}/participants`, { userId });
      setUserId('');
      return t('participants.added', { name: next.participants.at(-1)?.name ?? '' });
    });
  const addContact = () =>
    run(async () => {
      const next = await api.post<RoundtableView>(`/api/roundtables/${rt.id}/participants`, { contactId });
      setContactId('');
      return t('participants.added', { name: next.participants.at(-1)?.name ?? '' });
    });
  // A roundtable dated in the past: the invitation would ask people to a meeting that is over.
  const pastWhen = formatWhen(rt.startsAt, i18n.language);

  return (
    <Stack gap="md" maw={560}>
      <Title order={2} size="h4">
        {t('participants.invite')}
      </Title>
      {begun && (
        // The title in body text: Mantine's yellow title colour is below AA on its background.
        <Alert color="yellow">
          <Text fw={700}>{t('participants.pastTitle')}</Text>
          <Text>{t('participants.pastWarning', { when: pastWhen })}</Text>
        </Alert>
      )}
      <FormAlert error={error} />
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      <Group align="flex-end">
        <NativeSelect
          label={t('participants.internal')}
          value={userId}
          onChange={(e) => setUserId(e.currentTarget.value)}
          data={[
            { value: '', label: '—' },
            ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName })),
          ]}
        />
        <Button onClick={addUser} disabled={!userId}>
          {t('participants.addInternal')}
        </Button>
      </Group>
      <NativeSelect
        label={t('participants.organisation')}
        value={organisationId}
        onChange={(e) => {
          setOrganisationId(e.currentTarget.value);
          setContactId('');
        }}
        data={[
          { value: '', label: '—' },
          ...(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      {organisationId && (
        <Group align="flex-end">
          <NativeSelect
            label={t('participants.contact')}
            value={contactId}
            onChange={(e) => setContactId(e.currentTarget.value)}
            data={[
              { value: '', label: '—' },
              ...(contacts.data ?? []).filter((c) => !c.erased).map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <Button onClick={addContact} disabled={!contactId}>
            {t('participants.addExternal')}
          </Button>
        </Group>
      )}
      <Title order={2} size="h4">
        {t('participants.mail')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('participants.mailHint')}
      </Text>
      <SendInvitationsForm
        waves={waves.data?.items ?? []}
        roundtableId={rt.id}
        warning={
          begun
            ? {
                title: t('participants.pastTitle'),
                confirm: (numbers) => t('participants.pastConfirm', { when: pastWhen, ...numbers }),
                confirmLabel: t('participants.pastSend'),
              }
            : undefined
        }
        onSent={() => client.invalidateQueries({ queryKey: ['roundtable', rt.id] })}
      />
    </Stack>
  );
}

/** One roundtable: when and where, participants with attendance, agenda and minutes. */
export default function RoundtablePage() {
  const { t, i18n } = useTranslation('roundtables');
  const { id = '' } = useParams();
  const { user } = useCurrentUser();
  const client = useQueryClient();
  const canEdit = user.role === 'coordinator';
  const rt = useQuery({
    queryKey: ['roundtable', id],
    queryFn: () => api.get<RoundtableView>(`/api/roundtables/${id}`),
  });
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    if (!removing) return;
    setBusy(true);
    setError(null);
    setRemoved(null);
    try {
      const next = await api.delete<RoundtableView>(`/api/roundtables/${id}/participants/${removing.id}`);
      client.setQueryData(['roundtable', id], next);
      setRemoved(t('participants.removed', { name: removing.name }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  }

  async function attendance(p: Participant, value: string) {
    setError(null);
    try {
      const next = await api.put<RoundtableView>(`/api/roundtables/${id}/participants/${p.id}/attendance`, {
        attendance: value,
      });
      client.setQueryData(['roundtable', id], next);
    } catch (err) {
      setError(err);
    }
  }

  if (rt.isPending) return <LoadingState />;
  if (rt.isError) return <ErrorState error={rt.error} onRetry={() => rt.refetch()} />;
  const r = rt.data;
  const begun = Date.parse(r.startsAt) <= Date.now();
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/roundtables">
        {t('back')}
      </Anchor>
      <PageTitle>{r.title}</PageTitle>
      <dl className="stacked-row">
        <div>
          <dt>{t('fields.startsAt')}</dt>
          <dd>{formatWhen(r.startsAt, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('fields.endsAt')}</dt>
          <dd>{formatWhen(r.endsAt, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('fields.place')}</dt>
          <dd>{r.place}</dd>
        </div>
      </dl>
      {canEdit &&
        (editing ? (
          <Details rt={r} begun={begun} onClose={() => setEditing(false)} />
        ) : (
          <Button variant="light" w="fit-content" onClick={() => setEditing(true)}>
            {t('details.edit')}
          </Button>
        ))}
      <Title order={2} size="h3">
        {t('participants.title')}
      </Title>
      <FormAlert error={error} />
      {removed && (
        <Alert color="green" role="status">
          {removed}
        </Alert>
      )}
      <DataTable
        caption={t('participants.caption')}
        rows={r.participants}
        rowKey={(p) => p.id}
        emptyText={t('participants.empty')}
        columns={[
          { key: 'name', header: t('participants.name'), render: (p) => p.name },
          { key: 'kind', header: t('participants.kind'), render: (p) => t(`participants.kinds.${p.kind}`) },
          { key: 'org', header: t('participants.organisation'), render: (p) => p.organisationName ?? '—' },
          {
            key: 'attendance',
            header: t('participants.attendance'),
            render: (p) =>
              canEdit ? (
                <NativeSelect
                  aria-label={`${t('participants.attendance')}: ${p.name}`}
                  value={p.attendance}
                  onChange={(e) => attendance(p, e.currentTarget.value)}
                  data={ROUNDTABLE_ATTENDANCE.map((a) => ({ value: a, label: t(`attendance.${a}`) }))}
                />
              ) : (
                t(`attendance.${p.attendance}`)
              ),
          },
          ...(canEdit && !begun
            ? [
                {
                  key: 'remove',
                  header: t('participants.actions'),
                  render: (p: Participant) => (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      aria-label={`${t('participants.remove')}: ${p.name}`}
                      onClick={() => setRemoving(p)}
                    >
                      {t('participants.remove')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t('participants.removeTitle')}
        message={t('participants.removeMessage', { name: removing?.name ?? '' })}
        confirmLabel={t('participants.remove')}
        danger
        loading={busy}
        onConfirm={remove}
        onCancel={() => setRemoving(null)}
      />
      {canEdit && <Invite rt={r} begun={begun} />}
      <Title order={2} size="h3">
        {t('texts')}
      </Title>
      <Texts key={r.id} rt={r} canEdit={canEdit} />
    </Stack>
  );
}
