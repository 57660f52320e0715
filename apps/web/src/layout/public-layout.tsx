import { Box, Container, Group, Text } from '@mantine/core';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LoadingState } from '../components/states.tsx';
import { SkipLink, useFocusMainOnNavigate } from './app-layout.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { OwnPickerContext } from './page-language.ts';

/** Pages without login (log in, set-up, invitations, public module pages): no navigation. */
export function PublicLayout({ size = 480 }: { size?: number }) {
  const { t } = useTranslation();
  const main = useFocusMainOnNavigate<HTMLDivElement>();
  // A page with its own language picker (more languages than the app's) hides the header's: one is enough.
  const [ownPicker, setOwnPicker] = useState(false);
  return (
    <OwnPickerContext.Provider value={setOwnPicker}>
      <SkipLink />
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg" c="blue.9">
            {t('app.name')}
          </Text>
          {!ownPicker && <LanguageSwitcher />}
        </Group>
      </Box>
      <Container component="main" id="main" ref={main} tabIndex={-1} size={size} py="xl" px="md">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </Container>
      <Box component="footer" px="md" py="sm">
        <Text size="sm" c="dimmed" ta="center">
          {t('app.slogan')}
        </Text>
      </Box>
    </OwnPickerContext.Provider>
  );
}
