import type { Role } from '@brug/domain/roles';
import { AppShell, Burger, Button, Group, NavLink as MantineNavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser, useLogout } from '../api/session.ts';
import { LoadingState } from '../components/states.tsx';
import { PasswordResetNotice } from '../pages/password-reset-notices.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { navigationSections } from './navigation.ts';

/** Moves focus to the main region after navigation, so screen readers announce the new page. */
export function useFocusMainOnNavigate<T extends HTMLElement = HTMLElement>() {
  const location = useLocation();
  const main = useRef<T>(null);
  const previous = useRef(location.pathname);
  useEffect(() => {
    if (previous.current === location.pathname) return;
    previous.current = location.pathname;
    main.current?.focus();
  }, [location.pathname]);
  return main;
}

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('layout.skipToContent')}
    </a>
  );
}

/** The logged-in shell: header, navigation by role (a burger on phones) and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const main = useFocusMainOnNavigate();
  const sections = navigationSections(me.user.role as Role);
  const signOut = () => logout.mutate(undefined, { onSettled: () => navigate('/login') });

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the phone menu after each navigation
  useEffect(() => close(), [location.pathname]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('layout.menu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Text component={NavLink} to="/" fw={700} size="lg" c="blue.9" td="none">
              {t('app.name')}
            </Text>
            <Text visibleFrom="xs" size="sm" c="dimmed" truncate>
              {me.zone.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            {/* On a phone the header holds the menu and the language; logging out is in the menu, shown whole. */}
            <Button
              variant="subtle"
              size="sm"
              px="xs"
              visibleFrom="sm"
              loading={logout.isPending}
              onClick={signOut}
            >
              {t('layout.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" id="main-navigation" component="nav" aria-label={t('layout.navigation')}>
        <AppShell.Section grow component={ScrollArea}>
          {sections.map((section, i) => (
            <div key={section.labelKey ?? i}>
              {section.labelKey && (
                <Text
                  id={`nav-section-${i}`}
                  size="xs"
                  fw={700}
                  c="dimmed"
                  tt="uppercase"
                  px="sm"
                  pt="md"
                  pb={4}
                >
                  {t(section.labelKey)}
                </Text>
              )}
              {section.items.map((item) => (
                <MantineNavLink
                  key={item.to}
                  component={NavLink}
                  to={item.to}
                  end={item.to === '/'}
                  label={t(item.labelKey)}
                  active={item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)}
                />
              ))}
            </div>
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" pt="xs">
            {me.user.displayName} · {t(`roles.${me.user.role}`)}
          </Text>
          <Button
            variant="subtle"
            size="sm"
            mx="sm"
            mt="xs"
            hiddenFrom="sm"
            loading={logout.isPending}
            onClick={signOut}
          >
            {t('layout.logout')}
          </Button>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <PasswordResetNotice />
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
