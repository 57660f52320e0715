import {
  type ActivityRow,
  appendAudit,
  countConfirmedPeople,
  findWaitingList,
  getRegistrationByToken,
  lockActivity,
  preparedQuery,
  type RegistrationRow,
  registrationState,
  schema,
  type Tx,
  waitingPosition,
} from '@brug/db';
import {
  ACTIVITY_REMINDER_HOURS,
  AppError,
  type InitiativeStatus,
  promoteFromWaitingList,
  type RegisterInput,
  registrationOpen,
} from '@brug/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { randomToken, sha256 } from '../../http/tokens.ts';
import { calendarOrganizer } from '../conversations/ics.ts';
import type { OutgoingJob } from '../jobs/jobs.ts';
import { activityIcs } from './calendar.ts';
import { type RegistrationMailKind, registrantWhen, registrationMail } from './registration-mail.ts';

export const REMINDER_QUEUE = 'activity-reminder';
/** A contact that is an e-mail address (a registrant may leave a phone number instead). */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const manageLink = (ctx: AppContext, token: string) => `${ctx.config.publicUrl}/registration?token=${token}`;

async function initiativeOf(tx: Tx, activity: ActivityRow) {
  const [row] = await tx
    .select({
      title: schema.initiatives.title,
      description: schema.initiatives.description,
      status: schema.initiatives.status,
    })
    .from(schema.initiatives)
    .where(eq(schema.initiatives.id, activity.initiativeId));
  return row;
}

/** Queues the registrant's mail (with the .ics) in the same transaction, when they left an e-mail address. */
async function queueRegistrantMail(
  ctx: AppContext,
  tx: Tx,
  activity: ActivityRow,
  title: string,
  r: RegistrationRow,
  kind: Exclude<RegistrationMailKind, 'reminder'>,
  token?: string,
): Promise<string | null> {
  if (!r.contact || !EMAIL.test(r.contact)) return null;
  const content = registrationMail(r.language, kind, {
    name: r.name,
    title,
    when: registrantWhen(activity.startsAt, r.language),
    where: activity.place ?? activity.onlineUrl ?? '',
    link: token ? manageLink(ctx, token) : `${ctx.config.publicUrl}/activities/${activity.id}/register`,
    status: r.status,
  });
  const ics = activityIcs({ ...activity, title, description: '' }, ctx.config.publicUrl, {
    organizer: calendarOrganizer(ctx.config.mailFrom),
    attendee: { email: r.contact, name: r.name },
  });
  // Only a confirmed place goes into the calendar (and only it is taken out again).
  const withIcs = kind !== 'waiting' && r.status === 'confirmed';
  return ctx.mailer.queue(tx, {
    ...content,
    zoneId: activity.zoneId,
    to: r.contact,
    language: r.language,
    attachments: withIcs ? [{ filename: 'activiteit.ics', content: ics, contentType: 'text/calendar' }] : [],
  });
}

/**
 * Tells everyone still registered (confirmed or waiting) that the activity moved or was cancelled, with
 * an updated .ics (or its cancellation) for confirmed places. Call inside the transaction of the change,
 * with the activity as it is after it; returns the mails to dispatch after commit.
 */
export async function notifyRegistrants(
  ctx: AppContext,
  tx: Tx,
  activity: ActivityRow,
  kind: 'changed' | 'cancelled',
): Promise<{ mailIds: string[]; registrations: RegistrationRow[] }> {
  const standing = await tx
    .select()
    .from(schema.registrations)
    .where(
      and(
        eq(schema.registrations.activityId, activity.id),
        inArray(schema.registrations.status, ['confirmed', 'waiting']),
      ),
    )
    .orderBy(schema.registrations.seq);
  const title = (await initiativeOf(tx, activity)).title;
  const mailIds: string[] = [];
  for (const r of standing) {
    const id = await queueRegistrantMail(ctx, tx, activity, title, r, kind);
    if (id) mailIds.push(id);
  }
  return { mailIds, registrations: standing };
}

const insertRegistration = preparedQuery(
  'registration_insert',
  ['zoneId', 'activityId', 'name', 'contact', 'people', 'language', 'status', 'tokenHash'],
  (tx, p) => tx.insert(schema.registrations).values(p).returning(),
  'shared',
);

/**
 * Public registration. The activity row is locked for the whole decision, so concurrent registrations
 * queue one after the other and the confirmed head count never passes the capacity. Nobody overtakes
 * the waiting list: while people wait, newcomers wait too.
 */
export async function register(ctx: AppContext, activityId: string, input: RegisterInput) {
  const token = randomToken();
  const { registration, position, mailId, activity } = await ctx.database.db.transaction(async (tx) => {
    const activity = await lockActivity(tx, activityId);
    if (!activity) throw new AppError('NOT_FOUND', 'No such activity');
    // After the lock: the counts include every registration committed before it was granted.
    const state = await registrationState(tx, activity);
    if (activity.cancelledAt || !registrationOpen(state.status as InitiativeStatus))
      throw new AppError('CONFLICT', 'Registration is closed for this activity', {
        fields: { activity: 'closed' },
      });
    if (activity.startsAt.getTime() <= Date.now())
      throw new AppError('CONFLICT', 'This activity has already started', {
        fields: { activity: 'started' },
      });
    const fits = state.waiting === 0 && state.confirmedPeople + input.people <= activity.capacity;
    const [registration] = await insertRegistration(tx, {
      zoneId: activity.zoneId,
      activityId,
      name: input.name,
      contact: input.contact || null,
      people: input.people,
      language: input.language,
      status: fits ? 'confirmed' : 'waiting',
      tokenHash: sha256(token),
    });
    await appendAudit(tx, {
      zoneId: activity.zoneId,
      action: 'registration.create',
      targetType: 'activity',
      targetId: activityId,
      details: { registrationId: registration.id, status: registration.status, people: input.people },
    });
    const mailId = await queueRegistrantMail(
      ctx,
      tx,
      activity,
      state.title,
      registration,
      fits ? 'confirmed' : 'waiting',
      token,
    );
    // The activity is locked: nobody joined the waiting list since the count, so a newcomer waits last.
    const position = fits ? null : state.waiting + 1;
    return { registration, position, mailId, activity };
  });
  // After the commit, the confirmation and the reminder in one statement: a refused or failed
  // registration sends nothing.
  const reminder = reminderJob(registration, activity);
  await ctx.jobs.sendMany([
    ...ctx.mailer.deliveryJobs(mailId ? [mailId] : []),
    ...(reminder ? [reminder] : []),
  ]);
  return { registration, token, position };
}

export type ReminderJob = { registrationId: string; startsAt?: string };

/** A reminder before the start; it carries the start it was meant for, so a moved activity's old one is skipped. */
function reminderJob(r: RegistrationRow, activity: ActivityRow): OutgoingJob | null {
  if (!r.contact || !EMAIL.test(r.contact)) return null;
  const at = new Date(activity.startsAt.getTime() - ACTIVITY_REMINDER_HOURS * 3_600_000);
  const data: ReminderJob = { registrationId: r.id, startsAt: activity.startsAt.toISOString() };
  return { name: REMINDER_QUEUE, data, startAfter: at > new Date() ? at : undefined };
}

/** Schedules the reminder of one registration (see `reminderJob`). */
export async function scheduleReminder(ctx: AppContext, r: RegistrationRow, activity: ActivityRow) {
  const job = reminderJob(r, activity);
  if (job) await ctx.jobs.send(job.name, job.data, job.startAfter ? { startAfter: job.startAfter } : {});
}

/**
 * Frees places and lets the waiting list move up, first come, first served. Call with the activity row
 * locked; returns the mails to dispatch after commit.
 */
export async function moveUpWaitingList(ctx: AppContext, tx: Tx, activity: ActivityRow): Promise<string[]> {
  const confirmed = await countConfirmedPeople(tx, activity.id);
  const waiting = await findWaitingList(tx, activity.id);
  const promoted = promoteFromWaitingList(
    activity.capacity,
    confirmed,
    waiting.map((w) => ({ id: w.id, people: w.people, status: 'waiting' as const })),
  );
  if (promoted.length === 0) return [];
  await tx
    .update(schema.registrations)
    .set({ status: 'confirmed' })
    .where(inArray(schema.registrations.id, promoted));
  await appendAudit(tx, {
    zoneId: activity.zoneId,
    action: 'registration.move_up',
    targetType: 'activity',
    targetId: activity.id,
    details: { registrationIds: promoted },
  });
  const title = (await initiativeOf(tx, activity)).title;
  const mails: string[] = [];
  for (const r of waiting.filter((w) => promoted.includes(w.id))) {
    const id = await queueRegistrantMail(ctx, tx, activity, title, { ...r, status: 'confirmed' }, 'moved');
    if (id) mails.push(id);
  }
  return mails;
}

/** A registrant cancels through their personal link; the first on the waiting list moves up. */
export async function cancelRegistration(ctx: AppContext, token: string) {
  const hash = sha256(token);
  const { registration, mailIds } = await ctx.database.db.transaction(async (tx) => {
    const found = await getRegistrationByToken(tx, hash);
    if (!found) throw new AppError('NOT_FOUND', 'No such registration', { fields: { token: 'unknown' } });
    const activity = await lockActivity(tx, found.activityId);
    const current = (await getRegistrationByToken(tx, hash))!;
    if (current.status === 'cancelled') return { registration: current, mailIds: [] };
    const [registration] = await tx
      .update(schema.registrations)
      .set({ status: 'cancelled', cancelledAt: new Date() })
      .where(eq(schema.registrations.id, current.id))
      .returning();
    await appendAudit(tx, {
      zoneId: current.zoneId,
      action: 'registration.cancel',
      targetType: 'activity',
      targetId: current.activityId,
      details: { registrationId: current.id, was: current.status },
    });
    const mailIds =
      current.status === 'confirmed' && activity ? await moveUpWaitingList(ctx, tx, activity) : [];
    return { registration, mailIds };
  });
  await ctx.mailer.dispatch(mailIds);
  return registration;
}

export async function findRegistrationByToken(ctx: AppContext, token: string) {
  const registration = await getRegistrationByToken(ctx.database.db, sha256(token));
  if (!registration)
    throw new AppError('NOT_FOUND', 'No such registration', { fields: { token: 'unknown' } });
  return { registration, position: await waitingPosition(ctx.database.db, registration) };
}

/** Runs when a reminder falls due: only for registrations still standing and activities still on. */
export async function sendReminder(ctx: AppContext, { registrationId, startsAt }: ReminderJob) {
  const db = ctx.database.db;
  const [r] = await db.select().from(schema.registrations).where(eq(schema.registrations.id, registrationId));
  // Only a confirmed place is reminded: someone still waiting has no place to come to.
  if (r?.status !== 'confirmed' || !r.contact) return;
  const [activity] = await db.select().from(schema.activities).where(eq(schema.activities.id, r.activityId));
  if (!activity || activity.cancelledAt || activity.startsAt.getTime() < Date.now()) return;
  // The activity moved after this reminder was scheduled: the reminder for the new time will come.
  if (startsAt && activity.startsAt.toISOString() !== startsAt) return;
  const title = (await initiativeOf(db, activity)).title;
  const content = registrationMail(r.language, 'reminder', {
    name: r.name,
    title,
    when: registrantWhen(activity.startsAt, r.language),
    where: activity.place ?? activity.onlineUrl ?? '',
    link: `${ctx.config.publicUrl}/activities/${activity.id}/register`,
    status: r.status,
  });
  await ctx.mailer.queueAndDispatch({
    ...content,
    zoneId: activity.zoneId,
    to: r.contact,
    language: r.language,
  });
}
