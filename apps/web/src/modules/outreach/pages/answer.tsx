import type { PublicInvitationView, SealedAnswerContent } from '@brug/domain/outreach';
import { sealForBureau } from '@brug/vault-crypto';
import { Alert, Anchor, Button, Card, Checkbox, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
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
type Answer = 'accept' | 'propose' | 'decline';
type Result = {
  status: 'accepted' | 'declined' | 'proposed';
  bookingId: string | null;
  calendarUid?: string | null;
};

function pickLanguage(wanted: string | null, fallback: string): Lang {
  if (wanted && (LANGS as readonly string[]).includes(wanted)) return wanted as Lang;
  const short = fallback.slice(0, 2);
  return (LANGS as readonly string[]).includes(short) ? (short as Lang) : 'nl';
}

/** The page a contact opens from the invitation e-mail: no account, on a phone, in nl, fr or en. */
export default function AnswerInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { i18n } = useTranslation();
  // The header's picker is the page's: a link's ?lang= sets it, and the page follows it.
  useLinkLanguage(params.get('lang'));
  const language = pickLanguage(null, i18n.language);
  const t = i18n.getFixedT(language, 'outreach');
  const [answer, setAnswer] = useState<Answer>('accept');
  const [consent, setConsent] = useState(false);
  const [slotId, setSlotId] = useState('');
  const [proposal, setProposal] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  // The time booked, kept as chosen: the list of free times no longer holds it once it is taken.
  const [bookedSlot, setBookedSlot] = useState<PublicInvitationView['slots'][number] | null>(null);
  const [busy, setBusy] = useState(false);

  const invitation = useQuery({
    queryKey: ['public-invitation', token],
    queryFn: () =>
      api.get<PublicInvitationView>('/api/public/invitation', {
        query: { token },
        allowUnauthenticated: true,
      }),
    retry: false,
    enabled: token.length >= 10,
  });
  usePublicDocument(language, t('answer.titleInterview'));

  const when = (iso: string) => formatFullDateTime(iso, language);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const errors: Record<string, string> = {};
    if (answer !== 'decline' && !consent) errors.consent = t('answer.fieldConsent');
    if (answer === 'accept' && invitation.data?.kind === 'interview' && !slotId)
      errors.slotId = t('answer.fieldSlot');
    if (answer === 'propose' && !proposal.trim()) errors.proposal = t('answer.fieldProposal');
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      // Consent and a proposed time are for the bureau alone: sealed here, in this browser, to the
      // bureau's public key. The server stores the sealed box and cannot read it.
      const sealTo = invitation.data?.sealTo;
      const content: SealedAnswerContent = {
        consent: answer !== 'decline' && consent,
        answer,
        proposal: answer === 'propose' ? proposal.trim() : null,
        at: new Date().toISOString(),
      };
      const sealedAnswer = sealTo
        ? await sealForBureau(sealTo.bureauId, sealTo.publicKey, JSON.stringify(content), sealTo.context)
        : undefined;
      const r = await api.post<Result>('/api/public/invitation/answer', {
        token,
        answer,
        slotId: answer === 'accept' && slotId ? slotId : undefined,
        sealedAnswer,
        language,
      });
      setBookedSlot(invitation.data?.slots.find((s) => s.id === slotId) ?? null);
      setResult(r);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        setFailure(t('answer.taken'));
        setSlotId('');
        await invitation.refetch();
      } else if (err instanceof ApiError && err.status === 410) {
        await invitation.refetch();
      } else setFailure(t('answer.error'));
    } finally {
      setBusy(false);
    }
  }

  const goneReason = (() => {
    if (token.length < 10) return 'invalid';
    const err = invitation.error;
    if (err instanceof ApiError && err.status === 410)
      return (err.fields.token as 'invalid' | 'used' | 'expired') ?? 'invalid';
    return null;
  })();

  return (
    <Stack gap="md" lang={language} maw={640}>
      {goneReason ? (
        <>
          <Title order={1} size="h2">
            {t('answer.gone.title')}
          </Title>
          <Alert color="orange" role="alert">
            {t(`answer.gone.${goneReason}`)}
          </Alert>
        </>
      ) : invitation.isPending ? (
        <LoadingState />
      ) : invitation.isError ? (
        <Alert color="red" role="alert">
          {t('answer.error')}
        </Alert>
      ) : result ? (
        <>
          <Title order={1} size="h2">
            {invitation.data.kind === 'interview' ? t('answer.titleInterview') : t('answer.titleRoundtable')}
          </Title>
          <Alert color="green" role="status">
            {t(`answer.thanks.${result.status}`)}
          </Alert>
          {result.bookingId && bookedSlot && (
            <CalendarLink
              uid={result.calendarUid ?? `booking-${result.bookingId}@brug`}
              slot={bookedSlot}
              label={t('answer.calendar')}
              summary={t('answer.calendarSummary')}
              video={t('answer.video')}
              file={CALENDAR_FILE_NAME[language]}
            />
          )}
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Title order={1} size="h2">
              {invitation.data.kind === 'interview'
                ? t('answer.titleInterview')
                : t('answer.titleRoundtable')}
            </Title>
            {invitation.data.kind === 'interview' ? (
              <Text>
                {t('answer.intro', {
                  zone: invitation.data.zoneName,
                  bureau: invitation.data.bureauName ?? '',
                })}
              </Text>
            ) : (
              invitation.data.roundtable && (
                <Text>
                  {t('answer.roundtableWhen', {
                    title: invitation.data.roundtable.title,
                    when: when(invitation.data.roundtable.startsAt),
                    place: invitation.data.roundtable.place,
                  })}
                </Text>
              )
            )}
            <Card withBorder>
              <Title order={2} size="h4">
                {t('answer.termsTitle')}
              </Title>
              <Text mt="xs">
                {invitation.data.kind === 'interview'
                  ? t('answer.termsInterview')
                  : t('answer.termsRoundtable')}
              </Text>
            </Card>
            <Text size="sm">{t('answer.deadline', { when: when(invitation.data.expiresAt) })}</Text>
            <Radio.Group label={t('answer.choice')} value={answer} onChange={(v) => setAnswer(v as Answer)}>
              <Stack gap="xs" mt="xs">
                <Radio
                  value="accept"
                  label={
                    invitation.data.kind === 'interview' ? t('answer.accept') : t('answer.acceptRoundtable')
                  }
                />
                {invitation.data.kind === 'interview' && (
                  <Radio value="propose" label={t('answer.propose')} />
                )}
                <Radio value="decline" label={t('answer.decline')} />
              </Stack>
            </Radio.Group>
            {answer === 'accept' && invitation.data.kind === 'interview' && (
              <Radio.Group
                label={t('answer.slots')}
                value={slotId}
                onChange={setSlotId}
                error={fieldErrors.slotId}
              >
                <Stack gap="xs" mt="xs">
                  {invitation.data.slots.length === 0 && <Text>{t('answer.noSlots')}</Text>}
                  {invitation.data.slots.map((s) => (
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
            )}
            {answer === 'propose' && (
              <Textarea
                label={t('answer.proposal')}
                value={proposal}
                onChange={(e) => setProposal(e.currentTarget.value)}
                maxLength={500}
                error={fieldErrors.proposal}
              />
            )}
            {answer !== 'decline' && (
              <Checkbox
                label={t('answer.consent')}
                checked={consent}
                onChange={(e) => setConsent(e.currentTarget.checked)}
                error={fieldErrors.consent}
              />
            )}
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              {t('answer.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

type Slot = PublicInvitationView['slots'][number];

/** The booked conversation as a calendar file, offered on the confirmation page itself. */
function CalendarLink(props: {
  /** The UID of the mailed invitation: the calendar keeps one event for both. */
  uid: string;
  slot: Slot;
  label: string;
  summary: string;
  video: string;
  /** The name the file is saved under, in the page's language. */
  file: string;
}) {
  const { slot } = props;
  const ics = calendarFile({
    uid: props.uid,
    start: slot.startsAt,
    end: slot.endsAt,
    summary: props.summary,
    location: slot.mode === 'place' ? slot.location : null,
    description: slot.mode === 'video' ? props.video : slot.location,
  });
  return (
    <Anchor href={`data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`} download={props.file}>
      {props.label}
    </Anchor>
  );
}
