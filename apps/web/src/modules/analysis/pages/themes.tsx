import type { ThemeRunView } from '@brug/domain/analysis/schemas';
import { CODE_NAME_MAX } from '@brug/domain/analysis/schemas';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { FormError, useRun } from '../code-form.tsx';
import { AnalysisNav, useErrorText, VaultGate } from '../shared.tsx';

type Theme = NonNullable<ThemeRunView['themes']>[number];

function ThemeCard({ runId, theme, onDone }: { runId: string; theme: Theme; onDone: () => Promise<void> }) {
  const { t } = useTranslation('analysis');
  const [name, setName] = useState(theme.label);
  const [result, setResult] = useState<{ coded: number; skipped: number } | null>(null);
  const titleId = `theme-${theme.index}`;
  const state = useRun(onDone);
  const { run } = state;
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id={titleId}>
          {theme.label}
        </Title>
        <Badge
          // Light green and grey badges fall below AA contrast; the state is in the text.
          variant={theme.state === 'open' ? 'light' : 'outline'}
          color={theme.state === 'open' ? 'blue' : 'dark'}
        >
          {t(`themes.state.${theme.state}`)}
        </Badge>
      </Group>
      <Text size="sm" mt={4}>
        {t('themes.size', { count: theme.size })}
      </Text>
      <Text size="sm" fw={600} mt="xs">
        {t('themes.terms')}
      </Text>
      <Group gap={6} mt={4}>
        {theme.terms.slice(0, 8).map((term) => (
          <Badge key={term.term} variant="outline" color="dark" tt="none">
            {term.term}
          </Badge>
        ))}
      </Group>
      <Text size="sm" fw={600} mt="sm">
        {t('themes.passages')}
      </Text>
      <Stack gap={6} mt={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {theme.passages.map((p) => (
          <Text key={`${p.pseudonym}-${p.excerpt.slice(0, 40)}`} size="sm" component="li">
            <strong>{p.pseudonym}</strong>: “{p.excerpt}”
          </Text>
        ))}
      </Stack>
      {theme.state === 'open' ? (
        <Stack gap="xs" mt="sm">
          <TextInput
            label={t('themes.name')}
            maxLength={CODE_NAME_MAX}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={state.fields.label ?? state.fields.name}
          />
          <Group gap="xs">
            <Button
              onClick={() =>
                run(async () =>
                  setResult(
                    await api.post<{ coded: number; skipped: number }>(
                      `/api/analysis/theme-runs/${runId}/themes/${theme.index}/accept`,
                      name.trim() && name !== theme.label ? { name } : {},
                    ),
                  ),
                )
              }
            >
              {t('themes.accept')}
            </Button>
            <Button
              variant="default"
              disabled={!name.trim() || name.trim() === theme.label}
              onClick={() =>
                run(() =>
                  api.patch(`/api/analysis/theme-runs/${runId}/themes/${theme.index}`, { label: name }),
                )
              }
            >
              {t('themes.rename')}
            </Button>
            <Button
              variant="default"
              onClick={() =>
                run(() => api.post(`/api/analysis/theme-runs/${runId}/themes/${theme.index}/dismiss`))
              }
            >
              {t('themes.dismiss')}
            </Button>
          </Group>
        </Stack>
      ) : theme.state === 'accepted' && theme.codeId ? (
        <Text size="sm" mt="sm" role={result ? 'status' : undefined}>
          {result ? `${t('themes.acceptedCount', { count: result.coded })} ` : ''}
          <Anchor component={Link} to={`/analysis/codes/${theme.codeId}`}>
            {t('themes.toCode')}
          </Anchor>
        </Text>
      ) : null}
      <FormError state={state} />
    </Card>
  );
}

/** Theme suggestions over all passages: start a run, follow its progress, accept, rename or dismiss themes. */
export default function ThemesPage() {
  const { t } = useTranslation('analysis');
  const errorText = useErrorText();
  const qc = useQueryClient();
  const latest = useQuery({
    queryKey: ['analysis', 'theme-runs', 'latest'],
    queryFn: () => api.get<{ id: string | null }>('/api/analysis/theme-runs/latest'),
    retry: false,
  });
  const runId = latest.data?.id ?? null;
  const run = useQuery({
    queryKey: ['analysis', 'theme-runs', runId],
    queryFn: () => api.get<ThemeRunView>(`/api/analysis/theme-runs/${runId}`),
    enabled: !!runId,
    retry: false,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 1000 : false),
  });
  const [k, setK] = useState<string | number>('');
  const [error, setError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  async function start() {
    setStarting(true);
    setError(null);
    try {
      const started = await api.post<ThemeRunView>(
        '/api/analysis/theme-runs',
        k === '' ? {} : { k: Number(k) },
      );
      qc.setQueryData(['analysis', 'theme-runs', 'latest'], { id: started.id });
      qc.setQueryData(['analysis', 'theme-runs', started.id], started);
    } catch (err) {
      setError(err);
    } finally {
      setStarting(false);
    }
  }
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['analysis'] });
  };
  const current = run.data;
  const running = current?.status === 'running';
  return (
    <>
      <PageTitle>{t('themes.title')}</PageTitle>
      <AnalysisNav />
      <VaultGate query={latest}>
        {() => (
          <Stack gap="md">
            <Text>{t('themes.intro')}</Text>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <NumberInput
                label={t('themes.k')}
                description={t('themes.kHint')}
                min={2}
                max={30}
                value={k}
                onChange={setK}
                w={200}
              />
              <Button onClick={start} loading={starting} disabled={running}>
                {t('themes.start')}
              </Button>
            </Group>
            {error ? (
              <Alert color="red" role="alert">
                {errorText(error)}
              </Alert>
            ) : null}
            {current ? (
              <div role="status" aria-live="polite">
                {running ? (
                  <>
                    <Text size="sm" mb={4}>
                      {t('themes.running', { count: current.passages, progress: current.progress })}
                    </Text>
                    <Progress value={current.progress} size="lg" aria-label={t('themes.progress')} animated />
                  </>
                ) : current.status === 'failed' ? (
                  <Alert color="red">{t('themes.failed')}</Alert>
                ) : (
                  <Text size="sm">{t('themes.done', { count: current.passages })}</Text>
                )}
              </div>
            ) : null}
            {current?.themes?.map((theme) => (
              <ThemeCard
                key={`${current.id}-${theme.index}`}
                runId={current.id}
                theme={theme}
                onDone={refresh}
              />
            ))}
          </Stack>
        )}
      </VaultGate>
    </>
  );
}
