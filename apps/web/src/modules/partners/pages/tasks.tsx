import { Anchor, Badge, Button } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';

type Task = {
  id: string;
  organisationId: string | null;
  organisationName: string | null;
  title: string;
  dueOn: string;
  done: boolean;
  overdue: boolean;
};

export default function TasksPage() {
  const { t, i18n } = useTranslation('partners');
  const qc = useQueryClient();
  const tasks = useQuery({
    queryKey: ['partners', 'tasks', 'mine'],
    queryFn: () => api.get<Task[]>('/api/partners/tasks', { query: { mine: 'true', open: 'true' } }),
  });
  const columns: Column<Task>[] = [
    { key: 'title', header: t('detail.taskTitle'), render: (k) => k.title },
    {
      key: 'org',
      header: t('tasks.organisation'),
      render: (k) =>
        k.organisationId ? (
          <Anchor component={Link} to={`/partners/${k.organisationId}`}>
            {k.organisationName}
          </Anchor>
        ) : (
          '—'
        ),
    },
    {
      key: 'due',
      header: t('detail.dueOn'),
      render: (k) => (
        <>
          {new Date(`${k.dueOn}T12:00:00`).toLocaleDateString(i18n.language)}{' '}
          {k.overdue && <Badge color="#a51d2d">{t('tasks.overdue')}</Badge>}
        </>
      ),
    },
    {
      key: 'done',
      header: t('tasks.done'),
      render: (k) => (
        <Button
          size="xs"
          variant="default"
          onClick={async () => {
            await api.patch(`/api/partners/tasks/${k.id}`, { done: true });
            await qc.invalidateQueries({ queryKey: ['partners', 'tasks'] });
          }}
        >
          {t('tasks.markDone')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <PageTitle>{t('tasks.title')}</PageTitle>
      {tasks.isPending ? (
        <LoadingState />
      ) : tasks.isError ? (
        <ErrorState error={tasks.error} onRetry={() => tasks.refetch()} />
      ) : (
        <DataTable caption={t('tasks.caption')} columns={columns} rows={tasks.data} rowKey={(k) => k.id} />
      )}
    </>
  );
}
