import type { InvitationPreviewView, SendInvitationsResult } from '@brug/domain/outreach';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';

type Wave = { id: string; name: string; number: number };
type Organisation = InvitationPreviewView['organisations'][number];
type Selection = {
  kind: 'interview' | 'roundtable';
  roundtableId?: string;
  waveId?: string;
  organisationIds?: string[];
  contactIds?: string[];
  /** Every organisation of the zone: only to preview whom a roundtable can choose from. */
  wholeZone?: true;
};
type Numbers = { invitations: string; organisations: string };
/** Asked instead of the usual question before sending (a roundtable in the past, say). */
export type SendWarning = { title: string; confirm: (numbers: Numbers) => string; confirmLabel: string };
/** The source "every organisation of the zone" (a roundtable may invite organisations outside any wave). */
const ALL = 'all';
/** Above this many organisations the list gets a name filter. */
const FILTER_FROM = 8;

const preview = (body: Selection & { previewContactId?: string }) =>
  api.post<InvitationPreviewView>('/api/outreach/invitations/preview', body);
const sendable = (o: Organisation) => o.contacts.filter((c) => c.status === 'will_send');

/** "3 invitations sent; 1 contact person already had an invitation." — only the parts that apply. */
export function sentMessage(
  t: (key: string, options?: Record<string, unknown>) => string,
  r: SendInvitationsResult,
) {
  const parts = [t('send.sentCount', { count: r.sent })];
  if (r.skippedAlreadyInvited > 0)
    parts.push(t('send.skippedAlreadyInvited', { count: r.skippedAlreadyInvited }));
  if (r.skippedWithoutEmail > 0) parts.push(t('send.skippedWithoutEmail', { count: r.skippedWithoutEmail }));
  return `${parts.join(t('send.separator'))}.`;
}

/**
 * The coordinator chooses whom of a wave to invite (every organisation and contact to start with), reads
 * the mail as each recipient will get it, and confirms the numbers before anything is sent. With a
 * `roundtableId` the invitation is to that roundtable, and the organisations can also come from the whole
 * zone (none chosen to start with: a roundtable seats a few, and the zone may hold hundreds).
 */
export function SendInvitationsForm({
  waves,
  roundtableId,
  warning,
  onSent,
}: {
  waves: Wave[];
  roundtableId?: string;
  warning?: SendWarning;
  onSent?: () => Promise<void> | void;
}) {
  const { t } = useTranslation('outreach');
  const client = useQueryClient();
  const kind = roundtableId ? 'roundtable' : 'interview';
  const [waveId, setWaveId] = useState('');
  // The organisations whose choice differs from the default: from a wave everybody is chosen to start
  // with; from the whole zone nobody (a roundtable seats a few, and the zone may hold hundreds).
  const [flipped, setFlipped] = useState<Set<string>>(new Set());
  const [offContacts, setOffContacts] = useState<Set<string>>(new Set());
  const [openContacts, setOpenContacts] = useState<Set<string>>(new Set());
  const [previewContactId, setPreviewContactId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const [filter, setFilter] = useState('');
  const source: Selection | null =
    waveId === ALL ? { kind, roundtableId, wholeZone: true } : waveId ? { kind, roundtableId, waveId } : null;
  // Everyone of the wave (or zone), to choose from.
  const universe = useQuery({
    queryKey: ['outreach-preview', roundtableId, source],
    queryFn: () => preview(source!),
    enabled: source !== null,
  });
  const organisations = universe.data?.organisations ?? [];
  const isChosen = (id: string) => flipped.has(id) === (waveId === ALL);
  const chosenOrganisations = organisations.filter((o) => isChosen(o.organisationId));
  const chosenContacts = chosenOrganisations.flatMap((o) =>
    sendable(o)
      .filter((c) => !offContacts.has(c.contactId))
      .map((c) => ({ ...c, organisationName: o.organisationName })),
  );
  const someContactsOff = chosenOrganisations.some((o) =>
    sendable(o).some((c) => offContacts.has(c.contactId)),
  );
  const selection: Selection | null =
    source && chosenOrganisations.length > 0 && chosenContacts.length > 0
      ? {
          kind,
          roundtableId,
          waveId: source.waveId,
          organisationIds: chosenOrganisations.map((o) => o.organisationId),
          contactIds: someContactsOff ? chosenContacts.map((c) => c.contactId) : undefined,
        }
      : null;
  const shownId = chosenContacts.some((c) => c.contactId === previewContactId) ? previewContactId : undefined;
  const chosen = useQuery({
    queryKey: ['outreach-preview', roundtableId, source, selection, shownId],
    queryFn: () => preview({ ...selection!, previewContactId: shownId }),
    enabled: selection !== null,
    placeholderData: keepPreviousData,
  });

  function chooseWave(id: string) {
    setWaveId(id);
    setFilter('');
    setFlipped(new Set());
    setOffContacts(new Set());
    setOpenContacts(new Set());
    setPreviewContactId('');
    setDone(null);
    setError(null);
  }
  const needle = filter.trim().toLocaleLowerCase();
  const shownOrganisations = needle
    ? organisations.filter((o) => o.organisationName.toLocaleLowerCase().includes(needle))
    : organisations;
  // With a name filter, "all" and "none" mean the organisations shown; the others keep their choice.
  const chooseAll = (on: boolean) =>
    setFlipped((current) => {
      const next = needle ? new Set(current) : new Set<string>();
      for (const o of shownOrganisations) {
        if (on === (waveId === ALL)) next.add(o.organisationId);
        else next.delete(o.organisationId);
      }
      return next;
    });
  const toggle = (set: Set<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.delete(id);
    else next.add(id);
    return next;
  };

  async function send() {
    if (!selection) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<SendInvitationsResult>('/api/outreach/invitations', selection);
      setDone(sentMessage(t, r));
      await client.invalidateQueries({ queryKey: ['outreach-status'] });
      await client.invalidateQueries({ queryKey: ['outreach-preview'] });
      await onSent?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  const counts = chosen.data && selection ? chosen.data : null;
  const numbers: Numbers | null = counts
    ? {
        invitations: t('send.invitationCount', { count: counts.invitations }),
        organisations: t('send.organisationCount', { count: counts.organisationsReached }),
      }
    : null;
  const mail = selection ? chosen.data?.mail : null;
  return (
    <Stack gap="md">
      <NativeSelect
        label={t(kind === 'roundtable' ? 'send.source' : 'send.wave')}
        value={waveId}
        onChange={(e) => chooseWave(e.currentTarget.value)}
        data={[
          { value: '', label: '—' },
          ...(kind === 'roundtable' ? [{ value: ALL, label: t('send.allOrganisations') }] : []),
          ...waves.map((w) => ({ value: w.id, label: w.name })),
        ]}
        maw={360}
      />
      {waveId &&
        (universe.isPending ? (
          <LoadingState />
        ) : universe.isError ? (
          <ErrorState error={universe.error} onRetry={() => universe.refetch()} />
        ) : organisations.length === 0 ? (
          <Text>{t(waveId === ALL ? 'send.noZoneOrganisations' : 'send.noOrganisations')}</Text>
        ) : (
          <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <legend>
              <Text fw={700} component="span">
                {t('send.organisations')}
              </Text>{' '}
              <Text component="span" c="dimmed">
                {t('send.chosenCount', { chosen: chosenOrganisations.length, total: organisations.length })}
              </Text>
            </legend>
            <Group gap="xs" my="xs">
              <Button size="xs" variant="default" onClick={() => chooseAll(true)}>
                {t(needle ? 'send.selectShown' : 'send.selectAll')}
              </Button>
              <Button size="xs" variant="default" onClick={() => chooseAll(false)}>
                {t(needle ? 'send.selectNoneShown' : 'send.selectNone')}
              </Button>
            </Group>
            {organisations.length > FILTER_FROM && (
              <TextInput
                label={t('send.filter')}
                type="search"
                value={filter}
                onChange={(e) => setFilter(e.currentTarget.value)}
                // Always rendered, so a screen reader hears the count change as the filter is typed.
                description={t('send.filterShown', {
                  shown: shownOrganisations.length,
                  total: organisations.length,
                })}
                descriptionProps={{ role: 'status' }}
                maw={360}
                mb="xs"
              />
            )}
            <Stack gap="sm">
              {shownOrganisations.map((o) => (
                <OrganisationChoice
                  key={o.organisationId}
                  organisation={o}
                  chosen={isChosen(o.organisationId)}
                  onChoose={() => setFlipped((s) => toggle(s, o.organisationId, s.has(o.organisationId)))}
                  offContacts={offContacts}
                  onChooseContact={(id, on) => setOffContacts((s) => toggle(s, id, on))}
                  open={openContacts.has(o.organisationId)}
                  onToggleContacts={() =>
                    setOpenContacts((s) => toggle(s, o.organisationId, s.has(o.organisationId)))
                  }
                />
              ))}
            </Stack>
          </fieldset>
        ))}
      {waveId && universe.isSuccess && organisations.length > 0 && !selection && (
        <Text role="status">{t('send.nothing')}</Text>
      )}
      {selection && chosen.isError && <ErrorState error={chosen.error} onRetry={() => chosen.refetch()} />}
      {numbers && (
        <Text role="status" fw={500}>
          {t('send.summary', numbers)}
        </Text>
      )}
      {mail && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('send.preview')}
          </Title>
          <NativeSelect
            label={t('send.previewFor')}
            value={mail.contactId}
            onChange={(e) => setPreviewContactId(e.currentTarget.value)}
            data={chosenContacts.map((c) => ({
              value: c.contactId,
              label: `${c.contactName} — ${c.organisationName} (${t(`send.languages.${c.language}`)})`,
            }))}
          />
          <Paper withBorder p="sm" lang={mail.language} aria-label={t('send.preview')} role="region">
            <Text size="sm" c="dimmed">
              {t('send.subject')}
            </Text>
            <Text fw={700} mb="sm" style={{ overflowWrap: 'anywhere' }}>
              {mail.subject}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{mail.text}</Text>
          </Paper>
          <Text size="sm" c="dimmed">
            {t('send.previewLink')}
          </Text>
        </Stack>
      )}
      {waveId && (
        <Group>
          <Button
            onClick={() => setConfirming(true)}
            disabled={!counts || counts.invitations === 0 || chosen.isFetching}
            loading={busy}
          >
            {t('send.submit')}
          </Button>
        </Group>
      )}
      <FormAlert error={error} />
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      <ConfirmDialog
        opened={confirming}
        title={warning ? warning.title : t('send.confirmTitle')}
        message={numbers ? (warning ? warning.confirm(numbers) : t('send.confirm', numbers)) : ''}
        confirmLabel={warning ? warning.confirmLabel : t('send.confirmSend')}
        loading={busy}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}

function OrganisationChoice(props: {
  organisation: Organisation;
  chosen: boolean;
  onChoose: (on: boolean) => void;
  offContacts: Set<string>;
  onChooseContact: (id: string, on: boolean) => void;
  open: boolean;
  onToggleContacts: () => void;
}) {
  const { t } = useTranslation('outreach');
  const o = props.organisation;
  const ready = sendable(o);
  const on = ready.filter((c) => !props.offContacts.has(c.contactId)).length;
  const listId = `contacts-${o.organisationId}`;
  return (
    <div>
      <Checkbox
        label={o.organisationName}
        description={
          o.contacts.length === 0
            ? t('send.noContacts')
            : t('send.contactsChosen', { chosen: props.chosen ? on : 0, total: o.contacts.length })
        }
        checked={props.chosen}
        onChange={(e) => props.onChoose(e.currentTarget.checked)}
      />
      {props.chosen && o.contacts.length > 0 && (
        <>
          {/* A link-styled button: its text wraps on a phone, where a long organisation name would not fit. */}
          <Anchor
            component="button"
            type="button"
            size="sm"
            ml="lg"
            mt={4}
            ta="start"
            style={{ display: 'block' }}
            aria-expanded={props.open}
            aria-controls={listId}
            onClick={props.onToggleContacts}
          >
            {t(props.open ? 'send.hideContacts' : 'send.chooseContacts', {
              organisation: o.organisationName,
            })}
          </Anchor>
          {props.open && (
            <Stack id={listId} gap={6} ml="xl" mt={6}>
              {o.contacts.map((c) => (
                <Checkbox
                  key={c.contactId}
                  size="sm"
                  label={`${c.contactName} (${t(`send.languages.${c.language}`)})`}
                  description={c.status === 'will_send' ? undefined : t(`send.reason.${c.status}`)}
                  disabled={c.status !== 'will_send'}
                  checked={c.status === 'will_send' && !props.offContacts.has(c.contactId)}
                  onChange={(e) => props.onChooseContact(c.contactId, e.currentTarget.checked)}
                />
              ))}
            </Stack>
          )}
        </>
      )}
    </div>
  );
}
