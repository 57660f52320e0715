import { Alert, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import { DataTable } from '../../../components/data-table.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';

type Answer = {
  invitationId: string;
  organisationName: string;
  contactName: string;
  status: 'sent' | 'opened' | 'accepted' | 'declined' | 'proposed';
  consent: boolean | null;
  proposal: string | null;
  answeredAt: string | null;
};

/**
 * The answers contacts gave on the invitation page: consent and a proposed time were sealed for the
 * bureau, so this list opens only with the vault open (409 otherwise) and for researchers alone.
 */
export default function AnswersPage() {
  const { t, i18n } = useTranslation('vault');
  const answers = useQuery({
    queryKey: ['outreach-answers'],
    queryFn: () => api.get<{ items: Answer[] }>('/api/outreach/answers'),
    retry: false,
  });
  const date = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(i18n.language, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: 'Europe/Brussels',
        }).format(new Date(iso))
      : '—';
  if (answers.isPending) return <LoadingState />;
  if (answers.isError) {
    const locked = answers.error instanceof ApiError && answers.error.status === 409;
    return (
      <Stack>
        <PageTitle>{t('answers.title')}</PageTitle>
        {locked ? (
          <Alert color="yellow">{t('interviews.locked')}</Alert>
        ) : (
          <ErrorState error={answers.error} />
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <PageTitle>{t('answers.title')}</PageTitle>
      <Text>{t('answers.explain')}</Text>
      <DataTable
        caption={t('answers.caption')}
        rows={answers.data.items}
        rowKey={(a) => a.invitationId}
        emptyText={t('answers.empty')}
        columns={[
          { key: 'org', header: t('answers.organisation'), render: (a) => a.organisationName },
          { key: 'contact', header: t('answers.contact'), render: (a) => a.contactName },
          { key: 'status', header: t('answers.status'), render: (a) => t(`answers.statuses.${a.status}`) },
          {
            key: 'consent',
            header: t('answers.consent'),
            render: (a) =>
              a.consent === null ? '—' : t(a.consent ? 'answers.consentYes' : 'answers.consentNo'),
          },
          { key: 'proposal', header: t('answers.proposal'), render: (a) => a.proposal ?? '—' },
          { key: 'at', header: t('answers.answeredAt'), render: (a) => date(a.answeredAt) },
        ]}
      />
    </Stack>
  );
}
