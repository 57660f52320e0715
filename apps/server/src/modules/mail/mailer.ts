import { randomUUID } from 'node:crypto';
import { type Database, type MailAttachment, schema, type Tx } from '@brug/db';
import type { Language } from '@brug/domain';
import { eq, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Jobs } from '../jobs/jobs.ts';
import { openMail, sealMail } from './mail-key.ts';
import { REDACTED_LINK, redactLinks } from './redact.ts';
import type { MailContent } from './templates.ts';

export const MAIL_QUEUE = 'mail-send';

export type OutgoingMail = MailContent & {
  zoneId: string | null;
  to: string;
  attachments?: MailAttachment[];
  /** nl, fr or en; when left out, read from the message's closing words. */
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

const CLOSINGS: [RegExp, Language][] = [
  [/Met vriendelijke groet|\bBeste\b/, 'nl'],
  [/Bien cordialement|\bBonjour\b/, 'fr'],
  [/Kind regards|\bDear\b/, 'en'],
];

function languageOf(mail: OutgoingMail): Language | null {
  if (mail.language === 'nl' || mail.language === 'fr' || mail.language === 'en') return mail.language;
  return CLOSINGS.find(([re]) => re.test(mail.text))?.[1] ?? null;
}

/** ICS folds long lines; a link must be whole to be recognised. */
const unfold = (s: string) => s.replace(/\r?\n[ \t]/g, '');

/**
 * Every message is first written to `mail_messages`, then sent by a job with retries. What is stored
 * readable has every link that acts as a person redacted; the deliverable message is sealed with
 * the mail key (kept outside the database) and deleted once delivered. Without SMTP settings the
 * message stays there with status 'outbox': admins see its redacted copy, never a personal link.
 */
export class Mailer {
  private transport?: Transporter;

  constructor(
    private database: Database,
    private jobs: Jobs,
    private options: { smtpUrl?: string; from: string; key: Buffer },
  ) {
    if (options.smtpUrl) this.transport = nodemailer.createTransport(options.smtpUrl);
  }

  get hasSmtp(): boolean {
    return this.transport !== undefined;
  }

  /** Queues a message. Pass the transaction of the change that causes it, so both happen or neither. */
  async queue(tx: Tx, mail: OutgoingMail): Promise<string> {
    const id = randomUUID();
    const language = languageOf(mail);
    const marker = REDACTED_LINK[language ?? 'nl'];
    const attachments = mail.attachments ?? [];
    const deliverable: Deliverable = { subject: mail.subject, text: mail.text, attachments };
    const readableAttachments = mail.confidential
      ? []
      : attachments.map((a) => {
          const flat = unfold(a.content);
          const redacted = redactLinks(flat, marker, mail.secrets);
          return redacted === flat ? a : { ...a, content: redacted };
        });
    await tx.insert(schema.mailMessages).values({
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

  /** Hands queued messages to the job queue; call after the transaction that queued them committed. */
  async dispatch(ids: string[]): Promise<void> {
    if (!this.transport) return;
    for (const id of ids) await this.jobs.send(MAIL_QUEUE, { id });
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
    await this.jobs.work<{ id: string }>(MAIL_QUEUE, (data) => this.deliver(data.id));
  }

  async deliver(id: string): Promise<void> {
    const db = this.database.db;
    const [msg] = await db.select().from(schema.mailMessages).where(eq(schema.mailMessages.id, id));
    if (!msg || msg.status === 'sent' || !this.transport) return;
    try {
      const message = await this.compose(id);
      if (!message)
        throw new Error('sealed under a mail key this server does not have (MAIL_KEY or data folder)');
      await this.transport.sendMail({
        from: this.options.from,
        to: msg.to,
        subject: message.subject,
        text: message.text,
        attachments: message.attachments,
      });
      // Delivered: the only copy of its personal links goes.
      await db
        .update(schema.mailMessages)
        .set({
          status: 'sent',
          sealed: null,
          sentAt: new Date(),
          attempts: sql`${schema.mailMessages.attempts} + 1`,
          lastError: null,
        })
        .where(eq(schema.mailMessages.id, id));
    } catch (err) {
      await db
        .update(schema.mailMessages)
        .set({
          status: 'failed',
          attempts: sql`${schema.mailMessages.attempts} + 1`,
          lastError: (err as Error).message.slice(0, 500),
        })
        .where(eq(schema.mailMessages.id, id));
      throw err;
    }
  }

  close(): void {
    this.transport?.close();
  }
}
