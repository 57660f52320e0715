import type { MailAttachment } from '@brug/db';
import type { TestApp } from './helpers.ts';

/**
 * Mail rows as their recipients receive them, personal links included. The stored copy has those
 * redacted; only the server, holding the mail key, composes the deliverable message, as the SMTP
 * job does. Tests stand in for the recipient's mailbox this way (or use a real SMTP server).
 */
export async function asDelivered<T extends { id: string; text: string; attachments?: MailAttachment[] }>(
  t: TestApp,
  rows: T[],
): Promise<T[]> {
  return Promise.all(
    rows.map(async (row) => {
      const message = await t.ctx.mailer.compose(row.id);
      if (!message) throw new Error(`mail ${row.id} has no deliverable copy (already delivered?)`);
      return { ...row, text: message.text, attachments: message.attachments };
    }),
  );
}
