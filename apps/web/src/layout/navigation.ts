import type { Role } from '@brug/domain/roles';
import { webModules } from '../modules/registry.ts';
import type { NavItem } from '../modules/types.ts';

/** The shell's own navigation entries; module entries come between home and the admin pages. */
const START: NavItem[] = [
  {
    to: '/',
    labelKey: 'app:nav.home',
    roles: ['admin', 'coordinator', 'colleague', 'researcher', 'partner'],
  },
];
const END: NavItem[] = [
  { to: '/admin/users', labelKey: 'app:nav.users', roles: ['admin', 'coordinator'] },
  { to: '/admin/zone', labelKey: 'app:nav.zone', roles: ['admin'] },
  { to: '/admin/outbox', labelKey: 'app:nav.outbox', roles: ['admin'] },
  { to: '/admin/audit', labelKey: 'app:nav.audit', roles: ['admin', 'coordinator'] },
  {
    to: '/profile',
    labelKey: 'app:nav.profile',
    roles: ['admin', 'coordinator', 'colleague', 'researcher', 'partner'],
  },
];

export function navigationFor(role: Role): NavItem[] {
  return navigationSections(role).flatMap((s) => s.items);
}

export type NavSection = { labelKey?: string; items: NavItem[] };

/** Navigation in sections: home, the programme's modules, then administration and the own profile. */
export function navigationSections(role: Role): NavSection[] {
  const allowed = (items: NavItem[]) => items.filter((item) => item.roles.includes(role));
  return [
    { items: allowed(START) },
    { labelKey: 'app:nav.programme', items: allowed(webModules.flatMap((m) => m.nav ?? [])) },
    { labelKey: 'app:nav.settings', items: allowed(END) },
  ].filter((s) => s.items.length > 0);
}
