import type { PartnerCoverageView } from '@brug/domain/partners';
import { Box, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { ProgrammePicker, useProgrammeChoice } from '../programme-picker.tsx';

const REACHED = ['contacted', 'invited', 'in_dialogue', 'partner'];

/** Focus areas × districts: how many organisations, and how many of them already reached. Empty cells are the gaps. */
export default function CoveragePage() {
  const { t } = useTranslation('partners');
  const programmes = useProgrammeChoice();
  const programmeId = programmes.programmeId;
  const coverage = useQuery({
    queryKey: ['partners', 'coverage', programmeId],
    queryFn: () => api.get<PartnerCoverageView>('/api/partners/coverage', { query: { programmeId } }),
    enabled: programmes.isSuccess,
  });
  if (coverage.isPending) return <LoadingState />;
  if (coverage.isError) return <ErrorState error={coverage.error} onRetry={() => coverage.refetch()} />;
  const { focusAreas, districts, cells } = coverage.data;
  const cell = (f: string, d: string) => cells.find((c) => c.focusArea === f && c.district === d);
  const reached = (c?: { byStatus: Record<string, number> }) =>
    REACHED.reduce((n, s) => n + (c?.byStatus[s] ?? 0), 0);
  const label = (f: string) => (f ? t(`focus.${f}`, { defaultValue: f }) : t('coverage.notSet'));
  const perDistrict = districts.map((d) => ({
    d,
    total: focusAreas.reduce((n, f) => n + (cell(f, d)?.total ?? 0), 0),
    reached: focusAreas.reduce((n, f) => n + reached(cell(f, d)), 0),
  }));
  const max = Math.max(1, ...perDistrict.map((x) => x.total));
  return (
    <>
      <PageTitle>{t('coverage.title')}</PageTitle>
      <ProgrammePicker choice={programmes} />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className="table-scroll" aria-label={t('coverage.caption')} tabIndex={0}>
        <Table withTableBorder withColumnBorders miw={560}>
          <Table.Caption>{t('coverage.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('field.focusAreas')}</Table.Th>
              {districts.map((d) => (
                <Table.Th scope="col" key={d}>
                  {d || t('coverage.notSet')}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {focusAreas.map((f) => (
              <Table.Tr key={f}>
                <Table.Th scope="row">{label(f)}</Table.Th>
                {districts.map((d) => {
                  const c = cell(f, d);
                  const n = reached(c);
                  return (
                    <Table.Td key={d} bg={n === 0 ? 'yellow.1' : undefined}>
                      {c?.total ?? 0}
                      {(c?.total ?? 0) > 0 && ` (${n} ${t('status.contacted').toLowerCase()}+)`}
                      {n === 0 && <span className="visually-hidden"> {t('coverage.gap')}</span>}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
      <Title order={2} size="h3" mt="lg" mb="sm">
        {t('coverage.chart')}
      </Title>
      <Stack gap={6} role="list">
        {perDistrict.map((x) => (
          <Group key={x.d} gap="sm" wrap="nowrap" role="listitem">
            <Text w={140} size="sm" style={{ flexShrink: 0 }}>
              {x.d || t('coverage.notSet')}
            </Text>
            <Box
              style={{ flex: 1, background: 'var(--mantine-color-gray-2)', height: 18, position: 'relative' }}
              aria-hidden="true"
            >
              <Box
                style={{
                  width: `${(100 * x.total) / max}%`,
                  height: 18,
                  background: 'var(--mantine-color-blue-3)',
                }}
              />
              <Box
                style={{
                  width: `${(100 * x.reached) / max}%`,
                  height: 18,
                  background: 'var(--mantine-color-blue-8)',
                  position: 'absolute',
                  top: 0,
                }}
              />
            </Box>
            <Text size="sm" w={70}>
              {x.reached}/{x.total}
            </Text>
          </Group>
        ))}
      </Stack>
    </>
  );
}
