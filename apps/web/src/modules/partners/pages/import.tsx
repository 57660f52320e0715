import {
  CONSENT_BASES,
  IMPORT_FIELDS,
  type ImportProgressView,
  type ImportReport,
} from '@brug/domain/partners';
import {
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  NativeSelect,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client.ts';
import { translateFieldMessage } from '../../../api/form-errors.ts';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { PREVIEW_PAGE_SIZE, previewOrder } from '../import-preview.ts';
import { ProgrammePicker, useProgrammeChoice } from '../programme-picker.tsx';

type Row = ImportReport['rows'][number];

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Map columns, preview with a report per row, fix or skip the flagged rows, then import in one go. */
export default function ImportPage() {
  const { t } = useTranslation('partners');
  const { t: tShell } = useTranslation();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [data, setData] = useState<{ format: 'csv' | 'xlsx'; file: string } | null>(null);
  const [consentBasis, setConsentBasis] = useState('legitimate_interest');
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  /** How the CSV file was read (encoding, separator), as the first preview found. */
  const [sheetSource, setSheetSource] = useState<ImportReport['source']>(undefined);
  /** The programme a status column sets the status in. */
  const programme = useProgrammeChoice();
  const [skip, setSkip] = useState<number[]>([]);
  const [previewPage, setPreviewPage] = useState(1);
  const [fixes, setFixes] = useState<Record<string, Record<string, string>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  /** The import being written in the background, polled for its progress. */
  const [runningId, setRunningId] = useState<string | null>(null);
  const qc = useQueryClient();
  const progress = useQuery({
    queryKey: ['partners', 'import', runningId],
    queryFn: () => api.get<ImportProgressView>(`/api/partners/imports/${runningId}`),
    enabled: !!runningId,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : 500),
  });
  useEffect(() => {
    const p = progress.data;
    if (!runningId || !p || p.status === 'running') return;
    setRunningId(null);
    setBusy(false);
    if (p.status === 'done' && p.summary) {
      setDone(t('import.done', p.summary));
      qc.invalidateQueries({ queryKey: ['partners', 'organisations'] });
    } else setError(new Error(p.error ?? 'failed'));
  }, [progress.data, runningId, t, qc]);

  async function run(
    dryRun: boolean,
    source = data,
    map: Record<string, string> | undefined = report ? mapping : undefined,
  ) {
    if (!source) return;
    setBusy(true);
    setError(null);
    try {
      // After the preview the server holds the rows read: later requests name it instead of sending the file.
      const importId = source === data ? report?.importId : undefined;
      const r = await api.post<ImportReport>('/api/partners/import', {
        format: source.format,
        ...(importId ? { importId } : { file: source.file }),
        mapping: map,
        skipRows: skip,
        fixes,
        consentBasis,
        programmeId: programme.programmeId,
        dryRun,
        background: !dryRun,
      });
      setReport(r);
      setPreviewPage(1);
      if (r.source) setSheetSource(r.source);
      setMapping(r.mapping);
      if (r.status === 'running' && r.importId) {
        setRunningId(r.importId);
        return;
      }
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  async function preview() {
    if (!file) return;
    const source = {
      format: file.name.toLowerCase().endsWith('.xlsx') ? ('xlsx' as const) : ('csv' as const),
      file: await toBase64(file),
    };
    setData(source);
    setReport(null);
    setSheetSource(undefined);
    setSkip([]);
    setFixes({});
    setDone('');
    await run(true, source, undefined);
  }

  const ordered = useMemo(() => (report ? previewOrder(report.rows) : []), [report]);
  const shown = ordered.slice((previewPage - 1) * PREVIEW_PAGE_SIZE, previewPage * PREVIEW_PAGE_SIZE);
  const derived =
    report?.rows.filter((r) => r.derivedDistrict && r.action !== 'invalid' && !skip.includes(r.row)).length ??
    0;
  const invalid = report?.rows.filter((r) => r.action === 'invalid' && !skip.includes(r.row)) ?? [];
  const columns: Column<Row>[] = [
    { key: 'row', header: t('import.row'), render: (r) => r.row },
    { key: 'name', header: t('field.name'), render: (r) => r.name },
    {
      key: 'action',
      header: t('import.action'),
      render: (r) => (
        <Badge color={r.action === 'invalid' ? '#a51d2d' : r.action === 'skip' ? '#495057' : '#1b5e20'}>
          {t(`action.${r.action}`)}
        </Badge>
      ),
    },
    {
      key: 'problems',
      header: t('import.problems'),
      render: (r) =>
        r.action === 'invalid' || skip.includes(r.row) ? (
          <Stack gap={4}>
            {Object.entries(r.errors).map(([field, message]) => (
              <TextInput
                key={field}
                size="xs"
                label={t('import.fix', {
                  field: t(`import.fields.${field}`, { defaultValue: field }),
                  row: r.row,
                })}
                description={translateFieldMessage(message, tShell, (status) =>
                  t(`status.${status}`, { defaultValue: status }),
                )}
                value={fixes[r.row]?.[field] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setFixes((f) => ({ ...f, [r.row]: { ...f[r.row], [field]: value } }));
                }}
              />
            ))}
            <Checkbox
              label={t('import.skip', { row: r.row })}
              checked={skip.includes(r.row)}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setSkip((s) => (checked ? [...s, r.row] : s.filter((x) => x !== r.row)));
              }}
            />
          </Stack>
        ) : r.contactSkipped || r.derivedDistrict ? (
          <Stack gap={2}>
            {r.derivedDistrict && <Text size="sm">{t('import.derivedDistrict', r.derivedDistrict)}</Text>}
            {r.contactSkipped && <Text size="sm">{t(`import.contactSkipped.${r.contactSkipped}`)}</Text>}
          </Stack>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageTitle>{t('import.title')}</PageTitle>
      <Stack gap="sm">
        <FileInput
          label={t('import.file')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={setFile}
          clearable
        />
        <NativeSelect
          label={t('import.consentBasis')}
          value={consentBasis}
          onChange={(e) => setConsentBasis(e.currentTarget.value)}
          data={CONSENT_BASES.map((c) => ({ value: c, label: t(`consent.${c}`) }))}
        />
        <ProgrammePicker choice={programme} />
        <Group>
          <Button onClick={preview} disabled={!file} loading={busy && !report}>
            {t('import.preview')}
          </Button>
        </Group>
        <FormAlert error={error} />
        {busy && !runningId && <Progress value={100} animated aria-label={t('import.busy')} />}
        {runningId && (
          <Stack gap={4}>
            <Progress
              value={progress.data?.total ? (100 * progress.data.done) / progress.data.total : 0}
              aria-label={t('import.busy')}
              size="lg"
            />
            <Text size="sm" aria-live="polite">
              {t('import.progress', { done: progress.data?.done ?? 0, total: progress.data?.total ?? 0 })}
            </Text>
          </Stack>
        )}
        {done && (
          <Text role="status" fw={600}>
            {done}
          </Text>
        )}
        {report && !done && (
          <>
            {sheetSource && (
              <Text data-testid="import-source">
                {t('import.source', {
                  encoding: t(`import.encoding.${sheetSource.encoding}`),
                  separator: t(
                    `import.separator.${sheetSource.separator === '\t' ? 'tab' : sheetSource.separator === ';' ? 'semicolon' : 'comma'}`,
                  ),
                })}
              </Text>
            )}
            <fieldset style={{ border: 0, padding: 0 }}>
              <legend>
                <Text fw={600}>{t('import.mapping')}</Text>
              </legend>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                {report.columns.map((c) => (
                  <NativeSelect
                    key={c}
                    label={c}
                    value={mapping[c] ?? ''}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setMapping((m) => {
                        const next = { ...m };
                        if (value) next[c] = value;
                        else delete next[c];
                        return next;
                      });
                    }}
                    data={[
                      { value: '', label: t('import.ignore') },
                      ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`import.fields.${f}`) })),
                    ]}
                  />
                ))}
              </SimpleGrid>
            </fieldset>
            <Text role="status">{t('import.summary', report.summary)}</Text>
            {derived > 0 && (
              <Text data-testid="import-derived">{t('import.derivedNote', { count: derived })}</Text>
            )}
            {report.summary.erasedContacts > 0 && (
              <Text>{t('import.erasedNote', { count: report.summary.erasedContacts })}</Text>
            )}
            <Group>
              <Button variant="default" onClick={() => run(true)} loading={busy}>
                {t('import.recheck')}
              </Button>
              <Button onClick={() => run(false)} disabled={invalid.length > 0} loading={busy}>
                {t('import.run')}
              </Button>
              <Button variant="subtle" onClick={() => navigate('/partners')}>
                {t('import.cancel')}
              </Button>
            </Group>
            {invalid.length > 0 && (
              <Text c="red.8">{t('import.invalidLeft', { count: invalid.length })}</Text>
            )}
            <DataTable
              caption={t('import.caption')}
              columns={columns}
              rows={shown}
              rowKey={(r) => r.row}
              page={previewPage}
              pageSize={PREVIEW_PAGE_SIZE}
              total={ordered.length}
              onPageChange={setPreviewPage}
              totalText={(count) => t('import.rows', { count })}
            />
          </>
        )}
      </Stack>
    </>
  );
}
