import type { CodingView } from '@brug/domain/analysis/schemas';
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState } from '../../../components/states.tsx';
import { AnalysisNav, VaultGate } from '../shared.tsx';

type Interview = { id: string; pseudonym: string; status: 'open' | 'held' | 'withdrawn' };

/** The bureau's sources (confidential interviews by pseudonym) with how much of each is coded. */
export default function SourcesPage() {
  const { t } = useTranslation('analysis');
  const interviews = useQuery({
    queryKey: ['analysis', 'interviews'],
    queryFn: () => api.get<{ items: Interview[] }>('/api/interviews'),
    retry: false,
  });
  const codings = useQuery({
    queryKey: ['analysis', 'codings', 'all'],
    queryFn: () => api.get<{ items: CodingView[] }>('/api/codings'),
    retry: false,
    enabled: interviews.isSuccess,
  });
  const coded = new Map<string, number>();
  for (const c of codings.data?.items ?? []) coded.set(c.interviewId, (coded.get(c.interviewId) ?? 0) + 1);
  return (
    <>
      <PageTitle>{t('sources.title')}</PageTitle>
      <AnalysisNav />
      <VaultGate query={interviews}>
        {() => {
          const items = interviews.data?.items ?? [];
          if (items.length === 0) return <EmptyState title={t('sources.empty')} />;
          return (
            <>
              <Text size="sm" c="dimmed" mb="sm">
                {t('sources.intro')}
              </Text>
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {items.map((i) => (
                  <Card key={i.id} withBorder padding="sm" component="li">
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      {i.status === 'withdrawn' ? (
                        <Text fw={600}>{i.pseudonym}</Text>
                      ) : (
                        <Anchor component={Link} to={`/analysis/interviews/${i.id}`} fw={600}>
                          {t('sources.open', { pseudonym: i.pseudonym })}
                        </Anchor>
                      )}
                      <Group gap="xs">
                        <Badge variant="light" color={i.status === 'withdrawn' ? 'gray' : 'blue'}>
                          {t(`sources.status.${i.status}`, { defaultValue: i.status })}
                        </Badge>
                        <Text size="sm">{t('sources.coded', { count: coded.get(i.id) ?? 0 })}</Text>
                      </Group>
                    </Group>
                  </Card>
                ))}
              </Stack>
            </>
          );
        }}
      </VaultGate>
    </>
  );
}
