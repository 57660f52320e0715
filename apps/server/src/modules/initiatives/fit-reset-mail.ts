import { schema, type Tx } from '@brug/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { MailContent } from '../mail/templates.ts';

type Params = { title: string; link: string };

const texts: Record<'nl' | 'fr' | 'en', (p: Params) => MailContent> = {
  nl: (p) => ({
    subject: `Het voorstel is gewijzigd — ${p.title}`,
    text: `Het voorstel "${p.title}" is gewijzigd. Bekijk de nieuwe versie en laat weten of het nog afgestemd is op jullie noden, of welke wijzigingen jullie vragen:\n${p.link}\n\nMet vriendelijke groet,\nBrug`,
  }),
  fr: (p) => ({
    subject: `La proposition a changé — ${p.title}`,
    text: `La proposition « ${p.title} » a changé. Consultez la nouvelle version et dites-nous si elle répond toujours à vos besoins, ou quelles modifications vous demandez :\n${p.link}\n\nBien cordialement,\nBrug`,
  }),
  en: (p) => ({
    subject: `The proposal has changed — ${p.title}`,
    text: `The proposal "${p.title}" has changed. Please look at the new version and tell us whether it still fits your needs, or which changes you ask for:\n${p.link}\n\nKind regards,\nBrug`,
  }),
};

/**
 * Asks the contacts (with an account) of the organisations whose answer was reset to confirm again.
 * Queued in the transaction of the change; returns the mails to dispatch after commit.
 */
export async function queueFitResetMails(
  ctx: AppContext,
  tx: Tx,
  initiative: { id: string; zoneId: string; title: string },
  organisationIds: string[],
): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const people = await tx
    .selectDistinct({ email: schema.users.email, language: schema.users.language })
    .from(schema.contacts)
    .innerJoin(schema.users, eq(schema.users.id, schema.contacts.userId))
    .where(
      and(
        eq(schema.contacts.zoneId, initiative.zoneId),
        inArray(schema.contacts.organisationId, organisationIds),
        isNull(schema.contacts.erasedAt),
        eq(schema.users.status, 'active'),
      ),
    );
  const link = `${ctx.config.publicUrl}/initiatives/${initiative.id}`;
  const ids: string[] = [];
  for (const p of people) {
    const template = texts[(p.language in texts ? p.language : 'nl') as keyof typeof texts];
    ids.push(
      await ctx.mailer.queue(tx, {
        ...template({ title: initiative.title, link }),
        zoneId: initiative.zoneId,
        to: p.email,
      }),
    );
  }
  return ids;
}
