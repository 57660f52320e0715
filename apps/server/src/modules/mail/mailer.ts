import { type Database, type MailAttachment, schema, type Tx } from '@brug/db';
import { eq, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Jobs } from '../jobs/jobs.ts';
import type { MailContent } from './templates.ts';

export const MAIL_QUEUE = 'mail-send';

export type OutgoingMail = MailContent & {
  zoneId: string | null;
  to: string;
  attachments?: MailAttachment[];
};

/**
 * Every message is first written to `mail_messages`, then sent by a job with retries. Without SMTP
 * settings the message stays there with status 'outbox', for admins to read.
 */
export class Mailer {
  private transport?: Transporter;

  constructor(
    private database: Database,
    private jobs: Jobs,
    private options: { smtpUrl?: string; from: string },
  ) {
    if (options.smtpUrl) this.transport = nodemailer.createTransport(options.smtpUrl);
  }

  get hasSmtp(): boolean {
    return this.transport !== undefined;
  }

  /** Queues a message. Pass the transaction of the change that causes it, so both happen or neither. */
  async queue(tx: Tx, mail: OutgoingMail): Promise<string> {
    const [row] = await tx
      .insert(schema.mailMessages)
      .values({
        zoneId: mail.zoneId,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: mail.attachments ?? [],
        status: this.transport ? 'queued' : 'outbox',
      })
      .returning({ id: schema.mailMessages.id });
    return row.id;
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

  async startWorker(): Promise<void> {
    if (!this.transport) return;
    await this.jobs.work<{ id: string }>(MAIL_QUEUE, (data) => this.deliver(data.id));
  }

  async deliver(id: string): Promise<void> {
    const db = this.database.db;
    const [msg] = await db.select().from(schema.mailMessages).where(eq(schema.mailMessages.id, id));
    if (!msg || msg.status === 'sent' || !this.transport) return;
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: msg.to,
        subject: msg.subject,
        text: msg.text,
        attachments: msg.attachments,
      });
      await db
        .update(schema.mailMessages)
        .set({
          status: 'sent',
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
