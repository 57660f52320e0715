import { z } from 'zod';
import { IsoDate, IsoDateTime } from './common.ts';
import { LANGUAGES } from './roles.ts';

/** Limits of initiatives and their activities, shown in forms and enforced by the server. */
export const INITIATIVE_TITLE_MAX_LENGTH = 160;
export const INITIATIVE_TEXT_MAX_LENGTH = 8000;
export const INITIATIVE_LIST_MAX_ITEMS = 30;
export const INITIATIVE_REASON_MAX_LENGTH = 1000;
export const CODESIGN_COMMENT_MAX_LENGTH = 4000;
/** Documents in the co-design space are stored in the database; keep them small. */
export const DOCUMENT_MAX_BYTES = 2 * 1024 * 1024;
export const DOCUMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
] as const;
export const ACTIVITY_CAPACITY_MAX = 10_000;
export const REGISTRATION_PARTY_MAX = 10;
export const REGISTRATION_NAME_MAX_LENGTH = 80;
export const REGISTRATION_CONTACT_MAX_LENGTH = 254;
/** Registrants with an e-mail address get a reminder this long before the activity starts. */
export const ACTIVITY_REMINDER_HOURS = 24;
export const REPORT_TEXT_MAX_LENGTH = 4000;

export const INITIATIVE_TYPES = [
  'presentation',
  'workshop',
  'neighbourhood_meeting',
  'group_activity',
  'other',
] as const;
export type InitiativeType = (typeof INITIATIVE_TYPES)[number];

export const INITIATIVE_STATUSES = [
  'idea',
  'proposal',
  'co_design',
  'planned',
  'running',
  'done',
  'evaluated',
  'dropped',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** The lifecycle: forward one step, co-design back to proposal, and dropped (with a reason) from any open state. */
const TRANSITIONS: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  idea: ['proposal', 'dropped'],
  proposal: ['co_design', 'dropped'],
  co_design: ['planned', 'proposal', 'dropped'],
  planned: ['running', 'co_design', 'dropped'],
  running: ['done', 'dropped'],
  done: ['evaluated'],
  evaluated: [],
  dropped: [],
};

export function nextStatuses(from: InitiativeStatus): readonly InitiativeStatus[] {
  return TRANSITIONS[from];
}

export type TransitionFacts = {
  /** Published findings and stated needs the initiative answers. */
  answers: number;
  /** Co-owning partner organisations, and how many of them confirmed the fit. */
  partners: number;
  confirmed: number;
  /** A recorded reason to plan without every partner's confirmation. */
  overrideReason?: string | null;
  reason?: string | null;
};

export type TransitionCheck = { ok: true } | { ok: false; field: string; message: string };

/**
 * Whether an initiative may move from one status to another. Planning needs what it answers and every
 * co-owning partner's confirmation, or else a recorded reason; dropping needs a reason.
 */
export function checkTransition(
  from: InitiativeStatus,
  to: InitiativeStatus,
  facts: TransitionFacts,
): TransitionCheck {
  if (!TRANSITIONS[from].includes(to))
    return { ok: false, field: 'status', message: `cannot go from ${from} to ${to}` };
  if (to === 'dropped' && !facts.reason?.trim())
    return { ok: false, field: 'reason', message: 'a reason is required to drop an initiative' };
  if (to === 'planned') {
    // A zone early in its programme may have no published finding yet: it plans with a recorded reason.
    if (facts.answers === 0 && !facts.overrideReason?.trim())
      return {
        ok: false,
        field: 'findingIds',
        message: 'link a published finding it answers, or record why it is planned without one',
      };
    if (facts.confirmed < facts.partners && !facts.overrideReason?.trim())
      return {
        ok: false,
        field: 'overrideReason',
        message: 'every co-owning partner must confirm the fit, or record a reason',
      };
  }
  return { ok: true };
}

/** Activities accept registrations only while their initiative is planned or running. */
export function registrationOpen(status: InitiativeStatus): boolean {
  return status === 'planned' || status === 'running';
}

export type Placement = { id: string; people: number; status: 'confirmed' | 'waiting' };

/**
 * Who moves up from the waiting list after places free up: strictly first come, first served; a group
 * that does not fit waits and keeps the ones behind it waiting, so nobody is overtaken.
 */
export function promoteFromWaitingList(
  capacity: number,
  confirmedPeople: number,
  waiting: readonly Placement[],
): string[] {
  let free = capacity - confirmedPeople;
  const promoted: string[] = [];
  for (const w of waiting) {
    if (w.people > free) break;
    free -= w.people;
    promoted.push(w.id);
  }
  return promoted;
}

const Text = (max: number) => z.string().trim().min(1, 'required').max(max);
const ShortList = z.array(z.string().trim().min(1).max(120)).max(INITIATIVE_LIST_MAX_ITEMS);
const Money = z.number().min(0).max(10_000_000);

export const InitiativeTypeSchema = z.enum(INITIATIVE_TYPES);
export const InitiativeStatusSchema = z.enum(INITIATIVE_STATUSES);

const initiativeFields = {
  type: InitiativeTypeSchema,
  title: Text(INITIATIVE_TITLE_MAX_LENGTH),
  description: z.string().trim().max(INITIATIVE_TEXT_MAX_LENGTH).default(''),
  goals: ShortList.default([]),
  targetGroups: ShortList.default([]),
  districts: ShortList.default([]),
  partnerOrganisationIds: z.array(z.uuid()).max(INITIATIVE_LIST_MAX_ITEMS).default([]),
  leadUserId: z.uuid().nullable().default(null),
  budget: Money.nullable().default(null),
  materials: z.string().trim().max(INITIATIVE_TEXT_MAX_LENGTH).default(''),
  /** Published findings (improvement points, needs, ideas) this initiative answers. */
  findingIds: z.array(z.uuid()).max(INITIATIVE_LIST_MAX_ITEMS).default([]),
};

export const CreateInitiativeInput = z.object(initiativeFields);
export type CreateInitiativeInput = z.infer<typeof CreateInitiativeInput>;

export const UpdateInitiativeInput = z
  .object({
    type: initiativeFields.type.optional(),
    title: initiativeFields.title.optional(),
    description: z.string().trim().max(INITIATIVE_TEXT_MAX_LENGTH).optional(),
    goals: ShortList.optional(),
    targetGroups: ShortList.optional(),
    districts: ShortList.optional(),
    partnerOrganisationIds: z.array(z.uuid()).max(INITIATIVE_LIST_MAX_ITEMS).optional(),
    leadUserId: z.uuid().nullable().optional(),
    budget: Money.nullable().optional(),
    materials: z.string().trim().max(INITIATIVE_TEXT_MAX_LENGTH).optional(),
    findingIds: z.array(z.uuid()).max(INITIATIVE_LIST_MAX_ITEMS).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'nothing to change' });
export type UpdateInitiativeInput = z.infer<typeof UpdateInitiativeInput>;

/**
 * The fields whose change makes it a different proposal: the co-owning partners confirmed the old one,
 * so they must confirm again before planning (or the coordinator records a reason). The lead colleague
 * and the list of partners themselves are not among them (new partners start as pending anyway).
 */
export const MATERIAL_FIELDS = [
  'type',
  'title',
  'description',
  'goals',
  'targetGroups',
  'districts',
  'budget',
  'materials',
  'findingIds',
] as const;
export type MaterialField = (typeof MATERIAL_FIELDS)[number];
export type MaterialFacts = { [K in MaterialField]: CreateInitiativeInput[K] };

/** Sets compare without order (findings, districts, target groups); goals keep their order. */
const UNORDERED: readonly MaterialField[] = ['findingIds', 'districts', 'targetGroups'];

/** The material fields an update really changes: sending the same values again changes nothing. */
export function materialChanges(before: MaterialFacts, input: UpdateInitiativeInput): MaterialField[] {
  const norm = (f: MaterialField, v: unknown) =>
    JSON.stringify(Array.isArray(v) && UNORDERED.includes(f) ? [...new Set(v)].sort() : v);
  return MATERIAL_FIELDS.filter((f) => input[f] !== undefined && norm(f, input[f]) !== norm(f, before[f]));
}

export const ConvertIdeaInput = CreateInitiativeInput.partial({ title: true, type: true }).extend({
  type: InitiativeTypeSchema.default('other'),
});
export type ConvertIdeaInput = z.infer<typeof ConvertIdeaInput>;

export const TransitionInput = z.object({
  to: InitiativeStatusSchema,
  reason: z.string().trim().max(INITIATIVE_REASON_MAX_LENGTH).optional(),
  overrideReason: z.string().trim().max(INITIATIVE_REASON_MAX_LENGTH).optional(),
});
export type TransitionInput = z.infer<typeof TransitionInput>;

export const InitiativeListQuery = z.object({
  status: InitiativeStatusSchema.optional(),
  type: InitiativeTypeSchema.optional(),
  district: z.string().trim().max(120).optional(),
  partner: z.uuid().optional(),
  targetGroup: z.string().trim().max(120).optional(),
});

export const FIT_STATUSES = ['pending', 'confirmed', 'changes_requested'] as const;
export const FitInput = z
  .object({
    fit: z.enum(['confirmed', 'changes_requested']),
    note: z.string().trim().max(INITIATIVE_REASON_MAX_LENGTH).optional(),
  })
  .refine((v) => v.fit !== 'changes_requested' || (v.note?.length ?? 0) > 0, {
    message: 'say which changes are needed',
    path: ['note'],
  });
export type FitInput = z.infer<typeof FitInput>;

export const PartnerFitView = z.object({
  organisationId: z.uuid(),
  organisationName: z.string().nullable(),
  fit: z.enum(FIT_STATUSES),
  note: z.string().nullable(),
  answeredAt: z.string().nullable(),
});

export const InitiativeView = z.object({
  id: z.uuid(),
  type: InitiativeTypeSchema,
  title: z.string(),
  description: z.string(),
  goals: z.array(z.string()),
  targetGroups: z.array(z.string()),
  districts: z.array(z.string()),
  partners: z.array(PartnerFitView),
  leadUserId: z.uuid().nullable(),
  budget: z.number().nullable(),
  materials: z.string(),
  findingIds: z.array(z.uuid()),
  status: InitiativeStatusSchema,
  statusReason: z.string().nullable(),
  planOverrideReason: z.string().nullable(),
  ideaId: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type InitiativeView = z.infer<typeof InitiativeView>;

export const CodesignCommentInput = z.object({ text: Text(CODESIGN_COMMENT_MAX_LENGTH) });
export const CodesignCommentView = z.object({
  id: z.uuid(),
  text: z.string(),
  authorName: z.string(),
  authorRole: z.string(),
  createdAt: z.string(),
});

export const DocumentInput = z.object({
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((f) => !/[\\/\0]/.test(f), 'no path separators'),
  contentType: z.enum(DOCUMENT_TYPES),
  /** The file, base64-encoded. */
  content: z.base64().max(Math.ceil((DOCUMENT_MAX_BYTES * 4) / 3) + 4, 'file too large'),
});
export const DocumentView = z.object({
  id: z.uuid(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedBy: z.string(),
  createdAt: z.string(),
});

const DateTime = IsoDateTime;

const activityFields = {
  startsAt: DateTime,
  endsAt: DateTime,
  place: z.string().trim().max(300).nullable().default(null),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
  capacity: z.number().int().min(1).max(ACTIVITY_CAPACITY_MAX),
  languages: z.array(z.string().trim().min(2).max(12)).min(1).max(INITIATIVE_LIST_MAX_ITEMS).default(['nl']),
  colleaguesNeeded: z.number().int().min(0).max(100).default(0),
};

export const CreateActivityInput = z.object(activityFields).refine((v) => v.place || v.onlineUrl, {
  message: 'a place or an online link is required',
  path: ['place'],
});
export type CreateActivityInput = z.infer<typeof CreateActivityInput>;

export const UpdateActivityInput = z
  .object({
    startsAt: DateTime.optional(),
    endsAt: DateTime.optional(),
    place: z.string().trim().max(300).nullable().optional(),
    onlineUrl: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .optional(),
    capacity: activityFields.capacity.optional(),
    languages: z.array(z.string().trim().min(2).max(12)).min(1).max(INITIATIVE_LIST_MAX_ITEMS).optional(),
    colleaguesNeeded: activityFields.colleaguesNeeded.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'nothing to change' });
export type UpdateActivityInput = z.infer<typeof UpdateActivityInput>;

export type ActivityTimes = { id?: string; startsAt: Date; endsAt: Date };

/** Dates of a new or changed activity: not in the past, ending after starting, not overlapping a sibling. */
export function checkActivityTimes(
  a: ActivityTimes,
  siblings: readonly ActivityTimes[],
  now: Date,
): TransitionCheck {
  if (a.startsAt.getTime() < now.getTime())
    return { ok: false, field: 'startsAt', message: 'lies in the past' };
  if (a.endsAt.getTime() <= a.startsAt.getTime())
    return { ok: false, field: 'endsAt', message: 'must be after the start' };
  const clash = siblings.find((s) => s.id !== a.id && s.startsAt < a.endsAt && a.startsAt < s.endsAt);
  if (clash) return { ok: false, field: 'startsAt', message: 'overlaps another session of this initiative' };
  return { ok: true };
}

export const ActivityView = z.object({
  id: z.uuid(),
  initiativeId: z.uuid(),
  initiativeTitle: z.string(),
  initiativeType: InitiativeTypeSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().int(),
  languages: z.array(z.string()),
  colleaguesNeeded: z.number().int(),
  confirmedPeople: z.number().int(),
  waitingPeople: z.number().int(),
  attendance: z.number().int().nullable(),
  cancelled: z.boolean(),
});
export type ActivityView = z.infer<typeof ActivityView>;

export const ActivityListQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  initiativeId: z.uuid().optional(),
});

export const PUBLIC_LANGUAGES = ['nl', 'fr', 'en', 'ar'] as const;
export type PublicLanguage = (typeof PUBLIC_LANGUAGES)[number];
export const RTL_LANGUAGES: readonly PublicLanguage[] = ['ar'];

export const PublicActivityView = z.object({
  id: z.uuid(),
  title: z.string(),
  type: InitiativeTypeSchema,
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  languages: z.array(z.string()),
  placesLeft: z.number().int(),
  open: z.boolean(),
  /** Called off by the coordinator: registrants were told. */
  cancelled: z.boolean(),
});

export const RegisterInput = z.object({
  name: Text(REGISTRATION_NAME_MAX_LENGTH),
  contact: z.string().trim().max(REGISTRATION_CONTACT_MAX_LENGTH).optional(),
  people: z.number().int().min(1).max(REGISTRATION_PARTY_MAX).default(1),
  language: z.enum(PUBLIC_LANGUAGES).default('nl'),
});
export type RegisterInput = z.infer<typeof RegisterInput>;

export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
export const RegistrationReceipt = z.object({
  id: z.uuid(),
  status: z.enum(REGISTRATION_STATUSES),
  people: z.number().int(),
  /** Position on the waiting list (1 = next), when waiting. */
  position: z.number().int().nullable(),
  /** The personal link to look up, download the .ics or cancel. */
  token: z.string(),
  activityId: z.uuid(),
});
export type RegistrationReceipt = z.infer<typeof RegistrationReceipt>;

export const TokenInput = z.object({ token: z.string().min(20).max(100) });

export const RegistrationView = z.object({
  id: z.uuid(),
  name: z.string(),
  contact: z.string().nullable(),
  people: z.number().int(),
  language: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  checkedIn: z.boolean(),
  createdAt: z.string(),
});
export type RegistrationView = z.infer<typeof RegistrationView>;

/** Attendance as a head count, or as a check-in list (parties summed) plus people who came without registering. */
export const AttendanceInput = z
  .object({
    count: z.number().int().min(0).max(ACTIVITY_CAPACITY_MAX).optional(),
    checkedInIds: z.array(z.uuid()).max(ACTIVITY_CAPACITY_MAX).optional(),
    walkIns: z.number().int().min(0).max(ACTIVITY_CAPACITY_MAX).optional(),
  })
  .refine((v) => v.count !== undefined || v.checkedInIds !== undefined, {
    message: 'give a count or a check-in list',
    path: ['count'],
  })
  .refine((v) => v.walkIns === undefined || v.checkedInIds !== undefined, {
    message: 'walk-ins go with a check-in list; a count already includes them',
    path: ['walkIns'],
  });
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const ActivityReportInput = z.object({
  whatHappened: Text(REPORT_TEXT_MAX_LENGTH),
  lessons: z.string().trim().max(REPORT_TEXT_MAX_LENGTH).default(''),
  surveyId: z.uuid().nullable().default(null),
  surveyUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
});
export type ActivityReportInput = z.infer<typeof ActivityReportInput>;

export const ActivityReportView = z.object({
  activityId: z.uuid(),
  whatHappened: z.string(),
  lessons: z.string(),
  attendance: z.number().int().nullable(),
  surveyId: z.uuid().nullable(),
  surveyUrl: z.string().nullable(),
  updatedAt: z.string(),
});

export const CoverageView = z.object({
  findings: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kind: z.string(),
      /** The initiatives answering it, listed once in `initiatives`. */
      initiativeIds: z.array(z.string()),
      answered: z.boolean(),
    }),
  ),
  initiatives: z.array(z.object({ id: z.string(), title: z.string(), status: InitiativeStatusSchema })),
  unanswered: z.number().int(),
  unansweredNeeds: z.number().int(),
});
export type CoverageView = z.infer<typeof CoverageView>;
/** The language the page is read in, for the findings' titles (default: the account's language). */
export const CoverageQuery = z.object({ lang: z.enum(LANGUAGES).optional() });
