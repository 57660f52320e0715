import { CODE_DESCRIPTION_MAX, CODE_NAME_MAX, MEMO_MAX } from '@brug/domain/analysis/schemas';
import {
  Alert,
  Anchor,
  Button,
  Card,
  ColorInput,
  Group,
  NativeSelect,
  ScrollArea,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { translateFieldMessage } from '../../../api/form-errors.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState } from '../../../components/states.tsx';
import {
  AnalysisNav,
  branchOf,
  codeTree,
  Swatch,
  type TreeCode,
  useCodes,
  useErrorText,
  VaultGate,
} from '../shared.tsx';

type Pairs = { pairs: { a: string; b: string; passages: number }[] };

const SWATCHES = ['#e8590c', '#1c7ed6', '#7048e8', '#2f9e44', '#c2255c', '#f08c00', '#0c8599', '#495057'];

function useRun(onDone: () => Promise<void>) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await onDone();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const { t: tShell } = useTranslation();
  // The server names the field in English; the person reads the reason in their language.
  const fields: Record<string, string> =
    error instanceof ApiError
      ? Object.fromEntries(
          Object.entries(error.fields).map(([k, v]) => [k, translateFieldMessage(v, tShell)]),
        )
      : {};
  return { error, fields, busy, run };
}

function ParentSelect({
  codes,
  exclude,
  value,
  onChange,
  label,
  error,
}: {
  codes: TreeCode[];
  exclude: Set<string>;
  value: string;
  onChange: (v: string) => void;
  label: string;
  error?: string;
}) {
  const { t } = useTranslation('analysis');
  return (
    <NativeSelect
      label={label}
      value={value}
      error={error}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('codebook.topLevel') },
        ...codes.filter((c) => !exclude.has(c.id)).map((c) => ({ value: c.id, label: c.path })),
      ]}
    />
  );
}

function NewCode({ codes, onDone }: { codes: TreeCode[]; onDone: () => Promise<void> }) {
  const { t } = useTranslation('analysis');
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const [colour, setColour] = useState('#1c7ed6');
  const [parentId, setParentId] = useState('');
  const { error, fields, busy, run } = useRun(onDone);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await run(() => api.post('/api/codes', { name, colour, parentId: parentId || null }))) setName('');
  }
  return (
    <Card withBorder component="section" aria-labelledby="new-code" mb="lg">
      <Title order={2} size="h4" id="new-code" mb="xs">
        {t('codebook.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('codebook.name')}
            required
            maxLength={CODE_NAME_MAX}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fields.name}
          />
          <ColorInput
            withEyeDropper={false}
            label={t('codebook.colour')}
            format="hex"
            swatches={SWATCHES}
            value={colour}
            onChange={setColour}
            error={fields.colour}
          />
          <ParentSelect
            codes={codes}
            exclude={new Set()}
            value={parentId}
            onChange={setParentId}
            label={t('codebook.parent')}
            error={fields.parentId}
          />
          {error && Object.keys(fields).length === 0 ? <Alert color="red">{errorText(error)}</Alert> : null}
          <Group>
            <Button type="submit" loading={busy}>
              {t('codebook.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function EditCode({
  code,
  codes,
  onDone,
}: {
  code: TreeCode;
  codes: TreeCode[];
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation('analysis');
  const errorText = useErrorText();
  const [name, setName] = useState(code.name);
  const [description, setDescription] = useState(code.description);
  const [colour, setColour] = useState(code.colour);
  const [parentId, setParentId] = useState(code.parentId ?? '');
  const [memo, setMemo] = useState(code.memo ?? '');
  const { error, fields, busy, run } = useRun(onDone);
  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(() =>
      api.patch(`/api/codes/${code.id}`, {
        name,
        description,
        colour,
        parentId: parentId || null,
        memo: memo.trim() ? memo : null,
      }),
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" mt="sm">
        <TextInput
          label={t('codebook.name')}
          required
          maxLength={CODE_NAME_MAX}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fields.name}
        />
        <Textarea
          label={t('codebook.description')}
          autosize
          maxLength={CODE_DESCRIPTION_MAX}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fields.description}
        />
        <ColorInput
          withEyeDropper={false}
          label={t('codebook.colour')}
          format="hex"
          swatches={SWATCHES}
          value={colour}
          onChange={setColour}
        />
        <ParentSelect
          codes={codes}
          exclude={branchOf(codes, code.id)}
          value={parentId}
          onChange={setParentId}
          label={t('codebook.moveUnder')}
          error={fields.parentId}
        />
        <Textarea
          label={t('codebook.memo')}
          autosize
          maxLength={MEMO_MAX}
          value={memo}
          onChange={(e) => setMemo(e.currentTarget.value)}
        />
        {error && Object.keys(fields).length === 0 ? <Alert color="red">{errorText(error)}</Alert> : null}
        <Group>
          <Button type="submit" size="xs" loading={busy}>
            {t('codebook.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MergeCode({
  code,
  codes,
  onDone,
}: {
  code: TreeCode;
  codes: TreeCode[];
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation('analysis');
  const errorText = useErrorText();
  const [into, setInto] = useState('');
  const { error, fields, busy, run } = useRun(onDone);
  return (
    <Stack gap="xs" mt="sm">
      <NativeSelect
        label={t('codebook.mergeInto')}
        description={t('codebook.mergeHint', { count: code.passages })}
        value={into}
        error={fields.into}
        onChange={(e) => setInto(e.currentTarget.value)}
        data={[
          { value: '', label: t('codebook.choose') },
          ...codes.filter((c) => c.id !== code.id).map((c) => ({ value: c.id, label: c.path })),
        ]}
      />
      {error && Object.keys(fields).length === 0 ? <Alert color="red">{errorText(error)}</Alert> : null}
      <Group>
        <Button
          size="xs"
          color="orange"
          loading={busy}
          disabled={!into}
          onClick={() => run(() => api.post(`/api/codes/${code.id}/merge`, { into }))}
        >
          {t('codebook.merge')}
        </Button>
      </Group>
    </Stack>
  );
}

function CodeItem({
  code,
  codes,
  onDone,
}: {
  code: TreeCode;
  codes: TreeCode[];
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation('analysis');
  const [open, setOpen] = useState<'edit' | 'merge' | null>(null);
  const done = async () => {
    setOpen(null);
    await onDone();
  };
  return (
    <Card withBorder padding="sm" component="li" style={{ marginLeft: Math.min(code.depth, 4) * 20 }}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap={8} wrap="nowrap">
          <Swatch colour={code.colour} />
          <Anchor component={Link} to={`/analysis/codes/${code.id}`} fw={600}>
            {code.name}
          </Anchor>
        </Group>
        <Text size="sm">{`${t('codebook.passageCount', { count: code.passages })} · ${t('codebook.sourceCount', { count: code.sources })}`}</Text>
      </Group>
      {code.description ? (
        <Text size="sm" c="dimmed">
          {code.description}
        </Text>
      ) : null}
      <Group gap="xs" mt="xs">
        <Button
          size="xs"
          variant="default"
          aria-expanded={open === 'edit'}
          onClick={() => setOpen(open === 'edit' ? null : 'edit')}
          aria-label={t('codebook.editCode', { name: code.name })}
        >
          {t('codebook.edit')}
        </Button>
        <Button
          size="xs"
          variant="default"
          aria-expanded={open === 'merge'}
          onClick={() => setOpen(open === 'merge' ? null : 'merge')}
          aria-label={t('codebook.mergeCode', { name: code.name })}
        >
          {t('codebook.merge')}
        </Button>
      </Group>
      {open === 'edit' ? <EditCode code={code} codes={codes} onDone={done} /> : null}
      {open === 'merge' ? <MergeCode code={code} codes={codes} onDone={done} /> : null}
    </Card>
  );
}

function Cooccurrence({ codes }: { codes: TreeCode[] }) {
  const { t } = useTranslation('analysis');
  const query = useQuery({
    queryKey: ['analysis', 'cooccurrence'],
    queryFn: () => api.get<Pairs>('/api/analysis/cooccurrence'),
    retry: false,
  });
  const byId = new Map(codes.map((c) => [c.id, c]));
  const pairs = (query.data?.pairs ?? []).filter((p) => byId.has(p.a) && byId.has(p.b));
  return (
    <section aria-labelledby="cooccurrence">
      <Title order={2} size="h4" id="cooccurrence" mt="xl" mb="xs">
        {t('codebook.cooccurrence')}
      </Title>
      {pairs.length === 0 ? (
        <Text size="sm">{t('codebook.noCooccurrence')}</Text>
      ) : (
        <ScrollArea type="auto" tabIndex={0} role="region" aria-label={t('codebook.cooccurrence')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('codebook.codeA')}</Table.Th>
                <Table.Th scope="col">{t('codebook.codeB')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('codebook.together')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pairs.map((p) => (
                <Table.Tr key={`${p.a}-${p.b}`}>
                  <Table.Td>{byId.get(p.a)?.name}</Table.Td>
                  <Table.Td>{byId.get(p.b)?.name}</Table.Td>
                  <Table.Td ta="right">{p.passages}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </section>
  );
}

/** The codebook as a tree: create, rename, recolour, move and merge codes; counts and co-occurrence. */
export default function CodebookPage() {
  const { t } = useTranslation('analysis');
  const qc = useQueryClient();
  const codes = useCodes();
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['analysis'] });
  };
  const starter = useRun(refresh);
  return (
    <>
      <PageTitle>{t('codebook.title')}</PageTitle>
      <AnalysisNav />
      <VaultGate query={codes}>
        {() => {
          const tree = codeTree(codes.data?.items ?? []);
          return (
            <>
              <NewCode codes={tree} onDone={refresh} />
              {tree.length === 0 ? (
                <>
                  <EmptyState title={t('codebook.empty')} />
                  <Group justify="center">
                    <Button
                      variant="light"
                      loading={starter.busy}
                      onClick={() => starter.run(() => api.post('/api/codes/starter'))}
                    >
                      {t('codebook.starter')}
                    </Button>
                  </Group>
                </>
              ) : (
                <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {tree.map((c) => (
                    <CodeItem
                      key={`${c.id}:${c.parentId}:${c.name}`}
                      code={c}
                      codes={tree}
                      onDone={refresh}
                    />
                  ))}
                </Stack>
              )}
              <Cooccurrence codes={tree} />
            </>
          );
        }}
      </VaultGate>
    </>
  );
}
