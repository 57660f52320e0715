import { formatMoment } from '../../components/format.ts';

export function formatDateTime(iso: string, language: string): string {
  return formatMoment(iso, language, { dateStyle: 'short', timeStyle: 'short' });
}
