import type { PHASE_KINDS } from '@brug/domain/programmes';
import { Container, List, NativeSelect, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../../api/client.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';

type PublicProgramme = {
  name: string;
  aim: string;
  language: string;
  languages: string[];
  text: string;
  protection: string;
  phases: { kind: (typeof PHASE_KINDS)[number]; start: string | null; end: string | null }[];
  currentPhase: string | null;
  nextPhase: string | null;
};

/** What the programme is, how input is protected and where it stands: for partners and residents, without login. */
export default function PublicProgrammePage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('partners');
  const page = useQuery({
    queryKey: ['public-programme', slug, i18n.language],
    queryFn: () =>
      api.get<PublicProgramme>(`/api/public/programmes/${slug}`, {
        query: { lang: i18n.language },
        allowUnauthenticated: true,
      }),
  });
  if (page.isPending) return <LoadingState />;
  if (page.isError) return <ErrorState error={page.error} />;
  const p = page.data;
  return (
    <Container size="sm" lang={p.language}>
      <PageTitle>{p.name}</PageTitle>
      {p.languages.length > 1 && (
        <NativeSelect
          label={t('public.language')}
          value={p.language}
          onChange={(e) => i18n.changeLanguage(e.currentTarget.value)}
          data={p.languages}
          mb="md"
          w={160}
        />
      )}
      {p.aim && <Text mb="sm">{p.aim}</Text>}
      {p.text && (
        <Text mb="md" style={{ whiteSpace: 'pre-wrap' }}>
          {p.text}
        </Text>
      )}
      {p.protection && (
        <>
          <Title order={2} size="h3">
            {t('public.protection')}
          </Title>
          <Text mb="md" style={{ whiteSpace: 'pre-wrap' }}>
            {p.protection}
          </Text>
        </>
      )}
      <Title order={2} size="h3">
        {t('public.phases')}
      </Title>
      <List>
        {p.phases.map((ph) => (
          <List.Item key={ph.kind} fw={ph.kind === p.currentPhase ? 700 : undefined}>
            {t(`phase.${ph.kind}`)}
            {ph.start ? ` — ${new Date(`${ph.start}T12:00:00`).toLocaleDateString(i18n.language)}` : ''}
          </List.Item>
        ))}
      </List>
    </Container>
  );
}
