import type { InterviewView } from '@brug/domain/conversations';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';

type Summary = Pick<InterviewView, 'id' | 'pseudonym' | 'status' | 'notesVersion' | 'updatedAt'>;

/** Notes are kept as HTML paragraphs; the editor shows them as plain text (no markup is ever injected). */
const toHtml = (text: string) =>
  text
    .split(/\n{2,}/)
    .map(
      (p) =>
        `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>')}</p>`,
    )
    .join('');
const fromHtml = (html: string) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const br of doc.body.querySelectorAll('br')) br.replaceWith('\n');
  return [...doc.body.querySelectorAll('p')].map((p) => p.textContent ?? '').join('\n\n');
};

function Editor({ id, onWithdrawn }: { id: string; onWithdrawn: () => void }) {
  const { t } = useTranslation('vault');
  const interview = useQuery({
    queryKey: ['interview', id],
    queryFn: () => api.get<InterviewView>(`/api/interviews/${id}`),
  });
  const [text, setText] = useState<string | null>(null);
  const [state, setState] = useState<string>('');
  const version = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (interview.data && text === null) {
      setText(fromHtml(interview.data.notesHtml ?? ''));
      version.current = interview.data.notesVersion;
    }
  }, [interview.data, text]);
  useEffect(() => () => clearTimeout(timer.current), []);

  function change(value: string) {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      setState(t('interviews.saving'));
      try {
        const saved = await api.put<Summary>(`/api/interviews/${id}/notes`, {
          html: toHtml(value),
          baseVersion: version.current,
        });
        version.current = saved.notesVersion;
        setState(t('interviews.saved', { version: saved.notesVersion }));
      } catch (err) {
        setState(
          err instanceof ApiError && err.status === 409
            ? t('interviews.conflict')
            : String((err as Error).message),
        );
      }
    }, 1500);
  }

  async function withdraw() {
    if (!window.confirm(t('interviews.withdrawConfirm'))) return;
    await api.post(`/api/interviews/${id}/withdraw`, { confirm: true });
    onWithdrawn();
  }

  if (interview.isPending) return <LoadingState />;
  if (interview.isError) return <ErrorState error={interview.error} />;
  if (interview.data.status === 'withdrawn') return <Alert color="gray">{t('interviews.withdrawn')}</Alert>;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {interview.data.pseudonym}
      </Title>
      <Textarea
        label={t('interviews.notes')}
        autosize
        minRows={10}
        value={text ?? ''}
        onChange={(e) => change(e.currentTarget.value)}
      />
      <Text size="sm" role="status" aria-live="polite">
        {state}
      </Text>
      <Group>
        <Button color="red" variant="outline" onClick={withdraw}>
          {t('interviews.withdraw')}
        </Button>
      </Group>
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

  async function create() {
    const r = await api.post<Summary>('/api/interviews', {
      source,
      consent: { given: consent, method: 'oral', recordedAt: new Date().toISOString() },
    });
    setSource('');
    setConsent(false);
    await client.invalidateQueries({ queryKey: ['interviews'] });
    setOpen(r.id);
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
        <Button onClick={create} w="fit-content">
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
