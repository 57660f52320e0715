import { checkPublication, type PublicationCheck } from '@brug/domain/findings/gate';
import {
  FINDING_KINDS,
  FINDING_STATEMENT_MAX,
  type FindingDraftContent,
  type FindingKind,
  type FindingSourceView,
  findingContext,
  OVERRIDE_REASON_MIN,
  type RegistryNamesView,
  type SealedFindingView,
  type SourceCountView,
} from '@brug/domain/findings/schemas';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import { errorMessage, translatedFields } from '../../../api/form-errors.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { VaultGate } from '../../vault/components/vault-gate.tsx';
import type { VaultSession } from '../../vault/vault-session.ts';

/** A draft opened in this browser: the row and what it says. */
type OpenDraft = { row: SealedFindingView; draft: FindingDraftContent };

/** A source a finding can cite: a live interview (`B-07`) or analysed roundtable minutes (`R-01`). */
type Source = FindingSourceView;

/** The sources to tick by pseudonym; a roundtable's minutes are one source like one conversation. */
function SourceChecks({
  sources,
  value,
  onChange,
  error,
}: {
  sources: Source[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation('findings');
  return (
    <Checkbox.Group
      label={t('workspace.sources')}
      description={t('workspace.sourcesHint')}
      value={value}
      onChange={onChange}
      error={error}
    >
      <Group gap="md" mt="xs">
        {sources.map((s) => (
          <Checkbox key={s.id} value={s.id} label={s.pseudonym} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

function NewFinding({ sources, session }: { sources: Source[]; session: VaultSession }) {
  const { t } = useTranslation('findings');
  // API error texts live in the shell's namespace.
  const { t: tShell } = useTranslation();
  const qc = useQueryClient();
  const [kind, setKind] = useState<FindingKind>('improvement_point');
  const [statement, setStatement] = useState('');
  const [fr, setFr] = useState('');
  const [en, setEn] = useState('');
  const [theme, setTheme] = useState('');
  const [sourceIds, setSourceIds] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields = translatedFields(error, tShell);
  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const translations = { ...(fr.trim() ? { fr } : {}), ...(en.trim() ? { en } : {}) };
      if (!statement.trim())
        throw new ApiError(400, 'VALIDATION', 'Invalid input', { statement: 'required' });
      // Sealed here, under an id made here: the server only ever stores the ciphertext.
      const id = crypto.randomUUID();
      const draft: FindingDraftContent = {
        statement: statement.trim(),
        translations,
        theme: theme.trim(),
        sourceIds,
        codeIds: [],
        breakdown: null,
      };
      const sealedDraft = await session.vault.seal(JSON.stringify(draft), findingContext.draft(id));
      await api.post('/api/findings', { id, kind, sealedDraft });
      setStatement('');
      setFr('');
      setEn('');
      setSourceIds([]);
      await qc.invalidateQueries({ queryKey: ['findings'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card withBorder component="section" aria-labelledby="new-finding" mb="lg">
      <Title order={2} size="h4" id="new-finding" mb="sm">
        {t('workspace.new')}
      </Title>
      <form onSubmit={save} noValidate>
        <Stack gap="sm">
          {error && Object.keys(fields).length === 0 ? (
            <Alert color="red">{errorMessage(error, tShell)}</Alert>
          ) : null}
          <NativeSelect
            label={t('workspace.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as FindingKind)}
            data={FINDING_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
          <Textarea
            label={t('workspace.statement')}
            required
            autosize
            minRows={2}
            maxLength={FINDING_STATEMENT_MAX}
            value={statement}
            onChange={(e) => setStatement(e.currentTarget.value)}
            error={fields.statement}
          />
          <Textarea
            label={t('workspace.statementFr')}
            lang="fr"
            autosize
            value={fr}
            onChange={(e) => setFr(e.currentTarget.value)}
          />
          <Textarea
            label={t('workspace.statementEn')}
            lang="en"
            autosize
            value={en}
            onChange={(e) => setEn(e.currentTarget.value)}
          />
          <TextInput
            label={t('workspace.theme')}
            value={theme}
            onChange={(e) => setTheme(e.currentTarget.value)}
            error={fields.theme}
          />
          <SourceChecks
            sources={sources}
            value={sourceIds}
            onChange={setSourceIds}
            error={fields.sourceIds}
          />
          <Group>
            <Button type="submit" loading={busy}>
              {t('workspace.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Draft({
  finding,
  sources,
  session,
  registry,
}: {
  finding: OpenDraft;
  sources: Source[];
  session: VaultSession;
  registry: RegistryNamesView;
}) {
  const { t } = useTranslation('findings');
  const { t: tShell } = useTranslation();
  const qc = useQueryClient();
  const { row, draft } = finding;
  const [flags, setFlags] = useState<PublicationCheck | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [sourceIds, setSourceIds] = useState(draft.sourceIds);
  const fields = translatedFields(error, tShell);
  // The server counts only real sources (held with consent, analysed minutes) and says why not.
  const count = useQuery({
    queryKey: ['findings', 'count', row.id, sourceIds],
    queryFn: () => api.post<SourceCountView>(`/api/findings/${row.id}/sources-count`, { sourceIds }),
    enabled: row.status === 'draft',
    // An interview can be held or withdrawn meanwhile: ask again each time the draft is shown.
    staleTime: 0,
    refetchOnMount: 'always',
    retry: false,
  });
  const pseudonym = (id: string) => sources.find((s) => s.id === id)?.pseudonym ?? '—';
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err);
    }
  };
  // The de-identification check runs here, on the draft's plaintext, with the registry's names.
  const checkHere = () =>
    checkPublication({
      texts: [
        { field: 'statement', text: draft.statement },
        ...Object.entries(draft.translations).map(([lang, text]) => ({
          field: `translations.${lang}`,
          text: text ?? '',
        })),
        { field: 'theme', text: draft.theme },
      ],
      sourceIds,
      k: count.data?.k ?? 3,
      registry,
    });
  const underK = count.data ? !count.data.enoughSources : false;
  const missing = count.data ? Math.max(0, count.data.k - count.data.counted) : 0;
  const titleId = `finding-${row.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Group justify="space-between" mb="xs">
        <Badge variant="light">{t(`kind.${row.kind}`)}</Badge>
        <Text size="sm" c="dimmed">
          {draft.sourceIds.map(pseudonym).join(', ')}
        </Text>
      </Group>
      <Text id={titleId} fw={500}>
        {draft.statement}
      </Text>
      {row.status === 'draft' ? (
        <Stack gap="xs" mt="sm">
          <SourceChecks sources={sources} value={sourceIds} onChange={setSourceIds} />
          {count.data ? (
            <div role="status">
              <Text size="sm">
                {t('workspace.sourceCount', { count: count.data.counted, k: count.data.k })}
              </Text>
              {count.data.refused.length > 0 ? (
                <List size="sm">
                  {count.data.refused.map((r) => (
                    <List.Item key={r.id}>
                      {r.pseudonym ?? pseudonym(r.id)}: {t(`workspace.refused.${r.reason}`)}
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </div>
          ) : null}
          <Group>
            <Button
              variant="default"
              onClick={() =>
                run(async () => {
                  const next = { ...draft, sourceIds };
                  const sealedDraft = await session.vault.seal(
                    JSON.stringify(next),
                    findingContext.draft(row.id),
                  );
                  await api.patch(`/api/findings/${row.id}`, { sealedDraft });
                  await qc.invalidateQueries({ queryKey: ['findings'] });
                })
              }
            >
              {t('workspace.save')}
            </Button>
            <Button variant="default" onClick={() => setFlags(checkHere())}>
              {t('workspace.check')}
            </Button>
            <Button
              disabled={underK}
              onClick={() =>
                run(async () => {
                  const check = checkHere();
                  setFlags(check);
                  if (check.flags.length > 0 && reason.trim().length < OVERRIDE_REASON_MIN) {
                    throw new ApiError(400, 'VALIDATION', 'Invalid input', {
                      overrideReason: t('workspace.reasonTooShort', { min: OVERRIDE_REASON_MIN }),
                    });
                  }
                  // Only the anonymised texts leave the vault; the reason is sealed for the bureau.
                  await api.post(`/api/findings/${row.id}/publish`, {
                    statement: draft.statement,
                    translations: draft.translations,
                    theme: draft.theme,
                    sourceIds,
                    breakdown: draft.breakdown,
                    ...(check.flags.length > 0
                      ? {
                          sealedOverrideReason: await session.vault.seal(
                            reason.trim(),
                            findingContext.overrideReason(row.id),
                          ),
                        }
                      : {}),
                  });
                  await qc.invalidateQueries({ queryKey: ['findings'] });
                })
              }
            >
              {t('workspace.publish')}
            </Button>
          </Group>
          {underK ? (
            <Text size="sm" id={`${titleId}-missing`}>
              {t('workspace.missingSources', { count: missing })}
            </Text>
          ) : null}
          {flags ? (
            <div role="status">
              {flags.flags.length === 0 ? (
                <Text size="sm">{t('workspace.noFlags')}</Text>
              ) : (
                <>
                  <Text size="sm" fw={500}>
                    {t('workspace.flags')}
                  </Text>
                  <List size="sm">
                    {flags.flags.map((f) => (
                      <List.Item key={`${f.field}-${f.start}`}>
                        {t(`workspace.flagKind.${f.kind}`)}: “{f.text}” ({f.field})
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
            </div>
          ) : null}
          {fields.sourceIds ? (
            <Alert color="red" role="alert">
              {t('workspace.tooFew')}
            </Alert>
          ) : null}
          {fields.overrideReason || fields.sealedOverrideReason || (flags && flags.flags.length > 0) ? (
            <Textarea
              label={t('workspace.reason')}
              description={`≥ ${OVERRIDE_REASON_MIN}`}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={
                fields.overrideReason ??
                (fields.sealedOverrideReason ? t('workspace.reasonNeeded') : undefined)
              }
              autosize
            />
          ) : null}
          {error && Object.keys(fields).length === 0 ? (
            <Alert color="red">{errorMessage(error, tShell)}</Alert>
          ) : null}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed" mt="xs">
          {t('workspace.done')}
        </Text>
      )}
    </Card>
  );
}

/** The bureau's findings, opened in this browser: drafts sealed here, checked here, published through the gate. */
function Workspace({ session }: { session: VaultSession }) {
  const { t } = useTranslation('findings');
  const findings = useQuery({
    queryKey: ['findings', 'drafts', session.bureauId],
    queryFn: async () => {
      const { items } = await api.get<{ items: SealedFindingView[] }>('/api/findings');
      return Promise.all(
        items.map(async (row) => ({
          row,
          draft: JSON.parse(
            await session.vault.open(row.sealedDraft, findingContext.draft(row.id)),
          ) as FindingDraftContent,
        })),
      );
    },
    retry: false,
  });
  const sources = useQuery({
    queryKey: ['findings', 'sources'],
    queryFn: () => api.get<{ items: Source[] }>('/api/findings/sources'),
    retry: false,
  });
  const registry = useQuery({
    queryKey: ['findings', 'registry-names'],
    queryFn: () => api.get<RegistryNamesView>('/api/findings/registry-names'),
    retry: false,
  });
  if (findings.isPending || sources.isPending || registry.isPending) return <LoadingState />;
  if (findings.isError) return <ErrorState error={findings.error} onRetry={() => findings.refetch()} />;
  if (registry.isError) return <ErrorState error={registry.error} onRetry={() => registry.refetch()} />;
  return (
    <>
      <NewFinding sources={sources.data?.items ?? []} session={session} />
      {findings.data.length === 0 ? (
        <EmptyState title={t('workspace.none')} />
      ) : (
        <Stack gap="md">
          {findings.data.map((f) => (
            <Draft
              key={f.row.id}
              finding={f}
              sources={sources.data?.items ?? []}
              session={session}
              registry={registry.data}
            />
          ))}
        </Stack>
      )}
    </>
  );
}

export default function FindingsWorkspacePage() {
  const { t } = useTranslation('findings');
  return (
    <>
      <PageTitle>{t('workspace.title')}</PageTitle>
      <VaultGate>{(session) => <Workspace session={session} />}</VaultGate>
    </>
  );
}
