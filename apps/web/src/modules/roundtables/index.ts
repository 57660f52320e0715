import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

/** Roundtables: the police at the table with internal and external partners. Programme data. */
export const roundtablesModule: WebModule = {
  id: 'roundtables',
  routes: [
    {
      path: 'roundtables',
      element: lazy(() => import('./pages/roundtables.tsx')),
      roles: ['admin', 'coordinator'],
    },
    {
      path: 'roundtables/:id',
      element: lazy(() => import('./pages/roundtable.tsx')),
      roles: ['admin', 'coordinator'],
    },
  ],
  nav: [{ to: '/roundtables', labelKey: 'roundtables:nav', roles: ['admin', 'coordinator'] }],
  i18n: { nl, fr, en },
};
