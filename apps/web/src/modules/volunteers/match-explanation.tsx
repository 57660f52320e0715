import { List, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguageName } from './language-fields.tsx';

/** Why a colleague got their score: the matching's own explanation, part by part. */
export type MatchExplanation = {
  topics: { points: number; max: number; matched: string[]; missing: string[] };
  languages: { points: number; max: number; matched: { code: string; level: string }[]; missing: string[] };
  district: { points: number; max: number; same: boolean; required: string | null };
  availability: { via: string };
  spread: {
    points: number;
    max: number;
    hoursThisMonth: number;
    cap: number;
    hoursLeft: number;
    nearCap: boolean;
  };
};

export type MatchExcluded = {
  volunteerId: string;
  displayName: string;
  reason: string;
  detail: Record<string, string | number>;
};

/** Every part of a score, in points out of its maximum, with the languages spoken or missing. */
export function Why({ e }: { e: MatchExplanation }) {
  const { t } = useTranslation('volunteers');
  const name = useLanguageName();
  const asked = e.topics.matched.length + e.topics.missing.length;
  return (
    <List size="sm" spacing={2}>
      <List.Item>
        {t(asked > 0 ? 'why.topics' : 'why.topicsAny', {
          points: e.topics.points,
          max: e.topics.max,
          matched: e.topics.matched.length,
          asked,
        })}
      </List.Item>
      <List.Item>
        {t('why.languages', { points: e.languages.points, max: e.languages.max })}{' '}
        {[
          ...e.languages.matched.map((l) =>
            t('why.speaks', { language: name(l.code), level: t(`levels.${l.level}`) }),
          ),
          ...e.languages.missing.map((code) => t('why.doesNotSpeak', { language: name(code) })),
        ].join(', ')}
      </List.Item>
      <List.Item>
        {e.district.required
          ? t(e.district.same ? 'why.districtSame' : 'why.districtOther', {
              points: e.district.points,
              max: e.district.max,
              district: e.district.required,
            })
          : t('why.districtAny', { points: e.district.points, max: e.district.max })}
      </List.Item>
      <List.Item>{t('why.available', { via: t(`via.${e.availability.via}`) })}</List.Item>
      <List.Item>
        {t('why.spread', {
          points: e.spread.points,
          max: e.spread.max,
          hours: e.spread.hoursThisMonth,
          cap: e.spread.cap,
        })}
        {e.spread.nearCap && ` ${t('why.nearCap')}`}
      </List.Item>
    </List>
  );
}

/** Who was left out of the ranking, each with the reason. */
export function LeftOut({ excluded }: { excluded: MatchExcluded[] }) {
  const { t } = useTranslation('volunteers');
  if (excluded.length === 0) return null;
  return (
    <>
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('matching.excluded', { count: excluded.length })}
      </Title>
      <List size="sm">
        {excluded.map((x) => (
          <List.Item key={x.volunteerId}>
            {t('matching.excludedLine', { name: x.displayName, reason: t(`reason.${x.reason}`, x.detail) })}
          </List.Item>
        ))}
      </List>
    </>
  );
}
