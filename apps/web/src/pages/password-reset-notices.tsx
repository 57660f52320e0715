import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useCurrentUser } from '../api/session.ts';
import { FormAlert } from '../components/form-alert.tsx';
import { formatDateTime } from './admin/format.ts';

type Notice = {
  id: string;
  status: 'done' | 'refused';
  at: string;
  requestedBy: string | null;
  confirmedBy: string | null;
};
type Pending = {
  id: string;
  userId: string;
  displayName: string;
  email: string;
  mine: boolean;
  requestedBy: string | null;
  requestedAt: string;
  confirmBefore: string;
};

/** Shown after login until dismissed: the person's password was reset (or a reset refused). */
export function PasswordResetNotice() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const me = useCurrentUser();
  const key = ['password-reset-notice', me.user.id];
  const notice = useQuery({
    queryKey: key,
    queryFn: () => api.get<{ notice: Notice | null }>('/api/me/password-reset-notice'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const dismiss = useMutation({
    mutationFn: (id: string) => api.post(`/api/me/password-reset-notice/${id}/dismiss`),
    onSuccess: () => client.setQueryData(key, { notice: null }),
  });
  const n = notice.data?.notice;
  if (!n) return null;
  const at = formatDateTime(n.at, i18n.language);
  return (
    <Alert color="orange" role="alert" mb="md">
      <Stack gap="xs">
        <Text fw={700}>{t('resetNotice.title')}</Text>
        <Text size="sm">
          {n.status === 'done'
            ? t('resetNotice.done', { at, by: n.requestedBy ?? t('resetNotice.anonymous') })
            : t('resetNotice.refused', { at })}
          {n.confirmedBy && n.status === 'done'
            ? ` ${t('resetNotice.confirmedBy', { name: n.confirmedBy })}`
            : ''}
        </Text>
        {n.status === 'done' && <Text size="sm">{t('resetNotice.notYou')}</Text>}
        <Group>
          <Button size="xs" variant="white" loading={dismiss.isPending} onClick={() => dismiss.mutate(n.id)}>
            {t('resetNotice.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * For a researcher: colleagues' new passwords waiting for a bureau member's confirmation. For
 * anyone: their own waiting reset, which they may refuse.
 */
export function PendingPasswordResets() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const pending = useQuery({
    queryKey: ['password-resets-pending'],
    queryFn: () => api.get<{ items: Pending[] }>('/api/auth/password-resets/pending'),
  });
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'confirm' | 'refuse' }) =>
      api.post(`/api/auth/password-resets/${id}/${action}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['password-resets-pending'] }),
  });
  const items = pending.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack mb="lg" component="section" aria-labelledby="pending-resets">
      <Title order={2} size="h3" id="pending-resets">
        {t('resetNotice.pendingTitle')}
      </Title>
      <FormAlert error={act.error} />
      {items.map((p) => (
        <Card key={p.id} withBorder>
          <Stack gap="xs">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {p.displayName} ({p.email})
            </Text>
            <Text size="sm">
              {t('resetNotice.requestedAt', {
                at: formatDateTime(p.requestedAt, i18n.language),
                by: p.requestedBy ?? t('resetNotice.anonymous'),
              })}
            </Text>
            <Text size="sm">{p.mine ? t('resetNotice.pendingMine') : t('resetNotice.pendingHint')}</Text>
            <Group>
              {!p.mine && (
                <Button
                  size="sm"
                  onClick={() => act.mutate({ id: p.id, action: 'confirm' })}
                  loading={act.isPending}
                >
                  {t('resetNotice.confirm')}
                </Button>
              )}
              <Button
                size="sm"
                variant="outline"
                color="red"
                onClick={() => act.mutate({ id: p.id, action: 'refuse' })}
                loading={act.isPending}
              >
                {t('resetNotice.refuse')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
