import { Anchor, Button, Card, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState } from '../../../components/states.tsx';
import { ExchangeLink } from '../../refi-qda/exchange-link.tsx';
import { ActionPanel, CodeForm, CodeSelect, type CodeValues, useRun } from '../code-form.tsx';
import { AnalysisNav, branchOf, codeTree, Swatch, type TreeCode, useCodes, VaultGate } from '../shared.tsx';
import { createCode, createStarterCodebook, readerLanguage, updateCode } from '../vault-api.ts';

type Pairs = { pairs: { a: string; b: string; passages: number }[] };

type CodeProps = { code: TreeCode; codes: TreeCode[]; onDone: () => Promise<void> };

const NONE = new Set<string>();

function NewCode({ codes, onDone }: { codes: TreeCode[]; onDone: () => Promise<void> }) {
  const { t } = useTranslation('analysis');
  const state = useRun(onDone);
  const create = (v: CodeValues) =>
    state.run(() =>
      createCode({ name: v.name, description: '', colour: v.colour, parentId: v.parentId || null }),
    );
  return (
    <Card withBorder component="section" aria-labelledby="new-code" mb="lg">
      <Title order={2} size="h4" id="new-code" mb="xs">
        {t('codebook.new')}
      </Title>
      <CodeForm
        clearName
        initial={{ name: '', colour: '#1c7ed6', parentId: '' }}
        codes={codes}
        exclude={NONE}
        parentLabel={t('codebook.parent')}
        submitLabel={t('codebook.create')}
        state={state}
        onSubmit={create}
      />
    </Card>
  );
}

function EditCode({ code, codes, onDone }: CodeProps) {
  const { t } = useTranslation('analysis');
  const state = useRun(onDone);
  const renamed = (v: CodeValues) => v.name.trim() !== code.name;
  const save = (v: CodeValues) =>
    state.run(() =>
      updateCode(code.id, {
        // A new name is the name in the reader's language; the original changes only where it was shown.
        ...(!renamed(v) || code.name !== code.originalName ? {} : { name: v.name }),
        ...(renamed(v) ? { translations: { ...code.translations, [readerLanguage()]: v.name } } : {}),
        description: v.description,
        colour: v.colour,
        parentId: v.parentId || null,
        memo: v.memo?.trim() ? v.memo : null,
      }),
    );
  return (
    <CodeForm
      compact
      initial={{
        name: code.name,
        description: code.description,
        colour: code.colour,
        parentId: code.parentId ?? '',
        memo: code.memo ?? '',
      }}
      codes={codes}
      exclude={branchOf(codes, code.id)}
      parentLabel={t('codebook.moveUnder')}
      submitLabel={t('codebook.save')}
      state={state}
      onSubmit={save}
    />
  );
}

function MergeCode({ code, codes, onDone }: CodeProps) {
  const { t } = useTranslation('analysis');
  const [into, setInto] = useState('');
  const state = useRun(onDone);
  return (
    <ActionPanel
      state={state}
      label={t('codebook.merge')}
      color="orange"
      disabled={!into}
      onAction={() => api.post(`/api/codes/${code.id}/merge`, { into })}
    >
      <CodeSelect
        codes={codes}
        exclude={new Set([code.id])}
        none={t('codebook.choose')}
        label={t('codebook.mergeInto')}
        description={t('codebook.mergeHint', { count: code.passages })}
        value={into}
        onChange={setInto}
        error={state.fields.into}
      />
    </ActionPanel>
  );
}

/** Deleting asks first, saying how many passages lose the code and where its children go. */
function DeleteCode({ code, codes, onDone }: CodeProps) {
  const { t } = useTranslation('analysis');
  const state = useRun(onDone);
  const children = codes.filter((c) => c.parentId === code.id).length;
  const parent = codes.find((c) => c.id === code.parentId)?.name ?? t('codebook.topLevel');
  return (
    <ActionPanel
      state={state}
      label={t('codebook.deleteConfirm', { name: code.name })}
      color="red"
      onAction={() => api.delete(`/api/codes/${code.id}`)}
    >
      <Text size="sm" role="note">
        {t('codebook.deleteHint', { count: code.passages })}{' '}
        {children > 0 ? t('codebook.deleteChildren', { count: children, parent }) : null}
      </Text>
    </ActionPanel>
  );
}

const ACTIONS = [
  { key: 'edit', Panel: EditCode },
  { key: 'merge', Panel: MergeCode },
  { key: 'delete', Panel: DeleteCode },
] as const;
type Action = (typeof ACTIONS)[number]['key'];

function CodeItem({ code, codes, onDone }: CodeProps) {
  const { t } = useTranslation('analysis');
  const [open, setOpen] = useState<Action | null>(null);
  const done = async () => {
    setOpen(null);
    await onDone();
  };
  const Panel = ACTIONS.find((a) => a.key === open)?.Panel;
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
        {ACTIONS.map(({ key }) => (
          <Button
            key={key}
            size="xs"
            variant="default"
            aria-expanded={open === key}
            onClick={() => setOpen(open === key ? null : key)}
            aria-label={t(`codebook.${key}Code`, { name: code.name })}
          >
            {t(`codebook.${key}`)}
          </Button>
        ))}
      </Group>
      {Panel ? <Panel code={code} codes={codes} onDone={done} /> : null}
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
      <ExchangeLink />
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
                      onClick={() =>
                        starter.run(() =>
                          createStarterCodebook((key, name) => t(`starter.${key}`, { defaultValue: name })),
                        )
                      }
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
