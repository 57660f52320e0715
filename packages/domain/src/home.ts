import { z } from 'zod';

/**
 * What a role's home page says needs them now: counts, each linking to where it is done. The same
 * keys name the texts in the web app (`home.item.<key>`).
 */
export const HOME_ITEMS = [
  // coordinator
  'tasksOverdue',
  'tasksOpen',
  'invitationsUnanswered',
  'initiativesAwaitingPartner',
  'activitiesShortOfColleagues',
  'ideasNew',
  'applicationsNew',
  // researcher
  'interviewsToHold',
  'interviewsToCode',
  'findingDrafts',
  'answersToRead',
  // colleague
  'assignmentsToAnswer',
  // partner
  'initiativesToConfirm',
  'findingsPublished',
  // admin
  'usersInvited',
  'mailUndelivered',
  'setupNoBureau',
  'setupNoMailServer',
  'setupNoProgramme',
] as const;
export type HomeItemKey = (typeof HOME_ITEMS)[number];

export const HomeView = z.object({
  items: z.array(
    z.object({
      key: z.enum(HOME_ITEMS),
      count: z.number().int(),
      /** Where in the app it is done. */
      to: z.string(),
      /** Needs doing now (overdue, waiting on this person), rather than a figure to know. */
      urgent: z.boolean(),
    }),
  ),
  /** The next activities that concern this person (at most five), soonest first. */
  upcoming: z.array(
    z.object({
      activityId: z.uuid(),
      initiativeId: z.uuid(),
      title: z.string(),
      startsAt: z.string(),
      to: z.string(),
    }),
  ),
});
export type HomeView = z.infer<typeof HomeView>;
