import type { RoundtableView } from '@brug/domain/roundtables';
import { Alert, Anchor, Button, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { DataTable } from '../../../components/data-table.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { formatWhen, localToIso } from '../when.ts';

type CreateForm = { title: string; startsAt: string; endsAt: string; place: string; agenda: string };

/** The zone's roundtables; the coordinator plans a new one. */
export default function RoundtablesPage() {
  const { t, i18n } = useTranslation('roundtables');
  const { user } = useCurrentUser();
  const navigate = useNavigate();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['roundtables'],
    queryFn: () => api.get<{ items: RoundtableView[] }>('/api/roundtables'),
  });
  const { form, onSubmit, error, extra, busy } = useApiForm<CreateForm>(
    { initialValues: { title: '', startsAt: '', endsAt: '', place: '', agenda: '' } },
    async (v) => {
      const rt = await api.post<RoundtableView>('/api/roundtables', {
        ...v,
        startsAt: localToIso(v.startsAt),
        endsAt: localToIso(v.endsAt),
      });
      await client.invalidateQueries({ queryKey: ['roundtables'] });
      navigate(`/roundtables/${rt.id}`);
    },
  );
  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      <Alert color="blue" variant="light">
        {t('programmeData')}
      </Alert>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <DataTable
          caption={t('caption')}
          rows={list.data.items}
          rowKey={(r) => r.id}
          emptyText={t('empty')}
          columns={[
            {
              key: 'title',
              header: t('fields.title'),
              render: (r) => (
                <Anchor component={Link} to={`/roundtables/${r.id}`}>
                  {r.title}
                </Anchor>
              ),
            },
            {
              key: 'when',
              header: t('fields.startsAt'),
              render: (r) => formatWhen(r.startsAt, i18n.language),
            },
            { key: 'place', header: t('fields.place'), render: (r) => r.place },
            { key: 'participants', header: t('participants.title'), render: (r) => r.participants.length },
          ]}
        />
      )}
      {user.role === 'coordinator' && (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm" maw={560}>
            <Title order={2} size="h4">
              {t('new')}
            </Title>
            <FormAlert error={error} extra={extra} />
            <TextInput label={t('fields.title')} required {...form.getInputProps('title')} />
            <TextInput
              type="datetime-local"
              label={t('fields.startsAt')}
              required
              {...form.getInputProps('startsAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('fields.endsAt')}
              required
              {...form.getInputProps('endsAt')}
            />
            <TextInput label={t('fields.place')} required {...form.getInputProps('place')} />
            <Textarea label={t('fields.agenda')} autosize minRows={3} {...form.getInputProps('agenda')} />
            <Button type="submit" loading={busy} w="fit-content">
              {t('create')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
