import { SLOT_MAX_MINUTES, SLOT_MIN_MINUTES, type SlotView } from '@brug/domain/conversations';
import type { BookableInvitationView } from '@brug/domain/outreach';
import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import { useApiForm } from '../../../api/use-api-form.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { FormAlert } from '../../../components/form-alert.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ErrorState, LoadingState } from '../../../components/states.tsx';

type SlotForm = {
  startsAt: string;
  durationMinutes: number;
  mode: 'place' | 'video';
  location: string;
  videoUrl: string;
};

const minutesBetween = (s: SlotView) => Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000);

type BookForForm = { invitationId: string; slotId: string };

/**
 * Booking on behalf of an invitee (after a phone call, say): pick the person, pick a free time. The contact
 * gets the same confirmation e-mail, calendar file and personal link as when booking themselves.
 */
function BookFor({ free }: { free: SlotView[] }) {
  const { t } = useTranslation('vault');
  const client = useQueryClient();
  const invitees = useQuery({
    queryKey: ['outreach', 'bookable'],
    queryFn: () => api.get<{ items: BookableInvitationView[] }>('/api/outreach/bookable'),
    retry: false,
  });
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, error, extra, busy } = useApiForm<BookForForm>(
    { initialValues: { invitationId: '', slotId: '' } },
    async (v) => {
      setDone(null);
      const who = invitees.data?.items.find((i) => i.invitationId === v.invitationId);
      const slot = free.find((f) => f.id === v.slotId);
      await api.post(`/api/slots/${v.slotId}/bookings`, { invitationId: v.invitationId });
      setDone(
        t(who?.hasEmail ? 'slots.bookedFor' : 'slots.bookedForNoEmail', {
          name: who?.contactName ?? '',
          when: slot?.localStart.replace('T', ' ') ?? '',
        }),
      );
      form.setValues({ invitationId: '', slotId: '' });
      await Promise.all([
        client.invalidateQueries({ queryKey: ['slots'] }),
        client.invalidateQueries({ queryKey: ['outreach', 'bookable'] }),
      ]);
    },
  );
  const people = invitees.data?.items ?? [];
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={480}>
        <Title order={2} size="h4">
          {t('slots.bookForTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('slots.bookForHint')}
        </Text>
        <FormAlert error={error ?? invitees.error} extra={extra} />
        <NativeSelect
          label={t('slots.invitee')}
          required
          {...form.getInputProps('invitationId')}
          data={[
            { value: '', label: people.length ? '—' : t('slots.noInvitees') },
            ...people.map((i) => ({
              value: i.invitationId,
              label: `${i.contactName} (${i.organisationName})${i.hasEmail ? '' : ` — ${t('slots.noEmail')}`}`,
            })),
          ]}
        />
        <NativeSelect
          label={t('slots.freeTime')}
          required
          {...form.getInputProps('slotId')}
          data={[
            { value: '', label: free.length ? '—' : t('slots.noFreeTimes') },
            ...free.map((f) => ({ value: f.id, label: f.localStart.replace('T', ' ') })),
          ]}
        />
        <Button type="submit" loading={busy} w="fit-content">
          {t('slots.bookFor')}
        </Button>
        {done && (
          <Alert color="green" role="status">
            {done}
          </Alert>
        )}
      </Stack>
    </form>
  );
}

/** Researchers publish the times they offer for a conversation (a place or a video link), and withdraw them. */
export default function SlotsPage() {
  const { t } = useTranslation('vault');
  const client = useQueryClient();
  const slots = useQuery({
    queryKey: ['slots'],
    queryFn: () => api.get<{ items: SlotView[] }>('/api/slots'),
    retry: false,
  });
  const [created, setCreated] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<SlotView | null>(null);
  const [cancelError, setCancelError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [cancellingBooking, setCancellingBooking] = useState<SlotView | null>(null);
  const [moving, setMoving] = useState<SlotView | null>(null);
  const [target, setTarget] = useState('');
  const [moveError, setMoveError] = useState<unknown>(null);
  const {
    form,
    onSubmit,
    error,
    extra,
    busy: saving,
  } = useApiForm<SlotForm>(
    { initialValues: { startsAt: '', durationMinutes: 60, mode: 'place', location: '', videoUrl: '' } },
    async (v) => {
      const slot = await api.post<SlotView>('/api/slots', {
        startsAt: v.startsAt,
        durationMinutes: v.durationMinutes,
        mode: v.mode,
        ...(v.mode === 'place' ? { location: v.location } : { videoUrl: v.videoUrl }),
      });
      setCreated(t('slots.created', { when: slot.localStart.replace('T', ' ') }));
      form.setValues({ startsAt: '', location: v.location, videoUrl: v.videoUrl });
      await client.invalidateQueries({ queryKey: ['slots'] });
    },
  );

  async function cancel() {
    if (!cancelling) return;
    setBusy(true);
    setCancelError(null);
    try {
      await api.delete(`/api/slots/${cancelling.id}`);
      // Close the dialog first: the list changes under a closed dialog, not behind an open one.
      setCancelling(null);
      await client.invalidateQueries({ queryKey: ['slots'] });
    } catch (err) {
      setCancelError(err);
    } finally {
      setBusy(false);
      setCancelling(null);
    }
  }

  /** Cancels the booked conversation (the contact is told, with a cancelling .ics); the time stays offered. */
  async function cancelConversation() {
    if (!cancellingBooking?.bookingId) return;
    setBusy(true);
    setCancelError(null);
    try {
      await api.post(`/api/bookings/${cancellingBooking.bookingId}/cancel`);
      setCancellingBooking(null);
      await Promise.all([
        client.invalidateQueries({ queryKey: ['slots'] }),
        client.invalidateQueries({ queryKey: ['outreach', 'bookable'] }),
      ]);
    } catch (err) {
      setCancelError(err);
    } finally {
      setBusy(false);
      setCancellingBooking(null);
    }
  }

  async function move() {
    if (!moving?.bookingId || !target) return;
    setBusy(true);
    setMoveError(null);
    try {
      await api.post(`/api/bookings/${moving.bookingId}/reschedule`, { slotId: target });
      setMoving(null);
      await client.invalidateQueries({ queryKey: ['slots'] });
    } catch (err) {
      setMoveError(err);
    } finally {
      setBusy(false);
    }
  }

  if (slots.isPending) return <LoadingState />;
  if (slots.isError) {
    const notMember = slots.error instanceof ApiError && slots.error.status === 403;
    return (
      <Stack>
        <PageTitle>{t('slots.title')}</PageTitle>
        {notMember ? <Alert color="gray">{t('notMember')}</Alert> : <ErrorState error={slots.error} />}
      </Stack>
    );
  }
  const free = slots.data.items.filter(
    (s) => !s.cancelled && !s.booked && Date.parse(s.startsAt) > Date.now(),
  );
  const status = (s: SlotView) =>
    t(s.cancelled ? 'slots.statuses.cancelled' : s.booked ? 'slots.statuses.booked' : 'slots.statuses.free');
  return (
    <Stack gap="md">
      <PageTitle>{t('slots.title')}</PageTitle>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" maw={480}>
          <Title order={2} size="h4">
            {t('slots.new')}
          </Title>
          <FormAlert error={error} extra={extra} />
          <TextInput
            type="datetime-local"
            label={t('slots.startsAt')}
            description={t('slots.brussels')}
            required
            {...form.getInputProps('startsAt')}
          />
          <NumberInput
            label={t('slots.duration')}
            min={SLOT_MIN_MINUTES}
            max={SLOT_MAX_MINUTES}
            step={15}
            required
            {...form.getInputProps('durationMinutes')}
          />
          <Radio.Group label={t('slots.mode')} {...form.getInputProps('mode')}>
            <Group mt="xs">
              <Radio value="place" label={t('slots.modes.place')} />
              <Radio value="video" label={t('slots.modes.video')} />
            </Group>
          </Radio.Group>
          {form.getValues().mode === 'place' ? (
            <TextInput label={t('slots.location')} required {...form.getInputProps('location')} />
          ) : (
            <TextInput
              type="url"
              label={t('slots.videoUrl')}
              description={t('slots.videoHint')}
              required
              {...form.getInputProps('videoUrl')}
            />
          )}
          <Button type="submit" loading={saving} w="fit-content">
            {t('slots.publish')}
          </Button>
          {created && (
            <Alert color="green" role="status">
              {created}
            </Alert>
          )}
        </Stack>
      </form>
      <BookFor free={free} />
      <FormAlert error={cancelError} />
      <DataTable
        caption={t('slots.caption')}
        rows={slots.data.items}
        rowKey={(s) => s.id}
        emptyText={t('slots.empty')}
        columns={[
          { key: 'when', header: t('slots.when'), render: (s) => s.localStart.replace('T', ' ') },
          { key: 'duration', header: t('slots.duration'), render: (s) => minutesBetween(s) },
          {
            key: 'where',
            header: t('slots.where'),
            render: (s) => (s.mode === 'video' ? `${t('slots.modes.video')}: ${s.videoUrl}` : s.location),
          },
          { key: 'status', header: t('slots.status'), render: status },
          {
            key: 'actions',
            header: t('slots.actions'),
            render: (s) =>
              s.cancelled ? null : s.booked ? (
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`${t('slots.move')} ${s.localStart.replace('T', ' ')}`}
                    onClick={() => {
                      setTarget('');
                      setMoveError(null);
                      setMoving(s);
                    }}
                  >
                    {t('slots.move')}
                  </Button>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    aria-label={`${t('slots.cancelConversation')} ${s.localStart.replace('T', ' ')}`}
                    onClick={() => setCancellingBooking(s)}
                  >
                    {t('slots.cancelConversation')}
                  </Button>
                </Group>
              ) : (
                <Button
                  size="xs"
                  variant="outline"
                  color="red.9"
                  aria-label={`${t('slots.cancel')} ${s.localStart.replace('T', ' ')}`}
                  onClick={() => setCancelling(s)}
                >
                  {t('slots.cancel')}
                </Button>
              ),
          },
        ]}
      />
      <ConfirmDialog
        opened={cancellingBooking !== null}
        title={t('slots.cancelConversationTitle')}
        message={t('slots.cancelConversationMessage', {
          when: cancellingBooking?.localStart.replace('T', ' ') ?? '',
        })}
        confirmLabel={t('slots.cancelConversation')}
        danger
        loading={busy}
        onConfirm={cancelConversation}
        onCancel={() => setCancellingBooking(null)}
      />
      <Modal opened={moving !== null} onClose={() => setMoving(null)} title={t('slots.moveTitle')} centered>
        <Stack gap="sm">
          <FormAlert error={moveError} />
          <NativeSelect
            label={t('slots.moveTo')}
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            data={[
              { value: '', label: '—' },
              ...free.map((f) => ({ value: f.id, label: f.localStart.replace('T', ' ') })),
            ]}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setMoving(null)}>
              {t('slots.back')}
            </Button>
            <Button onClick={move} disabled={!target} loading={busy}>
              {t('slots.move')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={cancelling !== null}
        title={t('slots.cancelTitle')}
        message={t('slots.cancelMessage', { when: cancelling?.localStart.replace('T', ' ') ?? '' })}
        confirmLabel={t('slots.cancel')}
        danger
        loading={busy}
        onConfirm={cancel}
        onCancel={() => setCancelling(null)}
      />
    </Stack>
  );
}
