import { Badge, Group, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';

type Row = {
  volunteerId: string;
  displayName: string;
  hours: number;
  pendingHours: number;
  cap: number;
  nearCap: boolean;
  neverAsked: boolean;
};

const thisMonth = () => new Date().toISOString().slice(0, 7);

export default function WorkloadPage() {
  const { t } = useTranslation('volunteers');
  const [month, setMonth] = useState(thisMonth());
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const data = useQuery({
    queryKey: ['volunteers', 'workload', month],
    queryFn: () => api.get<{ month: string; rows: Row[] }>('/api/volunteers/workload', { query: { month } }),
    enabled: valid,
  });
  const columns: Column<Row>[] = [
    { key: 'name', header: t('pool.name'), render: (r) => r.displayName },
    { key: 'hours', header: t('workload.hours'), render: (r) => r.hours },
    { key: 'pending', header: t('workload.pending'), render: (r) => r.pendingHours },
    { key: 'cap', header: t('pool.cap'), render: (r) => r.cap },
    {
      key: 'flags',
      header: t('workload.flags'),
      render: (r) => (
        <Group gap={4}>
          {r.nearCap && <Badge color="orange">{t('workload.nearCap')}</Badge>}
          {r.neverAsked && <Badge color="gray">{t('workload.neverAsked')}</Badge>}
        </Group>
      ),
    },
  ];
  return (
    <>
      <PageTitle>{t('workload.title')}</PageTitle>
      <TextInput
        type="month"
        label={t('workload.month')}
        value={month}
        onChange={(e) => setMonth(e.currentTarget.value)}
        mb="sm"
        maw={240}
      />
      {data.isLoading && <LoadingState />}
      {data.error && <ErrorState error={data.error} onRetry={() => data.refetch()} />}
      {data.data && (
        <DataTable
          caption={t('workload.title')}
          columns={columns}
          rows={data.data.rows}
          rowKey={(r) => r.volunteerId}
          emptyText={t('pool.empty')}
        />
      )}
    </>
  );
}
