import type { CodeView, CodingView } from '@brug/domain/analysis/schemas';
import { MEMO_MAX } from '@brug/domain/analysis/schemas';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  CloseButton,
  Grid,
  Group,
  Kbd,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../../api/client.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { FormError, useRun } from '../code-form.tsx';
import { PassageText, type Selection } from '../passage-text.tsx';
import {
  AnalysisNav,
  codesKey,
  codeTree,
  Swatch,
  useCodes,
  useErrorText,
  useVaultQueryEnabled,
  VaultGate,
} from '../shared.tsx';
import { createCoding, listCodings, readSourceText, updateCoding } from '../vault-api.ts';

type SourceText = { pseudonym: string; title?: string; text: string };
export type SourceKind = 'interview' | 'roundtable';

/** How a source's codings are asked for and created. */
export function sourceApi(kind: SourceKind) {
  return { field: kind === 'interview' ? ('interviewId' as const) : ('roundtableId' as const) };
}

function CodedPassage({
  coding,
  codes,
  onSelect,
  onChanged,
}: {
  coding: CodingView;
  codes: Map<string, CodeView>;
  onSelect: () => void;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation('analysis');
  const [memo, setMemo] = useState(coding.memo ?? '');
  const state = useRun(onChanged);
  const { run } = state;
  const removeCode = (id: string) =>
    run(() => {
      const rest = coding.codeIds.filter((c) => c !== id);
      return rest.length ? updateCoding(coding, { codeIds: rest }) : api.delete(`/api/codings/${coding.id}`);
    });
  return (
    <Card withBorder padding="sm" component="li">
      <Text component="blockquote" m={0} mb="xs" style={{ whiteSpace: 'pre-wrap' }}>
        “{coding.excerpt}”
      </Text>
      <Group gap={6} mb="xs">
        {coding.codeIds.map((id) => {
          const code = codes.get(id);
          if (!code) return null;
          return (
            <Badge
              key={id}
              variant="outline"
              color="dark"
              tt="none"
              leftSection={<Swatch colour={code.colour} />}
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('reader.removeCode', { name: code.name })}
                  onClick={() => removeCode(id)}
                />
              }
            >
              {code.name}
            </Badge>
          );
        })}
      </Group>
      <Textarea
        label={t('reader.memo')}
        autosize
        minRows={1}
        maxLength={MEMO_MAX}
        value={memo}
        onChange={(e) => setMemo(e.currentTarget.value)}
        error={state.fields.memo}
      />
      <Group gap="xs" mt="xs">
        <Button
          size="xs"
          variant="default"
          onClick={() => run(() => updateCoding(coding, { memo: memo.trim() ? memo : null }))}
        >
          {t('reader.saveMemo')}
        </Button>
        <Button size="xs" variant="default" onClick={onSelect}>
          {t('reader.selectAgain')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => run(() => api.delete(`/api/codings/${coding.id}`))}
        >
          {t('reader.delete')}
        </Button>
      </Group>
      <FormError state={state} />
    </Card>
  );
}

/** One source: select a passage and apply codes (buttons or number keys); memos on coded passages. */
export function SourceReader({ kind }: { kind: SourceKind }) {
  const { t } = useTranslation('analysis');
  const errorText = useErrorText();
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const paths = sourceApi(kind);
  const source = useQuery({
    queryKey: ['analysis', 'text', kind, id],
    queryFn: (): Promise<SourceText> => readSourceText(kind, id),
    retry: false,
    enabled: useVaultQueryEnabled(),
  });
  const codes = useCodes();
  const codingsKey = ['analysis', 'codings', kind, id];
  const codings = useQuery({
    queryKey: codingsKey,
    queryFn: () => listCodings({ [paths.field]: id }),
    retry: false,
    enabled: source.isSuccess,
  });
  const area = useRef<HTMLTextAreaElement>(null);
  const [selection, setSelection] = useState<Selection>({ start: 0, end: 0 });
  const [chosen, setChosen] = useState<string[]>([]);
  const [memo, setMemo] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const tree = codeTree(codes.data?.items ?? []);
  const byId = new Map(tree.map((c) => [c.id, c]));
  const text = source.data?.text ?? '';
  const selected = text.slice(selection.start, selection.end);

  async function refresh() {
    await Promise.all([
      qc.invalidateQueries({ queryKey: codingsKey }),
      qc.invalidateQueries({ queryKey: codesKey }),
      qc.invalidateQueries({ queryKey: ['analysis', 'codings', 'all'] }),
    ]);
  }

  async function apply(codeIds: string[]) {
    setError(null);
    if (selection.end <= selection.start) {
      setStatus(t('reader.selectFirst'));
      return;
    }
    if (codeIds.length === 0) {
      setStatus(t('reader.chooseCode'));
      return;
    }
    try {
      const same = codings.data?.items.find((c) => c.start === selection.start && c.end === selection.end);
      if (same) {
        const union = [...new Set([...same.codeIds, ...codeIds])];
        await updateCoding(same, { codeIds: union, ...(memo.trim() ? { memo } : {}) });
      } else {
        await createCoding({
          [paths.field]: id,
          start: selection.start,
          end: selection.end,
          text,
          codeIds,
          ...(memo.trim() ? { memo } : {}),
        });
      }
      setMemo('');
      setStatus(t('reader.coded', { names: codeIds.map((c) => byId.get(c)?.name ?? '').join(', ') }));
      await refresh();
    } catch (err) {
      setError(err);
    }
  }

  function reselect(c: CodingView) {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(c.start, c.end);
    setSelection({ start: c.start, end: c.end });
  }

  const title = source.data
    ? source.data.title
      ? t('reader.titleRoundtable', { pseudonym: source.data.pseudonym, title: source.data.title })
      : t('reader.title', { pseudonym: source.data.pseudonym })
    : t('reader.loading');
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <AnalysisNav />
      <VaultGate query={source}>
        {() => (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Text id="reader-help" size="sm" mb="xs">
                {t('reader.help')} <Kbd>1</Kbd>–<Kbd>9</Kbd> {t('reader.helpKeys')}
              </Text>
              {text ? (
                <PassageText
                  text={text}
                  codings={codings.data?.items ?? []}
                  codes={tree}
                  label={t('reader.textLabel', { pseudonym: source.data?.pseudonym })}
                  describedBy="reader-help"
                  inputRef={area}
                  onSelect={setSelection}
                  onShortcut={(n) => {
                    const code = tree[n - 1];
                    if (code) void apply([code.id]);
                  }}
                />
              ) : (
                <Text c="dimmed">{t('reader.noText')}</Text>
              )}
              <Text role="status" aria-live="polite" size="sm" mt="xs" mih={22}>
                {status}
              </Text>
              {error ? (
                <Alert color="red" role="alert">
                  {errorText(error)}
                </Alert>
              ) : null}
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Card withBorder component="section" aria-labelledby="apply-title">
                <Title order={2} size="h4" id="apply-title" mb="xs">
                  {t('reader.applyTitle')}
                </Title>
                <Text size="sm" mb="xs">
                  {selected
                    ? t('reader.selection', { count: selected.length, excerpt: selected.slice(0, 80) })
                    : t('reader.noSelection')}
                </Text>
                {tree.length === 0 ? (
                  <Text size="sm">
                    {t('reader.noCodes')}{' '}
                    <Anchor component={Link} to="/analysis/codes">
                      {t('tabs.codebook')}
                    </Anchor>
                  </Text>
                ) : (
                  <Checkbox.Group label={t('reader.codes')} value={chosen} onChange={setChosen}>
                    <Stack gap={6} mt="xs">
                      {tree.map((c, i) => (
                        <Checkbox
                          key={c.id}
                          value={c.id}
                          style={{ paddingLeft: c.depth * 16 }}
                          label={
                            <Group gap={6} wrap="nowrap">
                              <Swatch colour={c.colour} />
                              <span>{c.name}</span>
                              {i < 9 ? <Kbd size="xs">{i + 1}</Kbd> : null}
                            </Group>
                          }
                        />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                )}
                <Textarea
                  mt="sm"
                  label={t('reader.newMemo')}
                  autosize
                  minRows={1}
                  maxLength={MEMO_MAX}
                  value={memo}
                  onChange={(e) => setMemo(e.currentTarget.value)}
                />
                <Button mt="sm" onClick={() => apply(chosen)} disabled={tree.length === 0}>
                  {t('reader.apply')}
                </Button>
              </Card>
            </Grid.Col>
            <Grid.Col span={12}>
              <Title order={2} size="h4" mb="xs">
                {t('reader.codedTitle', { count: codings.data?.items.length ?? 0 })}
              </Title>
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {(codings.data?.items ?? [])
                  .slice()
                  .sort((a, b) => a.start - b.start)
                  .map((c) => (
                    <CodedPassage
                      key={`${c.id}:${c.memo ?? ''}`}
                      coding={c}
                      codes={byId}
                      onSelect={() => reselect(c)}
                      onChanged={refresh}
                    />
                  ))}
              </Stack>
            </Grid.Col>
          </Grid>
        )}
      </VaultGate>
    </>
  );
}

export default function InterviewReaderPage() {
  return <SourceReader kind="interview" />;
}
