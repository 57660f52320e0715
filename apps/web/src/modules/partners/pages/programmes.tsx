import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { type ProgrammeView, useProgrammes } from '../api.ts';

function PhaseRow({
  programme,
  phase,
  editable,
}: {
  programme: ProgrammeView;
  phase: ProgrammeView['phases'][number];
  editable: boolean;
}) {
  const { t } = useTranslation('partners');
  const qc = useQueryClient();
  const save = async (field: 'plannedStart' | 'actualStart' | 'actualEnd', value: string) => {
    await api.patch(`/api/programmes/${programme.id}/phases/${phase.kind}`, { [field]: value || null });
    await qc.invalidateQueries({ queryKey: ['programmes'] });
  };
  return (
    <Table.Tr>
      <Table.Th scope="row">{t(`phase.${phase.kind}`)}</Table.Th>
      {(['plannedStart', 'actualStart', 'actualEnd'] as const).map((field) => (
        <Table.Td key={field}>
          {editable ? (
            <TextInput
              type="date"
              size="xs"
              aria-label={`${t(`phase.${phase.kind}`)}: ${t(`programmes.${field}`)}`}
              defaultValue={phase[field] ?? ''}
              onBlur={(e) => save(field, e.currentTarget.value)}
            />
          ) : (
            (phase[field] ?? '—')
          )}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

export default function ProgrammesPage() {
  const { t } = useTranslation('partners');
  const me = useCurrentUser();
  const qc = useQueryClient();
  const programmes = useProgrammes();
  const editable = me.user.role === 'coordinator';
  const { form, onSubmit, error, extra, busy } = useApiForm(
    { initialValues: { name: '', aim: '' } },
    async (v, f) => {
      await api.post('/api/programmes', v);
      f.reset();
      await qc.invalidateQueries({ queryKey: ['programmes'] });
    },
  );
  if (programmes.isPending) return <LoadingState />;
  if (programmes.isError) return <ErrorState error={programmes.error} onRetry={() => programmes.refetch()} />;
  return (
    <>
      <PageTitle>{t('programmes.title')}</PageTitle>
      <Stack gap="lg">
        {programmes.data.map((p) => (
          <Card withBorder key={p.id}>
            <Title order={2} size="h3">
              {p.name}
            </Title>
            {p.aim && <Text>{p.aim}</Text>}
            <Text fw={600} mt="xs">
              {t('programmes.current', {
                phase: p.currentPhase ? t(`phase.${p.currentPhase}`) : t('programmes.noPhase'),
              })}
            </Text>
            {p.nextPhase && <Text>{t('programmes.next', { phase: t(`phase.${p.nextPhase}`) })}</Text>}
            <section className="table-scroll" aria-label={`${p.name}: ${t('programmes.phases')}`}>
              <Table miw={480} mt="sm">
                <Table.Caption className="visually-hidden">{t('programmes.phases')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('programmes.phases')}</Table.Th>
                    <Table.Th scope="col">{t('programmes.plannedStart')}</Table.Th>
                    <Table.Th scope="col">{t('programmes.actualStart')}</Table.Th>
                    <Table.Th scope="col">{t('programmes.actualEnd')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.phases.map((ph) => (
                    <PhaseRow key={ph.id} programme={p} phase={ph} editable={editable} />
                  ))}
                </Table.Tbody>
              </Table>
            </section>
            <Group mt="sm">
              {p.isPublic ? (
                <Anchor component={Link} to={`/programme/${p.slug}`}>
                  {t('programmes.publicLink')}
                </Anchor>
              ) : (
                editable && (
                  <Button
                    variant="default"
                    size="xs"
                    onClick={async () => {
                      await api.patch(`/api/programmes/${p.id}`, { isPublic: true });
                      await qc.invalidateQueries({ queryKey: ['programmes'] });
                    }}
                  >
                    {t('programmes.makePublic')}
                  </Button>
                )
              )}
            </Group>
          </Card>
        ))}
        {editable && (
          <Card withBorder component="form" onSubmit={onSubmit} aria-labelledby="new-programme">
            <Title order={2} size="h3" id="new-programme">
              {t('programmes.new')}
            </Title>
            <FormAlert error={error} extra={extra} />
            <TextInput label={t('programmes.name')} {...form.getInputProps('name')} />
            <TextInput label={t('programmes.aim')} {...form.getInputProps('aim')} />
            <Button type="submit" mt="sm" loading={busy}>
              {t('programmes.create')}
            </Button>
          </Card>
        )}
      </Stack>
    </>
  );
}
