import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../common.ts';
import { District } from '../zones.ts';
import {
  ACTIVITY_DURATION_MAX_MINUTES,
  ACTIVITY_NEEDED_MAX,
  AVAILABILITY_PATTERNS,
  EXPERIENCE_AREAS,
  LANGUAGE_LEVELS,
  SPOKEN_LANGUAGES,
  VOLUNTEER_HOURS_CAP_MAX,
  VOLUNTEER_HOURS_CAP_MIN,
  VOLUNTEER_MAX_DATES,
  VOLUNTEER_SHORT_TEXT_MAX,
  VOLUNTEER_TEXT_MAX,
  VOLUNTEER_TOPIC_LABEL_MAX,
} from './constants.ts';
import { VOLUNTEER_STATUSES } from './selection.ts';

const Text = z.string().trim().min(1, 'required').max(VOLUNTEER_TEXT_MAX);
const ShortText = z.string().trim().min(1, 'required').max(VOLUNTEER_SHORT_TEXT_MAX);
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM');
const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

export const SpokenLanguageSchema = z.enum(SPOKEN_LANGUAGES, { message: 'unknown language' });
export const LanguageLevelSchema = z.enum(LANGUAGE_LEVELS);
export const VolunteerStatusSchema = z.enum(VOLUNTEER_STATUSES);

export const SpokenLanguageEntry = z.object({ code: SpokenLanguageSchema, level: LanguageLevelSchema });
export type SpokenLanguageEntry = z.infer<typeof SpokenLanguageEntry>;

const distinct = (list: readonly unknown[]) => new Set(list).size === list.length;
const distinctCodes = (list: readonly { code: string }[]) => distinct(list.map((l) => l.code));

export const SpokenLanguages = z
  .array(SpokenLanguageEntry)
  .max(20)
  .refine(distinctCodes, 'each language once');

/** A specific date, optionally limited to a time window (local time). */
export const AvailableDate = z
  .object({ date: IsoDate, start: ClockTime.optional(), end: ClockTime.optional() })
  .superRefine((d, ctx) => {
    if ((d.start === undefined) !== (d.end === undefined)) {
      ctx.addIssue({ code: 'custom', path: [d.start ? 'end' : 'start'], message: 'give both start and end' });
    } else if (d.start && d.end && minutesOf(d.end) <= minutesOf(d.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end before start' });
    }
  });
export type AvailableDate = z.infer<typeof AvailableDate>;

export const Availability = z.object({
  patterns: z
    .array(z.enum(AVAILABILITY_PATTERNS))
    .max(AVAILABILITY_PATTERNS.length)
    .refine(distinct, 'each pattern once')
    .default([]),
  dates: z.array(AvailableDate).max(VOLUNTEER_MAX_DATES).default([]),
});
export type Availability = z.infer<typeof Availability>;

export const HoursCap = z
  .number({ message: 'a number of hours' })
  .int('whole hours')
  .min(VOLUNTEER_HOURS_CAP_MIN, `at least ${VOLUNTEER_HOURS_CAP_MIN}`)
  .max(VOLUNTEER_HOURS_CAP_MAX, `at most ${VOLUNTEER_HOURS_CAP_MAX}`);

const profileFields = {
  motivation: Text,
  unit: ShortText,
  district: District,
  languages: SpokenLanguages.min(1, 'at least one language'),
  topicIds: z.array(z.uuid()).max(50).refine(distinct, 'each topic once').default([]),
  otherTopics: z.string().trim().max(VOLUNTEER_TEXT_MAX).default(''),
  experience: z.array(z.enum(EXPERIENCE_AREAS)).refine(distinct, 'each area once').default([]),
  experienceNote: z.string().trim().max(VOLUNTEER_TEXT_MAX).default(''),
  availability: Availability,
  maxHoursPerMonth: HoursCap,
};

export const ApplyInput = z.object({ callId: z.uuid().optional(), ...profileFields });
export type ApplyInput = z.infer<typeof ApplyInput>;

export const UpdateVolunteerProfileInput = z
  .object({
    motivation: profileFields.motivation.optional(),
    unit: profileFields.unit.optional(),
    district: profileFields.district.optional(),
    languages: profileFields.languages.optional(),
    topicIds: z.array(z.uuid()).max(50).refine(distinct, 'each topic once').optional(),
    otherTopics: z.string().trim().max(VOLUNTEER_TEXT_MAX).optional(),
    experience: z.array(z.enum(EXPERIENCE_AREAS)).refine(distinct, 'each area once').optional(),
    experienceNote: z.string().trim().max(VOLUNTEER_TEXT_MAX).optional(),
    availability: Availability.optional(),
    maxHoursPerMonth: HoursCap.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'nothing to change' });
export type UpdateVolunteerProfileInput = z.infer<typeof UpdateVolunteerProfileInput>;

export const ChangeVolunteerStatusInput = z.object({
  status: VolunteerStatusSchema,
  note: z.string().trim().max(VOLUNTEER_TEXT_MAX).optional(),
});
export const VolunteerNoteInput = z.object({ text: Text });
export const VolunteerMessageInput = z.object({ text: Text });
export const TrainingInput = z.object({ name: ShortText, completedOn: IsoDate });
export const VolunteerListQuery = z.object({
  status: VolunteerStatusSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const TopicInput = z.object({
  label: z.string().trim().min(1, 'required').max(VOLUNTEER_TOPIC_LABEL_MAX),
});
export const UpdateTopicInput = z
  .object({
    label: z.string().trim().min(1, 'required').max(VOLUNTEER_TOPIC_LABEL_MAX).optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => v.label !== undefined || v.active !== undefined, { message: 'nothing to change' });
export const TopicView = z.object({ id: z.uuid(), label: z.string(), active: z.boolean() });
export type TopicView = z.infer<typeof TopicView>;

export const CallInput = z.object({
  title: ShortText,
  body: Text,
  asked: Text,
  timeCommitment: ShortText,
});
export const PublishCallInput = z.object({ email: z.boolean().default(false) });
export const CALL_STATUSES = ['draft', 'published', 'closed'] as const;
export const CallView = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  asked: z.string(),
  timeCommitment: z.string(),
  status: z.enum(CALL_STATUSES),
  publishedAt: z.string().nullable(),
  emailedCount: z.number().int(),
  createdAt: z.string(),
});
export type CallView = z.infer<typeof CallView>;

export const StatusChangeView = z.object({
  from: VolunteerStatusSchema.nullable(),
  to: VolunteerStatusSchema,
  at: z.string(),
  note: z.string().nullable(),
});
export const TrainingView = z.object({ id: z.uuid(), name: z.string(), completedOn: z.string() });
export const NoteView = z.object({ id: z.uuid(), text: z.string(), authorName: z.string(), at: z.string() });
export const MessageView = z.object({
  id: z.uuid(),
  text: z.string(),
  authorName: z.string(),
  at: z.string(),
});

export const ASSIGNMENT_STATUSES = ['invited', 'accepted', 'declined', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const AssignmentView = z.object({
  id: z.uuid(),
  activityId: z.uuid(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  hours: z.number(),
  status: z.enum(ASSIGNMENT_STATUSES),
});
export type AssignmentView = z.infer<typeof AssignmentView>;

const profileViewFields = {
  id: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  status: VolunteerStatusSchema,
  callId: z.uuid().nullable(),
  motivation: z.string(),
  unit: z.string(),
  district: z.string(),
  languages: z.array(SpokenLanguageEntry),
  topicIds: z.array(z.uuid()),
  otherTopics: z.string(),
  experience: z.array(z.enum(EXPERIENCE_AREAS)),
  experienceNote: z.string(),
  availability: Availability,
  maxHoursPerMonth: z.number().int(),
  createdAt: z.string(),
  history: z.array(StatusChangeView),
  trainings: z.array(TrainingView),
};

/** What a colleague sees of their own record: no internal notes. */
export const OwnVolunteerView = z.object({
  ...profileViewFields,
  messages: z.array(MessageView),
  assignments: z.array(AssignmentView),
  hoursThisMonth: z.number(),
  calendarFeed: z.boolean(),
});
export type OwnVolunteerView = z.infer<typeof OwnVolunteerView>;

/** What the coordinator sees: everything, with internal notes. */
export const VolunteerView = z.object({
  ...profileViewFields,
  notes: z.array(NoteView),
  messages: z.array(MessageView),
  assignments: z.array(AssignmentView),
});
export type VolunteerView = z.infer<typeof VolunteerView>;

export const VolunteerSummaryView = z.object({
  id: z.uuid(),
  displayName: z.string(),
  status: VolunteerStatusSchema,
  unit: z.string(),
  district: z.string(),
  languages: z.array(SpokenLanguageEntry),
  maxHoursPerMonth: z.number().int(),
  createdAt: z.string(),
});
export type VolunteerSummaryView = z.infer<typeof VolunteerSummaryView>;

/** What partners and researchers of an activity see of the colleagues on it. */
export const TeamMemberView = z.object({ firstName: z.string(), role: z.literal('colleague') });

export const RequiredLanguage = z.object({
  code: SpokenLanguageSchema,
  minLevel: LanguageLevelSchema.optional(),
});
export type RequiredLanguage = z.infer<typeof RequiredLanguage>;

/** What an activity asks of colleagues: a snapshot kept with the volunteer pool. */
export const ActivityRequirementInput = z
  .object({
    activityId: z.uuid().optional(),
    title: ShortText,
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    needed: z.number().int().min(1).max(ACTIVITY_NEEDED_MAX),
    topicIds: z.array(z.uuid()).max(20).default([]),
    /** Left out for an initiative's activity: its own languages and district are taken. */
    languages: z.array(RequiredLanguage).max(10).refine(distinctCodes, 'each language once').optional(),
    district: District.nullable().optional(),
    /** Partners and researchers taking part: they may see the first names of the colleagues on it. */
    memberIds: z.array(z.uuid()).max(100).default([]),
  })
  .superRefine((a, ctx) => {
    const minutes = (Date.parse(a.endsAt) - Date.parse(a.startsAt)) / 60_000;
    if (minutes <= 0) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'end before start' });
    else if (minutes > ACTIVITY_DURATION_MAX_MINUTES)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'longer than a day' });
  });
export type ActivityRequirementInput = z.infer<typeof ActivityRequirementInput>;

export const MatchingInput = z
  .object({ activityId: z.uuid().optional(), requirement: ActivityRequirementInput.optional() })
  .refine((v) => v.activityId !== undefined || v.requirement !== undefined, {
    message: 'give activityId or requirement',
    path: ['activityId'],
  });

export const InviteVolunteersInput = z.object({
  volunteerIds: z.array(z.uuid()).min(1).max(ACTIVITY_NEEDED_MAX).refine(distinct, 'each colleague once'),
});
export const AssignmentAnswer = z.enum(['accept', 'decline']);
export const RespondByTokenInput = z.object({ token: z.string().min(10).max(200), answer: AssignmentAnswer });
export const RespondInput = z.object({ answer: AssignmentAnswer });

export const WorkloadQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use YYYY-MM')
    .optional(),
});
export const WorkloadRowView = z.object({
  volunteerId: z.uuid(),
  displayName: z.string(),
  hours: z.number(),
  pendingHours: z.number(),
  cap: z.number().int(),
  nearCap: z.boolean(),
  neverAsked: z.boolean(),
});
export const WorkloadView = z.object({ month: z.string(), rows: z.array(WorkloadRowView) });

export const EXCLUSION_REASONS = [
  'not_active',
  'already_invited',
  'already_accepted',
  'declined',
  'unavailable',
  'busy',
  'at_cap',
] as const;

export const MatchExplanationView = z.object({
  topics: z.object({
    points: z.number(),
    max: z.number(),
    matched: z.array(z.string()),
    missing: z.array(z.string()),
  }),
  languages: z.object({
    points: z.number(),
    max: z.number(),
    matched: z.array(z.object({ code: z.string(), level: LanguageLevelSchema })),
    missing: z.array(z.string()),
  }),
  district: z.object({
    points: z.number(),
    max: z.number(),
    same: z.boolean(),
    required: z.string().nullable(),
  }),
  availability: z.object({ via: z.string() }),
  spread: z.object({
    points: z.number(),
    max: z.number(),
    hoursThisMonth: z.number(),
    cap: z.number(),
    hoursLeft: z.number(),
    nearCap: z.boolean(),
  }),
});
export const RankedVolunteerView = z.object({
  volunteerId: z.uuid(),
  displayName: z.string(),
  score: z.number(),
  fit: z.number(),
  hoursThisMonth: z.number(),
  explanation: MatchExplanationView,
});
export const ExcludedVolunteerView = z.object({
  volunteerId: z.uuid(),
  displayName: z.string(),
  reason: z.enum(EXCLUSION_REASONS),
  detail: z.record(z.string(), z.union([z.string(), z.number()])),
});
export const VolunteerActivityView = z.object({
  activityId: z.uuid(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  needed: z.number().int(),
  topicIds: z.array(z.string()),
  languages: z.array(RequiredLanguage),
  district: z.string().nullable(),
  memberIds: z.array(z.string()),
});
export type VolunteerActivityView = z.infer<typeof VolunteerActivityView>;
export const MatchView = z.object({
  activity: VolunteerActivityView,
  ranked: z.array(RankedVolunteerView),
  excluded: z.array(ExcludedVolunteerView),
});
export const ActivityAssignmentView = z.object({
  id: z.uuid(),
  volunteerId: z.uuid(),
  displayName: z.string(),
  status: z.enum(ASSIGNMENT_STATUSES),
  invitedAt: z.string(),
  respondedAt: z.string().nullable(),
});
export const ActivityStaffingView = z.object({
  activity: VolunteerActivityView,
  assignments: z.array(ActivityAssignmentView),
});
export const ActivityTeamView = z.object({ activityId: z.uuid(), team: z.array(TeamMemberView) });
