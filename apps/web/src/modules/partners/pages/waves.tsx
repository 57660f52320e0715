import { Button, Group, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import type { WaveView } from '../api.ts';
import { ProgrammePicker, useProgrammeChoice } from '../programme-picker.tsx';

export default function WavesPage() {
  const { t } = useTranslation('partners');
  const me = useCurrentUser();
  const qc = useQueryClient();
  const programmes = useProgrammeChoice();
  const programmeId = programmes.programmeId ?? '';
  const waves = useQuery({
    queryKey: ['partners', 'waves', programmeId],
    queryFn: () => api.get<WaveView[]>('/api/partners/waves', { query: { programmeId } }),
    enabled: !!programmeId,
  });
  const { form, onSubmit, error, extra, busy } = useApiForm({ initialValues: { name: '' } }, async (v, f) => {
    await api.post('/api/partners/waves', { programmeId, name: v.name });
    f.reset();
    await qc.invalidateQueries({ queryKey: ['partners', 'waves'] });
  });
  const columns: Column<WaveView>[] = [
    { key: 'number', header: '#', render: (w) => w.number },
    { key: 'name', header: t('waves.name'), render: (w) => w.name },
    { key: 'organisations', header: t('waves.organisations'), render: (w) => w.progress.organisations },
    ...(['contacted', 'invited', 'in_dialogue', 'partner'] as const).map((s) => ({
      key: s,
      header: t(`status.${s}`),
      render: (w: WaveView) => w.progress[s],
    })),
  ];
  if (programmes.isPending) return <LoadingState />;
  return (
    <>
      <PageTitle>{t('waves.title')}</PageTitle>
      <ProgrammePicker choice={programmes} />
      {!programmeId ? (
        <Text>{t('waves.noProgramme')}</Text>
      ) : (
        <>
          {me.user.role === 'coordinator' && (
            <form onSubmit={onSubmit}>
              <FormAlert error={error} extra={extra} />
              <Group align="flex-end" mb="md" wrap="wrap">
                <TextInput label={t('waves.name')} {...form.getInputProps('name')} />
                <Button type="submit" loading={busy}>
                  {t('waves.create')}
                </Button>
              </Group>
            </form>
          )}
          {waves.isError ? (
            <ErrorState error={waves.error} />
          ) : (
            <DataTable
              caption={t('waves.caption')}
              columns={columns}
              rows={waves.data ?? []}
              rowKey={(w) => w.id}
            />
          )}
        </>
      )}
    </>
  );
}
