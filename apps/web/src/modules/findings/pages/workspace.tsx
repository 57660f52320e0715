import {
  FINDING_KINDS,
  FINDING_STATEMENT_MAX,
  type FindingDraftView,
  type FindingKind,
  type FindingSourceView,
  OVERRIDE_REASON_MIN,
  type PublicationCheckView,
} from '@brug/domain/findings/schemas';
import {
  Alert,
  Anchor,
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
import { Link } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { errorMessage } from '../../../api/form-errors.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';

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

function NewFinding({ sources }: { sources: Source[] }) {
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
  const fields = error instanceof ApiError ? error.fields : {};
  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const translations = { ...(fr.trim() ? { fr } : {}), ...(en.trim() ? { en } : {}) };
      await api.post('/api/findings', { kind, statement, translations, theme, sourceIds });
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

function Draft({ finding, sources }: { finding: FindingDraftView; sources: Source[] }) {
  const { t } = useTranslation('findings');
  const { t: tShell } = useTranslation();
  const qc = useQueryClient();
  const [check, setCheck] = useState<PublicationCheckView | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [sourceIds, setSourceIds] = useState(finding.sources.map((s) => s.id));
  const fields = error instanceof ApiError ? error.fields : {};
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err);
    }
  };
  const titleId = `finding-${finding.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Group justify="space-between" mb="xs">
        <Badge variant="light">{t(`kind.${finding.kind}`)}</Badge>
        <Text size="sm" c="dimmed">
          {finding.sources.map((s) => s.pseudonym).join(', ')}
        </Text>
      </Group>
      <Text id={titleId} fw={500}>
        {finding.statement}
      </Text>
      {finding.status === 'draft' ? (
        <Stack gap="xs" mt="sm">
          <SourceChecks sources={sources} value={sourceIds} onChange={setSourceIds} />
          <Group>
            <Button
              variant="default"
              onClick={() =>
                run(async () => {
                  await api.patch(`/api/findings/${finding.id}`, { sourceIds });
                  await qc.invalidateQueries({ queryKey: ['findings'] });
                })
              }
            >
              {t('workspace.save')}
            </Button>
            <Button
              variant="default"
              onClick={() =>
                run(async () =>
                  setCheck(await api.post<PublicationCheckView>(`/api/findings/${finding.id}/check`)),
                )
              }
            >
              {t('workspace.check')}
            </Button>
            <Button
              onClick={() =>
                run(async () => {
                  await api.post(
                    `/api/findings/${finding.id}/publish`,
                    reason.trim() ? { overrideReason: reason } : {},
                  );
                  await qc.invalidateQueries({ queryKey: ['findings'] });
                })
              }
            >
              {t('workspace.publish')}
            </Button>
          </Group>
          {check ? (
            <div role="status">
              <Text size="sm">
                {t('workspace.sourceCount', { count: check.distinctSources, k: check.k })}
              </Text>
              {check.flags.length === 0 ? (
                <Text size="sm">{t('workspace.noFlags')}</Text>
              ) : (
                <>
                  <Text size="sm" fw={500}>
                    {t('workspace.flags')}
                  </Text>
                  <List size="sm">
                    {check.flags.map((f) => (
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
              {t('workspace.tooFew')} {fields.sourceIds}
            </Alert>
          ) : null}
          {fields.overrideReason || (check && check.flags.length > 0) ? (
            <Textarea
              label={t('workspace.reason')}
              description={`≥ ${OVERRIDE_REASON_MIN}`}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fields.overrideReason}
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

/** The bureau's findings: write drafts with their pseudonymous sources, check and publish through the gate. */
export default function FindingsWorkspacePage() {
  const { t } = useTranslation('findings');
  const findings = useQuery({
    queryKey: ['findings', 'drafts'],
    queryFn: () => api.get<{ items: FindingDraftView[] }>('/api/findings'),
    retry: false,
  });
  const sources = useQuery({
    queryKey: ['findings', 'sources'],
    queryFn: () => api.get<{ items: Source[] }>('/api/findings/sources'),
    retry: false,
  });
  const locked = findings.error instanceof ApiError && findings.error.status === 409;
  return (
    <>
      <PageTitle>{t('workspace.title')}</PageTitle>
      {locked ? (
        <Alert color="yellow">
          {t('workspace.locked')}{' '}
          <Anchor component={Link} to="/vault">
            {t('workspace.openVault')}
          </Anchor>
        </Alert>
      ) : findings.isPending || sources.isPending ? (
        <LoadingState />
      ) : findings.isError ? (
        <ErrorState error={findings.error} onRetry={() => findings.refetch()} />
      ) : (
        <>
          <NewFinding sources={sources.data?.items ?? []} />
          {findings.data.items.length === 0 ? (
            <EmptyState title={t('workspace.none')} />
          ) : (
            <Stack gap="md">
              {findings.data.items.map((f) => (
                <Draft key={f.id} finding={f} sources={sources.data?.items ?? []} />
              ))}
            </Stack>
          )}
        </>
      )}
    </>
  );
}
