import { type SealedAnswerContent, SealedAnswerContent as SealedAnswerSchema } from '@brug/domain/outreach';
import { Alert, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { DataTable } from '../../../components/data-table.tsx';
import { formatMoment } from '../../../components/format.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { VaultGate } from '../components/vault-gate.tsx';
import type { VaultSession } from '../vault-session.ts';

type Stored = {
  invitationId: string;
  organisationName: string;
  contactName: string;
  status: 'sent' | 'opened' | 'accepted' | 'declined' | 'proposed';
  sealedAnswer: string | null;
  answeredAt: string | null;
};
/** `content` is null when nothing was sealed; `unreadable` when the box does not open (tampered). */
type Answer = Stored & { content: SealedAnswerContent | null; unreadable: boolean };

async function openAnswers(session: VaultSession, items: Stored[]): Promise<Answer[]> {
  return Promise.all(
    items.map(async (a) => {
      if (!a.sealedAnswer) return { ...a, content: null, unreadable: false };
      try {
        const text = await session.openBox(a.sealedAnswer, `invitation:${a.invitationId}:answer`);
        return { ...a, content: SealedAnswerSchema.parse(JSON.parse(text)), unreadable: false };
      } catch {
        return { ...a, content: null, unreadable: true };
      }
    }),
  );
}

function Answers({ session }: { session: VaultSession }) {
  const { t, i18n } = useTranslation('vault');
  const answers = useQuery({
    queryKey: ['outreach-answers'],
    queryFn: async () =>
      openAnswers(session, (await api.get<{ items: Stored[] }>('/api/outreach/answers')).items),
    retry: false,
  });
  const date = (iso: string | null) => (iso ? formatMoment(iso, i18n.language) : '—');
  if (answers.isPending) return <LoadingState />;
  if (answers.isError) return <ErrorState error={answers.error} />;
  const unreadable = answers.data.filter((a) => a.unreadable).length;
  return (
    <Stack gap="md">
      <Text>{t('answers.explain')}</Text>
      {unreadable > 0 && (
        <Alert color="red" role="alert">
          {t('answers.unreadable', { count: unreadable })}
        </Alert>
      )}
      <DataTable
        caption={t('answers.caption')}
        rows={answers.data}
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
              a.unreadable
                ? t('answers.unreadableCell')
                : !a.content
                  ? '—'
                  : t(a.content.consent ? 'answers.consentYes' : 'answers.consentNo'),
          },
          { key: 'proposal', header: t('answers.proposal'), render: (a) => a.content?.proposal ?? '—' },
          { key: 'at', header: t('answers.answeredAt'), render: (a) => date(a.answeredAt) },
        ]}
      />
    </Stack>
  );
}

/**
 * The answers contacts gave on the invitation page: consent and a proposed time were sealed for the
 * bureau in the contact's browser, so this list opens them here, with the vault open.
 */
export default function AnswersPage() {
  const { t } = useTranslation('vault');
  return (
    <Stack gap="md">
      <PageTitle>{t('answers.title')}</PageTitle>
      <VaultGate>{(session) => <Answers session={session} />}</VaultGate>
    </Stack>
  );
}
