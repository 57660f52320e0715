import type { OrganisationView, WaveView } from '@brug/domain/partners';
import type { ProgrammeView } from '@brug/domain/programmes';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type { OrganisationView, ProgrammeView, WaveView };

export function useProgrammes() {
  return useQuery({ queryKey: ['programmes'], queryFn: () => api.get<ProgrammeView[]>('/api/programmes') });
}

export function useFocusAreas() {
  return useQuery({
    queryKey: ['partners', 'focus-areas'],
    queryFn: () => api.get<{ key: string; label: string }[]>('/api/partners/focus-areas'),
  });
}

export function useZoneDistricts() {
  return useQuery({
    queryKey: ['zone'],
    queryFn: () => api.get<{ districts: string[] }>('/api/zone'),
  });
}

/** Download a file the API answers (export, GDPR access) without leaving the page. */
export async function download(url: string, filename: string) {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  const blob = await res.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
