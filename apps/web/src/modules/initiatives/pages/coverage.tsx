import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { type CoverageView, useCoverage } from '../api.ts';

type Finding = CoverageView['findings'][number];

/** Every published finding and stated need against the initiatives answering it; open needs stand out. */
export default function CoveragePage() {
  const { t } = useTranslation('initiatives');
  const coverage = useCoverage();
  if (coverage.isPending) return <LoadingState />;
  if (coverage.isError) return <ErrorState error={coverage.error} onRetry={() => coverage.refetch()} />;
  const initiatives = new Map(coverage.data.initiatives.map((i) => [i.id, i]));
  const columns: Column<Finding>[] = [
    { key: 'title', header: t('coverage.finding'), render: (f) => f.title },
    { key: 'kind', header: t('coverage.kind'), render: (f) => t(`kind.${f.kind}`, { defaultValue: f.kind }) },
    {
      key: 'initiatives',
      header: t('coverage.initiatives'),
      render: (f) =>
        f.answered ? (
          <Group gap={4} wrap="wrap">
            {f.initiativeIds.map((id) => (
              <Anchor key={id} component={Link} to={`/initiatives/${id}`}>
                {initiatives.get(id)?.title}
              </Anchor>
            ))}
          </Group>
        ) : (
          <Badge color={f.kind === 'need' ? 'red' : 'gray'} variant="light">
            {t('coverage.nobody')}
          </Badge>
        ),
    },
  ];
  return (
    <>
      <PageTitle>{t('coverage.title')}</PageTitle>
      <Text mb="md" role="status">
        {t('coverage.summary', {
          unanswered: coverage.data.unanswered,
          needs: coverage.data.unansweredNeeds,
        })}
      </Text>
      <DataTable
        caption={t('coverage.caption')}
        columns={columns}
        rows={coverage.data.findings}
        rowKey={(f) => f.id}
      />
    </>
  );
}
