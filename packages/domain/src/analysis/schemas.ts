import { z } from 'zod';

export const CODE_NAME_MAX = 120;
export const CODE_DESCRIPTION_MAX = 2000;
export const MEMO_MAX = 5000;
export const CODES_PER_PASSAGE_MAX = 20;

/** The starting codebook (issue 5): names in Dutch, the language of the bureau's notes by default. */
export const STARTER_CODES = [
  { key: 'improvement_point', name: 'Verbeterpunt', colour: '#e8590c' },
  { key: 'need', name: 'Behoefte', colour: '#1c7ed6' },
  { key: 'story', name: 'Verhaal of ervaring', colour: '#7048e8' },
  { key: 'initiative_idea', name: 'Idee voor een initiatief', colour: '#2f9e44' },
  { key: 'closer', name: 'Politie en kansengroepen dichter bij elkaar', colour: '#c2255c' },
] as const;

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'like #1c7ed6');
const CodeName = z.string().trim().min(1, 'required').max(CODE_NAME_MAX);

export const CreateCodeInput = z.object({
  name: CodeName,
  description: z.string().trim().max(CODE_DESCRIPTION_MAX).default(''),
  colour: Colour.default('#1c7ed6'),
  parentId: z.uuid().nullable().default(null),
  memo: z.string().max(MEMO_MAX).optional(),
});
export type CreateCodeInput = z.infer<typeof CreateCodeInput>;

export const UpdateCodeInput = z.object({
  name: CodeName.optional(),
  description: z.string().trim().max(CODE_DESCRIPTION_MAX).optional(),
  colour: Colour.optional(),
  /** Moving a code: its new parent (null: top level). */
  parentId: z.uuid().nullable().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  memo: z.string().max(MEMO_MAX).nullable().optional(),
});
export type UpdateCodeInput = z.infer<typeof UpdateCodeInput>;

export const MergeCodeInput = z.object({ into: z.uuid() });

export const CodeView = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  description: z.string(),
  colour: z.string(),
  memo: z.string().nullable(),
  position: z.number().int(),
  passages: z.number().int(),
  sources: z.number().int(),
});
export type CodeView = z.infer<typeof CodeView>;

const CodeIds = z
  .array(z.uuid())
  .min(1, 'choose at least one code')
  .max(CODES_PER_PASSAGE_MAX)
  .refine((ids) => new Set(ids).size === ids.length, 'codes must be distinct');

export const CreateCodingInput = z
  .object({
    /** The source: an interview, or roundtable minutes chosen for analysis (`roundtableId`: the source's id). */
    interviewId: z.uuid().optional(),
    roundtableId: z.uuid().optional(),
    /** Offsets in the source's plain text (`GET /api/analysis/interviews/:id/text`, `…/roundtables/:id/text`). */
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    codeIds: CodeIds,
    memo: z.string().max(MEMO_MAX).optional(),
  })
  .refine((c) => c.end > c.start, { path: ['end'], message: 'must be after start' })
  .refine((c) => (c.interviewId ? 1 : 0) + (c.roundtableId ? 1 : 0) === 1, {
    path: ['interviewId'],
    message: 'give an interview or a roundtable, not both',
  });
export type CreateCodingInput = z.infer<typeof CreateCodingInput>;

export const UpdateCodingInput = z.object({
  codeIds: CodeIds.optional(),
  memo: z.string().max(MEMO_MAX).nullable().optional(),
});
export type UpdateCodingInput = z.infer<typeof UpdateCodingInput>;

export const CodingView = z.object({
  id: z.uuid(),
  interviewId: z.uuid().nullable(),
  roundtableId: z.uuid().nullable(),
  pseudonym: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  excerpt: z.string(),
  memo: z.string().nullable(),
  codeIds: z.array(z.uuid()),
  createdAt: z.string(),
});
export type CodingView = z.infer<typeof CodingView>;

export const CodingQuery = z.object({
  codeId: z.uuid().optional(),
  interviewId: z.uuid().optional(),
  roundtableId: z.uuid().optional(),
});

/** A roundtable of the zone as the bureau sees it for analysis: chosen or not, under which source code. */
export const AnalysisRoundtableView = z.object({
  roundtableId: z.uuid(),
  title: z.string(),
  startsAt: z.string(),
  hasMinutes: z.boolean(),
  /** Set once the bureau chose to analyse the minutes. */
  sourceId: z.uuid().nullable(),
  pseudonym: z.string().nullable(),
});
export type AnalysisRoundtableView = z.infer<typeof AnalysisRoundtableView>;
export const ChooseRoundtableInput = z.object({ roundtableId: z.uuid() });

export const RoundtableTextView = z.object({
  roundtableId: z.uuid(),
  pseudonym: z.string(),
  title: z.string(),
  text: z.string(),
});

export const InterviewTextView = z.object({
  interviewId: z.uuid(),
  pseudonym: z.string(),
  text: z.string(),
});

export const CooccurrenceView = z.object({
  pairs: z.array(z.object({ a: z.uuid(), b: z.uuid(), passages: z.number().int() })),
});

export const StartThemeRunInput = z.object({
  k: z.number().int().min(2).max(30).optional(),
});

export const ThemeRunView = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'done', 'failed']),
  progress: z.number().int(),
  passages: z.number().int(),
  error: z.string().nullable(),
  themes: z
    .array(
      z.object({
        index: z.number().int(),
        label: z.string(),
        terms: z.array(z.object({ term: z.string(), weight: z.number() })),
        size: z.number().int(),
        state: z.enum(['open', 'accepted', 'dismissed']),
        codeId: z.uuid().nullable(),
        passages: z.array(
          z.object({
            interviewId: z.uuid().nullable(),
            roundtableId: z.uuid().nullable(),
            pseudonym: z.string(),
            excerpt: z.string(),
          }),
        ),
      }),
    )
    .nullable(),
  createdAt: z.string(),
});
export type ThemeRunView = z.infer<typeof ThemeRunView>;

export const AcceptThemeInput = z.object({
  name: CodeName.optional(),
  parentId: z.uuid().nullable().default(null),
});
/** What deleting a code did: passages that lost it, child codes moved up to its parent. */
export const DeleteCodeResult = z.object({
  passages: z.number().int(),
  childrenMoved: z.number().int(),
});
export type DeleteCodeResult = z.infer<typeof DeleteCodeResult>;

export const RenameThemeInput = z.object({ label: CodeName });
export type RenameThemeInput = z.infer<typeof RenameThemeInput>;
export const ThemeParams = z.object({ id: z.uuid(), index: z.coerce.number().int().min(0).max(100) });
