import { z } from 'zod';
import { LANGUAGES } from '../roles.ts';
import { SealedValue } from '../vault.ts';

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
/**
 * A code's name in the reader's languages, as a finding's statement keeps its translations
 * (`{ fr: "…", en: "…" }`); sealed in the browser (context `code:<id>:translations`), so only the
 * browser can check it.
 */
export const CodeTranslations = z.partialRecord(z.enum(LANGUAGES), CodeName);
export type CodeTranslations = z.infer<typeof CodeTranslations>;

/**
 * The codebook as it crosses the wire: names, descriptions and memos sealed in the researcher's
 * browser (contexts `code:<id>:name|description|memo`), colours and the tree in the clear. The ids of
 * new codes come from the browser, because the sealed fields are bound to them.
 */
export const CreateCodeInput = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable().default(null),
  sealedName: SealedValue,
  sealedDescription: SealedValue,
  sealedMemo: SealedValue.nullable().optional(),
  sealedTranslations: SealedValue.nullable().optional(),
  colour: Colour.default('#1c7ed6'),
});
export type CreateCodeInput = z.infer<typeof CreateCodeInput>;

export const UpdateCodeInput = z.object({
  sealedName: SealedValue.optional(),
  sealedDescription: SealedValue.optional(),
  colour: Colour.optional(),
  /** Moving a code: its new parent (null: top level). */
  parentId: z.uuid().nullable().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  sealedMemo: SealedValue.nullable().optional(),
  sealedTranslations: SealedValue.nullable().optional(),
});
export type UpdateCodeInput = z.infer<typeof UpdateCodeInput>;

export const SealedCodeView = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  sealedName: z.string(),
  sealedDescription: z.string(),
  sealedMemo: z.string().nullable(),
  sealedTranslations: z.string().nullable(),
  colour: z.string(),
  position: z.number().int(),
  passages: z.number().int(),
  sources: z.number().int(),
});
export type SealedCodeView = z.infer<typeof SealedCodeView>;

/** A code as the researcher's browser shows it, once opened. */
export type CodeInput = {
  name: string;
  description: string;
  colour: string;
  parentId: string | null;
  memo?: string;
};
export const CodeNameInput = CodeName;

export const MergeCodeInput = z.object({ into: z.uuid() });

/** A code opened in the browser (not a wire format). */
export type CodeView = {
  id: string;
  parentId: string | null;
  /** In the reader's language where there is a translation, else as written (`originalName`). */
  name: string;
  originalName: string;
  /** Whether `name` is in the reader's language (a translation, or written in it). */
  inReaderLanguage: boolean;
  translations: CodeTranslations;
  description: string;
  colour: string;
  memo: string | null;
  position: number;
  passages: number;
  sources: number;
};

const CodeIds = z
  .array(z.uuid())
  .min(1, 'choose at least one code')
  .max(CODES_PER_PASSAGE_MAX)
  .refine((ids) => new Set(ids).size === ids.length, 'codes must be distinct');

/**
 * A coded passage: its excerpt `{start, end, text}` (offsets in the source's plain text) and memo are
 * sealed in the browser — with the interview's sub-key for an interview (so withdrawing consent erases
 * them), with the bureau's key for roundtable minutes (contexts `coding:<id>:excerpt|memo`).
 */
export const CreateCodingInput = z
  .object({
    id: z.uuid(),
    /** The source: an interview, or roundtable minutes chosen for analysis (`roundtableId`: the source's id). */
    interviewId: z.uuid().optional(),
    roundtableId: z.uuid().optional(),
    codeIds: CodeIds,
    sealedExcerpt: SealedValue,
    sealedMemo: SealedValue.optional(),
  })
  .refine((c) => (c.interviewId ? 1 : 0) + (c.roundtableId ? 1 : 0) === 1, {
    path: ['interviewId'],
    message: 'give an interview or a roundtable, not both',
  });
export type CreateCodingInput = z.infer<typeof CreateCodingInput>;

export const UpdateCodingInput = z.object({
  codeIds: CodeIds.optional(),
  sealedMemo: SealedValue.nullable().optional(),
});
export type UpdateCodingInput = z.infer<typeof UpdateCodingInput>;

export const SealedCodingView = z.object({
  id: z.uuid(),
  interviewId: z.uuid().nullable(),
  roundtableId: z.uuid().nullable(),
  pseudonym: z.string(),
  sealedExcerpt: z.string(),
  sealedMemo: z.string().nullable(),
  codeIds: z.array(z.uuid()),
  createdAt: z.string(),
});
export type SealedCodingView = z.infer<typeof SealedCodingView>;

/** A coded passage opened in the browser (not a wire format). */
export type CodingView = {
  id: string;
  interviewId: string | null;
  roundtableId: string | null;
  pseudonym: string;
  start: number;
  end: number;
  excerpt: string;
  memo: string | null;
  codeIds: string[];
  createdAt: string;
};

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

export const CooccurrenceView = z.object({
  pairs: z.array(z.object({ a: z.uuid(), b: z.uuid(), passages: z.number().int() })),
});

/**
 * A run of theme suggestions: computed in the researcher's browser (a Web Worker), kept sealed
 * (context `theme-run:<id>:result`) so that accepting or dismissing themes can be picked up later.
 */
export const SaveThemeRunInput = z.object({
  id: z.uuid(),
  passages: z.number().int().min(0).max(1_000_000),
  sealedResult: SealedValue,
});
export const UpdateThemeRunInput = z.object({ sealedResult: SealedValue });
export const SealedThemeRunView = z.object({
  id: z.uuid(),
  passages: z.number().int(),
  sealedResult: z.string(),
  createdAt: z.string(),
});
export type SealedThemeRunView = z.infer<typeof SealedThemeRunView>;

/** A suggested theme as the browser keeps it inside the sealed result. */
export type StoredTheme = {
  index: number;
  label: string;
  terms: { term: string; weight: number }[];
  size: number;
  state: 'open' | 'accepted' | 'dismissed';
  codeId: string | null;
  /** The passages the theme groups: their source and position, for coding them on acceptance. */
  members: {
    interviewId: string | null;
    roundtableId: string | null;
    pseudonym: string;
    start: number;
    end: number;
    excerpt: string;
  }[];
  /** The most typical passages, shown. */
  passages: { interviewId: string | null; roundtableId: string | null; pseudonym: string; excerpt: string }[];
};

export const DeleteCodeResult = z.object({
  passages: z.number().int(),
  childrenMoved: z.number().int(),
});
export type DeleteCodeResult = z.infer<typeof DeleteCodeResult>;
