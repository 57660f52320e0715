import { SPOKEN_LANGUAGES } from '@brug/domain/volunteers/constants';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { brusselsInstant, useTopics, useZoneDistricts } from '../api.ts';
import { useLanguageName } from '../language-fields.tsx';
import { LeftOut, type MatchExcluded, type MatchExplanation, Why } from '../match-explanation.tsx';

type Ranked = { volunteerId: string; displayName: string; score: number; explanation: MatchExplanation };
type Match = {
  activity: { activityId: string; title: string; needed: number };
  ranked: Ranked[];
  excluded: MatchExcluded[];
};

type Values = {
  title: string;
  date: string;
  start: string;
  end: string;
  needed: number | string;
  language: string;
  topicId: string;
  district: string;
};

export default function MatchingPage() {
  const { t } = useTranslation('volunteers');
  const name = useLanguageName();
  const topics = useTopics();
  const districts = useZoneDistricts();
  const [match, setMatch] = useState<Match | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [invited, setInvited] = useState(0);
  const { form, onSubmit, error, extra, busy } = useApiForm<Values>(
    {
      initialValues: {
        title: '',
        date: '',
        start: '14:00',
        end: '16:00',
        needed: 1,
        language: '',
        topicId: '',
        district: '',
      },
    },
    async (v) => {
      const result = await api.post<Match>('/api/volunteers/matching', {
        requirement: {
          title: v.title,
          startsAt: v.date ? brusselsInstant(v.date, v.start) : '',
          endsAt: v.date ? brusselsInstant(v.date, v.end) : '',
          needed: Number(v.needed),
          languages: v.language ? [{ code: v.language }] : [],
          topicIds: v.topicId ? [v.topicId] : [],
          district: v.district || null,
        },
      });
      setMatch(result);
      setInvited(0);
      setPicked(result.ranked.slice(0, result.activity.needed).map((r) => r.volunteerId));
    },
  );
  const invite = useMutation({
    mutationFn: () =>
      api.post<{ invited: number }>(`/api/volunteer-activities/${match!.activity.activityId}/invitations`, {
        volunteerIds: picked,
      }),
    onSuccess: (r) => setInvited(r.invited),
  });
  return (
    <>
      <PageTitle>{t('matching.title')}</PageTitle>
      <Stack gap="md">
        <Card withBorder component="section" aria-labelledby="requirement">
          <Title order={2} size="h4" id="requirement" mb="sm">
            {t('matching.requirement')}
          </Title>
          <form onSubmit={onSubmit} noValidate>
            <FormAlert error={error} extra={extra} />
            <Stack gap="sm">
              <TextInput label={t('matching.activityTitle')} required {...form.getInputProps('title')} />
              <Group gap="sm" wrap="wrap">
                <TextInput type="date" label={t('matching.date')} required {...form.getInputProps('date')} />
                <TextInput
                  type="time"
                  label={t('matching.start')}
                  required
                  {...form.getInputProps('start')}
                />
                <TextInput type="time" label={t('matching.end')} required {...form.getInputProps('end')} />
              </Group>
              <NumberInput
                label={t('matching.needed')}
                min={1}
                max={50}
                allowDecimal={false}
                {...form.getInputProps('needed')}
              />
              <NativeSelect
                label={t('matching.language')}
                data={[
                  { value: '', label: t('matching.any') },
                  ...SPOKEN_LANGUAGES.map((code) => ({ value: code, label: name(code) })),
                ]}
                {...form.getInputProps('language')}
              />
              <NativeSelect
                label={t('matching.topic')}
                data={[
                  { value: '', label: t('matching.any') },
                  ...(topics.data?.items
                    .filter((x) => x.active)
                    .map((x) => ({ value: x.id, label: x.label })) ?? []),
                ]}
                {...form.getInputProps('topicId')}
              />
              <NativeSelect
                label={t('apply.district')}
                data={[{ value: '', label: t('matching.any') }, ...(districts.data?.districts ?? [])]}
                {...form.getInputProps('district')}
              />
              <Group>
                <Button type="submit" loading={busy}>
                  {t('matching.run')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>

        {match && (
          <Card withBorder component="section" aria-labelledby="ranking">
            <Title order={2} size="h4" id="ranking" mb="sm">
              {t('matching.ranking', { count: match.ranked.length })}
            </Title>
            <Stack gap="sm">
              {match.ranked.map((r, i) => (
                <Card
                  key={r.volunteerId}
                  withBorder
                  padding="sm"
                  component="article"
                  aria-label={r.displayName}
                  data-testid="ranked"
                >
                  <Checkbox
                    label={t('matching.candidate', { rank: i + 1, name: r.displayName, score: r.score })}
                    checked={picked.includes(r.volunteerId)}
                    onChange={(e) =>
                      setPicked(
                        e.currentTarget.checked
                          ? [...picked, r.volunteerId]
                          : picked.filter((id) => id !== r.volunteerId),
                      )
                    }
                  />
                  <Why e={r.explanation} />
                </Card>
              ))}
            </Stack>
            <LeftOut excluded={match.excluded} />
            <FormAlert error={invite.error} />
            {invited > 0 && (
              <Alert color="green" role="status" mt="sm">
                {t('matching.invited', { count: invited })}
              </Alert>
            )}
            <Group mt="sm">
              <Button
                onClick={() => invite.mutate()}
                disabled={picked.length === 0}
                loading={invite.isPending}
              >
                {t('matching.invite', { count: picked.length })}
              </Button>
            </Group>
            <Text size="xs" c="dimmed" mt="xs">
              {t('matching.declineHint')}
            </Text>
          </Card>
        )}
      </Stack>
    </>
  );
}
