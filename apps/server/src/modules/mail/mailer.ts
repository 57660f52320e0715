import { randomUUID } from 'node:crypto';
import { type Database, type MailAttachment, preparedQuery, schema, type Tx } from '@brug/db';
import type { Language } from '@brug/domain';
import { and, eq, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import pino, { type Logger } from 'pino';
import type { Jobs, OutgoingJob } from '../jobs/jobs.ts';
import { mailHtml } from './html.ts';
import { openMail, sealMail } from './mail-key.ts';
import { REDACTED_LINK, redactLinks } from './redact.ts';
import type { MailContent } from './templates.ts';

export const MAIL_QUEUE = 'mail-send';

/** A delivery attempt: `retry` counts the failed attempts before it in this round. */
type MailJob = { id: string; retry?: number };

export type OutgoingMail = MailContent & {
  zoneId: string | null;
  to: string;
  attachments?: MailAttachment[];
  /** nl, fr, en (or ar for a registrant); when left out, read from the message's closing words. */
  language?: string;
  /** About a confidential conversation: the body (time, place) is for the research bureau only. */
  confidential?: boolean;
  /** Secrets that are not in a link of the usual shape; redacted like personal links. */
  secrets?: string[];
  /** What the message is for, when a rule depends on it ('account-invitation'). */
  purpose?: 'account-invitation' | 'password-reset' | 'password-reset-notice' | 'password-reset-confirm';
  /** The user the message is about. */
  userId?: string;
};

/** The message as it will be delivered: only the server, holding the mail key, can compose it. */
export type Deliverable = { subject: string; text: string; attachments: MailAttachment[] };

/**
 * Seconds to wait before each new attempt after a failed one: growing, about 32 hours in all, so that
 * an SMTP server down for a night or a weekend day still gets the mail. After the last, 'failed'.
 */
export const MAIL_RETRY_SCHEDULE: readonly number[] = [
  60, 300, 900, 1800, 3600, 7200, 14_400, 28_800, 28_800, 28_800,
];

export type MailerOptions = {
  smtpUrl?: string;
  from: string;
  key: Buffer;
  /** Seconds before each retry (tests use seconds instead of hours). */
  retrySchedule?: readonly number[];
  /** The clock, for `sentAt` and the next attempt's time. */
  now?: () => Date;
  /** Where delivery failures are logged (without addresses or links). */
  logger?: Logger;
};

const EMAIL_IN_TEXT = /[^\s<>"'@,;:()]+@[^\s<>"'@,;:()]+\.[^\s<>"'@,;:()]+/g;

/** An error as the log may show it: no address, no link (links may carry a token). */
export function loggableError(message: string): string {
  return message
    .replace(/https?:\/\/\S+/g, '[link]')
    .replace(EMAIL_IN_TEXT, '[address]')
    .slice(0, 300);
}

const CLOSINGS: [RegExp, Language][] = [
  [/Met vriendelijke groet|\bBeste\b/, 'nl'],
  [/Bien cordialement|\bBonjour\b/, 'fr'],
  [/Kind regards|\bDear\b/, 'en'],
];

function languageOf(mail: OutgoingMail): string | null {
  if (mail.language && /^[a-z]{2}$/.test(mail.language)) return mail.language;
  const closing = CLOSINGS.find(([re]) => re.test(mail.text))?.[1];
  if (closing) return closing;
  // A registrant's mail in Arabic has no closing words: its script tells.
  return /[\u0600-\u06ff]{3,}/.test(mail.text) ? 'ar' : null;
}

/** The readable copy's marker for a personal link, in the mail's language (Dutch otherwise). */
export function redactedLinkMarker(language: string | null | undefined): string {
  return REDACTED_LINK[(language ?? 'nl') as Language] ?? REDACTED_LINK.nl;
}

/** ICS folds long lines; a link must be whole to be recognised. */
const unfold = (s: string) => s.replace(/\r?\n[ \t]/g, '');

// The statements of every mail, built once (`preparedQuery`): each registration queues one.
const insertMail = preparedQuery(
  'mail_insert',
  [
    'id',
    'zoneId',
    'to',
    'subject',
    'text',
    'attachments',
    'language',
    'confidential',
    'purpose',
    'userId',
    'sealed',
    'status',
  ],
  (tx, p) => tx.insert(schema.mailMessages).values(p),
  'shared',
);
const mailById = preparedQuery(
  'mail_by_id',
  ['id'],
  (db, p) => db.select().from(schema.mailMessages).where(eq(schema.mailMessages.id, p.id)),
  'shared',
);
const markMailSent = preparedQuery(
  'mail_sent',
  ['id', 'sentAt'],
  (db, p) =>
    db
      .update(schema.mailMessages)
      .set({
        status: 'sent',
        sealed: null,
        sentAt: sql`${p.sentAt}::timestamptz`,
        attempts: sql`${schema.mailMessages.attempts} + 1`,
        lastError: null,
      })
      .where(eq(schema.mailMessages.id, p.id)),
  'shared',
);

/**
 * Every message is first written to `mail_messages`, then sent by a job with retries. What is stored
 * readable has every link that acts as a person redacted; the deliverable message is sealed with
 * the mail key (kept outside the database) and deleted once delivered. Without SMTP settings the
 * message stays there with status 'outbox': admins see its redacted copy, never a personal link.
 */
export class Mailer {
  private transport?: Transporter;
  readonly retrySchedule: readonly number[];
  private now: () => Date;
  log: Logger;

  constructor(
    private database: Database,
    private jobs: Jobs,
    private options: MailerOptions,
  ) {
    if (options.smtpUrl) this.transport = nodemailer.createTransport(options.smtpUrl);
    this.retrySchedule = options.retrySchedule ?? MAIL_RETRY_SCHEDULE;
    this.now = options.now ?? (() => new Date());
    this.log = options.logger ?? pino({ name: 'mail' });
  }

  get hasSmtp(): boolean {
    return this.transport !== undefined;
  }

  /** Queues a message. Pass the transaction of the change that causes it, so both happen or neither. */
  async queue(tx: Tx, mail: OutgoingMail): Promise<string> {
    const id = randomUUID();
    const language = languageOf(mail);
    const marker = redactedLinkMarker(language);
    const attachments = mail.attachments ?? [];
    const deliverable: Deliverable = { subject: mail.subject, text: mail.text, attachments };
    const readableAttachments = mail.confidential
      ? []
      : attachments.map((a) => {
          const flat = unfold(a.content);
          const redacted = redactLinks(flat, marker, mail.secrets);
          return redacted === flat ? a : { ...a, content: redacted };
        });
    await insertMail(tx, {
      id,
      zoneId: mail.zoneId,
      to: mail.to,
      subject: redactLinks(mail.subject, marker, mail.secrets),
      text: mail.confidential ? '' : redactLinks(mail.text, marker, mail.secrets),
      attachments: readableAttachments,
      language,
      confidential: mail.confidential ?? false,
      purpose: mail.purpose ?? null,
      userId: mail.userId ?? null,
      sealed: sealMail(this.options.key, id, JSON.stringify(deliverable)),
      status: this.transport ? 'queued' : 'outbox',
    });
    return id;
  }

  /** Hands queued messages to the job queue (one statement); call after the transaction that queued them committed. */
  async dispatch(ids: string[]): Promise<void> {
    await this.jobs.sendMany(this.deliveryJobs(ids));
  }

  /**
   * The jobs that deliver queued messages (none without SMTP), for `Jobs.sendMany` with other jobs of
   * the same change; send them after the transaction that queued the messages committed.
   */
  deliveryJobs(ids: string[]): OutgoingJob[] {
    if (!this.transport) return [];
    return ids.map((id) => ({ name: MAIL_QUEUE, data: { id, retry: 0 } satisfies MailJob }));
  }

  /**
   * An admin sends mail that was given up on ('failed') again: it is tried now, with a new round of
   * retries. Mail still being retried has its next try scheduled already and is left alone.
   */
  async resend(id: string): Promise<'queued' | 'no-smtp' | 'not-failed' | 'unsealable'> {
    if (!this.transport) return 'no-smtp';
    const m = schema.mailMessages;
    const [msg] = await this.database.db.select({ status: m.status }).from(m).where(eq(m.id, id));
    if (msg?.status !== 'failed') return 'not-failed';
    if (!(await this.compose(id))) return 'unsealable';
    const claimed = await this.database.db
      .update(m)
      .set({ status: 'queued' })
      .where(and(eq(m.id, id), eq(m.status, 'failed')))
      .returning({ id: m.id });
    if (claimed.length === 0) return 'not-failed';
    await this.jobs.send(MAIL_QUEUE, { id, retry: 0 } satisfies MailJob);
    return 'queued';
  }

  async queueAndDispatch(mail: OutgoingMail): Promise<string> {
    const id = await this.queue(this.database.db, mail);
    await this.dispatch([id]);
    return id;
  }

  /**
   * The message as it will be delivered, personal links included; undefined once delivered (or sealed
   * under a key this server no longer has). For the server itself only: no route returns it whole.
   */
  async compose(id: string, db: Tx = this.database.db): Promise<Deliverable | undefined> {
    const [msg] = await db
      .select({ sealed: schema.mailMessages.sealed })
      .from(schema.mailMessages)
      .where(eq(schema.mailMessages.id, id));
    if (!msg?.sealed) return undefined;
    const plain = openMail(this.options.key, id, msg.sealed);
    return plain ? (JSON.parse(plain) as Deliverable) : undefined;
  }

  async startWorker(): Promise<void> {
    if (!this.transport) return;
    await this.jobs.work<MailJob>(MAIL_QUEUE, (data) => this.deliver(data.id, data.retry ?? 0));
  }

  /**
   * One attempt. When it fails, the message shows 'retrying' with its error and the next attempt is
   * scheduled after the next delay of the schedule; after the last, it shows 'failed' until an admin
   * sends it again. A message this server cannot open (sealed under another mail key: a server started
   * without the shared MAIL_KEY) shows 'failed' at once: no retry would open it, and a day of retries
   * would hold up the mail behind it. Each failure is logged with the message's id, never its address
   * or links.
   */
  async deliver(id: string, retry = 0): Promise<void> {
    const db = this.database.db;
    const m = schema.mailMessages;
    const [msg] = await mailById(db, { id });
    if (!msg || msg.status === 'sent' || !this.transport) return;
    let error: Error | undefined;
    let unsealable = false;
    try {
      const plain = msg.sealed && openMail(this.options.key, id, msg.sealed);
      if (!plain) {
        unsealable = true;
        throw new Error('sealed under a mail key this server does not have (MAIL_KEY or data folder)');
      }
      const message = JSON.parse(plain) as Deliverable;
      await this.transport.sendMail({
        from: this.options.from,
        to: msg.to,
        subject: message.subject,
        text: message.text,
        html: mailHtml(message.subject, message.text, msg.language),
        attachments: message.attachments,
      });
    } catch (err) {
      error = err as Error;
    }
    if (!error) {
      // Delivered: the only copy of its personal links goes.
      await markMailSent(db, { id, sentAt: this.now().toISOString() });
      return;
    }
    const delay = unsealable ? undefined : this.retrySchedule[retry];
    const giveUp = delay === undefined;
    await db
      .update(m)
      .set({
        status: giveUp ? 'failed' : 'retrying',
        attempts: sql`${m.attempts} + 1`,
        lastError: error.message.slice(0, 500),
      })
      .where(eq(m.id, id));
    const nextAttemptAt = giveUp ? null : new Date(this.now().getTime() + delay * 1000);
    this.log[giveUp ? 'error' : 'warn'](
      {
        mailId: id,
        attempt: msg.attempts + 1,
        code: (error as { code?: string }).code,
        responseCode: (error as { responseCode?: number }).responseCode,
        err: loggableError(error.message),
        nextAttemptAt: nextAttemptAt?.toISOString() ?? null,
      },
      unsealable
        ? 'mail not delivered: this server cannot open it (another mail key)'
        : giveUp
          ? 'mail not delivered: given up, an admin may send it again'
          : 'mail not delivered: will retry',
    );
    if (!giveUp)
      await this.jobs.send(MAIL_QUEUE, { id, retry: retry + 1 } satisfies MailJob, {
        startAfter: delay,
        retryLimit: 2,
      });
  }

  close(): void {
    this.transport?.close();
  }
}
