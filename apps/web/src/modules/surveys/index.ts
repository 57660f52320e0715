import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

const readers = ['admin', 'coordinator', 'colleague', 'researcher'] as const;

/** Anonymous trust surveys: builder, distribution, answering and results. */
export const surveysModule: WebModule = {
  id: 'surveys',
  routes: [
    { path: 'surveys', element: lazy(() => import('./pages/list.tsx')), roles: readers },
    { path: 'surveys/new', element: lazy(() => import('./pages/builder.tsx')), roles: ['coordinator'] },
    {
      path: 'surveys/:id/edit',
      element: lazy(() => import('./pages/edit.tsx')),
      roles: ['coordinator'],
    },
    {
      path: 'surveys/:id',
      element: lazy(() => import('./pages/detail.tsx')),
      roles: [...readers, 'partner'],
    },
    { path: 's/:publicId', element: lazy(() => import('./pages/respond.tsx')), public: true },
  ],
  nav: [{ to: '/surveys', labelKey: 'surveys:nav.surveys', roles: readers }],
  i18n: { nl, fr, en },
};
