import { NumberInput, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fromZoneInput, toZoneInput } from '../../../components/format.ts';
import type { ActivityView } from '../api.ts';

export type ActivityFormValues = {
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
  capacity: number;
  languages: string;
  colleaguesNeeded: number;
};

export const emptyActivity: ActivityFormValues = {
  startsAt: '',
  endsAt: '',
  place: '',
  onlineUrl: '',
  capacity: 20,
  languages: 'nl',
  colleaguesNeeded: 0,
};

/** The value a datetime-local input shows for an instant: the zone's clock. */
export const toLocalInput = toZoneInput;

export const activityValues = (a: ActivityView): ActivityFormValues => ({
  startsAt: toLocalInput(a.startsAt),
  endsAt: toLocalInput(a.endsAt),
  place: a.place ?? '',
  onlineUrl: a.onlineUrl ?? '',
  capacity: a.capacity,
  languages: a.languages.join(', '),
  colleaguesNeeded: a.colleaguesNeeded,
});

const split = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** The request body for the API: instants in ISO 8601, empty texts as null, languages as a list. */
export const activityBody = (v: ActivityFormValues) => ({
  startsAt: v.startsAt ? fromZoneInput(v.startsAt) : '',
  endsAt: v.endsAt ? fromZoneInput(v.endsAt) : '',
  place: v.place || null,
  onlineUrl: v.onlineUrl || null,
  capacity: v.capacity,
  languages: split(v.languages),
  colleaguesNeeded: v.colleaguesNeeded,
});

/** The fields of a session, shared by the new-session and the edit form. */
export function ActivityFields({ form }: { form: UseFormReturnType<ActivityFormValues> }) {
  const { t } = useTranslation('initiatives');
  return (
    <Stack gap="xs">
      <TextInput
        type="datetime-local"
        label={t('activity.startsAt')}
        required
        {...form.getInputProps('startsAt')}
      />
      <TextInput
        type="datetime-local"
        label={t('activity.endsAt')}
        required
        {...form.getInputProps('endsAt')}
      />
      <TextInput label={t('activity.place')} {...form.getInputProps('place')} />
      <TextInput label={t('activity.onlineUrl')} {...form.getInputProps('onlineUrl')} />
      <NumberInput label={t('activity.capacity')} min={1} required {...form.getInputProps('capacity')} />
      <TextInput label={t('activity.languages')} {...form.getInputProps('languages')} />
      <NumberInput
        label={t('activity.colleaguesNeeded')}
        min={0}
        {...form.getInputProps('colleaguesNeeded')}
      />
    </Stack>
  );
}
