import type { AnalysisRoundtableView } from '@brug/domain/analysis/schemas';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { formatMoment } from '../../../components/format.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState } from '../../../components/states.tsx';
import { AnalysisNav, useErrorText, useVaultQueryEnabled, VaultGate } from '../shared.tsx';
import { listCodings } from '../vault-api.ts';

type Interview = { id: string; pseudonym: string; status: 'open' | 'held' | 'withdrawn' };

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

/** Roundtables of the zone: the bureau chooses whose minutes it analyses, and can stop again. */
function Roundtables({ coded }: { coded: Map<string, number> }) {
  const { t, i18n } = useTranslation('analysis');
  const errorText = useErrorText();
  const qc = useQueryClient();
  const roundtables = useQuery({
    queryKey: ['analysis', 'roundtables'],
    queryFn: () => api.get<{ items: AnalysisRoundtableView[] }>('/api/analysis/roundtables'),
    retry: false,
  });
  const [error, setError] = useState<unknown>(null);
  const [dropping, setDropping] = useState<AnalysisRoundtableView | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await qc.invalidateQueries({ queryKey: ['analysis'] });
    } catch (err) {
      setError(err);
    }
  };
  const items = roundtables.data?.items ?? [];
  const date = (iso: string) => formatMoment(iso, i18n.language, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="roundtable-sources">
      <Title order={2} size="h4" id="roundtable-sources" mt="xl" mb="xs">
        {t('sources.roundtables')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('sources.roundtablesIntro')}
      </Text>
      {error ? (
        <Alert color="red" role="alert" mb="sm">
          {errorText(error)}
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <Text size="sm">{t('sources.noRoundtables')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={listStyle}>
          {items.map((r) => (
            <Card key={r.roundtableId} withBorder padding="sm" component="li">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  {r.sourceId ? (
                    <Anchor component={Link} to={`/analysis/roundtables/${r.sourceId}`} fw={600}>
                      {t('sources.open', { pseudonym: r.pseudonym })}
                    </Anchor>
                  ) : null}
                  <Text size="sm">
                    {r.title} · {date(r.startsAt)}
                  </Text>
                </div>
                {r.sourceId ? (
                  <Group gap="xs">
                    <Text size="sm">{t('sources.coded', { count: coded.get(r.sourceId) ?? 0 })}</Text>
                    <Button size="xs" variant="default" onClick={() => setDropping(r)}>
                      {t('sources.stop')}
                    </Button>
                  </Group>
                ) : r.hasMinutes ? (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={t('sources.analyseNamed', { title: r.title })}
                    onClick={() =>
                      run(() => api.post('/api/analysis/roundtables', { roundtableId: r.roundtableId }))
                    }
                  >
                    {t('sources.analyse')}
                  </Button>
                ) : (
                  <Badge variant="outline" color="dark">
                    {t('sources.noMinutes')}
                  </Badge>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <ConfirmDialog
        opened={dropping !== null}
        title={t('sources.stopTitle', { pseudonym: dropping?.pseudonym ?? '' })}
        message={t('sources.stopMessage')}
        confirmLabel={t('sources.stop')}
        danger
        onCancel={() => setDropping(null)}
        onConfirm={() => {
          const target = dropping;
          setDropping(null);
          if (target?.sourceId) void run(() => api.delete(`/api/analysis/roundtables/${target.sourceId}`));
        }}
      />
    </section>
  );
}

/** The bureau's sources: interviews by pseudonym, and the roundtable minutes it chose to analyse. */
export default function SourcesPage() {
  const { t } = useTranslation('analysis');
  const interviews = useQuery({
    queryKey: ['analysis', 'interviews'],
    queryFn: () => api.get<{ items: Interview[] }>('/api/interviews'),
    retry: false,
  });
  const open = useVaultQueryEnabled();
  const codings = useQuery({
    queryKey: ['analysis', 'codings', 'all'],
    queryFn: () => listCodings(),
    retry: false,
    enabled: interviews.isSuccess && open,
  });
  const coded = new Map<string, number>();
  for (const c of codings.data?.items ?? []) {
    const key = c.interviewId ?? c.roundtableId ?? '';
    coded.set(key, (coded.get(key) ?? 0) + 1);
  }
  return (
    <>
      <PageTitle>{t('sources.title')}</PageTitle>
      <AnalysisNav />
      <VaultGate query={interviews}>
        {() => {
          const items = interviews.data?.items ?? [];
          return (
            <>
              <Title order={2} size="h4" mb="xs">
                {t('sources.interviews')}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('sources.intro')}
              </Text>
              {items.length === 0 ? (
                <EmptyState title={t('sources.empty')} />
              ) : (
                <Stack gap="sm" component="ul" style={listStyle}>
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
                          <Badge
                            variant={i.status === 'withdrawn' ? 'outline' : 'light'}
                            color={i.status === 'withdrawn' ? 'dark' : 'blue'}
                          >
                            {t(`sources.status.${i.status}`, { defaultValue: i.status })}
                          </Badge>
                          <Text size="sm">{t('sources.coded', { count: coded.get(i.id) ?? 0 })}</Text>
                        </Group>
                      </Group>
                    </Card>
                  ))}
                </Stack>
              )}
              <Roundtables coded={coded} />
            </>
          );
        }}
      </VaultGate>
    </>
  );
}
