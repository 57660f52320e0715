import { FINDING_KINDS, type PublishedFindingView } from '@brug/domain/findings/schemas';
import type { Language } from '@brug/domain/roles';
import { LANGUAGES } from '@brug/domain/roles';
import { Anchor, Badge, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';

/** Published findings, grouped by kind and theme, in the reader's choice of the zone's languages. */
export default function WhatWeHeardPage() {
  const { t, i18n } = useTranslation('findings');
  const [lang, setLang] = useState<Language>(
    (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'nl',
  );
  const query = useQuery({
    queryKey: ['findings', 'published'],
    queryFn: () => api.get<{ items: PublishedFindingView[] }>('/api/published-findings'),
  });
  return (
    <>
      <PageTitle
        actions={
          <Group gap="sm">
            <Anchor href={`/api/findings/report.pdf?lang=${lang}`}>{t('heard.pdf')}</Anchor>
            <Anchor href={`/api/findings/report.docx?lang=${lang}`}>{t('heard.docx')}</Anchor>
          </Group>
        }
      >
        {t('heard.title')}
      </PageTitle>
      <Text mb="md">{t('heard.intro')}</Text>
      <NativeSelect
        label={t('heard.language')}
        value={lang}
        onChange={(e) => setLang(e.currentTarget.value as Language)}
        data={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
        maw={240}
        mb="lg"
      />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('heard.empty')} />
      ) : (
        <Stack gap="xl">
          {FINDING_KINDS.map((kind) => {
            const items = query.data.items.filter((f) => f.kind === kind);
            if (items.length === 0) return null;
            const themes = [...new Set(items.map((f) => f.theme || t('heard.noTheme')))];
            return (
              <section key={kind} aria-labelledby={`kind-${kind}`}>
                <Title order={2} size="h3" id={`kind-${kind}`} mb="sm">
                  {t(`kinds.${kind}`)}
                </Title>
                <Stack gap="md">
                  {themes.map((theme) => (
                    <div key={theme}>
                      <Title order={3} size="h5" mb="xs">
                        {theme}
                      </Title>
                      <Stack gap="xs">
                        {items
                          .filter((f) => (f.theme || t('heard.noTheme')) === theme)
                          .map((f) => {
                            const translated = f.translations[lang];
                            return (
                              <Card key={f.id} withBorder padding="sm">
                                <Text lang={translated ? lang : undefined}>{translated ?? f.statement}</Text>
                                {!translated && lang !== 'nl' ? (
                                  <Text size="xs" c="dimmed">
                                    {t('heard.original')}
                                  </Text>
                                ) : null}
                                {f.breakdown ? (
                                  <Group gap="xs" mt="xs">
                                    {f.breakdown.cells.map((c) => (
                                      <Badge key={c.label} variant="light">
                                        {c.label}: {t('heard.sources', { count: c.sources })}
                                      </Badge>
                                    ))}
                                  </Group>
                                ) : null}
                              </Card>
                            );
                          })}
                      </Stack>
                    </div>
                  ))}
                </Stack>
              </section>
            );
          })}
        </Stack>
      )}
    </>
  );
}
