import type { VaultStatusView } from '@brug/domain/vault';
import { Alert, Button, Code, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';

/** Create, open and lock the bureau's vault. The passphrase is not the login password. */
export default function VaultPage() {
  const { t } = useTranslation('vault');
  const client = useQueryClient();
  const status = useQuery({ queryKey: ['vault'], queryFn: () => api.get<VaultStatusView>('/api/vault') });
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(e: FormEvent, action: 'create' | 'unlock') {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      if (action === 'create') {
        const r = await api.post<{ recoveryKey: string }>('/api/vault', { passphrase });
        setRecoveryKey(r.recoveryKey);
      } else await api.post('/api/vault/unlock', { passphrase });
      setPassphrase('');
      await client.invalidateQueries({ queryKey: ['vault'] });
    } catch (err) {
      setProblem(
        err instanceof ApiError && err.status === 429
          ? t('throttled')
          : err instanceof ApiError && err.fields.passphrase
            ? t('wrong')
            : t('wrong'),
      );
    } finally {
      setBusy(false);
    }
  }

  async function lock() {
    await api.post('/api/vault/lock');
    await client.invalidateQueries({ queryKey: ['vault'] });
  }

  if (status.isPending) return <LoadingState />;
  if (status.isError) return <ErrorState error={status.error} onRetry={() => status.refetch()} />;
  const s = status.data;
  return (
    <Stack gap="md" maw={640}>
      <PageTitle>{t('title')}</PageTitle>
      <Text>{t('explain')}</Text>
      {recoveryKey && (
        <Alert color="yellow" title={t('recoveryTitle')}>
          <Stack gap="xs">
            <Code fz="lg">{recoveryKey}</Code>
            <Text size="sm">{t('recoveryHint')}</Text>
          </Stack>
        </Alert>
      )}
      {!s.member ? (
        <Alert color="gray">{t('notMember')}</Alert>
      ) : s.unlocked ? (
        <Group>
          <Alert color="green" role="status">
            {t('unlocked', { minutes: s.idleMinutes })}
          </Alert>
          <Button variant="outline" onClick={lock}>
            {t('lock')}
          </Button>
        </Group>
      ) : s.vaultCreated && !s.holdsKey ? (
        <Alert color="gray">{t('noKey')}</Alert>
      ) : (
        <form onSubmit={(e) => run(e, s.vaultCreated ? 'unlock' : 'create')}>
          <Stack gap="sm">
            <Text>{t('locked')}</Text>
            <PasswordInput
              label={t('passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="off"
              error={problem}
            />
            <Button type="submit" loading={busy}>
              {s.vaultCreated ? t('unlock') : t('create')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
