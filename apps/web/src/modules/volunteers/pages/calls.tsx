import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states.tsx';
import { type CallView, useCalls, useTopics } from '../api.ts';

function NewCall() {
  const { t } = useTranslation('volunteers');
  const queryClient = useQueryClient();
  const { form, onSubmit, error, extra, busy } = useApiForm(
    { initialValues: { title: '', body: '', asked: '', timeCommitment: '' } },
    async (values, f) => {
      await api.post('/api/volunteers/calls', values);
      f.reset();
      await queryClient.invalidateQueries({ queryKey: ['volunteers', 'calls'] });
    },
  );
  return (
    <Card withBorder component="section" aria-labelledby="new-call">
      <Title order={2} size="h4" id="new-call" mb="sm">
        {t('calls.new')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <FormAlert error={error} extra={extra} />
        <Stack gap="sm">
          <TextInput label={t('calls.title')} required {...form.getInputProps('title')} />
          <Textarea label={t('calls.body')} required autosize minRows={3} {...form.getInputProps('body')} />
          <Textarea label={t('calls.asked')} required autosize minRows={2} {...form.getInputProps('asked')} />
          <TextInput label={t('calls.timeCommitment')} required {...form.getInputProps('timeCommitment')} />
          <Group>
            <Button type="submit" loading={busy}>
              {t('calls.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Topics() {
  const { t } = useTranslation('volunteers');
  const queryClient = useQueryClient();
  const topics = useTopics();
  const { form, onSubmit, error, extra, busy } = useApiForm(
    { initialValues: { label: '' } },
    async (values, f) => {
      await api.post('/api/volunteer-topics', values);
      f.reset();
      await queryClient.invalidateQueries({ queryKey: ['volunteers', 'topics'] });
    },
  );
  return (
    <Card withBorder component="section" aria-labelledby="topics">
      <Title order={2} size="h4" id="topics" mb="sm">
        {t('topics.title')}
      </Title>
      <Group gap="xs" mb="sm">
        {topics.data?.items.map((topic) => (
          <Badge key={topic.id} variant="light" color={topic.active ? 'blue' : 'gray'}>
            {topic.label}
          </Badge>
        ))}
      </Group>
      <form onSubmit={onSubmit} noValidate>
        <FormAlert error={error} extra={extra} />
        <Group align="flex-end" gap="sm">
          <TextInput label={t('topics.label')} {...form.getInputProps('label')} />
          <Button type="submit" variant="default" loading={busy}>
            {t('topics.add')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

function CallCard({ call, manage }: { call: CallView; manage: boolean }) {
  const { t } = useTranslation('volunteers');
  const queryClient = useQueryClient();
  const [email, setEmail] = useState(true);
  const publish = useMutation({
    mutationFn: () => api.post(`/api/volunteers/calls/${call.id}/publish`, { email }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['volunteers', 'calls'] }),
  });
  const close = useMutation({
    mutationFn: () => api.post(`/api/volunteers/calls/${call.id}/close`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['volunteers', 'calls'] }),
  });
  return (
    <Card withBorder component="article" aria-labelledby={`call-${call.id}`}>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4" id={`call-${call.id}`}>
          {call.title}
        </Title>
        {manage && <Badge variant="light">{t(`callStatus.${call.status}`)}</Badge>}
      </Group>
      <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
        {call.body}
      </Text>
      <Text mt="xs">
        <strong>{t('calls.asked')}:</strong> {call.asked}
      </Text>
      <Text>
        <strong>{t('calls.timeCommitment')}:</strong> {call.timeCommitment}
      </Text>
      {manage && call.emailedCount > 0 && (
        <Text c="dimmed" size="sm">
          {t('calls.emailed', { count: call.emailedCount })}
        </Text>
      )}
      {(publish.error || close.error) && <FormAlert error={publish.error ?? close.error} />}
      <Group mt="sm" gap="sm" wrap="wrap">
        {manage && call.status === 'draft' && (
          <>
            <Checkbox
              label={t('calls.emailToggle')}
              checked={email}
              onChange={(e) => setEmail(e.currentTarget.checked)}
            />
            <Button onClick={() => publish.mutate()} loading={publish.isPending}>
              {t('calls.publish')}
            </Button>
          </>
        )}
        {manage && call.status === 'published' && (
          <Button variant="default" onClick={() => close.mutate()} loading={close.isPending}>
            {t('calls.close')}
          </Button>
        )}
        {!manage && call.status === 'published' && (
          <Anchor component={Link} to={`/volunteers/apply?call=${call.id}`}>
            {t('calls.apply')}
          </Anchor>
        )}
      </Group>
    </Card>
  );
}

export default function CallsPage() {
  const { t } = useTranslation('volunteers');
  const me = useCurrentUser();
  const manage = me.user.role === 'coordinator';
  const calls = useCalls();
  return (
    <>
      <PageTitle>{t('calls.pageTitle')}</PageTitle>
      <Stack gap="md">
        {manage && <NewCall />}
        {manage && <Topics />}
        {calls.isLoading && <LoadingState />}
        {calls.error && <ErrorState error={calls.error} onRetry={() => calls.refetch()} />}
        {calls.data && calls.data.items.length === 0 && <EmptyState title={t('calls.none')} />}
        {calls.data?.items.map((call) => (
          <CallCard key={call.id} call={call} manage={manage} />
        ))}
      </Stack>
    </>
  );
}
