import type { InvitationPreviewView } from '@brug/domain/outreach';
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
type Selection = { kind: 'interview'; waveId: string; organisationIds?: string[]; contactIds?: string[] };

const preview = (body: Selection & { previewContactId?: string }) =>
  api.post<InvitationPreviewView>('/api/outreach/invitations/preview', body);
const sendable = (o: Organisation) => o.contacts.filter((c) => c.status === 'will_send');

/**
 * The coordinator chooses whom of a wave to invite (every organisation and contact to start with), reads
 * the mail as each recipient will get it, and confirms the numbers before anything is sent.
 */
export function SendInvitationsForm({ waves }: { waves: Wave[] }) {
  const { t } = useTranslation('outreach');
  const client = useQueryClient();
  const [waveId, setWaveId] = useState('');
  const [offOrganisations, setOffOrganisations] = useState<Set<string>>(new Set());
  const [offContacts, setOffContacts] = useState<Set<string>>(new Set());
  const [openContacts, setOpenContacts] = useState<Set<string>>(new Set());
  const [previewContactId, setPreviewContactId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  // Everyone of the wave, to choose from.
  const universe = useQuery({
    queryKey: ['outreach-preview', waveId],
    queryFn: () => preview({ kind: 'interview', waveId }),
    enabled: Boolean(waveId),
  });
  const organisations = universe.data?.organisations ?? [];
  const chosenOrganisations = organisations.filter((o) => !offOrganisations.has(o.organisationId));
  const chosenContacts = chosenOrganisations.flatMap((o) =>
    sendable(o)
      .filter((c) => !offContacts.has(c.contactId))
      .map((c) => ({ ...c, organisationName: o.organisationName })),
  );
  const someContactsOff = chosenOrganisations.some((o) =>
    sendable(o).some((c) => offContacts.has(c.contactId)),
  );
  const selection: Selection | null =
    waveId && chosenOrganisations.length > 0 && chosenContacts.length > 0
      ? {
          kind: 'interview',
          waveId,
          organisationIds: chosenOrganisations.map((o) => o.organisationId),
          contactIds: someContactsOff ? chosenContacts.map((c) => c.contactId) : undefined,
        }
      : null;
  const shownId = chosenContacts.some((c) => c.contactId === previewContactId) ? previewContactId : undefined;
  const chosen = useQuery({
    queryKey: ['outreach-preview', waveId, selection, shownId],
    queryFn: () => preview({ ...selection!, previewContactId: shownId }),
    enabled: selection !== null,
    placeholderData: keepPreviousData,
  });

  function chooseWave(id: string) {
    setWaveId(id);
    setOffOrganisations(new Set());
    setOffContacts(new Set());
    setOpenContacts(new Set());
    setPreviewContactId('');
    setDone(null);
    setError(null);
  }
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
      const r = await api.post<{ sent: number; skippedWithoutEmail: number }>(
        '/api/outreach/invitations',
        selection,
      );
      setDone(t('send.done', { sent: r.sent, skipped: r.skippedWithoutEmail }));
      await client.invalidateQueries({ queryKey: ['outreach-status'] });
      await client.invalidateQueries({ queryKey: ['outreach-preview'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  const counts = chosen.data && selection ? chosen.data : null;
  const numbers = counts
    ? {
        invitations: t('send.invitationCount', { count: counts.invitations }),
        organisations: t('send.organisationCount', { count: counts.organisationsReached }),
      }
    : null;
  const mail = selection ? chosen.data?.mail : null;
  return (
    <Stack gap="md">
      <NativeSelect
        label={t('send.wave')}
        value={waveId}
        onChange={(e) => chooseWave(e.currentTarget.value)}
        data={[{ value: '', label: '—' }, ...waves.map((w) => ({ value: w.id, label: w.name }))]}
        maw={360}
      />
      {waveId &&
        (universe.isPending ? (
          <LoadingState />
        ) : universe.isError ? (
          <ErrorState error={universe.error} onRetry={() => universe.refetch()} />
        ) : organisations.length === 0 ? (
          <Text>{t('send.noOrganisations')}</Text>
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
              <Button size="xs" variant="default" onClick={() => setOffOrganisations(new Set())}>
                {t('send.selectAll')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => setOffOrganisations(new Set(organisations.map((o) => o.organisationId)))}
              >
                {t('send.selectNone')}
              </Button>
            </Group>
            <Stack gap="sm">
              {organisations.map((o) => (
                <OrganisationChoice
                  key={o.organisationId}
                  organisation={o}
                  chosen={!offOrganisations.has(o.organisationId)}
                  onChoose={(on) => setOffOrganisations((s) => toggle(s, o.organisationId, on))}
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
        title={t('send.confirmTitle')}
        message={numbers ? t('send.confirm', numbers) : ''}
        confirmLabel={t('send.confirmSend')}
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
