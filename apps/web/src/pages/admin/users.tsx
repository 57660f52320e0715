import type { UserView } from '@brug/domain/accounts';
import { canInviteRole } from '@brug/domain/permissions';
import { ROLES, type Role } from '@brug/domain/roles';
import { Badge, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/form-errors.ts';
import { useCurrentUser } from '../../api/session.ts';
import { useApiForm } from '../../api/use-api-form.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { LanguageSelect } from '../language-select.tsx';
import { validators } from '../validators.ts';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
const PAGE_SIZE = 20;
const STATUSES = ['invited', 'active', 'deactivated'] as const;

export default function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const isAdmin = me.user.role === 'admin';
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [inviting, setInviting] = useState(false);
  const [confirming, setConfirming] = useState<UserView | null>(null);

  const users = useQuery({
    queryKey: ['users', { q: debouncedQ, role, status, page }],
    queryFn: () =>
      api.get<Page<UserView>>('/api/users', {
        query: { q: debouncedQ, role, status, page, pageSize: PAGE_SIZE },
      }),
    placeholderData: keepPreviousData,
  });

  const update = useMutation({
    mutationFn: ({
      id,
      change,
    }: {
      id: string;
      change: { role?: Role; status?: 'active' | 'deactivated' };
    }) => api.patch<UserView>(`/api/users/${id}`, change),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('users.saved') });
      void qc.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (err) => notifications.show({ color: 'red', message: errorMessage(err, t) }),
  });
  const resend = useMutation({
    mutationFn: (id: string) => api.post(`/api/users/${id}/resend-invitation`),
    onSuccess: () => notifications.show({ color: 'green', message: t('users.resent') }),
    onError: (err) => notifications.show({ color: 'red', message: errorMessage(err, t) }),
  });

  const columns: Column<UserView>[] = [
    { key: 'name', header: t('fields.displayName'), render: (u) => u.displayName },
    { key: 'email', header: t('fields.email'), render: (u) => u.email },
    {
      key: 'role',
      header: t('fields.role'),
      render: (u) =>
        isAdmin && u.id !== me.user.id ? (
          <NativeSelect
            aria-label={t('users.roleOf', { name: u.displayName })}
            value={u.role}
            size="xs"
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            onChange={(e) => update.mutate({ id: u.id, change: { role: e.currentTarget.value as Role } })}
          />
        ) : (
          t(`roles.${u.role}`)
        ),
    },
    {
      key: 'status',
      header: t('fields.status'),
      render: (u) => (
        <Badge color={u.status === 'active' ? '#1b5e20' : u.status === 'invited' ? '#0b4f8a' : '#495057'}>
          {t(`userStatus.${u.status}`)}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (u) => (
        <Group gap="xs" wrap="nowrap">
          {u.status === 'invited' && canInviteRole(me.user.role as Role, u.role) && (
            <Button
              size="xs"
              variant="light"
              onClick={() => resend.mutate(u.id)}
              aria-label={t('users.resendTo', { name: u.displayName })}
            >
              {t('users.resend')}
            </Button>
          )}
          {isAdmin && u.id !== me.user.id && u.status === 'active' && (
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => setConfirming(u)}
              aria-label={t('users.deactivateName', { name: u.displayName })}
            >
              {t('users.deactivate')}
            </Button>
          )}
          {isAdmin && u.status === 'deactivated' && (
            <Button
              size="xs"
              variant="light"
              onClick={() => update.mutate({ id: u.id, change: { status: 'active' } })}
              aria-label={t('users.reactivateName', { name: u.displayName })}
            >
              {t('users.reactivate')}
            </Button>
          )}
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageTitle actions={<Button onClick={() => setInviting(true)}>{t('users.invite')}</Button>}>
        {t('users.title')}
      </PageTitle>
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('users.search')}
          type="search"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', xs: 240 }}
        />
        <NativeSelect
          label={t('fields.role')}
          value={role}
          onChange={(e) => {
            setRole(e.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: '', label: t('common.all') },
            ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
          ]}
        />
        <NativeSelect
          label={t('fields.status')}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: '', label: t('common.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`userStatus.${s}`) })),
          ]}
        />
      </Group>
      {users.isPending ? (
        <LoadingState />
      ) : users.error ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <DataTable
          caption={t('users.title')}
          columns={columns}
          rows={users.data.items}
          rowKey={(u) => u.id}
          emptyText={t('users.empty')}
          page={page}
          pageSize={PAGE_SIZE}
          total={users.data.total}
          onPageChange={setPage}
        />
      )}
      <InviteDialog opened={inviting} onClose={() => setInviting(false)} inviter={me.user.role as Role} />
      <ConfirmDialog
        opened={confirming !== null}
        title={t('users.deactivate')}
        message={t('users.deactivateConfirm', { name: confirming?.displayName ?? '' })}
        confirmLabel={t('users.deactivate')}
        danger
        loading={update.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() =>
          confirming &&
          update.mutate(
            { id: confirming.id, change: { status: 'deactivated' } },
            { onSettled: () => setConfirming(null) },
          )
        }
      />
    </>
  );
}

function InviteDialog({ opened, onClose, inviter }: { opened: boolean; onClose: () => void; inviter: Role }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const v = validators(t);
  const roles = ROLES.filter((r) => canInviteRole(inviter, r));
  const { form, onSubmit, error, extra, busy, setError } = useApiForm(
    {
      initialValues: {
        email: '',
        displayName: '',
        role: roles.includes('colleague') ? 'colleague' : roles[0],
        language: 'nl',
      },
      validate: { email: v.email, displayName: v.name },
    },
    async (values, f) => {
      await api.post<UserView>('/api/users', values);
      notifications.show({ color: 'green', message: t('users.invited', { email: values.email }) });
      void qc.invalidateQueries({ queryKey: ['users'] });
      f.reset();
      onClose();
    },
  );
  return (
    <Modal
      opened={opened}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={t('users.invite')}
    >
      <FormAlert error={error} extra={extra} />
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput
            label={t('fields.displayName')}
            required
            data-autofocus
            {...form.getInputProps('displayName')}
          />
          <TextInput label={t('fields.email')} type="email" required {...form.getInputProps('email')} />
          <NativeSelect
            label={t('fields.role')}
            data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            {...form.getInputProps('role')}
          />
          <LanguageSelect label={t('fields.language')} {...form.getInputProps('language')} />
          <Button type="submit" loading={busy}>
            {t('users.sendInvitation')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
