import type { InvitationStatusView } from '@brug/domain/outreach';
import { Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { SendInvitationsForm } from '../send-invitations-form.tsx';

type Wave = { id: string; name: string; number: number };

/** The coordinator chooses whom of a wave to invite, previews and sends, and sees, per organisation, who answered — never what. */
export default function OutreachStatusPage() {
  const { t } = useTranslation('outreach');
  const user = useCurrentUser();
  const status = useQuery({
    queryKey: ['outreach-status'],
    queryFn: () => api.get<{ items: InvitationStatusView[] }>('/api/outreach/status'),
  });
  const waves = useQuery({
    queryKey: ['outreach-waves'],
    queryFn: () => api.get<{ items: Wave[] }>('/api/outreach/waves'),
    enabled: user.user.role === 'coordinator',
  });
  const waveList: Wave[] = waves.data?.items ?? [];
  const cols = ['sent', 'opened', 'accepted', 'declined', 'proposed', 'noAnswerYet'] as const;
  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      {user.user.role === 'coordinator' && <SendInvitationsForm waves={waveList} />}
      <Text c="dimmed">{t('status.privacy')}</Text>
      {status.isPending ? (
        <LoadingState />
      ) : status.isError ? (
        <ErrorState error={status.error} onRetry={() => status.refetch()} />
      ) : status.data.items.length === 0 ? (
        <EmptyState title={t('status.empty')} />
      ) : (
        // A plain scrolling box that the keyboard can reach: on a phone the table scrolls sideways.
        <Table.ScrollContainer
          minWidth={560}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={t('status.caption')}
        >
          <Table>
            <Table.Caption>{t('status.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('status.organisation')}</Table.Th>
                {cols.map((c) => (
                  <Table.Th key={c} scope="col">
                    {t(`status.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {status.data.items.map((r) => (
                <Table.Tr key={r.organisationId}>
                  <Table.Th scope="row">{r.organisationName}</Table.Th>
                  {cols.map((c) => (
                    <Table.Td key={c}>{r[c]}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
