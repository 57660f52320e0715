import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

const researcher = ['researcher'] as const;

/** The bureau's coding work inside the open vault: sources, coding, codebook, theme suggestions. */
export const analysisModule: WebModule = {
  id: 'analysis',
  routes: [
    { path: 'analysis', element: lazy(() => import('./pages/sources.tsx')), roles: researcher },
    {
      path: 'analysis/interviews/:id',
      element: lazy(() => import('./pages/source-reader.tsx')),
      roles: researcher,
    },
    {
      path: 'analysis/roundtables/:id',
      element: lazy(() => import('./pages/roundtable-reader.tsx')),
      roles: researcher,
    },
    { path: 'analysis/codes', element: lazy(() => import('./pages/codebook.tsx')), roles: researcher },
    { path: 'analysis/codes/:id', element: lazy(() => import('./pages/code.tsx')), roles: researcher },
    { path: 'analysis/themes', element: lazy(() => import('./pages/themes.tsx')), roles: researcher },
  ],
  nav: [{ to: '/analysis', labelKey: 'analysis:nav', roles: researcher }],
  i18n: { nl, fr, en },
};
