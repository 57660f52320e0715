import { Card, Code, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useCurrentUser } from '../api/session.ts';
import { formatDateTime } from './admin/format.ts';

type BureauMail = {
  id: string;
  to: string;
  subject: string;
  language: string | null;
  createdAt: string;
  text: string;
};

/**
 * For researchers, when Brug has no mail server: booking mail (time and place of a confidential
 * conversation) waiting to be passed on to the contact. Only the bureau reads it; the contact's
 * personal link stays hidden.
 */
export function BureauOutbox() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const isResearcher = me.user.role === 'researcher';
  const mails = useQuery({
    queryKey: ['bureau-outbox'],
    queryFn: () => api.get<{ items: BureauMail[] }>('/api/outbox/confidential'),
    enabled: isResearcher,
  });
  const items = mails.data?.items ?? [];
  if (!isResearcher || items.length === 0) return null;
  return (
    <Stack mb="lg" component="section" aria-labelledby="bureau-outbox">
      <Title order={2} size="h3" id="bureau-outbox">
        {t('outbox.bureauTitle')}
      </Title>
      <Text size="sm">{t('outbox.bureauHint')}</Text>
      {items.map((m) => (
        <Card key={m.id} withBorder>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {m.to} — {m.subject}
          </Text>
          <Text size="sm" c="dimmed">
            {formatDateTime(m.createdAt, i18n.language)}
          </Text>
          <Code block mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {m.text}
          </Code>
        </Card>
      ))}
    </Stack>
  );
}
