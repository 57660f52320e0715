import type { BureauView, VaultStatusView } from '@brug/domain/vault';
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
import { ApiError, api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';

/** A researcher holding the key hands it to a colleague of the bureau through a one-time code. */
function EnrolColleague() {
  const { t } = useTranslation('vault');
  const { user } = useCurrentUser();
  const bureau = useQuery({ queryKey: ['bureau'], queryFn: () => api.get<BureauView>('/api/bureau') });
  const waiting = (bureau.data?.members ?? []).filter((m) => !m.holdsKey && m.userId !== user.id);
  const [userId, setUserId] = useState('');
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function create() {
    setError(null);
    try {
      setCode(await api.post<{ code: string; expiresAt: string }>('/api/vault/enrolments', { userId }));
    } catch (err) {
      setError(err);
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
        <Group align="flex-end">
          <NativeSelect
            label={t('enrolment.colleague')}
            value={userId}
            onChange={(e) => setUserId(e.currentTarget.value)}
            data={[
              { value: '', label: '—' },
              ...waiting.map((m) => ({ value: m.userId, label: m.displayName })),
            ]}
          />
          <Button onClick={create} disabled={!userId}>
            {t('enrolment.create')}
          </Button>
        </Group>
      )}
      {code && (
        <Alert color="yellow">
          <Stack gap="xs">
            <Text fw={700}>{t('enrolment.codeTitle')}</Text>
            <Code fz="lg">{code.code}</Code>
            <Text size="sm">
              {t('enrolment.codeHint', { until: new Date(code.expiresAt).toLocaleString() })}
            </Text>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

/** A researcher without a key enrols with the code a colleague gave them and a passphrase of their own. */
function EnrolWithCode() {
  const { t } = useTranslation('vault');
  const client = useQueryClient();
  const { form, onSubmit, error, extra, busy } = useApiForm<{ code: string; passphrase: string }>(
    { initialValues: { code: '', passphrase: '' } },
    async (v) => {
      await api.post('/api/vault/enrol', v);
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
  const [open, setOpen] = useState(false);
  const { form, onSubmit, error, extra, busy } = useApiForm<{ recoveryKey: string; newPassphrase: string }>(
    { initialValues: { recoveryKey: '', newPassphrase: '' } },
    async (v, f) => {
      await api.post('/api/vault/recover', v);
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
        px={0}
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
        <Alert color="yellow">
          <Stack gap="xs">
            <Text fw={700}>{t('recoveryTitle')}</Text>
            <Code fz="lg">{recoveryKey}</Code>
            <Text size="sm">{t('recoveryHint')}</Text>
          </Stack>
        </Alert>
      )}
      {!s.member ? (
        <Alert color="gray">{t('notMember')}</Alert>
      ) : s.unlocked ? (
        <Stack gap="lg">
          <Group>
            <Alert color="green" role="status">
              {t('unlocked', { minutes: s.idleMinutes })}
            </Alert>
            <Button variant="outline" onClick={lock}>
              {t('lock')}
            </Button>
          </Group>
          <EnrolColleague />
        </Stack>
      ) : s.vaultCreated && !s.holdsKey ? (
        <EnrolWithCode />
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
      {s.member && s.vaultCreated && s.holdsKey && !s.unlocked && <RecoverWithKey />}
    </Stack>
  );
}
