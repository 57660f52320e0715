import type { PublicBookingView } from '@brug/domain/outreach';
import { Alert, Anchor, Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { formatFullDateTime, usePublicDocument } from '../../../components/format.ts';
import { LoadingState } from '../../../components/states.tsx';
import { useLinkLanguage } from '../../../layout/page-language.ts';
import { CALENDAR_FILE_NAME, calendarFile } from '../calendar-file.ts';

const LANGS = ['nl', 'fr', 'en'] as const;
type Lang = (typeof LANGS)[number];
type Booked = PublicBookingView['booking'];
type Done = { kind: 'moved'; startsAt: string; booking?: Booked } | { kind: 'cancelled' };

function pickLanguage(wanted: string | null, fallback: string): Lang {
  if (wanted && (LANGS as readonly string[]).includes(wanted)) return wanted as Lang;
  const short = fallback.slice(0, 2);
  return (LANGS as readonly string[]).includes(short) ? (short as Lang) : 'nl';
}

/** The page behind the link in the booking confirmation: the contact moves or cancels, no account. */
export default function ManageBookingPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { i18n } = useTranslation();
  // The header's picker is the page's: a link's ?lang= sets it, and the page follows it.
  useLinkLanguage(params.get('lang'));
  const language = pickLanguage(null, i18n.language);
  const t = i18n.getFixedT(language, 'outreach');
  const [slotId, setSlotId] = useState('');
  const [slotError, setSlotError] = useState<string | undefined>();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [busy, setBusy] = useState(false);

  const booking = useQuery({
    queryKey: ['public-booking', token],
    queryFn: () =>
      api.get<PublicBookingView>('/api/public/booking', { query: { token }, allowUnauthenticated: true }),
    retry: false,
    enabled: token.length >= 10,
  });
  usePublicDocument(language, t('booking.title'));

  const when = (iso: string) => formatFullDateTime(iso, language);

  async function failed(err: unknown) {
    if (err instanceof ApiError && err.status === 409) {
      setFailure(t('booking.taken'));
      setSlotId('');
      await booking.refetch();
    } else if (err instanceof ApiError && err.status === 410) {
      await booking.refetch();
    } else setFailure(t('booking.error'));
  }

  async function move(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    if (!slotId) {
      setSlotError(t('booking.fieldSlot'));
      return;
    }
    setSlotError(undefined);
    const chosen = booking.data?.slots.find((s) => s.id === slotId);
    setBusy(true);
    try {
      await api.post('/api/public/booking/reschedule', { token, slotId });
      // The same link shows the moved conversation: its calendar file has the new time and SEQUENCE.
      const fresh = await booking.refetch();
      setDone({ kind: 'moved', startsAt: chosen?.startsAt ?? '', booking: fresh.data?.booking });
    } catch (err) {
      await failed(err);
    } finally {
      setBusy(false);
    }
  }

  async function cancel() {
    setFailure(null);
    setBusy(true);
    try {
      await api.post('/api/public/booking/cancel', { token });
      setDone({ kind: 'cancelled' });
    } catch (err) {
      await failed(err);
    } finally {
      setBusy(false);
    }
  }

  const goneReason = (() => {
    if (done) return null;
    if (token.length < 10) return 'invalid';
    const err = booking.error;
    if (err instanceof ApiError && err.status === 410)
      return (err.fields.token as 'invalid' | 'used' | 'expired') ?? 'invalid';
    if (err instanceof ApiError && err.status === 400) return 'invalid';
    return null;
  })();

  const data = booking.data;
  return (
    <Stack gap="md" lang={language} maw={640}>
      <Title order={1} size="h2">
        {goneReason ? t('booking.gone.title') : t('booking.title')}
      </Title>
      {goneReason ? (
        <Alert color="orange" role="alert">
          {t(`booking.gone.${goneReason}`)}
        </Alert>
      ) : done ? (
        <>
          <Alert color="green" role="status">
            {done.kind === 'moved'
              ? t('booking.moved', { when: when(done.startsAt) })
              : t('booking.cancelled')}
          </Alert>
          {done.kind === 'moved' && done.booking && (
            <CalendarLink booking={done.booking} language={language} t={t} />
          )}
        </>
      ) : booking.isPending ? (
        <LoadingState />
      ) : booking.isError || !data ? (
        <Alert color="red" role="alert">
          {t('booking.error')}
        </Alert>
      ) : (
        <>
          <Card withBorder>
            <Title order={2} size="h4">
              {t('booking.yours')}
            </Title>
            <Text mt="xs" fw={600}>
              {when(data.booking.startsAt)}
            </Text>
            {data.booking.mode === 'video' ? (
              <Text>
                {t('answer.video')}:{' '}
                {data.booking.videoUrl && (
                  <Anchor href={data.booking.videoUrl} style={{ overflowWrap: 'anywhere' }}>
                    {data.booking.videoUrl}
                  </Anchor>
                )}
              </Text>
            ) : (
              <Text>{t('answer.place', { place: data.booking.location ?? '' })}</Text>
            )}
            {data.bureauName && (
              <Text size="sm" mt="xs">
                {t('booking.with', { bureau: data.bureauName })}
              </Text>
            )}
            <Text mt="xs">
              <CalendarLink booking={data.booking} language={language} t={t} />
            </Text>
          </Card>
          <form onSubmit={move} noValidate>
            <Stack gap="sm">
              <Radio.Group label={t('booking.moveTo')} value={slotId} onChange={setSlotId} error={slotError}>
                <Stack gap="xs" mt="xs">
                  {data.slots.length === 0 && <Text>{t('booking.noSlots')}</Text>}
                  {data.slots.map((s) => (
                    <Radio
                      key={s.id}
                      value={s.id}
                      label={when(s.startsAt)}
                      description={
                        s.mode === 'video'
                          ? t('answer.video')
                          : t('answer.place', { place: s.location ?? '' })
                      }
                    />
                  ))}
                </Stack>
              </Radio.Group>
              {data.slots.length > 0 && (
                <Button type="submit" loading={busy && !confirmCancel}>
                  {t('booking.move')}
                </Button>
              )}
            </Stack>
          </form>
          <Card withBorder>
            <Title order={2} size="h4">
              {t('booking.cancelTitle')}
            </Title>
            {confirmCancel ? (
              <Stack gap="sm" mt="xs">
                <Text>{t('booking.cancelSure')}</Text>
                <Group gap="sm">
                  <Button color="red" onClick={cancel} loading={busy}>
                    {t('booking.cancelYes')}
                  </Button>
                  <Button variant="default" onClick={() => setConfirmCancel(false)} disabled={busy}>
                    {t('booking.cancelNo')}
                  </Button>
                </Group>
              </Stack>
            ) : (
              <Button mt="xs" variant="outline" color="red" onClick={() => setConfirmCancel(true)}>
                {t('booking.cancel')}
              </Button>
            )}
          </Card>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}

/**
 * The booked conversation as a calendar file, built in the browser like the confirmation page's. It
 * carries the mailed invitation's UID and SEQUENCE, so a calendar replaces the event it already has.
 */
function CalendarLink(props: { booking: Booked; language: Lang; t: TFunction }) {
  const { booking, t } = props;
  const ics = calendarFile({
    uid: booking.calendar.uid,
    sequence: booking.calendar.sequence,
    start: booking.startsAt,
    end: booking.endsAt,
    summary: t('answer.calendarSummary'),
    location: booking.mode === 'place' ? booking.location : null,
    description:
      booking.mode === 'video'
        ? [t('answer.video'), booking.videoUrl].filter(Boolean).join(': ')
        : booking.location,
  });
  return (
    <Anchor
      href={`data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`}
      download={CALENDAR_FILE_NAME[props.language]}
    >
      {t('answer.calendar')}
    </Anchor>
  );
}
