import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

const members = ['admin', 'coordinator', 'colleague', 'partner'] as const;

/** The ideas box: colleagues and partner contacts submit, comment and endorse; the coordinator triages. */
export const ideasModule: WebModule = {
  id: 'ideas',
  routes: [{ path: 'ideas', element: lazy(() => import('./pages/ideas.tsx')), roles: members }],
  nav: [{ to: '/ideas', labelKey: 'ideas:nav', roles: members }],
  i18n: { nl, fr, en },
};
