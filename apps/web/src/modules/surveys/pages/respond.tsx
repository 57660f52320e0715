import {
  Alert,
  Button,
  Checkbox,
  Container,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { needsOwnPicker, useOwnLanguagePicker } from '../../../layout/page-language.ts';
import type { PublicSurvey } from '../api.ts';
import { EXTRA_RESPONDENT_TEXTS } from '../respondent-texts.ts';

const TOKEN_KEY = 'brug.survey-device';

/** A random token kept on this device only; the server stores its hash, never with the answers. */
function deviceToken(): string {
  let token = localStorage.getItem(TOKEN_KEY);
  if (!token) {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    token = btoa(String.fromCharCode(...bytes)).replace(
      /[+/=]/g,
      (c) => ({ '+': '-', '/': '_', '=': '' })[c]!,
    );
    localStorage.setItem(TOKEN_KEY, token);
  }
  return token;
}

/** The public answering page: no account, the language the respondent picks, right to left where needed. */
export default function RespondPage() {
  const { publicId = '' } = useParams();
  const [search] = useSearchParams();
  const { i18n } = useTranslation('surveys');
  const [lang, setLang] = useState(search.get('lang') ?? i18n.language);
  const phase = search.get('p') ?? undefined;
  const survey = useQuery({
    queryKey: ['public-survey', publicId, lang, phase],
    queryFn: () =>
      api.get<PublicSurvey>(`/api/public/surveys/${publicId}`, {
        query: { lang, p: phase },
        allowUnauthenticated: true,
      }),
  });
  const language = survey.data?.language ?? lang;
  const offered = survey.data?.languages.map((l) => l.code) ?? [];
  const ownPicker = offered.length > 1 && needsOwnPicker(offered);
  useOwnLanguagePicker(ownPicker);
  // Without its own picker the survey follows the header's.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the header's language changes
  useEffect(() => {
    if (!ownPicker && offered.includes(i18n.language) && i18n.language !== lang) setLang(i18n.language);
  }, [i18n.language]);
  const builtIn = ['nl', 'fr', 'en'].includes(language);
  const fixed = useMemo(
    () => i18n.getFixedT(builtIn ? language : 'en', 'surveys'),
    [i18n, language, builtIn],
  );
  const tr = (key: string) => EXTRA_RESPONDENT_TEXTS[language]?.[key] ?? fixed(`respond.${key}`);
  const [answers, setAnswers] = useState<Record<string, number | string | string[]>>({});
  const [district, setDistrict] = useState('');
  const [code, setCode] = useState('');
  const [result, setResult] = useState<{
    ok: boolean;
    message: string;
    fields?: Record<string, string>;
  } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!survey.data) return;
    document.documentElement.lang = survey.data.language;
    document.documentElement.dir = survey.data.rtl ? 'rtl' : 'ltr';
    document.title = survey.data.title;
    return () => {
      document.documentElement.lang = i18n.language;
      document.documentElement.dir = i18n.dir(i18n.language);
    };
  }, [survey.data, i18n]);

  if (survey.isPending) return <LoadingState />;
  if (survey.isError) return <ErrorState error={survey.error} />;
  const s = survey.data;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      const res = await api.post<{ message: string }>(
        `/api/public/surveys/${publicId}/responses`,
        {
          language: s.language,
          phase: s.phase,
          answers,
          district: district || undefined,
          code: s.access === 'code' ? code : undefined,
          deviceToken: s.access === 'device' ? deviceToken() : undefined,
        },
        { allowUnauthenticated: true },
      );
      setResult({ ok: true, message: res.message });
    } catch (err) {
      const apiErr = err instanceof ApiError ? err : null;
      setResult({ ok: false, message: apiErr?.message ?? String(err), fields: apiErr?.fields });
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (id: string) => result?.fields?.[`answers.${id}`] ?? result?.fields?.[id];
  return (
    <Container size="xs" px="sm" dir={s.rtl ? 'rtl' : 'ltr'} lang={s.language}>
      <Title order={1} size="h2" mb="sm">
        {s.title}
      </Title>
      {ownPicker && (
        <NativeSelect
          label={tr('language')}
          value={s.language}
          onChange={(e) => {
            setLang(e.currentTarget.value);
            if (['nl', 'fr', 'en'].includes(e.currentTarget.value))
              void i18n.changeLanguage(e.currentTarget.value);
            setResult(null);
          }}
          data={s.languages.map((l) => ({ value: l.code, label: l.name }))}
          mb="md"
          w={200}
        />
      )}
      <Text size="sm" c="dimmed" mb="md">
        {tr('anonymous')} {tr('optional')}
      </Text>
      {s.status !== 'open' ? (
        <Alert color="yellow" role="status">
          {tr(s.status)}
        </Alert>
      ) : result?.ok ? (
        <Alert color="green" role="status" title={tr('thanks')}>
          {result.message}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            {s.questions.map((q) => {
              if (q.kind === 'scale')
                return (
                  <Radio.Group
                    key={q.id}
                    label={q.text}
                    error={fieldError(q.id)}
                    value={answers[q.id] === undefined ? '' : String(answers[q.id])}
                    onChange={(v) => setAnswers({ ...answers, [q.id]: Number(v) })}
                  >
                    <Stack gap={6} mt="xs">
                      {q.points!.map((p) => (
                        <Radio
                          key={p.value}
                          value={String(p.value)}
                          label={p.label ? `${p.value} — ${p.label}` : String(p.value)}
                        />
                      ))}
                    </Stack>
                  </Radio.Group>
                );
              if (q.kind === 'single')
                return (
                  <Radio.Group
                    key={q.id}
                    label={q.text}
                    error={fieldError(q.id)}
                    value={(answers[q.id] as string) ?? ''}
                    onChange={(v) => setAnswers({ ...answers, [q.id]: v })}
                  >
                    <Stack gap={6} mt="xs">
                      {q.options!.map((o) => (
                        <Radio key={o.id} value={o.id} label={o.label} />
                      ))}
                    </Stack>
                  </Radio.Group>
                );
              if (q.kind === 'multiple')
                return (
                  <Checkbox.Group
                    key={q.id}
                    label={q.text}
                    error={fieldError(q.id)}
                    value={(answers[q.id] as string[]) ?? []}
                    onChange={(v) => setAnswers({ ...answers, [q.id]: v })}
                  >
                    <Stack gap={6} mt="xs">
                      {q.options!.map((o) => (
                        <Checkbox key={o.id} value={o.id} label={o.label} />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                );
              return (
                <Textarea
                  key={q.id}
                  label={q.text}
                  error={fieldError(q.id)}
                  maxLength={q.maxLength}
                  autosize
                  minRows={2}
                  value={(answers[q.id] as string) ?? ''}
                  onChange={(e) => setAnswers({ ...answers, [q.id]: e.currentTarget.value })}
                />
              );
            })}
            {s.districts && (
              <NativeSelect
                label={tr('district')}
                value={district}
                error={result?.fields?.district}
                onChange={(e) => setDistrict(e.currentTarget.value)}
                data={[
                  { value: '', label: tr('noDistrict') },
                  ...s.districts.map((d) => ({ value: d, label: d })),
                ]}
              />
            )}
            {s.access === 'code' && (
              <TextInput
                label={tr('code')}
                required
                autoComplete="off"
                value={code}
                error={result?.fields?.code}
                onChange={(e) => setCode(e.currentTarget.value)}
              />
            )}
            {result && !result.ok && (
              <Alert color="red" role="alert">
                {result.message}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              {tr('send')}
            </Button>
          </Stack>
        </form>
      )}
    </Container>
  );
}
