import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

/** REFI-QDA import and export, read and written in the researcher's browser inside the open vault. */
export const refiQdaModule: WebModule = {
  id: 'refiQda',
  routes: [
    {
      path: 'analysis/exchange',
      element: lazy(() => import('./pages/exchange.tsx')),
      roles: ['researcher'] as const,
    },
  ],
  i18n: { nl, fr, en },
};
