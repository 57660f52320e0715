import { formatInterval } from '@brug/domain/insights';
import {
  Anchor,
  Box,
  Button,
  Card,
  Group,
  Image,
  List,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../../api/client.ts';
import { actionErrorMessage } from '../../../api/form-errors.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import type { SurveyResultsView, SurveyView } from '../api.ts';
import { titleOf } from './list.tsx';

type Estimate = { n: number; mean: number; low: number; high: number } | null;

/** One survey: its links, QR poster and slide, single-use codes, and its suppressed results. */
export default function SurveyDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('surveys');
  const me = useCurrentUser();
  const [breakdown, setBreakdown] = useState<'none' | 'phase' | 'district'>('none');
  const isPartner = me.user.role === 'partner';
  const survey = useQuery({
    queryKey: ['survey', id],
    queryFn: () => api.get<SurveyView>(`/api/surveys/${id}`),
    enabled: !isPartner,
  });
  const results = useQuery({
    queryKey: ['survey-results', id, breakdown, i18n.language],
    queryFn: () =>
      api.get<SurveyResultsView>(`/api/surveys/${id}/results`, { query: { breakdown, lang: i18n.language } }),
  });
  if ((!isPartner && survey.isPending) || results.isPending) return <LoadingState />;
  if (survey.isError) return <ErrorState error={survey.error} />;
  if (results.isError) return <ErrorState error={results.error} />;
  const s = survey.data;
  const r = results.data;
  const cell = (v: number | null) => (v === null ? t('detail.suppressed') : v);
  const est = (e: Estimate) => (e ? formatInterval(e.mean, e.low, e.high, i18n.language) : '—');
  const rowLabel = (key: string) =>
    breakdown === 'phase' ? t(`phase.${key}`) : key === '' ? t('detail.unknownDistrict') : key;

  return (
    <>
      <PageTitle>{s ? titleOf(s.title, i18n.language) : t('detail.results')}</PageTitle>
      {s && me.user.role === 'coordinator' && <Manage survey={s} />}
      {s && (
        <Stack mb="xl">
          <Title order={2} size="h3">
            {t('detail.links')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {Object.entries(s.links).map(([phase, link]) => (
              <Card key={phase} withBorder>
                <Text fw={600}>{t('detail.link', { phase: t(`phase.${phase}`) })}</Text>
                <Anchor href={link} style={{ wordBreak: 'break-all' }}>
                  {link}
                </Anchor>
                <Image
                  src={`/api/surveys/${s.id}/qr.png?phase=${phase}`}
                  alt={t('detail.qrAlt', { phase: t(`phase.${phase}`) })}
                  w={160}
                  h={160}
                  my="sm"
                />
                <Group gap="sm">
                  <Anchor href={`/api/surveys/${s.id}/poster.pdf?phase=${phase}`} target="_blank">
                    {t('detail.poster')}
                  </Anchor>
                  <Anchor href={`/api/surveys/${s.id}/slide.svg?phase=${phase}`} target="_blank">
                    {t('detail.slide')}
                  </Anchor>
                </Group>
              </Card>
            ))}
          </SimpleGrid>
          {s.access === 'code' && me.user.role === 'coordinator' && <Codes survey={s} />}
        </Stack>
      )}

      <Title order={2} size="h3" mb="sm">
        {t('detail.results')}
      </Title>
      <NativeSelect
        label={t('detail.breakdown')}
        value={breakdown}
        onChange={(e) => setBreakdown(e.currentTarget.value as typeof breakdown)}
        data={(['none', 'phase', 'district'] as const).map((b) => ({
          value: b,
          label: t(`detail.breakdowns.${b}`),
        }))}
        w={220}
        mb="md"
      />
      <Text size="sm" c="dimmed" mb="md">
        {t('detail.suppressedNote', { min: r.minCell })}
      </Text>

      <Title order={3} size="h4">
        {t('detail.index')}
      </Title>
      <ScrollRegion label={t('detail.index')}>
        <Table miw={360} captionSide="top" mb="lg">
          <Table.Caption className="visually-hidden">{t('detail.index')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" />
              <Table.Th scope="col">{t('detail.interval')}</Table.Th>
              <Table.Th scope="col">{t('detail.n')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <IndexRow label={t('detail.indexOverall')} e={r.index.overall} fmt={est} />
            {Object.entries(r.index.byPhase).map(([k, e]) => (
              <IndexRow key={k} label={t(`phase.${k}`)} e={e} fmt={est} />
            ))}
            {Object.entries(r.index.byDistrict).map(([k, e]) => (
              <IndexRow key={k} label={k} e={e} fmt={est} />
            ))}
            {r.index.difference && (
              <Table.Tr>
                <Table.Th scope="row">{t('detail.difference')}</Table.Th>
                <Table.Td>
                  {formatInterval(
                    r.index.difference.diff,
                    r.index.difference.low,
                    r.index.difference.high,
                    i18n.language,
                    { signed: true },
                  )}
                </Table.Td>
                <Table.Td>{`${r.index.difference.nBefore} / ${r.index.difference.nAfter}`}</Table.Td>
              </Table.Tr>
            )}
            {r.index.baseline?.difference && (
              <Table.Tr>
                <Table.Th scope="row">{t('detail.baseline')}</Table.Th>
                <Table.Td>
                  {formatInterval(
                    r.index.baseline.difference.diff,
                    r.index.baseline.difference.low,
                    r.index.baseline.difference.high,
                    i18n.language,
                    { signed: true },
                  )}
                </Table.Td>
                <Table.Td>{est(r.index.baseline.estimate)}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {!r.index.overall && <Text mb="md">{t('detail.noIndex')}</Text>}

      {r.questions.map((q) => (
        <Box key={q.questionId} mb="xl">
          <Title order={3} size="h5" mb={4}>
            {q.text}
          </Title>
          {q.kind === 'text' ? (
            q.texts ? (
              <List size="sm">
                {q.texts.map((x, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: identical texts may repeat
                  <List.Item key={i}>{x}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm">{t('detail.textsHidden', { min: r.minFreeText })}</Text>
            )
          ) : (
            <>
              <Bars labels={q.columns.map((c) => c.label)} values={q.totals} />
              <ScrollRegion label={t('detail.table', { question: q.text })}>
                <Table miw={560} captionSide="top" striped>
                  <Table.Caption className="visually-hidden">
                    {t('detail.table', { question: q.text })}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('detail.answer')}</Table.Th>
                      {q.rows.map((row) => (
                        <Table.Th key={row.key} scope="col">
                          {rowLabel(row.key)}
                        </Table.Th>
                      ))}
                      <Table.Th scope="col">{t('detail.total')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {q.columns.map((c, j) => (
                      <Table.Tr key={c.key}>
                        <Table.Th scope="row">{c.label}</Table.Th>
                        {q.rows.map((row) => (
                          <Table.Td key={row.key}>{cell(row.cells[j])}</Table.Td>
                        ))}
                        <Table.Td>{cell(q.totals[j])}</Table.Td>
                      </Table.Tr>
                    ))}
                    <Table.Tr>
                      <Table.Th scope="row">{t('detail.total')}</Table.Th>
                      {q.rows.map((row) => (
                        <Table.Td key={row.key}>{cell(row.total)}</Table.Td>
                      ))}
                      <Table.Td>{cell(q.total)}</Table.Td>
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
              </ScrollRegion>
            </>
          )}
        </Box>
      ))}
    </>
  );
}

function IndexRow({ label, e, fmt }: { label: string; e: Estimate; fmt: (e: Estimate) => string }) {
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{fmt(e)}</Table.Td>
      <Table.Td>{e?.n ?? '—'}</Table.Td>
    </Table.Tr>
  );
}

/** A bar chart for sighted users; the table below carries the same figures for everyone. */
export function Bars({ labels, values }: { labels: string[]; values: (number | null)[] }) {
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  return (
    <Box aria-hidden="true" mb="xs">
      {labels.map((l, i) => (
        <Group key={l} gap={6} wrap="nowrap">
          <Text size="xs" w={120} truncate>
            {l}
          </Text>
          <Box h={10} w={`${((values[i] ?? 0) / max) * 60}%`} bg={values[i] === null ? 'gray.3' : 'blue.7'} />
        </Group>
      ))}
    </Box>
  );
}

type Step = 'close' | 'archive' | 'delete';

/** The coordinator's actions on a survey, each asked first: edit, close early, archive or delete. */
function Manage({ survey }: { survey: SurveyView }) {
  const { t } = useTranslation('surveys');
  const { t: tShell } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The step stays set while the dialog fades out, so its texts never go blank.
  const [step, setStep] = useState<Step>('close');
  const [open, setOpen] = useState(false);
  const act = useMutation({
    mutationFn: (step: Step) =>
      step === 'delete'
        ? api.delete(`/api/surveys/${survey.id}`)
        : api.post<SurveyView>(`/api/surveys/${survey.id}/${step}`, {}),
    onSuccess: async (_, done) => {
      setOpen(false);
      if (done === 'delete') {
        queryClient.removeQueries({ queryKey: ['surveys'] });
        queryClient.removeQueries({ queryKey: ['survey', survey.id] });
        navigate('/surveys');
      } else {
        await queryClient.invalidateQueries({ queryKey: ['surveys'] });
        await queryClient.invalidateQueries({ queryKey: ['survey', survey.id] });
      }
    },
    onError: () => setOpen(false),
  });
  const steps: Step[] = [
    ...(survey.status !== 'closed' && !survey.archived ? (['close'] as const) : []),
    ...(survey.answered ? (survey.archived ? [] : (['archive'] as const)) : (['delete'] as const)),
  ];
  return (
    <Card withBorder mb="xl">
      <Group justify="space-between" wrap="wrap">
        <Text>
          {t(`status.${survey.status}`)}
          {survey.archived ? ` · ${t('manage.archived')}` : ''} · {survey.opensOn} – {survey.closesOn}
        </Text>
        <Group gap="sm" wrap="wrap">
          {!survey.archived && (
            <Button component={Link} to={`/surveys/${survey.id}/edit`} variant="default">
              {t('manage.edit')}
            </Button>
          )}
          {steps.map((s) => (
            <Button
              key={s}
              variant={s === 'delete' ? 'outline' : 'default'}
              color={s === 'delete' ? 'red' : undefined}
              onClick={() => {
                act.reset();
                setStep(s);
                setOpen(true);
              }}
            >
              {t(`manage.${s}`)}
            </Button>
          ))}
        </Group>
      </Group>
      {act.error && (
        <Text c="red.8" role="alert" mt="sm">
          {actionErrorMessage(act.error, tShell)}
        </Text>
      )}
      <ConfirmDialog
        opened={open}
        title={t(`manage.${step}`)}
        message={t(`manage.${step}Confirm`)}
        confirmLabel={t(`manage.${step}`)}
        danger={step === 'delete'}
        loading={act.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => act.mutate(step)}
      />
    </Card>
  );
}

function Codes({ survey }: { survey: SurveyView }) {
  const { t } = useTranslation('surveys');
  const [count, setCount] = useState<number | string>(30);
  const [phase, setPhase] = useState(Object.keys(survey.links)[0]);
  const make = useMutation({
    mutationFn: () =>
      api.post<{ codes: string[] }>(`/api/surveys/${survey.id}/codes`, { phase, count: Number(count) }),
  });
  return (
    <Card withBorder>
      <Title order={3} size="h4">
        {t('detail.codes')}
      </Title>
      <Text size="sm" mb="xs">
        {t('detail.codesHint')}
      </Text>
      <Group align="flex-end">
        <NativeSelect
          label={t('list.kind')}
          value={phase}
          onChange={(e) => setPhase(e.currentTarget.value)}
          data={Object.keys(survey.links).map((p) => ({ value: p, label: t(`phase.${p}`) }))}
        />
        <NumberInput
          label={t('detail.codesCount')}
          value={count}
          onChange={setCount}
          min={1}
          max={2000}
          w={140}
        />
        <Button onClick={() => make.mutate()} loading={make.isPending}>
          {t('detail.codesMake')}
        </Button>
      </Group>
      {make.data && (
        <SimpleGrid cols={{ base: 2, sm: 4 }} mt="sm" style={{ fontFamily: 'monospace' }}>
          {make.data.codes.map((c) => (
            <Text key={c}>{c}</Text>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}

function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
