import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

const readers = ['admin', 'coordinator', 'colleague'] as const;

/** The partner registry and the programmes it serves. */
export const partnersModule: WebModule = {
  id: 'partners',
  routes: [
    { path: 'programmes', element: lazy(() => import('./pages/programmes.tsx')) },
    {
      path: 'partners',
      element: lazy(() => import('./pages/list.tsx')),
      roles: [...readers, 'researcher', 'partner'],
    },
    {
      path: 'partners/new',
      element: lazy(() => import('./pages/new-organisation.tsx')),
      roles: ['coordinator'],
    },
    { path: 'partners/import', element: lazy(() => import('./pages/import.tsx')), roles: ['coordinator'] },
    { path: 'partners/waves', element: lazy(() => import('./pages/waves.tsx')), roles: readers },
    { path: 'partners/network', element: lazy(() => import('./pages/network.tsx')), roles: readers },
    {
      path: 'partners/:id/edit',
      element: lazy(() => import('./pages/edit-organisation.tsx')),
      roles: ['coordinator'],
    },
    { path: 'partners/coverage', element: lazy(() => import('./pages/coverage.tsx')), roles: readers },
    {
      path: 'partners/tasks',
      element: lazy(() => import('./pages/tasks.tsx')),
      roles: ['admin', 'coordinator'],
    },
    {
      path: 'partners/:id',
      element: lazy(() => import('./pages/organisation.tsx')),
      roles: [...readers, 'researcher', 'partner'],
    },
    { path: 'programme/:slug', element: lazy(() => import('./pages/public-programme.tsx')), public: true },
  ],
  nav: [
    {
      to: '/programmes',
      labelKey: 'partners:nav.programmes',
      roles: ['admin', 'coordinator', 'colleague', 'researcher', 'partner'],
    },
    { to: '/partners', labelKey: 'partners:nav.organisations', roles: [...readers, 'researcher', 'partner'] },
    { to: '/partners/waves', labelKey: 'partners:nav.waves', roles: readers },
    { to: '/partners/coverage', labelKey: 'partners:nav.coverage', roles: readers },
    { to: '/partners/network', labelKey: 'partners:nav.network', roles: readers },
    { to: '/partners/tasks', labelKey: 'partners:nav.tasks', roles: ['admin', 'coordinator'] },
  ],
  i18n: { nl, fr, en },
};
