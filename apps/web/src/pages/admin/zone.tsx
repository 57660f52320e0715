import { PUBLICATION_K_MAX, PUBLICATION_K_MIN } from '@brug/domain/limits';
import { POSTCODE_PATTERN } from '@brug/domain/partners';
import type { Language } from '@brug/domain/roles';
import type { ZoneView } from '@brug/domain/zones';
import { Button, Group, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client.ts';
import { translateFieldMessage } from '../../api/form-errors.ts';
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

function parsePostcodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter(Boolean);
}

type ZoneValues = {
  name: string;
  defaultLanguage: Language;
  districts: string;
  /** The postcodes typed for each district, by district name. */
  postcodes: Record<string, string>;
  publicationK: number | string;
};

const postcodeField = (district: string) => `postcodes.${district}`;

/** Each district's postcodes: four digits, and each in one district only; the error names the district's field. */
function postcodeErrors(values: ZoneValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  const owner = new Map<string, string>();
  for (const district of parseDistricts(values.districts)) {
    for (const code of parsePostcodes(values.postcodes[district] ?? '')) {
      const first = owner.get(code);
      if (!POSTCODE_PATTERN.test(code)) errors[postcodeField(district)] ??= t('errors.field.postcode');
      else if (first !== undefined && first !== district)
        errors[postcodeField(district)] ??= t('errors.field.postcodeIn', { code, district: first });
      else owner.set(code, district);
    }
  }
  return errors;
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
    queryFn: () =>
      api.get<{ antwerp: string[]; antwerpPostcodes: Record<string, string[]> }>(
        '/api/zone/district-templates',
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const { form, onSubmit, error, extra, busy } = useApiForm<ZoneValues>(
    {
      initialValues: {
        name: zone.name,
        defaultLanguage: zone.defaultLanguage as Language,
        districts: zone.districts.join('\n'),
        postcodes: Object.fromEntries(
          Object.entries(zone.districtPostcodes).map(([d, codes]) => [d, codes.join(', ')]),
        ),
        publicationK: zone.publicationK as number | string,
      },
      validate: (values) => {
        const list = parseDistricts(values.districts);
        const k = values.publicationK;
        return {
          name: v.name(values.name),
          districts:
            new Set(list.map((d) => d.toLowerCase())).size === list.length
              ? null
              : t('errors.field.duplicates'),
          publicationK:
            typeof k === 'number' && Number.isInteger(k) && k >= PUBLICATION_K_MIN && k <= PUBLICATION_K_MAX
              ? null
              : t('errors.field.between', { min: PUBLICATION_K_MIN, max: PUBLICATION_K_MAX }),
          ...postcodeErrors(values, t),
        };
      },
    },
    async (values, f) => {
      const districts = parseDistricts(values.districts);
      const saved = await api
        .patch<ZoneView>('/api/zone', {
          name: values.name,
          defaultLanguage: values.defaultLanguage,
          districts,
          districtPostcodes: Object.fromEntries(
            districts.map((d) => [d, [...new Set(parsePostcodes(values.postcodes[d] ?? ''))]]),
          ),
          publicationK: values.publicationK,
        })
        .catch((err: unknown) => {
          // The server names a district's postcode as districtPostcodes.<district>.<n>: show it on that district.
          if (err instanceof ApiError)
            for (const [field, message] of Object.entries(err.fields)) {
              const m = /^districtPostcodes\.(.+?)(?:\.\d+)?$/.exec(field);
              if (m) f.setFieldError(postcodeField(m[1]), translateFieldMessage(message, t));
            }
          throw err;
        });
      qc.setQueryData(['zone'], saved);
      void qc.invalidateQueries({ queryKey: ME_KEY });
      notifications.show({ color: 'green', message: t('zone.saved') });
    },
  );
  const districts = parseDistricts(form.values.districts);
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
            onClick={() => {
              if (!templates.data) return;
              form.setFieldValue('districts', templates.data.antwerp.join('\n'));
              form.setFieldValue(
                'postcodes',
                Object.fromEntries(
                  Object.entries(templates.data.antwerpPostcodes).map(([d, codes]) => [d, codes.join(', ')]),
                ),
              );
            }}
          >
            {t('zone.antwerpTemplate')}
          </Button>
        </Group>
        {districts.length > 0 && (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Text fw={500} size="sm">
                {t('zone.postcodes')}
              </Text>
            </legend>
            <Text size="xs" c="dimmed" mb="xs" id="postcodes-hint">
              {t('zone.postcodesHint')}
            </Text>
            <Stack gap="xs">
              {districts.map((district) => (
                <TextInput
                  key={district}
                  label={t('zone.postcodesOf', { district })}
                  inputMode="numeric"
                  value={form.values.postcodes[district] ?? ''}
                  error={form.errors[postcodeField(district)]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    form.setFieldValue('postcodes', { ...form.getValues().postcodes, [district]: value });
                    form.clearFieldError(postcodeField(district));
                  }}
                />
              ))}
            </Stack>
          </fieldset>
        )}
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
