import { DEFAULT_FOCUS_AREAS, RELATIONSHIP_STATUSES } from '@brug/domain/partners';
import { Anchor, Badge, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, buildUrl } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { download, type OrganisationView, type Page, useZoneDistricts, type WaveView } from '../api.ts';
import { ProgrammePicker, useProgrammeChoice } from '../programme-picker.tsx';

const PAGE_SIZE = 25;
const SORTS = ['name', '-name', '-createdAt', 'postcode', 'relevance'] as const;
type Filters = {
  q: string;
  focusArea: string;
  district: string;
  kind: string;
  dialogue: string;
  status: string;
  sort: string;
};
const EMPTY: Filters = {
  q: '',
  focusArea: '',
  district: '',
  kind: '',
  dialogue: '',
  status: '',
  sort: 'name',
};

export default function OrganisationListPage() {
  const { t } = useTranslation('partners');
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const isCoordinator = me.user.role === 'coordinator';
  const canExport = ['admin', 'coordinator', 'colleague'].includes(me.user.role);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(1);
  const [viewName, setViewName] = useState('');
  const [waveId, setWaveId] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [q] = useDebouncedValue(filters.q, 300);
  const choice = useProgrammeChoice();
  const programmeId = choice.programmeId ?? '';
  const districts = useZoneDistricts();
  const query = { ...filters, q, programmeId, status: programmeId ? filters.status : '' };
  const list = useQuery({
    queryKey: ['partners', 'organisations', query, page],
    queryFn: () =>
      api.get<Page<OrganisationView> & { totalCapped: boolean }>('/api/partners/organisations', {
        query: { ...query, page, pageSize: PAGE_SIZE },
      }),
    placeholderData: keepPreviousData,
  });
  const views = useQuery({
    queryKey: ['partners', 'views'],
    queryFn: () => api.get<{ id: string; name: string; query: Partial<Filters> }[]>('/api/partners/views'),
    enabled: me.user.role !== 'partner',
  });
  const waves = useQuery({
    queryKey: ['partners', 'waves', programmeId],
    queryFn: () => api.get<WaveView[]>('/api/partners/waves', { query: { programmeId } }),
    enabled: isCoordinator && !!programmeId,
  });
  const saveView = useMutation({
    mutationFn: () => api.post('/api/partners/views', { name: viewName, query: { ...filters } }),
    onSuccess: () => {
      setViewName('');
      queryClient.invalidateQueries({ queryKey: ['partners', 'views'] });
    },
    onError: setError,
  });
  const addToWave = useMutation({
    mutationFn: () =>
      api.post<{ added: number }>(`/api/partners/waves/${waveId}/organisations`, {
        filter: Object.fromEntries(Object.entries({ ...query, sort: undefined }).filter(([, v]) => v)),
      }),
    onSuccess: (r) => {
      setMessage(t('list.added', { count: r.added }));
      queryClient.invalidateQueries({ queryKey: ['partners'] });
    },
    onError: setError,
  });
  const set = (key: keyof Filters) => (e: { currentTarget: { value: string } }) => {
    setFilters({ ...filters, [key]: e.currentTarget.value });
    setPage(1);
  };
  const exportUrl = (format: 'csv' | 'xlsx') => buildUrl('/api/partners/export', { ...query, format });
  const columns: Column<OrganisationView>[] = [
    {
      key: 'name',
      header: t('field.name'),
      render: (o) => (
        <Anchor component={Link} to={`/partners/${o.id}`}>
          {o.name}
        </Anchor>
      ),
    },
    {
      key: 'focus',
      header: t('field.focusAreas'),
      render: (o) => o.focusAreas.map((f) => t(`focus.${f}`, { defaultValue: f })).join(', '),
    },
    { key: 'districts', header: t('field.districts'), render: (o) => o.districts.join(', ') },
    { key: 'postcode', header: t('field.postcode'), render: (o) => o.postcode },
    {
      key: 'status',
      header: t('field.status'),
      render: (o) => (o.status ? <Badge color="#0b4f8a">{t(`status.${o.status}`)}</Badge> : '—'),
    },
  ];
  return (
    <>
      <PageTitle
        actions={
          isCoordinator && (
            <Group gap="xs">
              <Button component={Link} to="/partners/new">
                {t('list.new')}
              </Button>
              <Button component={Link} to="/partners/import" variant="default">
                {t('list.import')}
              </Button>
            </Group>
          )
        }
      >
        {t('list.title')}
      </PageTitle>
      <Stack gap="sm" mb="md">
        <ProgrammePicker choice={choice} />
        <TextInput
          // Roles that see every contact also find an organisation by a contact person's name.
          label={t(
            ['admin', 'coordinator'].includes(me.user.role) ? 'list.searchWithContacts' : 'list.search',
          )}
          value={filters.q}
          onChange={set('q')}
          type="search"
        />
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('field.focusAreas')}
            value={filters.focusArea}
            onChange={set('focusArea')}
            data={[
              { value: '', label: t('app:common.all') },
              ...DEFAULT_FOCUS_AREAS.map((f) => ({ value: f, label: t(`focus.${f}`) })),
            ]}
          />
          <NativeSelect
            label={t('field.districts')}
            value={filters.district}
            onChange={set('district')}
            data={[{ value: '', label: t('app:common.all') }, ...(districts.data?.districts ?? [])]}
          />
          <NativeSelect
            label={t('field.kind')}
            value={filters.kind}
            onChange={set('kind')}
            data={[
              { value: '', label: t('app:common.all') },
              ...['internal', 'external'].map((k) => ({ value: k, label: t(`kind.${k}`) })),
            ]}
          />
          <NativeSelect
            label={t('field.dialogue')}
            value={filters.dialogue}
            onChange={set('dialogue')}
            data={[
              { value: '', label: t('app:common.all') },
              ...['existing', 'new'].map((k) => ({ value: k, label: t(`dialogue.${k}`) })),
            ]}
          />
          {programmeId && (
            <NativeSelect
              label={t('field.status')}
              value={filters.status}
              onChange={set('status')}
              data={[
                { value: '', label: t('app:common.all') },
                ...RELATIONSHIP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
              ]}
            />
          )}
          <NativeSelect
            label={t('list.sort')}
            value={filters.sort}
            onChange={set('sort')}
            data={SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
          />
          <Button variant="subtle" onClick={() => setFilters(EMPTY)}>
            {t('app:common.clearFilters')}
          </Button>
        </Group>
        {(views.data?.length ?? 0) > 0 && (
          <NativeSelect
            label={t('list.views')}
            value=""
            onChange={(e) => {
              const v = views.data?.find((x) => x.id === e.currentTarget.value);
              if (v) setFilters({ ...EMPTY, ...v.query });
            }}
            data={[
              { value: '', label: '—' },
              ...(views.data ?? []).map((v) => ({ value: v.id, label: v.name })),
            ]}
          />
        )}
        <Group gap="sm" align="flex-end" wrap="wrap">
          {me.user.role !== 'partner' && (
            <>
              <TextInput
                label={t('list.viewName')}
                value={viewName}
                onChange={(e) => setViewName(e.currentTarget.value)}
              />
              <Button variant="default" disabled={!viewName} onClick={() => saveView.mutate()}>
                {t('list.saveView')}
              </Button>
            </>
          )}
          {canExport && (
            <>
              <Button
                variant="default"
                onClick={() => download(exportUrl('csv'), 'organisaties.csv').catch(setError)}
              >
                {t('list.exportCsv')}
              </Button>
              <Button
                variant="default"
                onClick={() => download(exportUrl('xlsx'), 'organisaties.xlsx').catch(setError)}
              >
                {t('list.exportXlsx')}
              </Button>
            </>
          )}
        </Group>
        {isCoordinator && (waves.data?.length ?? 0) > 0 && (
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('field.wave')}
              value={waveId}
              onChange={(e) => setWaveId(e.currentTarget.value)}
              data={[
                { value: '', label: '—' },
                ...(waves.data ?? []).map((w) => ({ value: w.id, label: w.name })),
              ]}
            />
            <Button disabled={!waveId} loading={addToWave.isPending} onClick={() => addToWave.mutate()}>
              {t('list.addToWave')}
            </Button>
          </Group>
        )}
        {message && (
          <p role="status" aria-live="polite">
            {message}
          </p>
        )}
        <FormAlert error={error} />
      </Stack>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <>
          {list.data.totalCapped && <Text size="sm">{t('list.capped', { count: list.data.total })}</Text>}
          <DataTable
            caption={t('list.caption')}
            columns={columns}
            rows={list.data.items}
            rowKey={(o) => o.id}
            page={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onPageChange={setPage}
          />
        </>
      )}
    </>
  );
}
