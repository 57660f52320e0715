import {
  type ConsentRecord,
  type InterviewSummaryView,
  type InterviewView,
  interviewContext,
} from '@brug/domain/conversations';
import { openWithKey, SealError, sealWithKey } from '@brug/vault-crypto';
import { Alert, Button, Checkbox, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { formatMoment } from '../../../components/format.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { NotesEditor } from '../components/notes-editor.tsx';
import { VaultGate } from '../components/vault-gate.tsx';
import type { VaultSession } from '../vault-session.ts';

/** An interview opened in this browser: its sub-key and the fields it opened. */
type Opened = {
  view: InterviewView;
  key: CryptoKey | null;
  source: string | null;
  consent: ConsentRecord | null;
  notesHtml: string | null;
};

/** A value that does not open (changed in the database, or copied from another row). */
class TamperedError extends Error {}

async function openInterview(session: VaultSession, view: InterviewView): Promise<Opened> {
  if (!view.wrappedSubKey) return { view, key: null, source: null, consent: null, notesHtml: null };
  const id = view.id;
  try {
    const key = await session.vault.unwrapSubKey(view.wrappedSubKey, interviewContext.subKey(id));
    const text = (sealed: string | null, field: 'source' | 'consent' | 'notes') =>
      sealed ? openWithKey(key, sealed, interviewContext.field(id, field)) : Promise.resolve(null);
    const consent = await text(view.sealedConsent, 'consent');
    return {
      view,
      key,
      source: await text(view.sealedSource, 'source'),
      consent: consent ? (JSON.parse(consent) as ConsentRecord) : null,
      notesHtml: await text(view.sealedNotes, 'notes'),
    };
  } catch (err) {
    if (err instanceof SealError || err instanceof SyntaxError) throw new TamperedError();
    throw err;
  }
}

function Editor({ id, session, onChanged }: { id: string; session: VaultSession; onChanged: () => void }) {
  const { t, i18n } = useTranslation('vault');
  const interview = useQuery({
    queryKey: ['interview', id],
    queryFn: async () => {
      const opened = await openInterview(session, await api.get<InterviewView>(`/api/interviews/${id}`));
      // An interview from before `consentGiven` was kept in the clear: set it from the sealed record.
      if (opened.consent && opened.key && opened.consent.given !== opened.view.consentGiven) {
        const view = await api.patch<InterviewView>(`/api/interviews/${id}`, {
          sealedConsent: opened.view.sealedConsent,
          consentGiven: opened.consent.given,
        });
        return { ...opened, view };
      }
      return opened;
    },
    // The editor owns the text once loaded: a refetch must not replace what is being typed.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<InterviewView['status'] | null>(null);

  async function withdraw() {
    setError(null);
    try {
      await api.post(`/api/interviews/${id}/withdraw`, { confirm: true });
      setConfirming(false);
      onChanged();
      await interview.refetch();
    } catch (err) {
      setError(err);
      setConfirming(false);
    }
  }

  async function markHeld() {
    setError(null);
    try {
      const view = await api.patch<InterviewView>(`/api/interviews/${id}`, { status: 'held' });
      setStatus(view.status);
      onChanged();
    } catch (err) {
      setError(err);
    }
  }

  if (interview.isPending) return <LoadingState />;
  if (interview.isError) {
    if (interview.error instanceof TamperedError)
      return (
        <Alert color="red" role="alert" title={t('interviews.tamperedTitle')}>
          {t('interviews.tampered')}
        </Alert>
      );
    return <ErrorState error={interview.error} />;
  }
  const { view, key, source, consent, notesHtml } = interview.data;
  if (view.status === 'withdrawn' || !key) return <Alert color="gray">{t('interviews.withdrawn')}</Alert>;
  const current = status ?? view.status;
  const sealNotes = (html: string) => sealWithKey(key, html, interviewContext.field(id, 'notes'));
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {view.pseudonym}
      </Title>
      <dl className="stacked-row">
        <div>
          <dt>{t('interviews.sourceLabel')}</dt>
          <dd>{source || '—'}</dd>
        </div>
        <div>
          <dt>{t('interviews.consentLabel')}</dt>
          <dd>
            {consent
              ? `${t(consent.given ? 'interviews.consentYes' : 'interviews.consentNo')} (${formatMoment(consent.recordedAt, i18n.language, { dateStyle: 'medium' })})`
              : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('interviews.status')}</dt>
          <dd>{t(`interviews.statuses.${current}`)}</dd>
        </div>
      </dl>
      <Text component="h3" fw={600} id={`notes-label-${id}`}>
        {t('interviews.notes')}
      </Text>
      <NotesEditor
        interviewId={id}
        initialHtml={notesHtml ?? ''}
        initialVersion={view.notesVersion}
        labelId={`notes-label-${id}`}
        sealNotes={sealNotes}
      />
      <FormAlert error={error} />
      <Group>
        {current === 'open' && (
          <Button variant="default" onClick={markHeld}>
            {t('interviews.markHeld')}
          </Button>
        )}
        <Button
          color="red"
          variant="outline"
          onClick={() => setConfirming(true)}
          h="auto"
          py={6}
          maw="100%"
          styles={{ label: { whiteSpace: 'normal' } }}
        >
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

/**
 * Confidential interviews: list by pseudonym, create, and notes with autosave. Everything is sealed
 * and opened here, in the browser, with the open vault; the server sees ciphertext only.
 */
function Interviews({ session }: { session: VaultSession }) {
  const { t } = useTranslation('vault');
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['interviews'],
    queryFn: () => api.get<{ items: InterviewSummaryView[] }>('/api/interviews'),
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
      const id = crypto.randomUUID();
      const { key, wrapped } = await session.vault.newSubKey(interviewContext.subKey(id));
      const record: ConsentRecord = { given: consent, method: 'oral', recordedAt: new Date().toISOString() };
      const r = await api.post<InterviewSummaryView>('/api/interviews', {
        id,
        wrappedSubKey: wrapped,
        sealedSource: await sealWithKey(key, source.trim(), interviewContext.field(id, 'source')),
        sealedConsent: await sealWithKey(key, JSON.stringify(record), interviewContext.field(id, 'consent')),
        sealedNotes: await sealWithKey(key, '', interviewContext.field(id, 'notes')),
        consentGiven: consent,
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
  if (list.isError) return <ErrorState error={list.error} />;
  return (
    <Stack gap="md">
      <Stack gap="xs" maw={480}>
        <Title order={2} size="h4">
          {t('interviews.new')}
        </Title>
        <TextInput
          label={t('interviews.source')}
          value={source}
          maxLength={500}
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
        <Table.ScrollContainer
          minWidth={320}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={t('interviews.caption')}
        >
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
                      variant="default"
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
          session={session}
          onChanged={() => client.invalidateQueries({ queryKey: ['interviews'] })}
        />
      )}
    </Stack>
  );
}

export default function InterviewsPage() {
  const { t } = useTranslation('vault');
  return (
    <Stack gap="md">
      <PageTitle>{t('interviews.title')}</PageTitle>
      <VaultGate>{(session) => <Interviews session={session} />}</VaultGate>
    </Stack>
  );
}
