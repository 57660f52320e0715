import type { Role } from '@brug/domain/roles';
import type { ComponentType, LazyExoticComponent } from 'react';

/** Texts of one namespace: nested objects of strings, as in the i18n JSON files. */
export type Messages = { [key: string]: string | Messages };

export type WebRoute = {
  /** Relative to the site root, without a leading slash: 'partners', 'partners/:id', 'survey/:token'. */
  path: string;
  /** A page component, normally `lazy(() => import('./pages/x.tsx'))` so it lands in its own chunk. */
  element: LazyExoticComponent<ComponentType> | ComponentType;
  /** Who may open it (logged in). Omitted: every logged-in role. Ignored for public routes. */
  roles?: readonly Role[];
  /** Reachable without logging in (invitation answers, survey pages). Shown without the navigation. */
  public?: boolean;
};

export type NavItem = {
  to: string;
  /** i18n key with namespace, e.g. 'partners:nav'. */
  labelKey: string;
  roles: readonly Role[];
};

export type WebModule = {
  /** The module name; also its i18n namespace ('partners' → t('partners:…')). */
  id: string;
  routes: WebRoute[];
  nav?: NavItem[];
  /** Texts per language; Dutch is the source, French and English have exactly the same keys. */
  i18n: { nl: Messages; fr: Messages; en: Messages };
};
