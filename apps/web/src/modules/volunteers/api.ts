import type {
  CallView,
  OwnVolunteerView,
  TopicView,
  VolunteerSummaryView,
} from '@brug/domain/volunteers/schemas';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export type { CallView, OwnVolunteerView, TopicView, VolunteerSummaryView };
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export function useTopics() {
  return useQuery({
    queryKey: ['volunteers', 'topics'],
    queryFn: () => api.get<{ items: TopicView[] }>('/api/volunteer-topics'),
  });
}

export function useCalls() {
  return useQuery({
    queryKey: ['volunteers', 'calls'],
    queryFn: () => api.get<{ items: CallView[] }>('/api/volunteers/calls'),
  });
}

export function useZoneDistricts() {
  return useQuery({ queryKey: ['zone'], queryFn: () => api.get<{ districts: string[] }>('/api/zone') });
}

/** Brussels wall-clock date and time to an ISO instant with the right offset (winter +01:00, summer +02:00). */
export function brusselsInstant(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(guess);
  const offsetHours = (Number(local) - guess.getUTCHours() + 24) % 24;
  return `${date}T${time}:00+0${offsetHours}:00`;
}

export { formatFullDateTime as formatDateTime } from '../../components/format.ts';
