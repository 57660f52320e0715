import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

/**
 * The research bureau: the zone registers it and its researcher accounts; its researchers publish
 * times for conversations and work in the vault (confidential interviews, sealed answers).
 */
export const vaultModule: WebModule = {
  id: 'vault',
  routes: [
    {
      path: 'bureau',
      element: lazy(() => import('./pages/bureau.tsx')),
      roles: ['admin', 'coordinator', 'researcher'],
    },
    { path: 'vault', element: lazy(() => import('./pages/vault.tsx')), roles: ['researcher'] },
    { path: 'slots', element: lazy(() => import('./pages/slots.tsx')), roles: ['researcher'] },
    { path: 'answers', element: lazy(() => import('./pages/answers.tsx')), roles: ['researcher'] },
    { path: 'interviews', element: lazy(() => import('./pages/interviews.tsx')), roles: ['researcher'] },
  ],
  nav: [
    { to: '/bureau', labelKey: 'vault:bureau.nav', roles: ['admin'] },
    { to: '/vault', labelKey: 'vault:nav', roles: ['researcher'] },
    { to: '/slots', labelKey: 'vault:slots.nav', roles: ['researcher'] },
    { to: '/answers', labelKey: 'vault:answers.nav', roles: ['researcher'] },
    { to: '/interviews', labelKey: 'vault:interviews.nav', roles: ['researcher'] },
  ],
  i18n: { nl, fr, en },
};
