import { type DashboardView, formatInterval } from '@brug/domain/insights';
import {
  Anchor,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, buildUrl } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { Bars } from '../../surveys/pages/detail.tsx';
import { figureLabel } from '../labels.ts';

type Filters = {
  from: string;
  to: string;
  district: string;
  targetGroup: string;
  trendBy: 'district' | 'targetGroup';
};

function FigureTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <Table captionSide="top" striped>
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {head.map((h) => (
              <Table.Th key={h} scope="col">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={String(r[0])}>
              <Table.Th scope="row">{r[0]}</Table.Th>
              {r.slice(1).map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                <Table.Td key={i}>{c}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function Tile({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** The programme as a whole: funnel, waves, findings, initiatives, activities, colleagues and trust. */
export default function DashboardPage() {
  const { t, i18n } = useTranslation('insights');
  const me = useCurrentUser();
  const [filters, setFilters] = useState<Filters>({
    from: '',
    to: '',
    district: '',
    targetGroup: '',
    trendBy: 'district',
  });
  const dashboard = useQuery({
    queryKey: ['insights', filters],
    queryFn: () => api.get<DashboardView>('/api/insights/dashboard', { query: filters }),
  });
  const set = (k: keyof Filters) => (v: string) => setFilters({ ...filters, [k]: v });
  const canReport = me.user.role !== 'colleague';
  const query = { from: filters.from, to: filters.to };
  const fmt = (e: { mean: number; low: number; high: number } | null) =>
    e ? formatInterval(e.mean, e.low, e.high, i18n.language) : '—';
  const d = dashboard.data;

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <Card withBorder component="section" aria-label={t('filters')} mb="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            label={t('from')}
            value={filters.from}
            onChange={(e) => set('from')(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('to')}
            value={filters.to}
            onChange={(e) => set('to')(e.currentTarget.value)}
          />
          <TextInput
            label={t('district')}
            value={filters.district}
            onChange={(e) => set('district')(e.currentTarget.value)}
            w={160}
          />
          <TextInput
            label={t('targetGroup')}
            value={filters.targetGroup}
            onChange={(e) => set('targetGroup')(e.currentTarget.value)}
            w={160}
          />
          <NativeSelect
            label={t('trendBy')}
            value={filters.trendBy}
            onChange={(e) => set('trendBy')(e.currentTarget.value)}
            data={[
              { value: 'district', label: t('dims.district') },
              { value: 'targetGroup', label: t('dims.targetGroup') },
            ]}
          />
        </Group>
        {canReport && (
          <Group mt="sm" gap="md" wrap="wrap">
            <Anchor href={buildUrl('/api/insights/report.pdf', { ...query, lang: 'nl' })}>
              {t('reportNl')}
            </Anchor>
            <Anchor href={buildUrl('/api/insights/report.pdf', { ...query, lang: 'fr' })}>
              {t('reportFr')}
            </Anchor>
            <Anchor
              href={buildUrl('/api/insights/export.csv', {
                ...filters,
                trendBy: undefined,
                lang: i18n.language === 'fr' ? 'fr' : 'nl',
              })}
            >
              {t('csv')}
            </Anchor>
            <Anchor
              href={buildUrl('/api/insights/export.xlsx', {
                ...filters,
                trendBy: undefined,
                lang: i18n.language === 'fr' ? 'fr' : 'nl',
              })}
            >
              {t('xlsx')}
            </Anchor>
          </Group>
        )}
      </Card>
      {dashboard.isPending ? (
        <LoadingState />
      ) : dashboard.isError || !d ? (
        <ErrorState error={dashboard.error} onRetry={() => dashboard.refetch()} />
      ) : (
        <Stack>
          {d.unavailable.length > 0 && (
            <Text c="dimmed">{t('unavailable', { tiles: d.unavailable.join(', ') })}</Text>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {d.funnel && (
              <Tile title={t('funnel')}>
                <Bars
                  labels={d.funnel.map((f) => t(`stages.${f.key}`))}
                  values={d.funnel.map((f) => f.count)}
                />
                <FigureTable
                  caption={t('funnel')}
                  head={['', t('count')]}
                  rows={d.funnel.map((f) => [t(`stages.${f.key}`), f.count])}
                />
              </Tile>
            )}
            {d.waves && (
              <Tile title={t('waves')}>
                <FigureTable
                  caption={t('waves')}
                  head={[t('wave'), t('organisations'), t('partners')]}
                  rows={d.waves.map((w) => [w.wave, w.organisations, w.partners])}
                />
              </Tile>
            )}
            {d.findingsByKind && (
              <Tile title={t('findings')}>
                <FigureTable
                  caption={t('findings')}
                  head={[t('kind'), t('count')]}
                  rows={d.findingsByKind.map((f) => [figureLabel(t, 'findingKind', f.key), f.count])}
                />
              </Tile>
            )}
            {d.initiativesByStatus && (
              <Tile title={t('initiativesByStatus')}>
                <Bars
                  labels={d.initiativesByStatus.map((f) => figureLabel(t, 'initiativeStatus', f.key))}
                  values={d.initiativesByStatus.map((f) => f.count)}
                />
                <FigureTable
                  caption={t('initiativesByStatus')}
                  head={['', t('count')]}
                  rows={d.initiativesByStatus.map((f) => [
                    figureLabel(t, 'initiativeStatus', f.key),
                    f.count,
                  ])}
                />
              </Tile>
            )}
            {d.initiativesByType && (
              <Tile title={t('initiativesByType')}>
                <FigureTable
                  caption={t('initiativesByType')}
                  head={['', t('count')]}
                  rows={d.initiativesByType.map((f) => [figureLabel(t, 'initiativeType', f.key), f.count])}
                />
              </Tile>
            )}
            <Tile title={`${t('activities')} · ${t('colleagues')}`}>
              <FigureTable
                caption={`${t('activities')} · ${t('colleagues')}`}
                head={['', t('count')]}
                rows={[
                  ...(d.activities
                    ? [
                        [t('held'), d.activities.held],
                        [t('attendance'), d.activities.attendance],
                      ]
                    : []),
                  ...(d.colleagues
                    ? [
                        [t('active'), d.colleagues.active],
                        [t('hours'), d.colleagues.hours],
                      ]
                    : []),
                  ...(d.needsWithoutInitiative !== null ? [[t('needs'), d.needsWithoutInitiative]] : []),
                ]}
              />
            </Tile>
          </SimpleGrid>
          <Tile title={t('trust')}>
            <Text size="sm" c="dimmed" mb="xs">
              {t('trustNote')} {t('responses', { count: d.trust.responses })}
            </Text>
            <FigureTable
              caption={t('trust')}
              head={[t('quarter'), t('overall'), ...d.trust.columns]}
              rows={d.trust.quarters.map((q, i) => [
                q,
                fmt(d.trust.overall[i]),
                ...d.trust.cells[i].map(fmt),
              ])}
            />
          </Tile>
        </Stack>
      )}
    </>
  );
}
