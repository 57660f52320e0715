import type { Role } from '@brug/domain/roles';
import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../api/session.ts';
import { PageTitle } from '../components/page-title.tsx';
import { navigationFor } from '../layout/navigation.ts';
import { CurrentPhase } from '../modules/partners/current-phase.tsx';

/** The start page per role: a greeting, what this role does in the programme, and where to go. */
export default function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const role = me.user.role as Role;
  const places = navigationFor(role).filter((item) => item.to !== '/');
  return (
    <>
      <PageTitle>{t('home.title', { name: me.user.displayName })}</PageTitle>
      <Text mb="lg">{t(`home.intro.${role}`)}</Text>
      <CurrentPhase />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {places.map((item) => (
          <Card key={item.to} withBorder padding="md">
            <Anchor component={Link} to={item.to} fw={600}>
              {t(item.labelKey)}
            </Anchor>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
