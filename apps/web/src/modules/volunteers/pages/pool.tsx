import { VOLUNTEER_STATUSES, VOLUNTEER_TRANSITIONS } from '@brug/domain/volunteers/selection';
import { Anchor, Badge, Button, Group, NativeSelect } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import type { Page, VolunteerSummaryView } from '../api.ts';
import { useLanguageName } from '../language-fields.tsx';

const PAGE_SIZE = 50;

export default function PoolPage() {
  const { t } = useTranslation('volunteers');
  const me = useCurrentUser();
  const manage = me.user.role === 'coordinator';
  const queryClient = useQueryClient();
  const languageName = useLanguageName();
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['volunteers', 'pool', status, page],
    queryFn: () =>
      api.get<Page<VolunteerSummaryView>>('/api/volunteers', {
        query: { status, page, pageSize: PAGE_SIZE },
      }),
    placeholderData: keepPreviousData,
  });
  const change = useMutation({
    mutationFn: (v: { id: string; status: string }) =>
      api.post(`/api/volunteers/${v.id}/status`, { status: v.status }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['volunteers', 'pool'] }),
  });
  const columns: Column<VolunteerSummaryView>[] = [
    {
      key: 'name',
      header: t('pool.name'),
      render: (v) => (
        <Anchor component={Link} to={`/volunteers/pool/${v.id}`}>
          {v.displayName}
        </Anchor>
      ),
    },
    {
      key: 'status',
      header: t('pool.status'),
      render: (v) => <Badge variant="light">{t(`status.${v.status}`)}</Badge>,
    },
    { key: 'unit', header: t('apply.unit'), render: (v) => v.unit },
    { key: 'district', header: t('apply.district'), render: (v) => v.district },
    {
      key: 'languages',
      header: t('apply.languages'),
      render: (v) => v.languages.map((l) => languageName(l.code)).join(', '),
    },
    { key: 'cap', header: t('pool.cap'), render: (v) => v.maxHoursPerMonth },
  ];
  if (manage)
    columns.push({
      key: 'actions',
      header: t('app:common.actions'),
      render: (v) => (
        <Group gap={4} wrap="wrap">
          {VOLUNTEER_TRANSITIONS[v.status].map((to) => (
            <Button
              key={to}
              size="xs"
              variant={to === 'accepted' || to === 'active' ? 'filled' : 'default'}
              onClick={() => change.mutate({ id: v.id, status: to })}
              aria-label={t('pool.moveTo', { name: v.displayName, action: t(`pool.to.${to}`) })}
            >
              {t(`pool.to.${to}`)}
            </Button>
          ))}
        </Group>
      ),
    });
  return (
    <>
      <PageTitle>{t('pool.title')}</PageTitle>
      <FormAlert error={change.error} />
      <Group mb="sm">
        <NativeSelect
          label={t('pool.status')}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: '', label: t('app:common.all') },
            ...VOLUNTEER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
      </Group>
      {list.isLoading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={() => list.refetch()} />}
      {list.data && (
        <DataTable
          caption={t('pool.title')}
          columns={columns}
          rows={list.data.items}
          rowKey={(v) => v.id}
          page={page}
          pageSize={PAGE_SIZE}
          total={list.data.total}
          onPageChange={setPage}
          emptyText={t('pool.empty')}
        />
      )}
    </>
  );
}
