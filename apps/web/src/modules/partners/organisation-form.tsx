import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useApiForm } from '../../api/use-api-form.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import {
  type OrganisationView,
  useFocusAreas,
  useProgrammes,
  useZoneDistricts,
  type WaveView,
} from './api.ts';

export type OrganisationFormValues = {
  name: string;
  kind: string;
  focusAreas: string[];
  districts: string[];
  address: string;
  postcode: string;
  city: string;
  website: string;
  languages: string;
  targetGroups: string;
  description: string;
  notes: string;
  ownerId: string;
  dialogue: string;
  waveId: string;
};

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export function formValues(o?: OrganisationView): OrganisationFormValues {
  return {
    name: o?.name ?? '',
    kind: o?.kind ?? 'external',
    focusAreas: o?.focusAreas ?? [],
    districts: o?.districts ?? [],
    address: o?.address ?? '',
    postcode: o?.postcode ?? '',
    city: o?.city ?? '',
    website: o?.website ?? '',
    languages: (o?.languages ?? []).join(', '),
    targetGroups: (o?.targetGroups ?? []).join(', '),
    description: o?.description ?? '',
    notes: o?.notes ?? '',
    ownerId: o?.ownerId ?? '',
    dialogue: o?.dialogue ?? 'new',
    waveId: o?.waveId ?? '',
  };
}

/** What the API takes: lists split, empty choices as null. */
export function toInput(v: OrganisationFormValues) {
  return {
    ...v,
    website: v.website || null,
    languages: list(v.languages),
    targetGroups: list(v.targetGroups),
    ownerId: v.ownerId || null,
    waveId: v.waveId || null,
  };
}

/**
 * Every field of an organisation (issue §1), for creating and for editing. The server's field errors
 * land on their inputs.
 */
export function OrganisationForm({
  initial,
  submitLabel,
  onSave,
}: {
  initial: OrganisationFormValues;
  submitLabel: string;
  onSave: (values: ReturnType<typeof toInput>) => Promise<unknown>;
}) {
  const { t } = useTranslation('partners');
  const districts = useZoneDistricts();
  const focusAreas = useFocusAreas();
  const programmes = useProgrammes();
  const owners = useQuery({
    queryKey: ['partners', 'owners'],
    queryFn: () => api.get<{ id: string; name: string }[]>('/api/partners/owners'),
  });
  const waves = useQueries({
    queries: (programmes.data ?? []).map((p) => ({
      queryKey: ['partners', 'waves', p.id],
      queryFn: () => api.get<WaveView[]>('/api/partners/waves', { query: { programmeId: p.id } }),
    })),
  });
  const { form, onSubmit, error, extra, busy } = useApiForm({ initialValues: initial }, (v) =>
    onSave(toInput(v)),
  );
  const programmeName = (id: string) => programmes.data?.find((p) => p.id === id)?.name ?? '';
  const zoneDistricts = districts.data?.districts ?? [];
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert error={error} extra={extra} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput required label={t('field.name')} {...form.getInputProps('name')} />
        <NativeSelect
          label={t('field.kind')}
          data={['external', 'internal'].map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <Checkbox.Group label={t('field.focusAreas')} {...form.getInputProps('focusAreas')}>
          <Group gap="sm" mt={4}>
            {(focusAreas.data ?? []).map((f) => (
              <Checkbox key={f.key} value={f.key} label={t(`focus.${f.key}`, { defaultValue: f.label })} />
            ))}
          </Group>
        </Checkbox.Group>
        <Checkbox.Group label={t('field.districts')} {...form.getInputProps('districts')}>
          <Group gap="sm" mt={4}>
            {[...new Set([...zoneDistricts, ...initial.districts])].map((d) => (
              <Checkbox key={d} value={d} label={d} />
            ))}
          </Group>
        </Checkbox.Group>
        <TextInput
          label={t('field.address')}
          autoComplete="street-address"
          {...form.getInputProps('address')}
        />
        <TextInput
          label={t('field.postcode')}
          inputMode="numeric"
          autoComplete="postal-code"
          {...form.getInputProps('postcode')}
        />
        <TextInput label={t('field.city')} {...form.getInputProps('city')} />
        <TextInput type="url" label={t('field.website')} {...form.getInputProps('website')} />
        <TextInput label={t('field.languages')} {...form.getInputProps('languages')} />
        <TextInput label={t('field.targetGroups')} {...form.getInputProps('targetGroups')} />
        <NativeSelect
          label={t('field.dialogue')}
          data={['new', 'existing'].map((k) => ({ value: k, label: t(`dialogue.${k}`) }))}
          {...form.getInputProps('dialogue')}
        />
        <NativeSelect
          label={t('field.owner')}
          data={[
            { value: '', label: t('list.none') },
            ...(owners.data ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
          {...form.getInputProps('ownerId')}
        />
        <NativeSelect
          label={t('field.wave')}
          data={[
            { value: '', label: t('list.none') },
            ...waves
              .flatMap((q) => q.data ?? [])
              .map((w) => ({
                value: w.id,
                label: `${programmeName(w.programmeId)} — ${w.number}. ${w.name}`,
              })),
          ]}
          {...form.getInputProps('waveId')}
        />
      </SimpleGrid>
      <Textarea
        label={t('field.description')}
        {...form.getInputProps('description')}
        mt="sm"
        autosize
        minRows={2}
      />
      <Textarea label={t('field.notes')} {...form.getInputProps('notes')} mt="sm" autosize minRows={2} />
      <Button type="submit" mt="md" loading={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
