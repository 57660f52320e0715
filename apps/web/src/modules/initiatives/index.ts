import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

const everyone = ['admin', 'coordinator', 'colleague', 'researcher', 'partner'] as const;
const readers = ['admin', 'coordinator', 'colleague', 'researcher'] as const;

/** Initiatives co-designed with partners, their activities, public registration and the coverage of findings. */
export const initiativesModule: WebModule = {
  id: 'initiatives',
  routes: [
    { path: 'initiatives', element: lazy(() => import('./pages/board.tsx')), roles: everyone },
    { path: 'initiatives/calendar', element: lazy(() => import('./pages/calendar.tsx')), roles: everyone },
    { path: 'initiatives/coverage', element: lazy(() => import('./pages/coverage.tsx')), roles: readers },
    { path: 'initiatives/:id', element: lazy(() => import('./pages/initiative.tsx')), roles: everyone },
    {
      path: 'activities/:id/colleagues',
      element: lazy(() => import('./pages/colleagues.tsx')),
      roles: ['coordinator'],
    },
    {
      path: 'activities/:id/check-in',
      element: lazy(() => import('./pages/check-in.tsx')),
      roles: ['coordinator'],
    },
    { path: 'activities/:id/register', element: lazy(() => import('./pages/register.tsx')), public: true },
    { path: 'registration', element: lazy(() => import('./pages/registration.tsx')), public: true },
  ],
  nav: [
    { to: '/initiatives', labelKey: 'initiatives:nav.board', roles: everyone },
    { to: '/initiatives/calendar', labelKey: 'initiatives:nav.calendar', roles: everyone },
    { to: '/initiatives/coverage', labelKey: 'initiatives:nav.coverage', roles: readers },
  ],
  i18n: { nl, fr, en },
};
