import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/form-errors.ts';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden="true" />
      <Text ml="sm">{label ?? t('common.loading')}</Text>
    </Center>
  );
}

export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  return (
    <Stack align="center" gap={4} py="xl">
      <Text fw={600}>{title}</Text>
      {hint && <Text c="dimmed">{hint}</Text>}
    </Stack>
  );
}

/** Shows a failed request in the user's language, with a retry button when one is given. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.title')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text>{errorMessage(error, t)}</Text>
        {onRetry && (
          <Button variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
