import type { Role } from '@brug/domain/roles';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { lazy, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ApiError, onUnauthenticated } from './api/client.ts';
import { ME_KEY, useMe } from './api/session.ts';
import { isLanguage } from './i18n/index.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { PublicLayout } from './layout/public-layout.tsx';
import { RequireAuth } from './layout/require-auth.tsx';
import { webModules } from './modules/registry.ts';
import { NotFoundPage } from './pages/forbidden.tsx';
import { buildTheme } from './theme.ts';

const LoginPage = lazy(() => import('./pages/login.tsx'));
const SetupPage = lazy(() => import('./pages/setup.tsx'));
const InvitationPage = lazy(() => import('./pages/invitation.tsx'));
const ForgotPasswordPage = lazy(() => import('./pages/forgot-password.tsx'));
const ResetPasswordPage = lazy(() => import('./pages/reset-password.tsx'));
const HomePage = lazy(() => import('./pages/home.tsx'));
const ProfilePage = lazy(() => import('./pages/profile.tsx'));
const UsersPage = lazy(() => import('./pages/admin/users.tsx'));
const ZonePage = lazy(() => import('./pages/admin/zone.tsx'));
const OutboxPage = lazy(() => import('./pages/admin/outbox.tsx'));
const AuditPage = lazy(() => import('./pages/admin/audit.tsx'));

/** Mantine's default dimmed grey and error red are below WCAG AA contrast on white; darker shades pass. */
const contrastVariables = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const ADMINS: Role[] = ['admin'];
const USER_MANAGERS: Role[] = ['admin', 'coordinator'];

/** Keeps the interface language equal to the logged-in user's saved language. */
function SessionEffects() {
  const { data: me } = useMe();
  const language = me?.user.language;
  useEffect(() => {
    if (isLanguage(language) && i18next.language !== language) void i18next.changeLanguage(language);
  }, [language]);
  useEffect(
    () =>
      onUnauthenticated(() => {
        // The session ended (expired, logged out elsewhere): every protected page now redirects to login.
        queryClient.setQueryData(ME_KEY, null);
      }),
    [],
  );
  return null;
}

export function App() {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilt when the language changes
  const theme = useMemo(
    () => buildTheme({ close: t('common.close'), showPassword: t('common.showPassword') }),
    [i18n.language, t],
  );
  const moduleRoutes = webModules.flatMap((m) => m.routes.map((r) => ({ ...r, key: `${m.id}:${r.path}` })));
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={contrastVariables}>
      <Notifications position="top-center" />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <SessionEffects />
          <Routes>
            <Route element={<PublicLayout />}>
              <Route path="login" element={<LoginPage />} />
              <Route path="setup" element={<SetupPage />} />
              <Route path="invitation" element={<InvitationPage />} />
              <Route path="forgot-password" element={<ForgotPasswordPage />} />
              <Route path="reset-password" element={<ResetPasswordPage />} />
            </Route>
            <Route element={<PublicLayout size={760} />}>
              {moduleRoutes
                .filter((r) => r.public)
                .map((r) => (
                  <Route key={r.key} path={r.path} element={<r.element />} />
                ))}
            </Route>
            <Route
              element={
                <RequireAuth>
                  <AppLayout />
                </RequireAuth>
              }
            >
              <Route index element={<HomePage />} />
              <Route path="profile" element={<ProfilePage />} />
              <Route
                path="admin/users"
                element={
                  <RequireAuth roles={USER_MANAGERS}>
                    <UsersPage />
                  </RequireAuth>
                }
              />
              <Route
                path="admin/zone"
                element={
                  <RequireAuth roles={ADMINS}>
                    <ZonePage />
                  </RequireAuth>
                }
              />
              <Route
                path="admin/outbox"
                element={
                  <RequireAuth roles={ADMINS}>
                    <OutboxPage />
                  </RequireAuth>
                }
              />
              <Route
                path="admin/audit"
                element={
                  <RequireAuth roles={USER_MANAGERS}>
                    <AuditPage />
                  </RequireAuth>
                }
              />
              {moduleRoutes
                .filter((r) => !r.public)
                .map((r) => (
                  <Route
                    key={r.key}
                    path={r.path}
                    element={
                      <RequireAuth roles={r.roles}>
                        <r.element />
                      </RequireAuth>
                    }
                  />
                ))}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
            <Route path="home" element={<Navigate to="/" replace />} />
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
