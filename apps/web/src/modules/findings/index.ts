import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

const everyone = ['admin', 'coordinator', 'colleague', 'researcher', 'partner'] as const;

/** What we heard: published findings for every role; the bureau's findings workspace for researchers. */
export const findingsModule: WebModule = {
  id: 'findings',
  routes: [
    { path: 'what-we-heard', element: lazy(() => import('./pages/what-we-heard.tsx')), roles: everyone },
    { path: 'findings', element: lazy(() => import('./pages/workspace.tsx')), roles: ['researcher'] },
  ],
  nav: [
    { to: '/what-we-heard', labelKey: 'findings:nav.heard', roles: everyone },
    { to: '/findings', labelKey: 'findings:nav.workspace', roles: ['researcher'] },
  ],
  i18n: { nl, fr, en },
};
