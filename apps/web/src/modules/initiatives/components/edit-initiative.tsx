import {
  INITIATIVE_TEXT_MAX_LENGTH,
  INITIATIVE_TITLE_MAX_LENGTH,
  INITIATIVE_TYPES,
} from '@brug/domain/initiatives';
import {
  Button,
  Card,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { type InitiativeView, useCoverage, useOrganisations } from '../api.ts';

const split = (s: string, by: string | RegExp = ',') =>
  s
    .split(by)
    .map((x) => x.trim())
    .filter(Boolean);

type UserPage = { items: { id: string; displayName: string }[] };

/** Colleagues and coordinators who may lead an initiative (active users of the zone). */
function useLeads() {
  return useQuery({
    queryKey: ['initiatives', 'leads'],
    queryFn: async () => {
      const pages = await Promise.all(
        ['colleague', 'coordinator'].map((role) =>
          api.get<UserPage>('/api/users', { query: { role, status: 'active', pageSize: 200 } }),
        ),
      );
      return pages.flatMap((p) => p.items);
    },
  });
}

/** The coordinator's form for everything an initiative is: what, for whom, where, with whom, and what it answers. */
export function EditInitiative({ initiative }: { initiative: InitiativeView }) {
  const { t } = useTranslation('initiatives');
  const qc = useQueryClient();
  const coverage = useCoverage();
  const orgs = useOrganisations();
  const leads = useLeads();
  const { form, onSubmit, error, extra, busy } = useApiForm(
    {
      initialValues: {
        title: initiative.title,
        type: initiative.type as string,
        findingIds: initiative.findingIds,
        partnerOrganisationIds: initiative.partners.map((p) => p.organisationId),
        description: initiative.description,
        goals: initiative.goals.join('\n'),
        districts: initiative.districts.join(', '),
        targetGroups: initiative.targetGroups.join(', '),
        leadUserId: initiative.leadUserId,
        budget: initiative.budget ?? ('' as number | ''),
        materials: initiative.materials,
      },
    },
    async (v) => {
      await api.patch(`/api/initiatives/${initiative.id}`, {
        ...v,
        goals: split(v.goals, /\n/),
        districts: split(v.districts),
        targetGroups: split(v.targetGroups),
        budget: v.budget === '' ? null : Number(v.budget),
      });
      await qc.invalidateQueries({ queryKey: ['initiatives'] });
    },
  );
  return (
    <Card withBorder component="section" aria-labelledby="edit-links" mb="md">
      <Title order={2} size="h4" id="edit-links" mb="sm">
        {t('detail.edit')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <FormAlert error={error} extra={extra} />
          <TextInput
            label={t('field.title')}
            required
            maxLength={INITIATIVE_TITLE_MAX_LENGTH}
            {...form.getInputProps('title')}
          />
          <NativeSelect
            label={t('field.type')}
            data={INITIATIVE_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))}
            {...form.getInputProps('type')}
          />
          <MultiSelect
            label={t('field.findings')}
            searchable
            data={(coverage.data?.findings ?? []).map((f) => ({ value: f.id, label: f.title }))}
            {...form.getInputProps('findingIds')}
          />
          <MultiSelect
            label={t('field.partners')}
            searchable
            data={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            {...form.getInputProps('partnerOrganisationIds')}
          />
          <Textarea
            label={t('field.description')}
            autosize
            minRows={2}
            maxLength={INITIATIVE_TEXT_MAX_LENGTH}
            {...form.getInputProps('description')}
          />
          <Textarea label={t('field.goals')} autosize minRows={2} {...form.getInputProps('goals')} />
          <TextInput label={t('field.districts')} {...form.getInputProps('districts')} />
          <TextInput label={t('field.targetGroups')} {...form.getInputProps('targetGroups')} />
          <Select
            label={t('field.lead')}
            searchable
            clearable
            data={(leads.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
            {...form.getInputProps('leadUserId')}
          />
          <NumberInput label={t('field.budget')} min={0} decimalScale={2} {...form.getInputProps('budget')} />
          <Textarea
            label={t('field.materials')}
            autosize
            minRows={1}
            maxLength={INITIATIVE_TEXT_MAX_LENGTH}
            {...form.getInputProps('materials')}
          />
          {initiative.partners.some((p) => p.fit !== 'pending') && (
            <Text size="sm" c="dimmed">
              {t('detail.materialHint')}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              {t('detail.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
