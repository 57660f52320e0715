import type { ActivityView, CoverageView, InitiativeView } from '@brug/domain/initiatives';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { formatMoment } from '../../components/format.ts';
import { isLanguage } from '../../i18n/index.ts';

export type { ActivityView, CoverageView, InitiativeView };

export const INITIATIVE_TYPES = [
  'presentation',
  'workshop',
  'neighbourhood_meeting',
  'group_activity',
  'other',
];
export const BOARD_COLUMNS = [
  'idea',
  'proposal',
  'co_design',
  'planned',
  'running',
  'done',
  'evaluated',
  'dropped',
];

export function useInitiatives(filters: Record<string, string>) {
  return useQuery({
    queryKey: ['initiatives', 'list', filters],
    queryFn: () => api.get<InitiativeView[]>('/api/initiatives', { query: filters }),
  });
}

export function useInitiative(id: string) {
  return useQuery({
    queryKey: ['initiatives', id],
    queryFn: () => api.get<InitiativeView>(`/api/initiatives/${id}`),
  });
}

export function useActivities(query: Record<string, string>) {
  return useQuery({
    queryKey: ['initiatives', 'activities', query],
    queryFn: () => api.get<ActivityView[]>('/api/activities', { query }),
  });
}

/** Coverage with each finding's title in the page's language where the bureau translated it. */
export function useCoverage(enabled = true) {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : undefined;
  return useQuery({
    queryKey: ['initiatives', 'coverage', lang],
    queryFn: () => api.get<CoverageView>('/api/initiatives/coverage', { query: lang ? { lang } : {} }),
    enabled,
  });
}

export function useOrganisations(enabled = true) {
  return useQuery({
    queryKey: ['initiatives', 'organisations'],
    queryFn: () =>
      api.get<{ items: { id: string; name: string }[] }>('/api/partners/organisations', {
        query: { pageSize: 200 },
      }),
    enabled,
  });
}

export const formatWhen = (iso: string, language: string) => formatMoment(iso, language);
