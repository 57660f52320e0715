import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import {
  BOARD_COLUMNS,
  INITIATIVE_TYPES,
  type InitiativeView,
  useInitiatives,
  useOrganisations,
} from '../api.ts';

function NewInitiative() {
  const { t } = useTranslation('initiatives');
  const navigate = useNavigate();
  const { form, onSubmit, error, extra, busy } = useApiForm(
    { initialValues: { type: 'workshop', title: '' } },
    async (values) => {
      const created = await api.post<InitiativeView>('/api/initiatives', values);
      navigate(`/initiatives/${created.id}`);
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('board.new')}>
      <FormAlert error={error} extra={extra} />
      <Group align="flex-end" wrap="wrap" gap="xs" mb="md">
        <NativeSelect
          label={t('field.type')}
          data={INITIATIVE_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))}
          {...form.getInputProps('type')}
        />
        <TextInput label={t('field.title')} required {...form.getInputProps('title')} />
        <Button type="submit" loading={busy}>
          {t('board.new')}
        </Button>
      </Group>
    </form>
  );
}

/** The board: initiatives by status, filtered by type, district, partner and target group. */
export default function BoardPage() {
  const { t } = useTranslation('initiatives');
  const { user } = useCurrentUser();
  const [filters, setFilters] = useState<Record<string, string>>({});
  const list = useInitiatives(filters);
  const orgs = useOrganisations(user.role !== 'partner');
  const set = (key: string) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setFilters((f) => ({ ...f, [key]: e.currentTarget.value }));
  return (
    <>
      <PageTitle>{t('board.title')}</PageTitle>
      {user.role === 'coordinator' && <NewInitiative />}
      <Group
        component="section"
        aria-label={t('board.filters')}
        wrap="wrap"
        gap="xs"
        mb="md"
        align="flex-end"
      >
        <NativeSelect
          label={t('field.type')}
          value={filters.type ?? ''}
          onChange={set('type')}
          data={[
            { value: '', label: t('board.all') },
            ...INITIATIVE_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) })),
          ]}
        />
        <TextInput label={t('field.district')} value={filters.district ?? ''} onChange={set('district')} />
        <TextInput
          label={t('field.targetGroup')}
          value={filters.targetGroup ?? ''}
          onChange={set('targetGroup')}
        />
        {orgs.data && (
          <NativeSelect
            label={t('field.partner')}
            value={filters.partner ?? ''}
            onChange={set('partner')}
            data={[
              { value: '', label: t('board.all') },
              ...orgs.data.items.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        )}
      </Group>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {BOARD_COLUMNS.map((status) => {
            const items = list.data.filter((i) => i.status === status);
            return (
              <Card withBorder component="section" key={status} aria-labelledby={`col-${status}`} bg="gray.0">
                <Group justify="space-between" mb="xs">
                  <Title order={2} size="h5" id={`col-${status}`}>
                    {t(`status.${status}`)}
                  </Title>
                  <Badge variant="light">{items.length}</Badge>
                </Group>
                <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {items.map((i) => (
                    <Card withBorder component="li" key={i.id} p="xs">
                      <Anchor component={Link} to={`/initiatives/${i.id}`} fw={600}>
                        {i.title}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {t(`type.${i.type}`)}
                        {i.districts.length > 0 && ` · ${i.districts.join(', ')}`}
                      </Text>
                    </Card>
                  ))}
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
      )}
    </>
  );
}
