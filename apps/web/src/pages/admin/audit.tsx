import type { UserView } from '@brug/domain/accounts';
import type { AuditEntryView } from '@brug/domain/audit';
import { Button, Code, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { AuditAnchorPanel } from '../../components/audit-anchor.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { formatDateTime } from './format.ts';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
const PAGE_SIZE = 50;

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const [actorId, setActorId] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const [debouncedAction] = useDebouncedValue(action, 300);
  const users = useQuery({
    queryKey: ['users', 'all-for-audit'],
    queryFn: () => api.get<Page<UserView>>('/api/users', { query: { pageSize: 200 } }),
  });
  const entries = useQuery({
    queryKey: ['audit', { actorId, action: debouncedAction, from, to, page }],
    queryFn: () =>
      api.get<Page<AuditEntryView>>('/api/audit', {
        query: { actorId, action: debouncedAction, from, to, page, pageSize: PAGE_SIZE },
      }),
    placeholderData: keepPreviousData,
  });
  const reset = () => {
    setActorId('');
    setAction('');
    setFrom('');
    setTo('');
    setPage(1);
  };
  const columns: Column<AuditEntryView>[] = [
    { key: 'at', header: t('audit.at'), render: (e) => formatDateTime(e.at, i18n.language) },
    { key: 'actor', header: t('audit.actor'), render: (e) => e.actorEmail ?? t('audit.system') },
    { key: 'action', header: t('audit.action'), render: (e) => <Code>{e.action}</Code> },
    {
      key: 'target',
      header: t('audit.target'),
      render: (e) =>
        e.targetType ? `${e.targetType}${e.targetId ? ` ${e.targetId.slice(0, 8)}` : ''}` : '—',
    },
    {
      key: 'details',
      header: t('audit.details'),
      render: (e) =>
        Object.keys(e.details).length ? (
          <Code style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(e.details)}</Code>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <AuditAnchorPanel />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('audit.actor')}
          value={actorId}
          onChange={(e) => {
            setActorId(e.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: '', label: t('common.all') },
            ...(users.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${u.displayName} (${u.email})`,
            })),
          ]}
          w={{ base: '100%', xs: 260 }}
        />
        <TextInput
          label={t('audit.action')}
          placeholder="user.invite"
          value={action}
          onChange={(e) => {
            setAction(e.currentTarget.value);
            setPage(1);
          }}
        />
        <TextInput
          label={t('audit.from')}
          type="date"
          value={from}
          onChange={(e) => {
            setFrom(e.currentTarget.value);
            setPage(1);
          }}
        />
        <TextInput
          label={t('audit.to')}
          type="date"
          value={to}
          onChange={(e) => {
            setTo(e.currentTarget.value);
            setPage(1);
          }}
        />
        <Button variant="default" onClick={reset}>
          {t('common.clearFilters')}
        </Button>
      </Group>
      {entries.isPending ? (
        <LoadingState />
      ) : entries.error ? (
        <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <DataTable
          caption={t('audit.title')}
          columns={columns}
          rows={entries.data.items}
          rowKey={(e) => e.id}
          emptyText={t('audit.empty')}
          page={page}
          pageSize={PAGE_SIZE}
          total={entries.data.total}
          onPageChange={setPage}
        />
      )}
    </>
  );
}
