import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState } from '../../../components/states.tsx';
import { AnalysisNav, codeTree, Swatch, useCodes, VaultGate } from '../shared.tsx';
import { listCodings } from '../vault-api.ts';

/** Every passage coded with one code, across all sources, with its counts and memo. */
export default function CodePage() {
  const { t } = useTranslation('analysis');
  const { id = '' } = useParams();
  const codes = useCodes();
  const codings = useQuery({
    queryKey: ['analysis', 'codings', 'code', id],
    queryFn: () => listCodings({ codeId: id }),
    retry: false,
    enabled: codes.isSuccess,
  });
  const code = codeTree(codes.data?.items ?? []).find((c) => c.id === id);
  return (
    <>
      <PageTitle>{code ? t('code.title', { name: code.name }) : t('code.unknown')}</PageTitle>
      <AnalysisNav />
      <VaultGate query={codes}>
        {() =>
          !code ? (
            <EmptyState title={t('code.unknown')} />
          ) : (
            <Stack gap="md">
              <Group gap={8}>
                <Swatch colour={code.colour} />
                <Text>{code.path}</Text>
              </Group>
              <Text
                fw={500}
              >{`${t('codebook.passageCount', { count: code.passages })} · ${t('codebook.sourceCount', { count: code.sources })}`}</Text>
              {code.description ? <Text>{code.description}</Text> : null}
              {code.memo ? (
                <Card withBorder padding="sm">
                  <Text size="sm" fw={600}>
                    {t('codebook.memo')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {code.memo}
                  </Text>
                </Card>
              ) : null}
              <Title order={2} size="h4">
                {t('code.passages')}
              </Title>
              {(codings.data?.items ?? []).length === 0 ? (
                <EmptyState title={t('code.none')} />
              ) : (
                <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {codings.data?.items.map((c) => (
                    <Card key={c.id} withBorder padding="sm" component="li">
                      <Anchor
                        component={Link}
                        to={
                          c.interviewId
                            ? `/analysis/interviews/${c.interviewId}`
                            : `/analysis/roundtables/${c.roundtableId}`
                        }
                        fw={600}
                        size="sm"
                      >
                        {c.pseudonym}
                      </Anchor>
                      <Text component="blockquote" m={0} style={{ whiteSpace: 'pre-wrap' }}>
                        “{c.excerpt}”
                      </Text>
                      {c.memo ? (
                        <Text size="sm" c="dimmed" mt={4}>
                          {t('reader.memo')}: {c.memo}
                        </Text>
                      ) : null}
                    </Card>
                  ))}
                </Stack>
              )}
            </Stack>
          )
        }
      </VaultGate>
    </>
  );
}
