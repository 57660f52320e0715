import { PUBLICATION_K_MAX, PUBLICATION_K_MIN } from '@brug/domain/limits';
import type { Language } from '@brug/domain/roles';
import type { ZoneView } from '@brug/domain/zones';
import { Button, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ME_KEY } from '../../api/session.ts';
import { useApiForm } from '../../api/use-api-form.ts';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { LanguageSelect } from '../language-select.tsx';
import { validators } from '../validators.ts';

function parseDistricts(text: string): string[] {
  return text
    .split('\n')
    .map((d) => d.trim())
    .filter(Boolean);
}

export default function ZonePage() {
  const { t } = useTranslation();
  const zone = useQuery({ queryKey: ['zone'], queryFn: () => api.get<ZoneView>('/api/zone') });
  return (
    <>
      <PageTitle>{t('zone.title')}</PageTitle>
      {zone.isPending ? (
        <LoadingState />
      ) : zone.error ? (
        <ErrorState error={zone.error} onRetry={() => void zone.refetch()} />
      ) : (
        <ZoneForm zone={zone.data} />
      )}
    </>
  );
}

function ZoneForm({ zone }: { zone: ZoneView }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const v = validators(t);
  const templates = useQuery({
    queryKey: ['district-templates'],
    queryFn: () => api.get<{ antwerp: string[] }>('/api/zone/district-templates'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const { form, onSubmit, error, extra, busy } = useApiForm(
    {
      initialValues: {
        name: zone.name,
        defaultLanguage: zone.defaultLanguage as Language,
        districts: zone.districts.join('\n'),
        publicationK: zone.publicationK as number | string,
      },
      validate: {
        name: v.name,
        districts: (text) => {
          const list = parseDistricts(text);
          return new Set(list.map((d) => d.toLowerCase())).size === list.length
            ? null
            : t('errors.field.duplicates');
        },
        publicationK: (k) =>
          typeof k === 'number' && Number.isInteger(k) && k >= PUBLICATION_K_MIN && k <= PUBLICATION_K_MAX
            ? null
            : t('errors.field.between', { min: PUBLICATION_K_MIN, max: PUBLICATION_K_MAX }),
      },
    },
    async (values) => {
      const saved = await api.patch<ZoneView>('/api/zone', {
        name: values.name,
        defaultLanguage: values.defaultLanguage,
        districts: parseDistricts(values.districts),
        publicationK: values.publicationK,
      });
      qc.setQueryData(['zone'], saved);
      void qc.invalidateQueries({ queryKey: ME_KEY });
      notifications.show({ color: 'green', message: t('zone.saved') });
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert error={error} extra={extra} />
      <Stack maw={560}>
        <TextInput label={t('fields.zoneName')} required {...form.getInputProps('name')} />
        <LanguageSelect
          label={t('fields.defaultLanguage')}
          description={t('zone.defaultLanguageHint')}
          {...form.getInputProps('defaultLanguage')}
        />
        <Textarea
          label={t('fields.districts')}
          description={t('zone.districtsHint')}
          autosize
          minRows={4}
          maxRows={14}
          {...form.getInputProps('districts')}
        />
        <Group>
          <Button
            variant="light"
            disabled={!templates.data}
            onClick={() =>
              templates.data && form.setFieldValue('districts', templates.data.antwerp.join('\n'))
            }
          >
            {t('zone.antwerpTemplate')}
          </Button>
        </Group>
        <NumberInput
          label={t('fields.publicationK')}
          description={t('zone.publicationKHint', { min: PUBLICATION_K_MIN, max: PUBLICATION_K_MAX })}
          min={PUBLICATION_K_MIN}
          max={PUBLICATION_K_MAX}
          step={1}
          allowDecimal={false}
          clampBehavior="none"
          {...form.getInputProps('publicationK')}
        />
        <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
