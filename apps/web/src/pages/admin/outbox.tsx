import { Alert, Badge, Button, Checkbox, Code, Modal, Spoiler, Stack, Text } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { formatDateTime } from './format.ts';

type Mail = {
  id: string;
  to: string;
  subject: string;
  language: string | null;
  /** Personal links redacted; null when the message is for the research bureau only. */
  text: string | null;
  confidential: boolean;
  status: string;
  attempts: number;
  error: string | null;
  canHandOver: boolean;
  /** Given up after a day of retries: may be sent again. */
  canResend: boolean;
  createdAt: string;
  sentAt: string | null;
};
type Outbox = { items: Mail[]; total: number; page: number; pageSize: number; smtp: boolean };
type HandOver = { to: string; subject: string; text: string };
const PAGE_SIZE = 20;

/**
 * Mail the platform sent or queued. Admins see who it went to and how delivery went, and a copy
 * with every personal link hidden. Without SMTP, the one link they may pass on is a new user's first
 * invitation.
 */
export default function OutboxPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [handed, setHanded] = useState<HandOver | null>(null);
  const [undelivered, setUndelivered] = useState(false);
  const qc = useQueryClient();
  const outbox = useQuery({
    queryKey: ['outbox', page, undelivered],
    queryFn: () =>
      api.get<Outbox>('/api/outbox', {
        query: { page, pageSize: PAGE_SIZE, undelivered: String(undelivered) },
      }),
    placeholderData: keepPreviousData,
  });
  const resend = useMutation({
    mutationFn: (id: string) => api.post<{ id: string; status: string }>(`/api/outbox/${id}/resend`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['outbox'] }),
  });
  const handOver = useMutation({
    mutationFn: (id: string) => api.post<HandOver>(`/api/outbox/${id}/hand-over`),
    onSuccess: setHanded,
  });
  const columns: Column<Mail>[] = [
    {
      key: 'createdAt',
      header: t('outbox.created'),
      render: (m) => formatDateTime(m.createdAt, i18n.language),
    },
    { key: 'to', header: t('outbox.to'), render: (m) => m.to },
    {
      key: 'subject',
      header: t('outbox.subject'),
      render: (m) => (
        <>
          <Text size="sm" fw={600}>
            {m.subject}
          </Text>
          {m.text === null ? (
            <Text size="sm" c="dimmed">
              {t('outbox.confidential')}
            </Text>
          ) : (
            <Spoiler maxHeight={0} showLabel={t('outbox.show')} hideLabel={t('outbox.hide')}>
              <Code block style={{ whiteSpace: 'pre-wrap', maxWidth: '60ch', overflowWrap: 'anywhere' }}>
                {m.text}
              </Code>
            </Spoiler>
          )}
          {m.canHandOver && (
            <Button
              size="xs"
              variant="light"
              mt={4}
              loading={handOver.isPending && handOver.variables === m.id}
              onClick={() => handOver.mutate(m.id)}
            >
              {t('outbox.handOver')}
            </Button>
          )}
        </>
      ),
    },
    {
      key: 'language',
      header: t('outbox.language'),
      render: (m) => (m.language ? t(`languages.${m.language}`, { defaultValue: m.language }) : '—'),
    },
    {
      key: 'status',
      header: t('fields.status'),
      render: (m) => (
        <Badge
          color={
            m.status === 'sent'
              ? '#1b5e20'
              : m.status === 'failed'
                ? '#b3261e'
                : m.status === 'retrying'
                  ? '#8a4b00'
                  : '#495057'
          }
        >
          {t(`outbox.status.${m.status}`, { defaultValue: m.status })}
        </Badge>
      ),
    },
    { key: 'attempts', header: t('outbox.attempts'), render: (m) => m.attempts },
    {
      key: 'error',
      header: t('outbox.error'),
      render: (m) =>
        m.error || m.canResend ? (
          <>
            {m.error && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {m.error}
              </Text>
            )}
            {m.canResend && (
              <Button
                size="xs"
                variant="light"
                mt={4}
                loading={resend.isPending && resend.variables === m.id}
                onClick={() => resend.mutate(m.id)}
              >
                {t('outbox.resend')}
              </Button>
            )}
          </>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <>
      <PageTitle>{t('outbox.title')}</PageTitle>
      <Text size="sm" mb="sm">
        {t('outbox.redacted')}
      </Text>
      {outbox.data && !outbox.data.smtp && (
        <Alert color="blue" mb="md">
          {t('outbox.noSmtp')}
        </Alert>
      )}
      {outbox.data?.smtp && (
        <Text size="sm" mb="sm">
          {t('outbox.retryHint')}
        </Text>
      )}
      <Checkbox
        mb="sm"
        label={t('outbox.onlyUndelivered')}
        checked={undelivered}
        onChange={(e) => {
          setUndelivered(e.currentTarget.checked);
          setPage(1);
        }}
      />
      {handOver.error && <FormAlert error={handOver.error} />}
      {resend.error && <FormAlert error={resend.error} />}
      {resend.isSuccess && (
        <Alert color="green" mb="md" role="status">
          {t('outbox.resent')}
        </Alert>
      )}
      {outbox.isPending ? (
        <LoadingState />
      ) : outbox.error ? (
        <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : (
        <DataTable
          caption={t('outbox.title')}
          columns={columns}
          rows={outbox.data.items}
          rowKey={(m) => m.id}
          emptyText={t('outbox.empty')}
          page={page}
          pageSize={PAGE_SIZE}
          total={outbox.data.total}
          onPageChange={setPage}
        />
      )}
      <Modal opened={handed !== null} onClose={() => setHanded(null)} title={t('outbox.handOverTitle')}>
        {handed && (
          <Stack>
            <Text size="sm">{t('outbox.handOverHint', { to: handed.to })}</Text>
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {handed.text}
            </Code>
          </Stack>
        )}
      </Modal>
    </>
  );
}
