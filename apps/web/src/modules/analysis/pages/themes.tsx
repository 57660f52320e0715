import { CODE_NAME_MAX, type CodeView } from '@brug/domain/analysis/schemas';
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
import { PageTitle } from '../../../components/page-title.tsx';
import { FormError, useRun } from '../code-form.tsx';
import { AnalysisNav, useCodes, useErrorText, useVaultQueryEnabled, VaultGate } from '../shared.tsx';
import { themeInLanguage } from '../theme-labels.ts';
import {
  acceptTheme,
  dismissTheme,
  readerLanguage,
  readLatestThemeRun,
  renameTheme,
  startThemeRun,
  type ThemeRun,
  translateCode,
} from '../vault-api.ts';

type Theme = ThemeRun['themes'][number];

/**
 * An accepted theme's name is its code's: in the reader's language where the bureau translated it,
 * else the original, marked as such, with a field to add the translation (sealed like the name).
 */
function MissingTranslation({ code, onDone }: { code: CodeView; onDone: () => Promise<void> }) {
  const { t } = useTranslation('analysis');
  const lang = readerLanguage();
  const [value, setValue] = useState('');
  const state = useRun(onDone);
  return (
    <Stack gap="xs" mt="sm">
      <Text size="sm">{t(`themes.original.${lang}`)}</Text>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          label={t(`themes.nameIn.${lang}`)}
          lang={lang}
          maxLength={CODE_NAME_MAX}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={state.fields[`translations.${lang}`]}
          style={{ flex: '1 1 14rem' }}
        />
        <Button
          variant="default"
          loading={state.busy}
          onClick={() => state.run(() => translateCode(code, lang, value))}
        >
          {t('themes.saveTranslation')}
        </Button>
      </Group>
      <FormError state={state} />
    </Stack>
  );
}

function ThemeCard({
  runId,
  theme,
  code,
  onDone,
}: {
  runId: string;
  theme: Theme;
  code: CodeView | undefined;
  onDone: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation('analysis');
  // An open suggestion reads in the reader's language, whoever ran it (a renamed one keeps its name).
  const shown = themeInLanguage(theme, readerLanguage());
  const [name, setName] = useState(shown.label);
  const [nameFor, setNameFor] = useState(i18n.resolvedLanguage);
  if (nameFor !== i18n.resolvedLanguage) {
    // The reader switched language: the suggested name follows unless they typed their own.
    setNameFor(i18n.resolvedLanguage);
    if (theme.labels && Object.values(theme.labels).includes(name)) setName(shown.label);
  }
  const [result, setResult] = useState<{ coded: number; skipped: number } | null>(null);
  const titleId = `theme-${theme.index}`;
  const state = useRun(onDone);
  const { run } = state;
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id={titleId}>
          {code ? code.name : shown.label}
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
        {shown.terms.slice(0, 8).map((term) => (
          <Badge key={term} variant="outline" color="dark" tt="none">
            {term}
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
                run(async () => setResult(await acceptTheme(runId, theme.index, name.trim() || shown.label)))
              }
            >
              {t('themes.accept')}
            </Button>
            <Button
              variant="default"
              disabled={!name.trim() || name.trim() === shown.label}
              onClick={() => run(() => renameTheme(runId, theme.index, name.trim()))}
            >
              {t('themes.rename')}
            </Button>
            <Button variant="default" onClick={() => run(() => dismissTheme(runId, theme.index))}>
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
      {theme.state === 'accepted' && code && !code.inReaderLanguage ? (
        <MissingTranslation key={code.id} code={code} onDone={onDone} />
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
  const open = useVaultQueryEnabled();
  const codes = useCodes();
  const latest = useQuery({
    queryKey: ['analysis', 'theme-runs', 'latest'],
    queryFn: readLatestThemeRun,
    retry: false,
    enabled: open,
  });
  const [k, setK] = useState<string | number>('');
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<number | null>(null);
  async function start() {
    setProgress(0);
    setError(null);
    try {
      const started = await startThemeRun(k === '' ? undefined : Number(k), (share) =>
        setProgress(Math.floor(share * 100)),
      );
      qc.setQueryData(['analysis', 'theme-runs', 'latest'], started);
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  }
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['analysis'] });
  };
  const starting = progress !== null;
  const current = latest.data ?? null;
  const running = starting;
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
            {running ? (
              <div role="status" aria-live="polite">
                <Text size="sm" mb={4}>
                  {t('themes.running', { count: 0, progress })}
                </Text>
                <Progress value={progress ?? 0} size="lg" aria-label={t('themes.progress')} animated />
              </div>
            ) : current ? (
              <div role="status" aria-live="polite">
                <Text size="sm">{t('themes.done', { count: current.passages })}</Text>
                {current.wordsOnly ? (
                  <Alert color="yellow" mt="xs">
                    {t('themes.wordsOnly')}
                  </Alert>
                ) : null}
              </div>
            ) : null}
            {current?.themes?.map((theme) => (
              <ThemeCard
                key={`${current.id}-${theme.index}`}
                runId={current.id}
                theme={theme}
                code={theme.codeId ? codes.data?.items.find((c) => c.id === theme.codeId) : undefined}
                onDone={refresh}
              />
            ))}
          </Stack>
        )}
      </VaultGate>
    </>
  );
}
