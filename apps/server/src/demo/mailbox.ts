import { schema } from '@brug/db';
import { desc, eq } from 'drizzle-orm';
import type { DemoWorld } from './world.ts';

/**
 * The recipient's mailbox: the newest mail to `email` as it is delivered (the stored copy has its
 * personal links redacted; the server composes the deliverable one, as its mail job does).
 */
export async function latestMailTo(w: DemoWorld, email: string): Promise<string> {
  const [row] = await w.ctx.database.db
    .select({ id: schema.mailMessages.id })
    .from(schema.mailMessages)
    .where(eq(schema.mailMessages.to, email))
    .orderBy(desc(schema.mailMessages.createdAt))
    .limit(1);
  if (!row) throw new Error(`demo: no mail to ${email}`);
  const message = await w.ctx.mailer.compose(row.id);
  if (!message) throw new Error(`demo: the mail to ${email} has no deliverable copy`);
  return message.text;
}

/** The token of the first personal link in a mail. */
export const tokenIn = (text: string): string => {
  const m = /token=([\w-]+)/.exec(text);
  if (!m) throw new Error('demo: no personal link in the mail');
  return m[1];
};
