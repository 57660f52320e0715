import { Anchor, Button, SegmentedControl } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { DataTable } from '../../../components/data-table.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import type { SurveyView } from '../api.ts';

export const titleOf = (title: Record<string, string>, lang: string) =>
  title[lang] ?? title.nl ?? Object.values(title)[0] ?? '';

/** The zone's surveys, their status and how many answered (from 5 on). */
export default function SurveyListPage() {
  const { t, i18n } = useTranslation('surveys');
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const archived = params.get('archived') === 'true';
  const list = useQuery({
    queryKey: ['surveys', archived],
    queryFn: () =>
      api.get<{ items: SurveyView[] }>('/api/surveys', { query: { archived: String(archived) } }),
  });
  return (
    <>
      <PageTitle
        actions={
          me.user.role === 'coordinator' ? (
            <Button component={Link} to="/surveys/new">
              {t('list.new')}
            </Button>
          ) : undefined
        }
      >
        {t('list.title')}
      </PageTitle>
      <SegmentedControl
        mb="md"
        aria-label={t('list.which')}
        value={archived ? 'archived' : 'current'}
        onChange={(v) => setParams(v === 'archived' ? { archived: 'true' } : {})}
        data={[
          { value: 'current', label: t('list.current') },
          { value: 'archived', label: t('list.archived') },
        ]}
      />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <DataTable
          caption={t('list.caption')}
          rowKey={(s) => s.id}
          rows={list.data.items}
          columns={[
            {
              key: 'title',
              header: t('list.name'),
              render: (s) => (
                <Anchor component={Link} to={`/surveys/${s.id}`}>
                  {titleOf(s.title, i18n.language)}
                </Anchor>
              ),
            },
            { key: 'kind', header: t('list.kind'), render: (s) => t(`kind.${s.kind}`) },
            { key: 'status', header: t('list.status'), render: (s) => t(`status.${s.status}`) },
            { key: 'dates', header: t('list.dates'), render: (s) => `${s.opensOn} – ${s.closesOn}` },
            { key: 'responses', header: t('list.responses'), render: (s) => s.responses ?? t('list.fewer') },
          ]}
        />
      )}
    </>
  );
}
