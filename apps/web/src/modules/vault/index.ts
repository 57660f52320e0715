import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

/** The research bureau's vault and its confidential interviews: researchers only. */
export const vaultModule: WebModule = {
  id: 'vault',
  routes: [
    { path: 'vault', element: lazy(() => import('./pages/vault.tsx')), roles: ['researcher'] },
    { path: 'interviews', element: lazy(() => import('./pages/interviews.tsx')), roles: ['researcher'] },
  ],
  nav: [
    { to: '/vault', labelKey: 'vault:nav', roles: ['researcher'] },
    { to: '/interviews', labelKey: 'vault:interviews.nav', roles: ['researcher'] },
  ],
  i18n: { nl, fr, en },
};
