import { z } from 'zod';

/** Limits of the ideas box, shown in forms and enforced by the server. */
export const IDEA_TITLE_MAX_LENGTH = 160;
export const IDEA_TEXT_MAX_LENGTH = 4000;
export const IDEA_COMMENT_MAX_LENGTH = 2000;
export const IDEA_REASON_MAX_LENGTH = 1000;

export const IDEA_STATUSES = ['new', 'under_consideration', 'turned_into_initiative', 'not_now'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** Triage moves the coordinator may make by hand; 'turned_into_initiative' happens by converting. */
const IDEA_TRIAGE: Record<IdeaStatus, readonly IdeaStatus[]> = {
  new: ['under_consideration', 'not_now'],
  under_consideration: ['not_now', 'new'],
  not_now: ['under_consideration'],
  turned_into_initiative: [],
};

export function canTriageIdea(from: IdeaStatus, to: IdeaStatus): boolean {
  return IDEA_TRIAGE[from].includes(to);
}

export function canConvertIdea(from: IdeaStatus): boolean {
  return from === 'new' || from === 'under_consideration';
}

const Text = (max: number) => z.string().trim().min(1, 'required').max(max);

export const CreateIdeaInput = z.object({
  title: Text(IDEA_TITLE_MAX_LENGTH),
  description: Text(IDEA_TEXT_MAX_LENGTH),
  /** false: the police sees the idea without the submitter's name (the author is still stored). */
  showName: z.boolean().default(true),
});
export type CreateIdeaInput = z.infer<typeof CreateIdeaInput>;

export const TriageIdeaInput = z
  .object({
    status: z.enum(['new', 'under_consideration', 'not_now']),
    reason: z.string().trim().max(IDEA_REASON_MAX_LENGTH).optional(),
  })
  .refine((v) => v.status !== 'not_now' || (v.reason?.length ?? 0) > 0, {
    message: 'a reason the submitter sees is required',
    path: ['reason'],
  });
export type TriageIdeaInput = z.infer<typeof TriageIdeaInput>;

export const IdeaCommentInput = z.object({ text: Text(IDEA_COMMENT_MAX_LENGTH) });

export const IdeaListQuery = z.object({
  status: z.enum(IDEA_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const IdeaView = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  status: z.enum(IDEA_STATUSES),
  statusReason: z.string().nullable(),
  /** Null when the submitter chose not to be named and the reader is someone else. */
  authorName: z.string().nullable(),
  authorRole: z.string().nullable(),
  mine: z.boolean(),
  showName: z.boolean(),
  endorsements: z.number().int(),
  endorsedByMe: z.boolean(),
  initiativeId: z.uuid().nullable(),
  createdAt: z.string(),
});
export type IdeaView = z.infer<typeof IdeaView>;

export const IdeaCommentView = z.object({
  id: z.uuid(),
  text: z.string(),
  authorName: z.string().nullable(),
  bySubmitter: z.boolean(),
  mine: z.boolean(),
  createdAt: z.string(),
});
export type IdeaCommentView = z.infer<typeof IdeaCommentView>;
