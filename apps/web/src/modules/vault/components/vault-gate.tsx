import type { VaultStatusView } from '@brug/domain/vault';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { unlockWithPassphrase, useVaultSession, type VaultSession } from '../vault-session.ts';

/** The passphrase form that opens the vault in this browser; also on the vault page. */
export function UnlockForm({ onOpened }: { onOpened?: () => void }) {
  const { t } = useTranslation('vault');
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await unlockWithPassphrase(passphrase);
      setPassphrase('');
      onOpened?.();
    } catch (err) {
      setProblem(err instanceof ApiError && err.status === 429 ? t('throttled') : t('wrong'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} aria-label={t('unlock')}>
      <Stack gap="sm">
        <Text>{t('locked')}</Text>
        <PasswordInput
          label={t('passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          autoComplete="off"
          error={problem}
          data-autofocus
        />
        <Button type="submit" loading={busy} w="fit-content">
          {busy ? t('opening') : t('unlock')}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * Wraps every page that shows or writes confidential data: while the vault is locked in this
 * browser it asks for the passphrase; then it renders the page with the open vault.
 */
export function VaultGate({ children }: { children: (session: VaultSession) => ReactNode }) {
  const { t } = useTranslation('vault');
  const session = useVaultSession();
  const status = useQuery({
    queryKey: ['vault'],
    queryFn: () => api.get<VaultStatusView>('/api/vault'),
    enabled: !session,
  });
  if (session) return <>{children(session)}</>;
  if (status.isPending) return <LoadingState />;
  if (status.isError) return <ErrorState error={status.error} onRetry={() => status.refetch()} />;
  const s = status.data;
  if (!s.member) return <Alert color="gray">{t('notMember')}</Alert>;
  if (!s.vaultCreated || !s.holdsKey)
    return (
      <Alert color="yellow">
        {t('gate.noKey')}{' '}
        <Anchor component={Link} to="/vault">
          {t('nav')}
        </Anchor>
      </Alert>
    );
  return (
    <Stack maw={480}>
      <UnlockForm />
    </Stack>
  );
}
