import type { IdeaView } from '@brug/domain/ideas';
import { IDEA_TEXT_MAX_LENGTH, IDEA_TITLE_MAX_LENGTH } from '@brug/domain/ideas';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { formatMoment } from '../../../components/format.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { IdeaComments } from '../components/idea-comments.tsx';

type Page = { items: IdeaView[]; total: number };

function SubmitIdea() {
  const { t } = useTranslation('ideas');
  const qc = useQueryClient();
  const { form, onSubmit, error, extra, busy } = useApiForm(
    { initialValues: { title: '', description: '', showName: true } },
    async (values, f) => {
      await api.post('/api/ideas', values);
      f.reset();
      await qc.invalidateQueries({ queryKey: ['ideas'] });
    },
  );
  return (
    <Card withBorder component="section" aria-labelledby="submit-idea" mb="lg">
      <Title order={2} size="h4" id="submit-idea" mb="sm">
        {t('submit.title')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <FormAlert error={error} extra={extra} />
          <TextInput
            label={t('submit.ideaTitle')}
            required
            maxLength={IDEA_TITLE_MAX_LENGTH}
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t('submit.description')}
            required
            autosize
            minRows={3}
            maxLength={IDEA_TEXT_MAX_LENGTH}
            {...form.getInputProps('description')}
          />
          <Checkbox label={t('submit.showName')} {...form.getInputProps('showName', { type: 'checkbox' })} />
          <Text size="sm" c="dimmed">
            {t('submit.showNameHint')}
          </Text>
          <Group>
            <Button type="submit" loading={busy}>
              {t('submit.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Triage({ idea }: { idea: IdeaView }) {
  const { t } = useTranslation('ideas');
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const [type, setType] = useState('workshop');
  const [error, setError] = useState<unknown>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['ideas'] });
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await refresh();
    } catch (err) {
      setError(err);
    }
  };
  if (idea.status === 'turned_into_initiative') return null;
  return (
    <Stack gap="xs" mt="sm">
      <FormAlert error={error} />
      <Group gap="xs" align="flex-end" wrap="wrap">
        {idea.status === 'new' && (
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              act(() => api.post(`/api/ideas/${idea.id}/triage`, { status: 'under_consideration' }))
            }
          >
            {t('triage.consider')}
          </Button>
        )}
        <NativeSelect
          size="xs"
          label={t('triage.type')}
          value={type}
          onChange={(e) => setType(e.currentTarget.value)}
          data={['presentation', 'workshop', 'neighbourhood_meeting', 'group_activity', 'other'].map((v) => ({
            value: v,
            label: t(`type.${v}`),
          }))}
        />
        {idea.status !== 'not_now' && (
          <Button size="xs" onClick={() => act(() => api.post(`/api/ideas/${idea.id}/initiative`, { type }))}>
            {t('triage.convert')}
          </Button>
        )}
      </Group>
      {idea.status !== 'not_now' && (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            size="xs"
            label={t('triage.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Button
            size="xs"
            variant="default"
            onClick={() => act(() => api.post(`/api/ideas/${idea.id}/triage`, { status: 'not_now', reason }))}
          >
            {t('triage.notNow')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function IdeaCard({ idea }: { idea: IdeaView }) {
  const { t, i18n } = useTranslation('ideas');
  const { user } = useCurrentUser();
  const qc = useQueryClient();
  const endorse = async () => {
    if (idea.endorsedByMe) await api.delete(`/api/ideas/${idea.id}/endorsement`);
    else await api.put(`/api/ideas/${idea.id}/endorsement`, {});
    await qc.invalidateQueries({ queryKey: ['ideas'] });
  };
  return (
    <Card withBorder component="article" aria-labelledby={`idea-${idea.id}`}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={3} size="h5" id={`idea-${idea.id}`}>
          {idea.title}
        </Title>
        <Group gap={4}>
          {idea.mine && <Badge variant="outline">{t('mine')}</Badge>}
          <Badge variant="light">{t(`status.${idea.status}`)}</Badge>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {idea.authorName ?? t('anonymous')} ·{' '}
        {formatMoment(idea.createdAt, i18n.language, { dateStyle: 'medium' })}
      </Text>
      <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
        {idea.description}
      </Text>
      {idea.statusReason &&
        (idea.mine ? (
          // The submitter reads why the coordinator put their idea aside.
          <Paper withBorder p="xs" mt="xs" bg="var(--mantine-color-gray-0)">
            <Text size="sm" fw={600}>
              {t('mineReason', { status: t(`status.${idea.status}`) })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {idea.statusReason}
            </Text>
          </Paper>
        ) : (
          <Text mt="xs" size="sm">
            {t('reasonLabel')}: {idea.statusReason}
          </Text>
        ))}
      {idea.initiativeId && user.role !== 'partner' && (
        <Text mt="xs" size="sm">
          <Link to={`/initiatives/${idea.initiativeId}`}>{t('toInitiative')}</Link>
        </Text>
      )}
      <Group mt="sm" gap="xs">
        {!idea.mine && user.role !== 'admin' && (
          <Button
            size="xs"
            variant={idea.endorsedByMe ? 'filled' : 'default'}
            onClick={endorse}
            aria-pressed={idea.endorsedByMe}
          >
            {t('endorse', { count: idea.endorsements })}
          </Button>
        )}
        {(idea.mine || user.role === 'admin') && (
          <Text size="sm">{t('endorsements', { count: idea.endorsements })}</Text>
        )}
      </Group>
      <IdeaComments ideaId={idea.id} canWrite={user.role !== 'admin'} />
      {user.role === 'coordinator' && <Triage idea={idea} />}
    </Card>
  );
}

export default function IdeasPage() {
  const { t } = useTranslation('ideas');
  const { user } = useCurrentUser();
  const ideas = useQuery({
    queryKey: ['ideas'],
    queryFn: () => api.get<Page>('/api/ideas', { query: { pageSize: 200 } }),
  });
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      {['colleague', 'partner', 'coordinator'].includes(user.role) && <SubmitIdea />}
      {ideas.isPending ? (
        <LoadingState />
      ) : ideas.isError ? (
        <ErrorState error={ideas.error} onRetry={() => ideas.refetch()} />
      ) : ideas.data.items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <Stack component="section" aria-label={t('listLabel')}>
          {ideas.data.items.map((idea) => (
            <IdeaCard key={idea.id} idea={idea} />
          ))}
        </Stack>
      )}
    </>
  );
}
