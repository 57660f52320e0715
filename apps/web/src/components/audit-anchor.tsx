import type { AuditAnchorView } from '@brug/domain/audit';
import { Alert, Button, Code, CopyButton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { formatDateTime } from '../pages/admin/format.ts';

/**
 * The audit log's anchor: the last signed checkpoint of its head, kept outside the database. Admins,
 * coordinators and the research bureau see it here and are asked to keep a copy: with it,
 * `brug audit verify --expect` shows whether the log was cut or rewritten since, even by whoever
 * runs the server (docs/ARCHITECTURE.md, "The audit log").
 */
export function AuditAnchorPanel() {
  const { t, i18n } = useTranslation();
  const anchor = useQuery({
    queryKey: ['audit', 'anchor'],
    queryFn: () => api.get<AuditAnchorView>('/api/audit/anchor'),
  });
  const a = anchor.data;
  if (!a?.anchored) return null;
  return (
    <Stack gap={4} mb="md" data-testid="audit-anchor">
      <Title order={2} size="h5">
        {t('auditAnchor.title')}
      </Title>
      {!a.intact && (
        <Alert color="red" role="alert" title={t('auditAnchor.brokenTitle')}>
          {t(`auditAnchor.problem.${a.problem ?? 'rewritten'}`)}
        </Alert>
      )}
      {a.head && a.checkpointAt ? (
        <>
          <Text size="sm">
            {t('auditAnchor.explain', {
              entry: a.head.split(':')[0],
              at: formatDateTime(a.checkpointAt, i18n.language),
              key: a.keyFingerprint,
            })}
          </Text>
          <Code style={{ overflowWrap: 'anywhere' }}>{a.head}</Code>
          <CopyButton value={a.head}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy} w="fit-content">
                {copied ? t('auditAnchor.copied') : t('auditAnchor.copy')}
              </Button>
            )}
          </CopyButton>
          <Text size="xs" c="dimmed">
            {t('auditAnchor.check')} <Code>npm run brug -- audit verify --expect {a.head.slice(0, 12)}…</Code>
          </Text>
        </>
      ) : (
        <Text size="sm">{t('auditAnchor.empty')}</Text>
      )}
    </Stack>
  );
}
