import type { MeView } from '@brug/domain/accounts';
import type { Language } from '@brug/domain/roles';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from './client.ts';

export const ME_KEY = ['me'] as const;

/** Who is logged in: the MeView, or null for a visitor. */
export async function fetchMe(): Promise<MeView | null> {
  try {
    const me = await api.get<MeView>('/api/auth/me', { allowUnauthenticated: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** The logged-in user; only for pages behind the login guard. */
export function useCurrentUser(): MeView {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside a logged-in page');
  return data;
}

/** Stores a fresh MeView (after login, set-up, accepting an invitation, a password change). */
export function useSetMe() {
  const qc = useQueryClient();
  return (me: MeView | null) => {
    setCsrfToken(me?.csrfToken);
    qc.setQueryData(ME_KEY, me);
  };
}

export function useLogin() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api.post<MeView>('/api/auth/login', input, { allowUnauthenticated: true }),
    onSuccess: setMe,
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(undefined);
      // Modules that hold secrets in this page (the open vault) drop them.
      window.dispatchEvent(new Event('brug:signed-out'));
      qc.clear();
      qc.setQueryData(ME_KEY, null);
    },
  });
}

export function useUpdateProfile() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: (input: { displayName?: string; language?: Language }) => api.patch<MeView>('/api/me', input),
    onSuccess: setMe,
  });
}
