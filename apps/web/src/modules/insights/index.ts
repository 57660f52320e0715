import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

const readers = ['admin', 'coordinator', 'colleague', 'researcher'] as const;

/** The diversity unit's dashboard and the programme report. */
export const insightsModule: WebModule = {
  id: 'insights',
  routes: [{ path: 'insights', element: lazy(() => import('./pages/dashboard.tsx')), roles: readers }],
  nav: [{ to: '/insights', labelKey: 'insights:nav', roles: readers }],
  i18n: { nl, fr, en },
};
