import {
  AVAILABILITY_PATTERNS,
  EXPERIENCE_AREAS,
  VOLUNTEER_HOURS_CAP_MAX,
} from '@brug/domain/volunteers/constants';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../../api/client.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { useTopics, useZoneDistricts } from '../api.ts';
import { LanguageFields } from '../language-fields.tsx';

type Values = {
  motivation: string;
  unit: string;
  district: string;
  languages: { code: string; level: string }[];
  topicIds: string[];
  otherTopics: string;
  experience: string[];
  experienceNote: string;
  patterns: string[];
  date: string;
  maxHoursPerMonth: number | string;
};

export default function ApplyPage() {
  const { t, i18n } = useTranslation('volunteers');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const topics = useTopics();
  const districts = useZoneDistricts();
  const { form, onSubmit, error, extra, busy } = useApiForm<Values>(
    {
      initialValues: {
        motivation: '',
        unit: '',
        district: '',
        languages: [{ code: i18n.language === 'fr' ? 'fr' : 'nl', level: 'native' }],
        topicIds: [],
        otherTopics: '',
        experience: [],
        experienceNote: '',
        patterns: [],
        date: '',
        maxHoursPerMonth: 8,
      },
    },
    async (v) => {
      await api.post('/api/volunteers/applications', {
        callId: params.get('call') || undefined,
        motivation: v.motivation,
        unit: v.unit,
        district: v.district,
        languages: v.languages,
        topicIds: v.topicIds,
        otherTopics: v.otherTopics,
        experience: v.experience,
        experienceNote: v.experienceNote,
        availability: { patterns: v.patterns, dates: v.date ? [{ date: v.date }] : [] },
        maxHoursPerMonth: typeof v.maxHoursPerMonth === 'number' ? v.maxHoursPerMonth : Number.NaN,
      });
      await queryClient.invalidateQueries({ queryKey: ['volunteers', 'me'] });
      navigate('/volunteers/me');
    },
  );
  const activeTopics = topics.data?.items.filter((x) => x.active) ?? [];
  return (
    <>
      <PageTitle>{t('apply.title')}</PageTitle>
      <form onSubmit={onSubmit} noValidate>
        <FormAlert error={error} extra={extra} />
        <Stack gap="md" maw={640}>
          <Textarea
            label={t('apply.motivation')}
            required
            autosize
            minRows={3}
            {...form.getInputProps('motivation')}
          />
          <TextInput label={t('apply.unit')} required {...form.getInputProps('unit')} />
          <NativeSelect
            label={t('apply.district')}
            required
            data={[{ value: '', label: t('apply.choose') }, ...(districts.data?.districts ?? [])]}
            {...form.getInputProps('district')}
          />
          <LanguageFields form={form} />
          {activeTopics.length > 0 && (
            <Checkbox.Group label={t('apply.topics')} {...form.getInputProps('topicIds')}>
              <Stack gap={4} mt={4}>
                {activeTopics.map((topic) => (
                  <Checkbox key={topic.id} value={topic.id} label={topic.label} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <Textarea label={t('apply.otherTopics')} autosize {...form.getInputProps('otherTopics')} />
          <Checkbox.Group label={t('apply.experience')} {...form.getInputProps('experience')}>
            <Stack gap={4} mt={4}>
              {EXPERIENCE_AREAS.map((area) => (
                <Checkbox key={area} value={area} label={t(`experience.${area}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Textarea label={t('apply.experienceNote')} autosize {...form.getInputProps('experienceNote')} />
          <Checkbox.Group label={t('apply.availability')} {...form.getInputProps('patterns')}>
            <Stack gap={4} mt={4}>
              {AVAILABILITY_PATTERNS.map((p) => (
                <Checkbox key={p} value={p} label={t(`patterns.${p}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <TextInput type="date" label={t('apply.date')} {...form.getInputProps('date')} />
          <NumberInput
            label={t('apply.maxHours', { max: VOLUNTEER_HOURS_CAP_MAX })}
            required
            min={0}
            max={VOLUNTEER_HOURS_CAP_MAX}
            allowDecimal={false}
            {...form.getInputProps('maxHoursPerMonth')}
          />
          <Group>
            <Button type="submit" loading={busy}>
              {t('apply.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
