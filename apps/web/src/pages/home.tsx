import type { HomeView } from '@brug/domain/home';
import type { Role } from '@brug/domain/roles';
import type { VaultStatusView } from '@brug/domain/vault';
import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import { useCurrentUser } from '../api/session.ts';
import { formatFullDateTime } from '../components/format.ts';
import { PageTitle } from '../components/page-title.tsx';
import { ErrorState, LoadingState } from '../components/states.tsx';
import { CurrentPhase } from '../modules/partners/current-phase.tsx';
import { useVaultSession } from '../modules/vault/vault-session.ts';

/** The researcher's first question: is the vault there, and open in this browser? */
function VaultState() {
  const { t } = useTranslation();
  const session = useVaultSession();
  const status = useQuery({ queryKey: ['vault'], queryFn: () => api.get<VaultStatusView>('/api/vault') });
  if (!status.data?.member) return null;
  const s = status.data;
  const state = session
    ? 'open'
    : !s.vaultCreated
      ? 'none'
      : !s.holdsKey
        ? 'noKey'
        : s.renewalDue
          ? 'renew'
          : 'locked';
  return (
    <Alert
      color={state === 'open' ? 'green' : 'yellow'}
      variant="light"
      title={t(`home.vault.${state}`)}
      // The light variant's yellow title is too pale on its background (2.7:1): the text colour instead.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Anchor component={Link} to="/vault" c="var(--mantine-color-text)" underline="always">
        {t('home.vault.go')}
      </Anchor>
    </Alert>
  );
}

/**
 * The start page per role: where the programme stands, what needs this person now (each item links
 * to where it is done) and what comes next.
 */
export default function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const role = me.user.role as Role;
  const home = useQuery({ queryKey: ['home'], queryFn: () => api.get<HomeView>('/api/home') });
  const items = [...(home.data?.items ?? [])].sort((a, b) => Number(b.urgent) - Number(a.urgent));
  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('home.title', { name: me.user.displayName })}</PageTitle>
        <Text>{t(`home.intro.${role}`)}</Text>
      </div>
      {role === 'researcher' && <VaultState />}
      {role !== 'partner' && <CurrentPhase />}
      <section aria-labelledby="home-now">
        <Title order={2} size="h3" id="home-now" mb="sm">
          {t('home.now')}
        </Title>
        {home.isPending ? (
          <LoadingState />
        ) : home.isError ? (
          <ErrorState error={home.error} onRetry={() => home.refetch()} />
        ) : items.length === 0 ? (
          <Text c="dimmed">{t('home.nothing')}</Text>
        ) : (
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            component="ul"
            style={{ listStyle: 'none', padding: 0 }}
          >
            {items.map((item) => (
              <Card key={item.key} component="li" withBorder padding="md">
                <Group wrap="nowrap" align="flex-start">
                  <Badge
                    size="lg"
                    color={item.urgent ? 'orange.9' : 'blue.9'}
                    variant="filled"
                    aria-hidden
                    style={{ flexShrink: 0 }}
                  >
                    {item.count}
                  </Badge>
                  <Anchor component={Link} to={item.to} fw={600}>
                    {t(`home.item.${item.key}`, { count: item.count })}
                  </Anchor>
                </Group>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </section>
      {(home.data?.upcoming.length ?? 0) > 0 && (
        <section aria-labelledby="home-next">
          <Title order={2} size="h3" id="home-next" mb="sm">
            {t('home.next')}
          </Title>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
            {home.data!.upcoming.map((a) => (
              <li key={a.activityId}>
                <Anchor component={Link} to={a.to} fw={600}>
                  {a.title}
                </Anchor>
                <Text size="sm">{formatFullDateTime(a.startsAt, i18n.language)}</Text>
              </li>
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
