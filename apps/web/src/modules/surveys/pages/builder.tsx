import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { errorMessage, translatedFields } from '../../../api/form-errors.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import type { LibraryItem, LibraryScale, SurveyView } from '../api.ts';

type ExtraLanguage = { code: string; name: string; rtl: boolean };
type Custom = {
  /** The question's id once saved; new questions get one when the survey is saved. */
  id?: string;
  kind: 'scale' | 'single' | 'multiple' | 'text';
  range?: { min: number; max: number };
  text: Record<string, string>;
  options: Record<string, string>;
  min: Record<string, string>;
  max: Record<string, string>;
};
const BUILT_IN = ['nl', 'fr', 'en'];
const BUILT_IN_NAMES: Record<string, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const lines = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

type Question = SurveyView['definition']['questions'][number];

/** The builder's fields for a saved survey, so that editing starts from what was saved. */
function initialState(s: SurveyView | undefined) {
  const questions: Question[] = s?.definition.questions ?? [];
  const extra = (s?.definition.languages ?? []).filter((l) => !BUILT_IN.includes(l.code));
  const translations: Record<string, { text: string; labels: string }> = {};
  const customs: Custom[] = [];
  for (const q of questions) {
    if (q.kind === 'item') {
      for (const [code, tr] of Object.entries(q.translations ?? {}))
        translations[`${q.itemId}|${code}`] = { text: tr.text, labels: tr.labels.join('\n') };
      continue;
    }
    const custom: Custom = { id: q.id, kind: q.kind, text: { ...q.text }, options: {}, min: {}, max: {} };
    if (q.kind === 'scale') {
      custom.range = { min: q.min, max: q.max };
      custom.min = { ...q.minLabel };
      custom.max = { ...q.maxLabel };
    }
    if (q.kind === 'single' || q.kind === 'multiple') {
      const codes = new Set(q.options.flatMap((o) => Object.keys(o.label)));
      for (const code of codes) custom.options[code] = q.options.map((o) => o.label[code] ?? '').join('\n');
    }
    customs.push(custom);
  }
  return {
    builtIns: s ? s.definition.languages.map((l) => l.code).filter((c) => BUILT_IN.includes(c)) : BUILT_IN,
    chosen: s
      ? questions.flatMap((q) => (q.kind === 'item' ? [q.itemId] : []))
      : ['ess_trust_police', 'ess_d15_respect'],
    itemIds: Object.fromEntries(questions.flatMap((q) => (q.kind === 'item' ? [[q.itemId, q.id]] : []))),
    extra,
    translations,
    customs,
  };
}

/** Builds a new survey. */
export default function SurveyBuilderPage() {
  return <SurveyForm />;
}

/**
 * Builds a survey from the library's standard items and the zone's own questions, in every
 * language offered; with `survey`, edits it (the questions only while nobody has answered).
 */
export function SurveyForm({ survey }: { survey?: SurveyView }) {
  const { t, i18n } = useTranslation('surveys');
  const { t: tShell } = useTranslation();
  /** The builder's name for a field the server refused (`definition.questions.2.text.fr` → "Vraag 3"). */
  const fieldLabel = (path: string) => {
    const [top, second, third] = path.split('.');
    if (top === 'title') return t(second === 'fr' ? 'builder.titleFr' : 'builder.titleNl');
    if (['kind', 'opensOn', 'closesOn', 'access', 'targetGroup', 'baseline'].includes(top))
      return t(`builder.${top}`);
    if (top === 'definition' && second === 'questions' && third !== undefined && /^\d+$/.test(third))
      return t('builder.questionN', { n: Number(third) + 1 });
    if (top === 'definition') return t('builder.questions');
    return path;
  };
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [initial] = useState(() => initialState(survey));
  const locked = !!survey?.answered;
  const library = useQuery({
    queryKey: ['survey-items'],
    queryFn: () =>
      api.get<{ items: LibraryItem[]; scales: Record<string, LibraryScale> }>('/api/surveys/items'),
  });
  const [titleNl, setTitleNl] = useState(survey?.title.nl ?? '');
  const [titleFr, setTitleFr] = useState(survey?.title.fr ?? '');
  const [kind, setKind] = useState<'activity' | 'pulse'>(survey?.kind ?? 'activity');
  const [opensOn, setOpensOn] = useState(survey?.opensOn ?? day(0));
  const [closesOn, setClosesOn] = useState(survey?.closesOn ?? day(30));
  const [access, setAccess] = useState<'device' | 'code'>(survey?.access ?? 'device');
  const [askDistrict, setAskDistrict] = useState(survey?.askDistrict ?? true);
  const [baseline, setBaseline] = useState(survey?.baseline ?? false);
  const [targetGroup, setTargetGroup] = useState(survey?.targetGroup ?? '');
  const [chosen, setChosen] = useState<string[]>(initial.chosen);
  const [extra, setExtra] = useState<ExtraLanguage[]>(initial.extra);
  const [newLang, setNewLang] = useState<ExtraLanguage>({ code: '', name: '', rtl: false });
  const [translations, setTranslations] = useState(initial.translations);
  const [customs, setCustoms] = useState<Custom[]>(initial.customs);
  const [error, setError] = useState<ApiError | null>(null);
  const fieldErrors = translatedFields(error, tShell);
  const [busy, setBusy] = useState(false);

  if (library.isPending) return <LoadingState />;
  if (library.isError) return <ErrorState error={library.error} />;
  const { items, scales } = library.data;
  const langs = [...initial.builtIns, ...extra.map((l) => l.code)];
  const labelCount = (item: LibraryItem) => {
    const s = scales[item.scale];
    return s.endLabelsOnly ? 2 : s.max - s.min + 1;
  };
  /** The scale's own labels, in the order the translation's lines follow, each with the value it stands for. */
  const originalLabels = (item: LibraryItem) => {
    const s = scales[item.scale];
    const language = BUILT_IN.includes(i18n.language) ? i18n.language : 'nl';
    return (s.labels ?? []).map((label, i) => ({
      value: s.endLabelsOnly && i > 0 ? s.max : s.min + i,
      text: label[language] ?? label.nl ?? '',
    }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const taken = new Set(customs.flatMap((c) => (c.id ? [c.id] : [])));
    const freeId = (i: number) => {
      let n = i + 1;
      while (taken.has(`q${n}`)) n++;
      taken.add(`q${n}`);
      return `q${n}`;
    };
    const questions = [
      ...chosen.map((itemId) => ({
        kind: 'item',
        id: initial.itemIds[itemId] ?? itemId.slice(0, 32),
        itemId,
        translations: Object.fromEntries(
          extra.map((l) => [
            l.code,
            {
              text: translations[`${itemId}|${l.code}`]?.text ?? '',
              labels: lines(translations[`${itemId}|${l.code}`]?.labels),
            },
          ]),
        ),
      })),
      ...customs.map((c, i) => {
        const pick = (m: Record<string, string>) =>
          Object.fromEntries(langs.filter((l) => m[l]?.trim()).map((l) => [l, m[l].trim()]));
        const base = { id: c.id ?? freeId(i), kind: c.kind, text: pick(c.text) };
        if (c.kind === 'scale')
          return {
            ...base,
            ...(c.range ?? { min: 1, max: 5 }),
            minLabel: pick(c.min),
            maxLabel: pick(c.max),
          };
        if (c.kind === 'text') return base;
        const count = Math.max(...langs.map((l) => lines(c.options[l]).length));
        return {
          ...base,
          options: Array.from({ length: count }, (_, j) => ({
            id: `o${j + 1}`,
            label: Object.fromEntries(
              langs.filter((l) => lines(c.options[l])[j]).map((l) => [l, lines(c.options[l])[j]]),
            ),
          })),
        };
      }),
    ];
    try {
      const title = Object.fromEntries(
        Object.entries({ ...survey?.title, nl: titleNl, fr: titleFr }).filter(([, v]) => v.trim()),
      );
      const fields = {
        title,
        opensOn,
        closesOn,
        access,
        askDistrict,
        baseline: kind === 'pulse' && baseline,
        targetGroup: targetGroup.trim() || null,
      };
      const definition = {
        languages: [
          ...initial.builtIns.map((code) => ({ code, name: BUILT_IN_NAMES[code], rtl: false })),
          ...extra,
        ],
        questions,
      };
      const s = survey
        ? await api.patch<SurveyView>(
            `/api/surveys/${survey.id}`,
            locked ? fields : { ...fields, definition },
          )
        : await api.post<SurveyView>('/api/surveys', { ...fields, kind, definition });
      await queryClient.invalidateQueries({ queryKey: ['survey', s.id] });
      await queryClient.invalidateQueries({ queryKey: ['surveys'] });
      navigate(`/surveys/${s.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'INTERNAL', String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle>{t(survey ? 'builder.editTitle' : 'builder.title')}</PageTitle>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={720}>
          <TextInput
            label={t('builder.titleNl')}
            required
            value={titleNl}
            onChange={(e) => setTitleNl(e.currentTarget.value)}
            error={fieldErrors.title}
          />
          <TextInput
            label={t('builder.titleFr')}
            value={titleFr}
            onChange={(e) => setTitleFr(e.currentTarget.value)}
          />
          <Radio.Group
            label={t('builder.kind')}
            description={survey ? t('builder.kindFixed') : undefined}
            value={kind}
            onChange={(v) => setKind(v as typeof kind)}
          >
            <Group mt="xs">
              <Radio value="activity" label={t('kind.activity')} disabled={!!survey} />
              <Radio value="pulse" label={t('kind.pulse')} disabled={!!survey} />
            </Group>
          </Radio.Group>
          <Group grow>
            <TextInput
              type="date"
              label={t('builder.opensOn')}
              value={opensOn}
              onChange={(e) => setOpensOn(e.currentTarget.value)}
              error={fieldErrors.opensOn}
            />
            <TextInput
              type="date"
              label={t('builder.closesOn')}
              value={closesOn}
              onChange={(e) => setClosesOn(e.currentTarget.value)}
              error={fieldErrors.closesOn}
            />
          </Group>
          <Radio.Group
            label={t('builder.access')}
            value={access}
            onChange={(v) => setAccess(v as typeof access)}
          >
            <Stack gap={4} mt="xs">
              <Radio value="device" label={t('builder.accessDevice')} />
              <Radio value="code" label={t('builder.accessCode')} />
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('builder.targetGroup')}
            value={targetGroup}
            onChange={(e) => setTargetGroup(e.currentTarget.value)}
          />
          <Checkbox
            label={t('builder.askDistrict')}
            checked={askDistrict}
            onChange={(e) => setAskDistrict(e.currentTarget.checked)}
          />
          {kind === 'pulse' && (
            <Checkbox
              label={t('builder.baseline')}
              checked={baseline}
              onChange={(e) => setBaseline(e.currentTarget.checked)}
            />
          )}

          {locked && (
            <Alert color="blue" role="status">
              {t('builder.locked')}
            </Alert>
          )}
          <Fieldset legend={t('builder.questions')} disabled={locked} variant="unstyled" p={0}>
            <Stack gap="md">
              <Fieldset legend={t('builder.languages')}>
                <Text size="sm" mb="xs">
                  {langs.join(', ')}
                </Text>
                <Group align="flex-end" wrap="wrap">
                  <TextInput
                    label={t('builder.langCode')}
                    value={newLang.code}
                    onChange={(e) => setNewLang({ ...newLang, code: e.currentTarget.value.trim() })}
                    w={140}
                  />
                  <TextInput
                    label={t('builder.langName')}
                    value={newLang.name}
                    onChange={(e) => setNewLang({ ...newLang, name: e.currentTarget.value })}
                    w={200}
                  />
                  <Checkbox
                    label={t('builder.rtl')}
                    checked={newLang.rtl}
                    onChange={(e) => setNewLang({ ...newLang, rtl: e.currentTarget.checked })}
                  />
                  <Button
                    variant="light"
                    disabled={!newLang.code || !newLang.name || langs.includes(newLang.code)}
                    onClick={() => {
                      setExtra([...extra, newLang]);
                      setNewLang({ code: '', name: '', rtl: false });
                    }}
                  >
                    {t('builder.addLanguage')}
                  </Button>
                </Group>
              </Fieldset>

              <Checkbox.Group
                label={t('builder.items')}
                description={t('builder.itemsHint')}
                value={chosen}
                onChange={setChosen}
              >
                <Stack gap={8} mt="xs">
                  {items.map((item) => (
                    <div key={item.id}>
                      <Checkbox
                        value={item.id}
                        label={`${item.text[BUILT_IN.includes(i18n.language) ? i18n.language : 'nl']} (${item.source})`}
                      />
                      {chosen.includes(item.id) &&
                        extra.map((l) => (
                          <Fieldset
                            key={l.code}
                            legend={t('builder.translation', { lang: l.name })}
                            mt={6}
                            ml="lg"
                            dir={l.rtl ? 'rtl' : 'ltr'}
                            lang={l.code}
                          >
                            <TextInput
                              label={t('builder.translationText', { lang: l.name })}
                              value={translations[`${item.id}|${l.code}`]?.text ?? ''}
                              onChange={(e) =>
                                setTranslations({
                                  ...translations,
                                  [`${item.id}|${l.code}`]: {
                                    labels: translations[`${item.id}|${l.code}`]?.labels ?? '',
                                    text: e.currentTarget.value,
                                  },
                                })
                              }
                            />
                            <Text
                              size="sm"
                              fw={500}
                              mt="xs"
                              id={`orig-${item.id}-${l.code}`}
                              dir="ltr"
                              lang={i18n.language}
                            >
                              {t('builder.originalLabels')}
                            </Text>
                            <ol
                              aria-labelledby={`orig-${item.id}-${l.code}`}
                              dir="ltr"
                              lang={i18n.language}
                              style={{ margin: 0, paddingInlineStart: '1.5rem' }}
                            >
                              {originalLabels(item).map((o) => (
                                <li key={o.value}>
                                  <Text size="sm" component="span">
                                    {t('builder.originalLabel', { label: o.text, value: o.value })}
                                  </Text>
                                </li>
                              ))}
                            </ol>
                            <Textarea
                              label={t('builder.translationLabels', {
                                lang: l.name,
                                count: labelCount(item),
                              })}
                              description={t('builder.translationLabelsHint')}
                              autosize
                              minRows={2}
                              value={translations[`${item.id}|${l.code}`]?.labels ?? ''}
                              onChange={(e) =>
                                setTranslations({
                                  ...translations,
                                  [`${item.id}|${l.code}`]: {
                                    text: translations[`${item.id}|${l.code}`]?.text ?? '',
                                    labels: e.currentTarget.value,
                                  },
                                })
                              }
                            />
                          </Fieldset>
                        ))}
                    </div>
                  ))}
                </Stack>
              </Checkbox.Group>

              <Fieldset legend={t('builder.custom')}>
                <Stack>
                  {customs.map((c, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: questions have no id until saved
                    <Fieldset key={i} legend={`${i + 1}`}>
                      <NativeSelect
                        label={t('builder.customKind')}
                        value={c.kind}
                        data={(['scale', 'single', 'multiple', 'text'] as const).map((k) => ({
                          value: k,
                          label: t(`builder.kinds.${k}`),
                        }))}
                        onChange={(e) =>
                          setCustoms(
                            customs.map((x, j) =>
                              j === i ? { ...x, kind: e.currentTarget.value as Custom['kind'] } : x,
                            ),
                          )
                        }
                      />
                      {langs.map((l) => (
                        <Stack key={l} gap={4} mt="xs">
                          <TextInput
                            label={t('builder.customText', { lang: l })}
                            value={c.text[l] ?? ''}
                            onChange={(e) =>
                              setCustoms(
                                customs.map((x, j) =>
                                  j === i ? { ...x, text: { ...x.text, [l]: e.currentTarget.value } } : x,
                                ),
                              )
                            }
                          />
                          {(c.kind === 'single' || c.kind === 'multiple') && (
                            <Textarea
                              label={t('builder.customOptions', { lang: l })}
                              autosize
                              minRows={2}
                              value={c.options[l] ?? ''}
                              onChange={(e) =>
                                setCustoms(
                                  customs.map((x, j) =>
                                    j === i
                                      ? { ...x, options: { ...x.options, [l]: e.currentTarget.value } }
                                      : x,
                                  ),
                                )
                              }
                            />
                          )}
                          {c.kind === 'scale' && (
                            <Group grow>
                              <TextInput
                                label={t('builder.customMin', { lang: l })}
                                value={c.min[l] ?? ''}
                                onChange={(e) =>
                                  setCustoms(
                                    customs.map((x, j) =>
                                      j === i ? { ...x, min: { ...x.min, [l]: e.currentTarget.value } } : x,
                                    ),
                                  )
                                }
                              />
                              <TextInput
                                label={t('builder.customMax', { lang: l })}
                                value={c.max[l] ?? ''}
                                onChange={(e) =>
                                  setCustoms(
                                    customs.map((x, j) =>
                                      j === i ? { ...x, max: { ...x.max, [l]: e.currentTarget.value } } : x,
                                    ),
                                  )
                                }
                              />
                            </Group>
                          )}
                        </Stack>
                      ))}
                      <Button
                        variant="subtle"
                        color="red"
                        mt="xs"
                        onClick={() => setCustoms(customs.filter((_, j) => j !== i))}
                      >
                        {t('builder.remove')}
                      </Button>
                    </Fieldset>
                  ))}
                  <Button
                    variant="light"
                    onClick={() =>
                      setCustoms([...customs, { kind: 'single', text: {}, options: {}, min: {}, max: {} }])
                    }
                  >
                    {t('builder.addCustom')}
                  </Button>
                </Stack>
              </Fieldset>
            </Stack>
          </Fieldset>

          {error && (
            <Alert color="red" role="alert">
              <Text>{errorMessage(error, tShell)}</Text>
              {Object.entries(fieldErrors).map(([k, v]) => (
                <Text key={k} size="sm">
                  {t('builder.fieldProblem', { field: fieldLabel(k), problem: v })}
                </Text>
              ))}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy} disabled={chosen.length + customs.length === 0}>
              {t(survey ? 'builder.save' : 'builder.create')}
            </Button>
            {survey && (
              <Button component={Link} to={`/surveys/${survey.id}`} variant="default">
                {t('builder.cancel')}
              </Button>
            )}
            {chosen.length + customs.length === 0 && <Text size="sm">{t('builder.none')}</Text>}
          </Group>
        </Stack>
      </form>
    </>
  );
}
