import type { InterviewView } from '@brug/domain/conversations';
import { Alert, Button, Checkbox, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { NotesEditor } from '../components/notes-editor.tsx';

type Summary = Pick<InterviewView, 'id' | 'pseudonym' | 'status' | 'notesVersion' | 'updatedAt'>;

function Editor({ id, onWithdrawn }: { id: string; onWithdrawn: () => void }) {
  const { t } = useTranslation('vault');
  const interview = useQuery({
    queryKey: ['interview', id],
    queryFn: () => api.get<InterviewView>(`/api/interviews/${id}`),
    // The editor owns the text once loaded: a refetch must not replace what is being typed.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function withdraw() {
    setError(null);
    try {
      await api.post(`/api/interviews/${id}/withdraw`, { confirm: true });
      setConfirming(false);
      onWithdrawn();
      await interview.refetch();
    } catch (err) {
      setError(err);
      setConfirming(false);
    }
  }

  if (interview.isPending) return <LoadingState />;
  if (interview.isError) return <ErrorState error={interview.error} />;
  const i = interview.data;
  if (i.status === 'withdrawn') return <Alert color="gray">{t('interviews.withdrawn')}</Alert>;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {i.pseudonym}
      </Title>
      <dl className="stacked-row">
        <div>
          <dt>{t('interviews.sourceLabel')}</dt>
          <dd>{i.source || '—'}</dd>
        </div>
        <div>
          <dt>{t('interviews.consentLabel')}</dt>
          <dd>
            {i.consent
              ? `${t(i.consent.given ? 'interviews.consentYes' : 'interviews.consentNo')} (${new Date(i.consent.recordedAt).toLocaleDateString()})`
              : '—'}
          </dd>
        </div>
      </dl>
      <Text component="h3" fw={600} id={`notes-label-${id}`}>
        {t('interviews.notes')}
      </Text>
      <NotesEditor
        interviewId={id}
        initialHtml={i.notesHtml ?? ''}
        initialVersion={i.notesVersion}
        labelId={`notes-label-${id}`}
      />
      <FormAlert error={error} />
      <Group>
        <Button color="red" variant="outline" onClick={() => setConfirming(true)}>
          {t('interviews.withdraw')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('interviews.withdraw')}
        message={t('interviews.withdrawConfirm')}
        confirmLabel={t('interviews.withdrawGo')}
        danger
        onConfirm={withdraw}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}

/** Confidential interviews: list by pseudonym, create, and notes with autosave. Vault must be open. */
export default function InterviewsPage() {
  const { t } = useTranslation('vault');
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['interviews'],
    queryFn: () => api.get<{ items: Summary[] }>('/api/interviews'),
    retry: false,
  });
  const [open, setOpen] = useState<string | null>(null);
  const [source, setSource] = useState('');
  const [consent, setConsent] = useState(false);

  const [createError, setCreateError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);

  async function create() {
    setCreateError(null);
    setCreating(true);
    try {
      const r = await api.post<Summary>('/api/interviews', {
        source,
        consent: { given: consent, method: 'oral', recordedAt: new Date().toISOString() },
      });
      setSource('');
      setConsent(false);
      await client.invalidateQueries({ queryKey: ['interviews'] });
      setOpen(r.id);
    } catch (err) {
      setCreateError(err);
    } finally {
      setCreating(false);
    }
  }

  if (list.isPending) return <LoadingState />;
  if (list.isError) {
    const locked = list.error instanceof ApiError && list.error.status === 409;
    return (
      <Stack>
        <PageTitle>{t('interviews.title')}</PageTitle>
        {locked ? <Alert color="yellow">{t('interviews.locked')}</Alert> : <ErrorState error={list.error} />}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <PageTitle>{t('interviews.title')}</PageTitle>
      <Stack gap="xs" maw={480}>
        <Title order={2} size="h4">
          {t('interviews.new')}
        </Title>
        <TextInput
          label={t('interviews.source')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
        />
        <Checkbox
          label={t('interviews.consentGiven')}
          checked={consent}
          onChange={(e) => setConsent(e.currentTarget.checked)}
        />
        <FormAlert error={createError} />
        <Button onClick={create} loading={creating} w="fit-content">
          {t('interviews.create')}
        </Button>
      </Stack>
      {list.data.items.length === 0 ? (
        <EmptyState title={t('interviews.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table>
            <Table.Caption>{t('interviews.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('interviews.pseudonym')}</Table.Th>
                <Table.Th scope="col">{t('interviews.status')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('interviews.open')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Th scope="row">{i.pseudonym}</Table.Th>
                  <Table.Td>{t(`interviews.statuses.${i.status}`)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setOpen(i.id)}
                      aria-label={`${t('interviews.open')} ${i.pseudonym}`}
                    >
                      {t('interviews.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {open && (
        <Editor
          key={open}
          id={open}
          onWithdrawn={() => client.invalidateQueries({ queryKey: ['interviews'] })}
        />
      )}
    </Stack>
  );
}
