import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

/** The volunteer pool: calls, applications, selection, matching, workload and the colleague's own page. */
export const volunteersModule: WebModule = {
  id: 'volunteers',
  routes: [
    {
      path: 'volunteers/calls',
      element: lazy(() => import('./pages/calls.tsx')),
      roles: ['admin', 'coordinator', 'colleague'],
    },
    { path: 'volunteers/apply', element: lazy(() => import('./pages/apply.tsx')), roles: ['colleague'] },
    { path: 'volunteers/me', element: lazy(() => import('./pages/me.tsx')), roles: ['colleague'] },
    { path: 'volunteers', element: lazy(() => import('./pages/pool.tsx')), roles: ['admin', 'coordinator'] },
    {
      path: 'volunteers/pool/:id',
      element: lazy(() => import('./pages/detail.tsx')),
      roles: ['admin', 'coordinator'],
    },
    {
      path: 'volunteers/matching',
      element: lazy(() => import('./pages/matching.tsx')),
      roles: ['coordinator'],
    },
    {
      path: 'volunteers/workload',
      element: lazy(() => import('./pages/workload.tsx')),
      roles: ['admin', 'coordinator'],
    },
    { path: 'volunteers/respond', element: lazy(() => import('./pages/respond.tsx')), public: true },
  ],
  nav: [
    {
      to: '/volunteers/calls',
      labelKey: 'volunteers:nav.calls',
      roles: ['admin', 'coordinator', 'colleague'],
    },
    { to: '/volunteers/me', labelKey: 'volunteers:nav.me', roles: ['colleague'] },
    { to: '/volunteers', labelKey: 'volunteers:nav.pool', roles: ['admin', 'coordinator'] },
    { to: '/volunteers/matching', labelKey: 'volunteers:nav.matching', roles: ['coordinator'] },
    { to: '/volunteers/workload', labelKey: 'volunteers:nav.workload', roles: ['admin', 'coordinator'] },
  ],
  i18n: { nl, fr, en },
};
