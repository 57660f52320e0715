import { DEFAULT_FOCUS_AREAS } from '@brug/domain/partners';
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { type OrganisationView, useZoneDistricts } from '../api.ts';

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export default function NewOrganisationPage() {
  const { t } = useTranslation('partners');
  const navigate = useNavigate();
  const districts = useZoneDistricts();
  const { form, onSubmit, error, extra, busy } = useApiForm(
    {
      initialValues: {
        name: '',
        kind: 'external',
        focusAreas: [] as string[],
        districts: [] as string[],
        address: '',
        postcode: '',
        city: '',
        website: '',
        languages: '',
        targetGroups: '',
        description: '',
        notes: '',
        dialogue: 'new',
      },
    },
    async (v) => {
      const created = await api.post<OrganisationView>('/api/partners/organisations', {
        ...v,
        website: v.website || null,
        languages: list(v.languages),
        targetGroups: list(v.targetGroups),
      });
      navigate(`/partners/${created.id}`);
    },
  );
  return (
    <>
      <PageTitle>{t('new.title')}</PageTitle>
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
              {DEFAULT_FOCUS_AREAS.map((f) => (
                <Checkbox key={f} value={f} label={t(`focus.${f}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group label={t('field.districts')} {...form.getInputProps('districts')}>
            <Group gap="sm" mt={4}>
              {(districts.data?.districts ?? []).map((d) => (
                <Checkbox key={d} value={d} label={d} />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput label={t('field.address')} {...form.getInputProps('address')} />
          <TextInput label={t('field.postcode')} inputMode="numeric" {...form.getInputProps('postcode')} />
          <TextInput label={t('field.city')} {...form.getInputProps('city')} />
          <TextInput type="url" label={t('field.website')} {...form.getInputProps('website')} />
          <TextInput label={t('field.languages')} {...form.getInputProps('languages')} />
          <TextInput label={t('field.targetGroups')} {...form.getInputProps('targetGroups')} />
          <NativeSelect
            label={t('field.dialogue')}
            data={['new', 'existing'].map((k) => ({ value: k, label: t(`dialogue.${k}`) }))}
            {...form.getInputProps('dialogue')}
          />
        </SimpleGrid>
        <Textarea label={t('field.description')} {...form.getInputProps('description')} mt="sm" />
        <Textarea label={t('field.notes')} {...form.getInputProps('notes')} mt="sm" />
        <Button type="submit" mt="md" loading={busy}>
          {t('new.create')}
        </Button>
      </form>
    </>
  );
}
