import { Alert, Badge, Code, Spoiler, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { formatDateTime } from './format.ts';

type Mail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
};
type Outbox = { items: Mail[]; total: number; page: number; pageSize: number; smtp: boolean };
const PAGE_SIZE = 20;

/** Mail the platform sent or queued; without SMTP this is where invitation links are read. */
export default function OutboxPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const outbox = useQuery({
    queryKey: ['outbox', page],
    queryFn: () => api.get<Outbox>('/api/outbox', { query: { page, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const columns: Column<Mail>[] = [
    {
      key: 'createdAt',
      header: t('outbox.created'),
      render: (m) => formatDateTime(m.createdAt, i18n.language),
    },
    { key: 'to', header: t('outbox.to'), render: (m) => m.to },
    {
      key: 'subject',
      header: t('outbox.subject'),
      render: (m) => (
        <>
          <Text size="sm" fw={600}>
            {m.subject}
          </Text>
          <Spoiler maxHeight={0} showLabel={t('outbox.show')} hideLabel={t('outbox.hide')}>
            <Code block style={{ whiteSpace: 'pre-wrap', maxWidth: '60ch' }}>
              {m.text}
            </Code>
          </Spoiler>
        </>
      ),
    },
    {
      key: 'status',
      header: t('fields.status'),
      render: (m) => (
        <Badge color={m.status === 'sent' ? '#1b5e20' : '#495057'}>
          {t(`outbox.status.${m.status}`, { defaultValue: m.status })}
        </Badge>
      ),
    },
  ];
  return (
    <>
      <PageTitle>{t('outbox.title')}</PageTitle>
      {outbox.data && !outbox.data.smtp && (
        <Alert color="blue" mb="md">
          {t('outbox.noSmtp')}
        </Alert>
      )}
      {outbox.isPending ? (
        <LoadingState />
      ) : outbox.error ? (
        <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : (
        <DataTable
          caption={t('outbox.title')}
          columns={columns}
          rows={outbox.data.items}
          rowKey={(m) => m.id}
          emptyText={t('outbox.empty')}
          page={page}
          pageSize={PAGE_SIZE}
          total={outbox.data.total}
          onPageChange={setPage}
        />
      )}
    </>
  );
}
