import type { ContactView } from '@brug/domain/partners';
import { CONSENT_BASES, INTERACTION_KINDS, RELATIONSHIP_STATUSES } from '@brug/domain/partners';
import {
  Badge,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { formatMoment, fromZoneInput, nowZoneInput } from '../../../components/format.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';
import { download, type OrganisationView, type Page } from '../api.ts';
import { ProgrammePicker, useProgrammeChoice } from '../programme-picker.tsx';

type Detail = {
  organisation: OrganisationView;
  statuses: { programmeId: string; status: string; changedAt: string }[];
};
type TimelineItem = { type: string; at: string; id: string; text: string; kind: string | null };
type Referral = { id: string; fromOrganisationName: string; toOrganisationName: string | null; note: string };

const today = () => new Date().toISOString().slice(0, 10);
const nowLocal = nowZoneInput;

/** The referral form's choice of an organisation not yet in the registry. */
const NEW_ORGANISATION = 'new';

/** The languages Brug writes its mails in. */
const MAIL_LANGUAGES = ['nl', 'fr', 'en'] as const;

export default function OrganisationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('partners');
  const me = useCurrentUser();
  const qc = useQueryClient();
  const isCoordinator = me.user.role === 'coordinator';
  const readsHistory = ['admin', 'coordinator', 'colleague'].includes(me.user.role);
  const programmes = useProgrammeChoice();
  const programmeId = programmes.programmeId;
  const detail = useQuery({
    queryKey: ['partners', 'organisation', id],
    queryFn: () => api.get<Detail>(`/api/partners/organisations/${id}`),
  });
  const timeline = useQuery({
    queryKey: ['partners', 'timeline', id],
    queryFn: () => api.get<TimelineItem[]>(`/api/partners/organisations/${id}/timeline`),
    enabled: readsHistory,
  });
  const referrals = useQuery({
    queryKey: ['partners', 'referrals', id],
    queryFn: () => api.get<Referral[]>(`/api/partners/organisations/${id}/referrals`),
    enabled: readsHistory,
  });
  const contacts = useQuery({
    queryKey: ['partners', 'contacts', id],
    queryFn: () => api.get<ContactView[]>(`/api/partners/organisations/${id}/contacts`),
    retry: false,
  });
  const others = useQuery({
    queryKey: ['partners', 'organisations', 'all-for-referral'],
    queryFn: () =>
      api.get<Page<OrganisationView>>('/api/partners/organisations', { query: { pageSize: 200 } }),
    enabled: isCoordinator,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['partners'] });
  // Partner accounts a contact can be linked to: the partner then sees this organisation as theirs.
  const partnerAccounts = useQuery({
    queryKey: ['users', 'partners'],
    queryFn: () =>
      api.get<{ items: { id: string; displayName: string; email: string }[] }>('/api/users', {
        query: { role: 'partner', status: 'active', pageSize: 200 },
      }),
    enabled: isCoordinator,
  });
  const [linkError, setLinkError] = useState<unknown>(null);
  const [linked, setLinked] = useState<string | null>(null);
  async function linkAccount(contact: ContactView, userId: string) {
    setLinkError(null);
    setLinked(null);
    try {
      await api.patch(`/api/partners/contacts/${contact.id}`, { userId: userId || null });
      const account = partnerAccounts.data?.items.find((u) => u.id === userId);
      setLinked(
        account
          ? t('detail.accountLinked', { name: contact.name, account: account.displayName })
          : t('detail.accountUnlinked', { name: contact.name }),
      );
      await refresh();
    } catch (err) {
      setLinkError(err);
    }
  }

  const statusForm = useApiForm({ initialValues: { status: 'contacted', note: '' } }, async (v) => {
    await api.post(`/api/partners/organisations/${id}/status`, { ...v, programmeId });
    await refresh();
  });
  const interactionForm = useApiForm(
    { initialValues: { kind: 'call', occurredAt: nowLocal(), summary: '' } },
    async (v, form) => {
      await api.post(`/api/partners/organisations/${id}/interactions`, {
        ...v,
        occurredAt: fromZoneInput(v.occurredAt),
      });
      form.setFieldValue('summary', '');
      await refresh();
    },
  );
  const taskForm = useApiForm({ initialValues: { title: '', dueOn: today() } }, async (v, form) => {
    await api.post('/api/partners/tasks', { ...v, organisationId: id, assigneeId: me.user.id });
    form.setFieldValue('title', '');
    await refresh();
  });
  const referralForm = useApiForm(
    {
      initialValues: { toOrganisationId: '', newName: '', note: '' },
      validate: {
        newName: (value, values) =>
          values.toOrganisationId === NEW_ORGANISATION && !value.trim()
            ? t('detail.newReferredRequired')
            : null,
      },
    },
    async (v, form) => {
      let toOrganisationId = v.toOrganisationId || undefined;
      if (v.toOrganisationId === NEW_ORGANISATION) {
        // A referral to an organisation not yet in the registry: it is added here, with its name only.
        try {
          toOrganisationId = (
            await api.post<{ id: string }>('/api/partners/organisations', { name: v.newName.trim() })
          ).id;
        } catch (err) {
          if (err instanceof ApiError && err.fields.name)
            throw new ApiError(err.status, err.code, err.message, { newName: err.fields.name });
          throw err;
        }
      }
      await api.post('/api/partners/referrals', { fromOrganisationId: id, toOrganisationId, note: v.note });
      form.reset();
      await refresh();
    },
  );
  const contactForm = useApiForm(
    {
      initialValues: {
        name: '',
        function: '',
        email: '',
        phone: '',
        // The language of every mail to this contact (invitations, bookings, reminders).
        preferredLanguage: 'nl',
        consentBasis: 'consent',
        consentDate: today(),
      },
    },
    async (v, form) => {
      await api.post(`/api/partners/organisations/${id}/contacts`, {
        ...v,
        email: v.email || null,
        phone: v.phone || null,
      });
      form.reset();
      await refresh();
    },
  );
  const [erasing, setErasing] = useState<ContactView | null>(null);

  if (detail.isPending) return <LoadingState />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => detail.refetch()} />;
  const o = detail.data.organisation;
  const current = detail.data.statuses.find((s) => s.programmeId === programmeId)?.status;
  const fmt = (iso: string) => formatMoment(iso, i18n.language);
  const contactsHidden = contacts.error instanceof ApiError && contacts.error.status === 403;

  return (
    <>
      <PageTitle
        actions={
          isCoordinator && (
            <Button component={Link} to={`/partners/${id}/edit`} variant="default">
              {t('detail.edit')}
            </Button>
          )
        }
      >
        {o.name}
      </PageTitle>
      <ProgrammePicker choice={programmes} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder>
          <Stack gap={4}>
            <Text>
              {t('field.kind')}: {t(`kind.${o.kind}`)}
            </Text>
            <Text>
              {t('field.focusAreas')}:{' '}
              {o.focusAreas.map((f) => t(`focus.${f}`, { defaultValue: f })).join(', ') || '—'}
            </Text>
            <Text>
              {t('field.districts')}: {o.districts.join(', ') || '—'}
            </Text>
            <Text>
              {t('field.address')}: {[o.address, o.postcode, o.city].filter(Boolean).join(', ') || '—'}
            </Text>
            <Text>
              {t('field.dialogue')}: {t(`dialogue.${o.dialogue}`)}
            </Text>
            {o.description && <Text>{o.description}</Text>}
            <Group gap="xs">
              <Text>{t('detail.statusTitle')}:</Text>
              <Badge color="#0b4f8a" data-testid="current-status">
                {current ? t(`status.${current}`) : t('status.none')}
              </Badge>
            </Group>
          </Stack>
        </Card>

        {isCoordinator && programmeId && (
          <Card withBorder component="form" onSubmit={statusForm.onSubmit} aria-labelledby="status-title">
            <Title order={2} size="h4" id="status-title" mb="xs">
              {t('detail.changeStatus')}
            </Title>
            <FormAlert error={statusForm.error} extra={statusForm.extra} />
            <NativeSelect
              label={t('detail.newStatus')}
              data={RELATIONSHIP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              {...statusForm.form.getInputProps('status')}
            />
            <TextInput label={t('detail.note')} {...statusForm.form.getInputProps('note')} />
            <Button type="submit" mt="sm" loading={statusForm.busy}>
              {t('detail.changeStatus')}
            </Button>
          </Card>
        )}

        {isCoordinator && (
          <Card
            withBorder
            component="form"
            onSubmit={interactionForm.onSubmit}
            aria-labelledby="interaction-title"
          >
            <Title order={2} size="h4" id="interaction-title" mb="xs">
              {t('detail.logInteraction')}
            </Title>
            <FormAlert error={interactionForm.error} extra={interactionForm.extra} />
            <NativeSelect
              label={t('detail.interactionKind')}
              data={INTERACTION_KINDS.map((k) => ({ value: k, label: t(`interaction.${k}`) }))}
              {...interactionForm.form.getInputProps('kind')}
            />
            <TextInput
              type="datetime-local"
              label={t('detail.occurredAt')}
              {...interactionForm.form.getInputProps('occurredAt')}
            />
            <Textarea label={t('detail.summary')} {...interactionForm.form.getInputProps('summary')} />
            <Button type="submit" mt="sm" loading={interactionForm.busy}>
              {t('detail.save')}
            </Button>
          </Card>
        )}

        {isCoordinator && (
          <Card withBorder component="form" onSubmit={taskForm.onSubmit} aria-labelledby="task-title">
            <Title order={2} size="h4" id="task-title" mb="xs">
              {t('detail.addTask')}
            </Title>
            <FormAlert error={taskForm.error} extra={taskForm.extra} />
            <TextInput label={t('detail.taskTitle')} {...taskForm.form.getInputProps('title')} />
            <TextInput type="date" label={t('detail.dueOn')} {...taskForm.form.getInputProps('dueOn')} />
            <Button type="submit" mt="sm" loading={taskForm.busy}>
              {t('detail.save')}
            </Button>
          </Card>
        )}

        {isCoordinator && (
          <Card withBorder component="form" onSubmit={referralForm.onSubmit} aria-labelledby="referral-title">
            <Title order={2} size="h4" id="referral-title" mb="xs">
              {t('detail.referral')}
            </Title>
            <FormAlert error={referralForm.error} extra={referralForm.extra} />
            <NativeSelect
              label={t('detail.referredOrganisation')}
              data={[
                { value: '', label: '—' },
                ...(others.data?.items ?? [])
                  .filter((x) => x.id !== id)
                  .map((x) => ({ value: x.id, label: x.name })),
                { value: NEW_ORGANISATION, label: t('detail.newReferred') },
              ]}
              {...referralForm.form.getInputProps('toOrganisationId')}
            />
            {referralForm.form.values.toOrganisationId === NEW_ORGANISATION && (
              <TextInput
                label={t('detail.newReferredName')}
                description={t('detail.newReferredHint')}
                {...referralForm.form.getInputProps('newName')}
              />
            )}
            <TextInput label={t('detail.note')} {...referralForm.form.getInputProps('note')} />
            <Button type="submit" mt="sm" loading={referralForm.busy}>
              {t('detail.save')}
            </Button>
          </Card>
        )}
      </SimpleGrid>

      {readsHistory && (
        <Stack mt="lg" gap="xs">
          <Title order={2} size="h3">
            {t('detail.referrals')}
          </Title>
          <List>
            {(referrals.data ?? []).map((r) => (
              <List.Item key={r.id}>
                {t('detail.referralLine', { from: r.fromOrganisationName, to: r.toOrganisationName ?? '—' })}
                {r.note ? ` — ${r.note}` : ''}
              </List.Item>
            ))}
          </List>
          <Title order={2} size="h3">
            {t('detail.timeline')}
          </Title>
          <List>
            {(timeline.data ?? []).map((item) => (
              <List.Item key={item.id}>
                <Text span fw={600}>
                  {t(`timeline.${item.type}`)}
                </Text>{' '}
                {fmt(item.at)} —{' '}
                {item.type === 'status'
                  ? t(`status.${item.kind}`)
                  : item.type === 'interaction'
                    ? `${t(`interaction.${item.kind}`)}: ${item.text}`
                    : item.text}
                {item.kind === 'overdue' && (
                  <Badge color="#a51d2d" ml="xs">
                    {t('tasks.overdue')}
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}

      <Stack mt="lg" gap="xs">
        <Title order={2} size="h3">
          {t('detail.contacts')}
        </Title>
        <FormAlert error={linkError} />
        {linked && <Text role="status">{linked}</Text>}
        {contactsHidden ? (
          <Text>{t('detail.noContactAccess')}</Text>
        ) : (
          <List>
            {(contacts.data ?? []).map((c) => (
              <List.Item key={c.id}>
                {c.erased ? (
                  t('detail.erased')
                ) : (
                  <>
                    {c.name}
                    {c.function ? `, ${c.function}` : ''} {c.email ?? ''} {c.phone ?? ''} ·{' '}
                    {t(`app:languages.${c.preferredLanguage}`, { defaultValue: c.preferredLanguage })} (
                    {t(`consent.${c.consentBasis}`)}, {c.consentDate})
                    {isCoordinator && (
                      <NativeSelect
                        size="xs"
                        mt={4}
                        maw={360}
                        label={t('detail.account', { name: c.name })}
                        value={c.userId ?? ''}
                        onChange={(e) => linkAccount(c, e.currentTarget.value)}
                        data={[
                          { value: '', label: t('detail.noAccount') },
                          ...(partnerAccounts.data?.items ?? []).map((u) => ({
                            value: u.id,
                            label: `${u.displayName} (${u.email})`,
                          })),
                        ]}
                      />
                    )}
                    {isCoordinator && (
                      <Group gap="xs" mt={4}>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() =>
                            download(`/api/partners/contacts/${c.id}/export`, `contact-${c.id}.json`)
                          }
                        >
                          {t('detail.gdprExport')}
                        </Button>
                        <Button size="xs" color="red" variant="light" onClick={() => setErasing(c)}>
                          {t('detail.erase')}
                        </Button>
                      </Group>
                    )}
                  </>
                )}
              </List.Item>
            ))}
          </List>
        )}
        {isCoordinator && (
          <Card withBorder component="form" onSubmit={contactForm.onSubmit} aria-labelledby="contact-title">
            <Title order={3} size="h4" id="contact-title" mb="xs">
              {t('detail.addContact')}
            </Title>
            <FormAlert error={contactForm.error} extra={contactForm.extra} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('field.name')} {...contactForm.form.getInputProps('name')} />
              <TextInput label={t('detail.function')} {...contactForm.form.getInputProps('function')} />
              <TextInput
                type="email"
                label={t('detail.email')}
                {...contactForm.form.getInputProps('email')}
              />
              <TextInput type="tel" label={t('detail.phone')} {...contactForm.form.getInputProps('phone')} />
              <NativeSelect
                label={t('public.language')}
                data={MAIL_LANGUAGES.map((l) => ({ value: l, label: t(`app:languages.${l}`) }))}
                {...contactForm.form.getInputProps('preferredLanguage')}
              />
              <NativeSelect
                label={t('detail.consentBasis')}
                data={CONSENT_BASES.map((c) => ({ value: c, label: t(`consent.${c}`) }))}
                {...contactForm.form.getInputProps('consentBasis')}
              />
              <TextInput
                type="date"
                label={t('detail.consentDate')}
                {...contactForm.form.getInputProps('consentDate')}
              />
            </SimpleGrid>
            <Button type="submit" mt="sm" loading={contactForm.busy}>
              {t('detail.save')}
            </Button>
          </Card>
        )}
      </Stack>
      {erasing && (
        <ConfirmDialog
          opened
          title={t('detail.erase')}
          message={t('detail.eraseConfirm')}
          confirmLabel={t('detail.erase')}
          danger
          onCancel={() => setErasing(null)}
          onConfirm={async () => {
            await api.post(`/api/partners/contacts/${erasing.id}/erase`);
            setErasing(null);
            await refresh();
          }}
        />
      )}
    </>
  );
}
