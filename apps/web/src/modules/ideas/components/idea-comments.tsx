import type { IdeaCommentView } from '@brug/domain/ideas';
import { IDEA_COMMENT_MAX_LENGTH } from '@brug/domain/ideas';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { formatMoment } from '../../../components/format.ts';
import { ErrorState } from '../../../components/states.tsx';

function CommentList({ ideaId, canWrite }: { ideaId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation('ideas');
  const qc = useQueryClient();
  const key = ['ideas', ideaId, 'comments'];
  const comments = useQuery({
    queryKey: key,
    queryFn: () => api.get<IdeaCommentView[]>(`/api/ideas/${ideaId}/comments`),
  });
  const { form, onSubmit, error, extra, busy } = useApiForm({ initialValues: { text: '' } }, async (v, f) => {
    await api.post(`/api/ideas/${ideaId}/comments`, v);
    f.reset();
    await qc.invalidateQueries({ queryKey: key });
  });
  if (comments.isError) return <ErrorState error={comments.error} onRetry={() => comments.refetch()} />;
  const list = comments.data ?? [];
  return (
    <Stack gap="xs" mt="xs">
      {comments.isSuccess && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('comments.none')}
        </Text>
      )}
      {list.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.map((c) => (
            <li key={c.id}>
              <Text size="sm" c="dimmed">
                {c.authorName ?? t('anonymous')}
                {c.bySubmitter ? ` (${t('comments.submitter')})` : ''} ·{' '}
                {formatMoment(c.createdAt, i18n.language)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.text}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {canWrite && (
        <form onSubmit={onSubmit} noValidate>
          <FormAlert error={error} extra={extra} />
          <Textarea
            label={t('comments.label')}
            required
            autosize
            minRows={2}
            maxLength={IDEA_COMMENT_MAX_LENGTH}
            {...form.getInputProps('text')}
          />
          <Group mt="xs">
            <Button type="submit" size="xs" loading={busy}>
              {t('comments.send')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}

/** The comments under an idea, folded away until asked for; members of the ideas box may add one. */
export function IdeaComments({ ideaId, canWrite }: { ideaId: string; canWrite: boolean }) {
  const { t } = useTranslation('ideas');
  const [open, setOpen] = useState(false);
  const panel = `idea-comments-${ideaId}`;
  return (
    <div>
      <Button
        size="xs"
        variant="subtle"
        px={0}
        mt="xs"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('comments.hide') : t('comments.show')}
      </Button>
      <div id={panel}>{open && <CommentList ideaId={ideaId} canWrite={canWrite} />}</div>
    </div>
  );
}
