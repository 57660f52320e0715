import { type BureauView, VAULT_PASSPHRASE_MIN_LENGTH, type VaultStatusView } from '@brug/domain/vault';
import {
  Alert,
  Button,
  Code,
  Group,
  NativeSelect,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { actionErrorMessage } from '../../../api/form-errors.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { AuditAnchorPanel } from '../../../components/audit-anchor.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { formatMoment } from '../../../components/format.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { UnlockForm } from '../components/vault-gate.tsx';
import {
  createVaultHere,
  enrolColleague,
  enrolWithCode,
  lockVaultSession,
  recoverWithKey,
  renewKey,
  useVaultSession,
} from '../vault-session.ts';

/** The passphrase rule shown before anything is derived (the same constant the schema holds). */
const passphraseRule = (t: (key: string, options?: Record<string, unknown>) => string) => (value: string) =>
  value.length < VAULT_PASSPHRASE_MIN_LENGTH
    ? t('passphraseTooShort', { min: VAULT_PASSPHRASE_MIN_LENGTH })
    : null;

/**
 * A researcher holding the key hands it to a colleague of the bureau through a one-time code. The
 * passphrase is asked again: only then does this browser get a copy of the key that it may wrap.
 */
function EnrolColleague() {
  const { t, i18n } = useTranslation('vault');
  const { user } = useCurrentUser();
  const bureau = useQuery({ queryKey: ['bureau'], queryFn: () => api.get<BureauView>('/api/bureau') });
  const waiting = (bureau.data?.members ?? []).filter((m) => !m.holdsKey && m.userId !== user.id);
  const [userId, setUserId] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function create(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      setCode(await enrolColleague(passphrase, userId));
      setPassphrase('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  if (waiting.length === 0 && !code) return null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('enrolment.title')}
      </Title>
      <Text size="sm">{t('enrolment.explain')}</Text>
      <FormAlert error={error} />
      {waiting.length > 0 && (
        <form onSubmit={create} aria-label={t('enrolment.title')}>
          <Stack gap="sm">
            <NativeSelect
              label={t('enrolment.colleague')}
              value={userId}
              onChange={(e) => setUserId(e.currentTarget.value)}
              data={[
                { value: '', label: '—' },
                ...waiting.map((m) => ({ value: m.userId, label: m.displayName })),
              ]}
            />
            <PasswordInput
              label={t('enrolment.confirmPassphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="off"
            />
            <Button type="submit" disabled={!userId || !passphrase} loading={busy} w="fit-content">
              {t('enrolment.create')}
            </Button>
          </Stack>
        </form>
      )}
      {code && (
        <Alert color="yellow">
          <Stack gap="xs">
            <Text fw={700}>{t('enrolment.codeTitle')}</Text>
            <Code fz="lg">{code.code}</Code>
            <Text size="sm">
              {t('enrolment.codeHint', { until: formatMoment(code.expiresAt, i18n.language) })}
            </Text>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

/**
 * A researcher who held the key left the bureau: a new data key for everything sealed from now on,
 * handed to the colleagues who stay, and a new recovery key (shown once).
 */
function RenewKey({ onRenewed }: { onRenewed: (recoveryKey: string) => void }) {
  const { t } = useTranslation('vault');
  const client = useQueryClient();
  const bureau = useQuery({ queryKey: ['bureau'], queryFn: () => api.get<BureauView>('/api/bureau') });
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [again, setAgain] = useState<string[]>([]);
  async function renew(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const result = await renewKey(passphrase);
      setPassphrase('');
      const names = new Map((bureau.data?.members ?? []).map((m) => [m.userId, m.displayName]));
      setAgain(result.mustEnrolAgain.map((id) => names.get(id) ?? id));
      onRenewed(result.recoveryKey);
      await client.invalidateQueries({ queryKey: ['vault'] });
      await client.invalidateQueries({ queryKey: ['bureau'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Alert color="orange" title={t('renew.title')}>
      <form onSubmit={renew} aria-label={t('renew.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('renew.explain')}</Text>
          <FormAlert error={error} />
          <PasswordInput
            label={t('enrolment.confirmPassphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            autoComplete="off"
          />
          <Button type="submit" disabled={!passphrase} loading={busy} w="fit-content">
            {t('renew.submit')}
          </Button>
          {again.length > 0 && (
            <Text size="sm">{t('renew.mustEnrolAgain', { names: again.join(', ') })}</Text>
          )}
        </Stack>
      </form>
    </Alert>
  );
}

/**
 * The digest of the web app this browser was served, for the bureau to compare with the release's
 * before opening the vault (vault README: what remains against a server that serves altered code).
 */
function ServedCode() {
  const { t } = useTranslation('vault');
  const about = useQuery({
    queryKey: ['about'],
    queryFn: () => api.get<{ version: string; webBundleSha256: string | null }>('/api/about'),
  });
  if (!about.data?.webBundleSha256) return null;
  return (
    <Stack gap={4}>
      <Title order={2} size="h5">
        {t('served.title')}
      </Title>
      <Text size="sm">{t('served.explain', { version: about.data.version })}</Text>
      <Code style={{ overflowWrap: 'anywhere' }}>{about.data.webBundleSha256}</Code>
    </Stack>
  );
}

/** A researcher without a key enrols with the code a colleague gave them and a passphrase of their own. */
function EnrolWithCode() {
  const { t } = useTranslation('vault');
  const client = useQueryClient();
  const { user } = useCurrentUser();
  const { form, onSubmit, error, extra, busy } = useApiForm<{ code: string; passphrase: string }>(
    { initialValues: { code: '', passphrase: '' }, validate: { passphrase: passphraseRule(t) } },
    async (v) => {
      await enrolWithCode(user.id, v.code, v.passphrase);
      await client.invalidateQueries({ queryKey: ['vault'] });
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text>{t('noKey')}</Text>
        <FormAlert error={error} extra={extra} />
        <TextInput label={t('enrolment.code')} required autoComplete="off" {...form.getInputProps('code')} />
        <PasswordInput
          label={t('enrolment.newPassphrase')}
          description={t('enrolment.passphraseHint')}
          required
          autoComplete="new-password"
          {...form.getInputProps('passphrase')}
        />
        <Button type="submit" loading={busy} w="fit-content">
          {t('enrolment.enrol')}
        </Button>
      </Stack>
    </form>
  );
}

/** A researcher who forgot the passphrase sets a new one with the recovery key shown at creation. */
function RecoverWithKey() {
  const { t } = useTranslation('vault');
  const client = useQueryClient();
  const { user } = useCurrentUser();
  const [open, setOpen] = useState(false);
  const { form, onSubmit, error, extra, busy } = useApiForm<{ recoveryKey: string; newPassphrase: string }>(
    { initialValues: { recoveryKey: '', newPassphrase: '' }, validate: { newPassphrase: passphraseRule(t) } },
    async (v, f) => {
      await recoverWithKey(user.id, v.recoveryKey, v.newPassphrase);
      f.reset();
      setOpen(false);
      await client.invalidateQueries({ queryKey: ['vault'] });
    },
  );
  return (
    <Stack gap="sm">
      <Button
        variant="subtle"
        w="fit-content"
        maw="100%"
        h="auto"
        py={4}
        px={0}
        // A long label (French) wraps on a phone instead of widening the page.
        styles={{ label: { whiteSpace: 'normal', textAlign: 'start' } }}
        aria-expanded={open}
        aria-controls="vault-recovery"
        onClick={() => setOpen((o) => !o)}
      >
        {t('recover.toggle')}
      </Button>
      {open && (
        <form id="vault-recovery" onSubmit={onSubmit} noValidate aria-label={t('recover.title')}>
          <Stack gap="sm">
            <Text size="sm">{t('recover.explain')}</Text>
            <FormAlert error={error} extra={extra} />
            <TextInput
              label={t('recover.key')}
              required
              autoComplete="off"
              spellCheck={false}
              {...form.getInputProps('recoveryKey')}
            />
            <PasswordInput
              label={t('recover.newPassphrase')}
              description={t('enrolment.passphraseHint')}
              required
              autoComplete="new-password"
              {...form.getInputProps('newPassphrase')}
            />
            <Button type="submit" loading={busy} w="fit-content">
              {t('recover.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** Create, open and lock the bureau's vault, in this browser. The passphrase is not the login password. */
export default function VaultPage() {
  const { t } = useTranslation('vault');
  const { t: tShell } = useTranslation();
  const client = useQueryClient();
  const { user } = useCurrentUser();
  const session = useVaultSession();
  const status = useQuery({ queryKey: ['vault'], queryFn: () => api.get<VaultStatusView>('/api/vault') });
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(e: FormEvent, bureauId: string) {
    e.preventDefault();
    const tooShort = passphraseRule(t)(passphrase);
    setProblem(tooShort);
    if (tooShort) return;
    setBusy(true);
    try {
      setRecoveryKey(await createVaultHere(bureauId, user.id, passphrase));
      setPassphrase('');
      await client.invalidateQueries({ queryKey: ['vault'] });
    } catch (err) {
      setProblem(actionErrorMessage(err, tShell));
    } finally {
      setBusy(false);
    }
  }

  if (status.isPending) return <LoadingState />;
  if (status.isError) return <ErrorState error={status.error} onRetry={() => status.refetch()} />;
  const s = status.data;
  return (
    <Stack gap="md" maw={640}>
      <PageTitle>{t('title')}</PageTitle>
      <Text>{t('explain')}</Text>
      {recoveryKey && (
        <Alert color="yellow">
          <Stack gap="xs">
            <Text fw={700}>{t('recoveryTitle')}</Text>
            <Code fz="lg">{recoveryKey}</Code>
            <Text size="sm">{t('recoveryHint')}</Text>
          </Stack>
        </Alert>
      )}
      {!s.member || !s.bureauId ? (
        <Alert color="gray">{t('notMember')}</Alert>
      ) : session ? (
        <Stack gap="lg">
          <Group>
            <Alert color="green" role="status">
              {t('unlocked', { minutes: s.idleMinutes })}
            </Alert>
            <Button variant="outline" onClick={lockVaultSession}>
              {t('lock')}
            </Button>
          </Group>
          {s.renewalDue && <RenewKey onRenewed={setRecoveryKey} />}
          <EnrolColleague />
        </Stack>
      ) : s.vaultCreated && !s.holdsKey ? (
        <EnrolWithCode />
      ) : s.vaultCreated ? (
        <UnlockForm />
      ) : (
        <form onSubmit={(e) => create(e, s.bureauId!)} noValidate>
          <Stack gap="sm">
            <Text>{t('createExplain')}</Text>
            <PasswordInput
              label={t('passphrase')}
              description={t('enrolment.passphraseHint')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="new-password"
              error={problem}
            />
            <Button type="submit" loading={busy} w="fit-content">
              {t('create')}
            </Button>
          </Stack>
        </form>
      )}
      {s.member && s.vaultCreated && s.holdsKey && !session && <RecoverWithKey />}
      {s.member && <ServedCode />}
      {s.member && <AuditAnchorPanel />}
    </Stack>
  );
}
