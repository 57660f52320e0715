import { Alert, Button, Card, FileInput, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { actionErrorMessage } from '../../../api/form-errors.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { VaultGate } from '../../vault/components/vault-gate.tsx';
import type { VaultSession } from '../../vault/vault-session.ts';
import { exportFile, type ImportResult, importFile, UnreadableFileError } from '../exchange.ts';

function Exchange({ session }: { session: VaultSession }) {
  const { t } = useTranslation('refiQda');
  const { t: tShell } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'import' | 'qdc' | 'qdpx' | null>(null);
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (kind: 'import' | 'qdc' | 'qdpx') => {
    setBusy(kind);
    setError(null);
    setProgress(0);
    try {
      if (kind === 'import' && file) {
        setResult(null);
        setResult(
          await importFile(file, session, (done, total) => setProgress(Math.round((done / total) * 100))),
        );
        await queryClient.invalidateQueries();
      } else if (kind !== 'import') {
        await exportFile(kind, session, me.user.displayName);
      }
    } catch (err) {
      // A refusal of the server in the person's language; a file the worker could not read says why.
      setError(
        err instanceof ApiError
          ? actionErrorMessage(err, tShell)
          : err instanceof UnreadableFileError && err.reason
            ? t(`unreadable.${err.reason}`, { file: file?.name ?? '' })
            : err instanceof Error
              ? err.message
              : String(err),
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack>
      <Card withBorder>
        <Stack>
          <Title order={2} size="h3">
            {t('import.title')}
          </Title>
          <Text>{t('import.intro')}</Text>
          <FileInput
            label={t('import.file')}
            accept=".qdpx,.qdc,.qde,.xml"
            value={file}
            onChange={setFile}
            clearable
          />
          <Group>
            <Button
              onClick={() => run('import')}
              disabled={!file || busy !== null}
              loading={busy === 'import'}
            >
              {t('import.start')}
            </Button>
          </Group>
          {busy === 'import' && (
            <Progress value={progress} aria-label={t('import.progress')} aria-valuenow={progress} animated />
          )}
          {result && (
            <Alert color="green" role="status">
              <Text fw={700}>{t('import.done')}</Text>
              <Text>
                {t('import.created', {
                  codes: result.created.codes,
                  documents: result.created.documents,
                  codings: result.created.codings,
                  memos: result.created.memos,
                  sets: result.created.sets,
                })}
              </Text>
              <Text>
                {t('import.merged', {
                  codes: result.plan.merged.code,
                  documents: result.plan.merged.document,
                  codings: result.plan.merged.coding,
                })}
              </Text>
              {result.plan.notMapped.length > 0 && (
                <>
                  <Text mt="xs">{t('import.notMapped')}</Text>
                  <List size="sm">
                    {result.plan.notMapped.map((line) => (
                      <List.Item key={line}>{line}</List.Item>
                    ))}
                  </List>
                </>
              )}
            </Alert>
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <Stack>
          <Title order={2} size="h3">
            {t('export.title')}
          </Title>
          <Text>{t('export.intro')}</Text>
          <Group>
            <Button
              variant="default"
              onClick={() => run('qdc')}
              loading={busy === 'qdc'}
              disabled={busy !== null}
            >
              {t('export.qdc')}
            </Button>
            <Button onClick={() => run('qdpx')} loading={busy === 'qdpx'} disabled={busy !== null}>
              {t('export.qdpx')}
            </Button>
          </Group>
        </Stack>
      </Card>
      {error && (
        <Alert color="red" role="alert">
          <Text fw={700}>{t('error')}</Text>
          <Text>{error}</Text>
        </Alert>
      )}
    </Stack>
  );
}

/** REFI-QDA exchange with ATLAS.ti, MAXQDA, NVivo, QualCoder or Taguette, made in this browser. */
export default function ExchangePage() {
  const { t } = useTranslation('refiQda');
  return (
    <Stack>
      <PageTitle>{t('title')}</PageTitle>
      <VaultGate>{(session) => <Exchange session={session} />}</VaultGate>
    </Stack>
  );
}
