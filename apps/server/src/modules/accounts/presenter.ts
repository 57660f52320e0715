import type { ListedUser } from '@brug/db';
import type { MeView, UserView } from '@brug/domain';
import type { SessionUser } from './session-store.ts';

/** The fields of a user that leave the server. Password hashes and throttling counters never do. */
export function presentUser(u: ListedUser): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role as UserView['role'],
    language: u.language as UserView['language'],
    status: u.status as UserView['status'],
    zoneId: u.zoneId,
    createdAt: u.createdAt.toISOString(),
  };
}

const UNKNOWN_CREATED_AT = new Date(0).toISOString();

/** `createdAt` is known only right after login or setup; the session does not keep it. */
export function presentMe(
  u: SessionUser,
  zone: { id: string; name: string; defaultLanguage: string },
  csrfToken: string,
  createdAt?: Date,
): MeView {
  return {
    user: {
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      role: u.role as UserView['role'],
      language: u.language as UserView['language'],
      status: u.status as UserView['status'],
      zoneId: u.zoneId,
      createdAt: createdAt ? createdAt.toISOString() : UNKNOWN_CREATED_AT,
    },
    zone: {
      id: zone.id,
      name: zone.name,
      defaultLanguage: zone.defaultLanguage as MeView['zone']['defaultLanguage'],
    },
    csrfToken,
  };
}
