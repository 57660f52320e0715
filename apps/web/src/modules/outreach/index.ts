import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

/** Invitations: the coordinator sends and follows them; a contact answers on a public page. */
export const outreachModule: WebModule = {
  id: 'outreach',
  routes: [
    { path: 'outreach', element: lazy(() => import('./pages/status.tsx')), roles: ['admin', 'coordinator'] },
    { path: 'invitations/answer', element: lazy(() => import('./pages/answer.tsx')), public: true },
    { path: 'invitations/booking', element: lazy(() => import('./pages/booking.tsx')), public: true },
  ],
  nav: [{ to: '/outreach', labelKey: 'outreach:nav', roles: ['admin', 'coordinator'] }],
  i18n: { nl, fr, en },
};
