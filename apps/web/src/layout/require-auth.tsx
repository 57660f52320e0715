import type { Role } from '@brug/domain/roles';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/session.ts';
import { ErrorState, LoadingState } from '../components/states.tsx';
import { ForbiddenPage } from '../pages/forbidden.tsx';

/** Shows its children to a logged-in user of an allowed role; a visitor goes to the login page. */
export function RequireAuth({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (roles && !roles.includes(me.user.role as Role)) return <ForbiddenPage />;
  return children;
}
