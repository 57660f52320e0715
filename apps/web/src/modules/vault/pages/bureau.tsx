import type { BureauView } from '@brug/domain/vault';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';

type Member = BureauView['members'][number];
type UserRow = { id: string; displayName: string; email: string; status: string };

function RegisterBureau() {
  const { t } = useTranslation('vault');
  const client = useQueryClient();
  const { form, onSubmit, error, extra, busy } = useApiForm<{ name: string }>(
    { initialValues: { name: '' } },
    async (v) => {
      await api.post('/api/bureau', { name: v.name });
      await client.invalidateQueries({ queryKey: ['bureau'] });
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={480}>
        <Text>{t('bureau.none')}</Text>
        <FormAlert error={error} extra={extra} />
        <TextInput label={t('bureau.name')} required {...form.getInputProps('name')} />
        <Button type="submit" loading={busy} w="fit-content">
          {t('bureau.register')}
        </Button>
      </Stack>
    </form>
  );
}

/** Adds a researcher account that already exists, or invites a new one and adds it at once. */
function AddResearcher({ bureau }: { bureau: BureauView }) {
  const { t } = useTranslation('vault');
  const client = useQueryClient();
  const researchers = useQuery({
    queryKey: ['users', 'researcher'],
    queryFn: () =>
      api.get<{ items: UserRow[] }>('/api/users', { query: { role: 'researcher', pageSize: 200 } }),
  });
  const candidates = (researchers.data?.items ?? []).filter(
    (u) => !bureau.members.some((m) => m.userId === u.id),
  );
  const [userId, setUserId] = useState('');
  const [addError, setAddError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function refresh() {
    await client.invalidateQueries({ queryKey: ['bureau'] });
    await client.invalidateQueries({ queryKey: ['users', 'researcher'] });
  }
  async function addExisting() {
    setAddError(null);
    try {
      await api.post('/api/bureau/members', { userId });
      setUserId('');
      setDone(t('bureau.added'));
      await refresh();
    } catch (err) {
      setAddError(err);
    }
  }
  const invite = useApiForm<{ email: string; displayName: string; language: string }>(
    { initialValues: { email: '', displayName: '', language: 'nl' } },
    async (v, f) => {
      const user = await api.post<UserRow>('/api/users', { ...v, role: 'researcher' });
      await api.post('/api/bureau/members', { userId: user.id });
      f.reset();
      setDone(t('bureau.invited', { email: user.email }));
      await refresh();
    },
  );
  return (
    <Stack gap="lg" maw={480}>
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      {candidates.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('bureau.addExisting')}
          </Title>
          <FormAlert error={addError} />
          <NativeSelect
            label={t('bureau.researcher')}
            value={userId}
            onChange={(e) => setUserId(e.currentTarget.value)}
            data={[
              { value: '', label: '—' },
              ...candidates.map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` })),
            ]}
          />
          <Button onClick={addExisting} disabled={!userId} w="fit-content">
            {t('bureau.add')}
          </Button>
        </Stack>
      )}
      <form onSubmit={invite.onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('bureau.inviteTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('bureau.inviteHint')}
          </Text>
          <FormAlert error={invite.error} extra={invite.extra} />
          <TextInput label={t('bureau.displayName')} required {...invite.form.getInputProps('displayName')} />
          <TextInput
            type="email"
            label={t('bureau.email')}
            required
            {...invite.form.getInputProps('email')}
          />
          <NativeSelect
            label={t('bureau.language')}
            data={[
              { value: 'nl', label: 'Nederlands' },
              { value: 'fr', label: 'Français' },
              { value: 'en', label: 'English' },
            ]}
            {...invite.form.getInputProps('language')}
          />
          <Button type="submit" loading={invite.busy} w="fit-content">
            {t('bureau.invite')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

/** The zone's independent research bureau: the admin registers it and its researcher accounts. */
export default function BureauPage() {
  const { t } = useTranslation('vault');
  const { user } = useCurrentUser();
  const client = useQueryClient();
  const isAdmin = user.role === 'admin';
  const bureau = useQuery({
    queryKey: ['bureau'],
    queryFn: () => api.get<BureauView>('/api/bureau'),
    retry: false,
  });
  const [removing, setRemoving] = useState<Member | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);

  async function remove() {
    if (!removing) return;
    setRemoveError(null);
    try {
      await api.delete(`/api/bureau/members/${removing.userId}`);
      await client.invalidateQueries({ queryKey: ['bureau'] });
    } catch (err) {
      setRemoveError(err);
    } finally {
      setRemoving(null);
    }
  }

  const missing = bureau.error instanceof ApiError && bureau.error.status === 404;
  return (
    <Stack gap="md">
      <PageTitle>{t('bureau.title')}</PageTitle>
      <Text>{t('bureau.explain')}</Text>
      {bureau.isPending ? (
        <LoadingState />
      ) : missing ? (
        isAdmin ? (
          <RegisterBureau />
        ) : (
          <Alert color="gray">{t('bureau.noneYet')}</Alert>
        )
      ) : bureau.isError ? (
        <ErrorState error={bureau.error} onRetry={() => bureau.refetch()} />
      ) : (
        <>
          <Group gap="sm">
            <Title order={2} size="h3">
              {bureau.data.name}
            </Title>
            <Text>({t(bureau.data.vaultCreated ? 'bureau.vaultCreated' : 'bureau.vaultNotYet')})</Text>
          </Group>
          <FormAlert error={removeError} />
          <DataTable
            caption={t('bureau.members')}
            rows={bureau.data.members}
            rowKey={(m) => m.userId}
            emptyText={t('bureau.noMembers')}
            columns={[
              { key: 'name', header: t('bureau.researcher'), render: (m) => m.displayName },
              {
                key: 'key',
                header: t('bureau.key'),
                render: (m) => t(m.holdsKey ? 'bureau.holdsKey' : 'bureau.noKey'),
              },
              ...(isAdmin
                ? [
                    {
                      key: 'actions',
                      header: t('bureau.actions'),
                      render: (m: Member) => (
                        <Button
                          size="xs"
                          variant="outline"
                          color="red"
                          aria-label={`${t('bureau.remove')} ${m.displayName}`}
                          onClick={() => setRemoving(m)}
                        >
                          {t('bureau.remove')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Text size="sm" c="dimmed">
            {t('bureau.keyHint')}
          </Text>
          {isAdmin && <AddResearcher bureau={bureau.data} />}
        </>
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={t('bureau.removeTitle')}
        message={t('bureau.removeMessage', { name: removing?.displayName ?? '' })}
        confirmLabel={t('bureau.remove')}
        danger
        onConfirm={remove}
        onCancel={() => setRemoving(null)}
      />
    </Stack>
  );
}
