import { nextStatuses } from '@brug/domain/initiatives';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { formatWhen, type InitiativeView, useInitiative } from '../api.ts';
import { Activities } from '../components/activities.tsx';
import { EditInitiative } from '../components/edit-initiative.tsx';
import { InitiativeDetails } from '../components/initiative-details.tsx';
import { GAP_OF_FIELD, planningGaps } from '../planning.ts';

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['initiatives'] });
}

function Lifecycle({ initiative }: { initiative: InitiativeView }) {
  const { t } = useTranslation('initiatives');
  const refresh = useRefresh();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const move = async (to: string) => {
    setError(null);
    try {
      await api.post(`/api/initiatives/${initiative.id}/transition`, {
        to,
        reason: to === 'dropped' ? reason : undefined,
        overrideReason: to === 'planned' && reason ? reason : undefined,
      });
      setReason('');
      await refresh();
    } catch (err) {
      setError(err);
    }
  };
  const next = nextStatuses(initiative.status);
  if (next.length === 0) return null;
  const gaps = next.includes('planned') ? planningGaps(initiative) : [];
  // A refused move says what is missing in words, not "check the marked fields" with none marked.
  const refused =
    error instanceof ApiError
      ? Object.keys(error.fields).map((f) =>
          GAP_OF_FIELD[f] ? t(`detail.gap_${GAP_OF_FIELD[f]}`) : t('detail.reason'),
        )
      : [];
  return (
    <Card withBorder component="section" aria-labelledby="lifecycle" mb="md">
      <Title order={2} size="h4" id="lifecycle" mb="sm">
        {t('detail.lifecycle')}
      </Title>
      <FormAlert error={error} extra={refused} />
      {gaps.length > 0 && (
        <Alert color="blue" mb="sm" title={t('detail.gapsTitle')} data-testid="planning-gaps">
          <List size="sm">
            {gaps.map((g) => (
              <List.Item key={g}>{t(`detail.gap_${g}`)}</List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {t('detail.gapsHint')}
          </Text>
        </Alert>
      )}
      <TextInput
        label={t('detail.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        mb="sm"
      />
      <Group gap="xs" wrap="wrap">
        {next.map((to) => (
          <Button
            key={to}
            variant={to === 'dropped' ? 'outline' : 'filled'}
            color={to === 'dropped' ? 'red' : undefined}
            onClick={() => move(to)}
          >
            {t(`move.${to}`)}
          </Button>
        ))}
      </Group>
    </Card>
  );
}

function Fit({ initiative, isPartner }: { initiative: InitiativeView; isPartner: boolean }) {
  const { t } = useTranslation('initiatives');
  const refresh = useRefresh();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const answer = async (fit: 'confirmed' | 'changes_requested') => {
    setError(null);
    try {
      await api.post(`/api/initiatives/${initiative.id}/fit`, { fit, note: note || undefined });
      await refresh();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="fit" mb="md">
      <Title order={2} size="h4" id="fit" mb="sm">
        {t('detail.partners')}
      </Title>
      {initiative.partners.length === 0 ? (
        <Text c="dimmed" mb="sm">
          {t('detail.noPartners')}
        </Text>
      ) : (
        <List mb="sm">
          {initiative.partners.map((p) => (
            <List.Item key={p.organisationId}>
              {p.organisationName} — <Badge variant="light">{t(`fit.${p.fit}`)}</Badge>
              {p.note && <Text size="sm">{p.note}</Text>}
            </List.Item>
          ))}
        </List>
      )}
      {isPartner && ['idea', 'proposal', 'co_design', 'planned'].includes(initiative.status) && (
        <Stack gap="xs">
          <FormAlert error={error} />
          <Textarea label={t('fit.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group gap="xs" wrap="wrap">
            <Button onClick={() => answer('confirmed')}>{t('fit.confirm')}</Button>
            <Button variant="default" onClick={() => answer('changes_requested')}>
              {t('fit.askChanges')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

type Comment = { id: string; text: string; authorName: string; createdAt: string };
type Doc = { id: string; filename: string; size: number; uploadedBy: string };

function CoDesign({ id, canWrite }: { id: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation('initiatives');
  const qc = useQueryClient();
  const comments = useQuery({
    queryKey: ['initiatives', id, 'comments'],
    queryFn: () => api.get<Comment[]>(`/api/initiatives/${id}/comments`),
  });
  const docs = useQuery({
    queryKey: ['initiatives', id, 'documents'],
    queryFn: () => api.get<Doc[]>(`/api/initiatives/${id}/documents`),
  });
  const [uploadError, setUploadError] = useState<unknown>(null);
  const { form, onSubmit, error, extra, busy } = useApiForm({ initialValues: { text: '' } }, async (v, f) => {
    await api.post(`/api/initiatives/${id}/comments`, v);
    f.reset();
    await qc.invalidateQueries({ queryKey: ['initiatives', id, 'comments'] });
  });
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setUploadError(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      await api.post(`/api/initiatives/${id}/documents`, {
        filename: file.name,
        contentType: file.type || 'application/octet-stream',
        content: btoa(binary),
      });
      await qc.invalidateQueries({ queryKey: ['initiatives', id, 'documents'] });
    } catch (err) {
      setUploadError(err);
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="codesign" mb="md">
      <Title order={2} size="h4" id="codesign" mb="sm">
        {t('detail.codesign')}
      </Title>
      <Stack gap="xs" mb="sm">
        {(comments.data ?? []).map((c) => (
          <div key={c.id}>
            <Text size="sm" c="dimmed">
              {c.authorName} · {formatWhen(c.createdAt, i18n.language)}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{c.text}</Text>
          </div>
        ))}
      </Stack>
      {canWrite && (
        <form onSubmit={onSubmit} noValidate>
          <FormAlert error={error} extra={extra} />
          <Textarea label={t('detail.comment')} required {...form.getInputProps('text')} />
          <Button type="submit" mt="xs" loading={busy}>
            {t('detail.send')}
          </Button>
        </form>
      )}
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('detail.documents')}
      </Title>
      <List>
        {(docs.data ?? []).map((d) => (
          <List.Item key={d.id}>
            <Anchor href={`/api/initiatives/${id}/documents/${d.id}`}>{d.filename}</Anchor> (
            {Math.ceil(d.size / 1024)} kB, {d.uploadedBy})
          </List.Item>
        ))}
      </List>
      {canWrite && (
        <>
          <FormAlert error={uploadError} />
          <label htmlFor="document-upload">
            <Text size="sm" mt="xs">
              {t('detail.attach')}
            </Text>
          </label>
          <input id="document-upload" type="file" onChange={(e) => upload(e.currentTarget.files?.[0])} />
        </>
      )}
    </Card>
  );
}

export default function InitiativePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('initiatives');
  const { user } = useCurrentUser();
  const initiative = useInitiative(id);
  if (initiative.isPending) return <LoadingState />;
  if (initiative.isError) return <ErrorState error={initiative.error} onRetry={() => initiative.refetch()} />;
  const i = initiative.data;
  const coordinator = user.role === 'coordinator';
  return (
    <>
      <PageTitle>{i.title}</PageTitle>
      <Group gap="xs" mb="sm">
        <Badge>{t(`status.${i.status}`)}</Badge>
        <Badge variant="light">{t(`type.${i.type}`)}</Badge>
      </Group>
      {i.description && (
        <Text mb="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {i.description}
        </Text>
      )}
      {i.statusReason && <Text mb="sm">{t('detail.droppedBecause', { reason: i.statusReason })}</Text>}
      {i.planOverrideReason && (
        <Text mb="sm">{t('detail.plannedBecause', { reason: i.planOverrideReason })}</Text>
      )}
      <Text size="sm" mb="md">
        {t('detail.answers', { count: i.findingIds.length })}
      </Text>
      <InitiativeDetails initiative={i} />
      {coordinator && <Lifecycle initiative={i} />}
      {coordinator && <EditInitiative initiative={i} />}
      <Fit initiative={i} isPartner={user.role === 'partner'} />
      {['admin', 'coordinator', 'partner'].includes(user.role) && (
        <CoDesign id={i.id} canWrite={coordinator || user.role === 'partner'} />
      )}
      <Activities initiative={i} manage={coordinator} />
    </>
  );
}
