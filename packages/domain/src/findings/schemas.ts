import { z } from 'zod';
import { SOURCE_REFUSALS } from '../conversations.ts';
import { LANGUAGES } from '../roles.ts';
import { SealedValue } from '../vault.ts';
import { IDENTIFYING_KINDS } from './deidentify.ts';

export const FINDING_KINDS = ['improvement_point', 'need', 'initiative_idea', 'creative_idea'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_STATUSES = ['draft', 'published'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const FINDING_STATEMENT_MAX = 2000;
export const FINDING_THEME_MAX = 120;
export const FINDING_SOURCES_MAX = 500;
export const FINDING_CODES_MAX = 100;
export const FINDING_BREAKDOWN_CELLS_MAX = 30;
/** Publishing past a de-identification flag needs a reason at least this long. */
export const OVERRIDE_REASON_MIN = 20;
export const OVERRIDE_REASON_MAX = 1000;

const Statement = z.string().trim().min(1, 'required').max(FINDING_STATEMENT_MAX);
export const FindingTranslations = z.partialRecord(z.enum(LANGUAGES), Statement);
export type FindingTranslations = z.infer<typeof FindingTranslations>;

export const FindingBreakdown = z.object({
  dimension: z.string().trim().min(1).max(80),
  cells: z
    .array(
      z.object({
        label: z.string().trim().min(1).max(80),
        sourceIds: z.array(z.uuid()).max(FINDING_SOURCES_MAX),
      }),
    )
    .max(FINDING_BREAKDOWN_CELLS_MAX),
});
export type FindingBreakdown = z.infer<typeof FindingBreakdown>;

const SourceIds = z
  .array(z.uuid())
  .max(FINDING_SOURCES_MAX)
  .refine((ids) => new Set(ids).size === ids.length, 'sources must be distinct');
const CodeIds = z.array(z.uuid()).max(FINDING_CODES_MAX);

export const CreateFindingInput = z.object({
  kind: z.enum(FINDING_KINDS),
  statement: Statement,
  translations: FindingTranslations.default({}),
  theme: z.string().trim().max(FINDING_THEME_MAX).default(''),
  sourceIds: SourceIds.default([]),
  codeIds: CodeIds.default([]),
  breakdown: FindingBreakdown.nullable().default(null),
});
export type CreateFindingInput = z.infer<typeof CreateFindingInput>;

export const UpdateFindingInput = z.object({
  kind: z.enum(FINDING_KINDS).optional(),
  statement: Statement.optional(),
  translations: FindingTranslations.optional(),
  theme: z.string().trim().max(FINDING_THEME_MAX).optional(),
  sourceIds: SourceIds.optional(),
  codeIds: CodeIds.optional(),
  breakdown: FindingBreakdown.nullable().optional(),
});
export type UpdateFindingInput = z.infer<typeof UpdateFindingInput>;

export const PublishFindingInput = z.object({
  overrideReason: z.string().trim().min(OVERRIDE_REASON_MIN).max(OVERRIDE_REASON_MAX).optional(),
});
export type PublishFindingInput = z.infer<typeof PublishFindingInput>;

export const PublicationCheckView = z.object({
  k: z.number().int(),
  distinctSources: z.number().int(),
  enoughSources: z.boolean(),
  flags: z.array(
    z.object({
      field: z.string(),
      kind: z.enum(IDENTIFYING_KINDS),
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
  publishable: z.boolean(),
});
export type PublicationCheckView = z.infer<typeof PublicationCheckView>;

/**
 * A source a finding can cite, by pseudonym only: a confidential interview (`B-07`) or roundtable
 * minutes the bureau analyses (`R-01`, one source per roundtable).
 */
export const FindingSourceView = z.object({
  id: z.uuid(),
  pseudonym: z.string(),
  kind: z.enum(['interview', 'roundtable']),
});
export type FindingSourceView = z.infer<typeof FindingSourceView>;

/** A finding as the bureau works on it: confidential, researchers only. */
export const FindingDraftView = z.object({
  id: z.uuid(),
  kind: z.enum(FINDING_KINDS),
  status: z.enum(FINDING_STATUSES),
  statement: z.string(),
  translations: FindingTranslations,
  theme: z.string(),
  sources: z.array(z.object({ id: z.uuid(), pseudonym: z.string() })),
  codeIds: z.array(z.uuid()),
  breakdown: FindingBreakdown.nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FindingDraftView = z.infer<typeof FindingDraftView>;

/** A published finding, readable by every role: no source, code or passage leaves with it. */
export const PublishedFindingView = z.object({
  id: z.uuid(),
  kind: z.enum(FINDING_KINDS),
  statement: z.string(),
  translations: FindingTranslations,
  theme: z.string(),
  breakdown: z
    .object({
      dimension: z.string(),
      cells: z.array(z.object({ label: z.string(), sources: z.number().int() })),
    })
    .nullable(),
  publishedAt: z.string(),
});
export type PublishedFindingView = z.infer<typeof PublishedFindingView>;

export const PublishedFindingQuery = z.object({
  kind: z.enum(FINDING_KINDS).optional(),
  theme: z.string().trim().max(FINDING_THEME_MAX).optional(),
});

// The browser vault (issue 14): a draft is sealed in the researcher's browser as one JSON document
// (context `finding:<id>:draft`); the server stores and returns the ciphertext only.

/** What a draft says, as the browser seals it (`sealedDraft`). */
export const FindingDraftContent = z.object({
  statement: z.string(),
  translations: FindingTranslations,
  theme: z.string(),
  sourceIds: z.array(z.uuid()),
  codeIds: z.array(z.uuid()),
  breakdown: FindingBreakdown.nullable(),
});
export type FindingDraftContent = z.infer<typeof FindingDraftContent>;

export const findingContext = {
  draft: (id: string) => `finding:${id}:draft`,
  overrideReason: (id: string) => `finding:${id}:override-reason`,
};

export const CreateSealedFindingInput = z.object({
  id: z.uuid(),
  kind: z.enum(FINDING_KINDS),
  sealedDraft: SealedValue,
});
export type CreateSealedFindingInput = z.infer<typeof CreateSealedFindingInput>;

export const UpdateSealedFindingInput = z.object({
  kind: z.enum(FINDING_KINDS).optional(),
  sealedDraft: SealedValue.optional(),
});
export type UpdateSealedFindingInput = z.infer<typeof UpdateSealedFindingInput>;

/** A draft as stored: ciphertext the researcher's browser opens. */
export const SealedFindingView = z.object({
  id: z.uuid(),
  kind: z.enum(FINDING_KINDS),
  status: z.enum(FINDING_STATUSES),
  sealedDraft: z.string(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SealedFindingView = z.infer<typeof SealedFindingView>;

/** The candidate sources of a draft, for the server's count of k (ids only, no text). */
export const SourceCountInput = z.object({ sourceIds: SourceIds });
export type SourceCountInput = z.infer<typeof SourceCountInput>;

/** Why a candidate source does not count towards k (issue 13). */
export const RefusedSourceView = z.object({
  id: z.string(),
  pseudonym: z.string().nullable(),
  reason: z.enum(SOURCE_REFUSALS),
});
export type RefusedSourceView = z.infer<typeof RefusedSourceView>;

export const SourceCountView = z.object({
  k: z.number().int(),
  counted: z.number().int(),
  enoughSources: z.boolean(),
  refused: z.array(RefusedSourceView),
});
export type SourceCountView = z.infer<typeof SourceCountView>;

/**
 * Publishing from the browser: the anonymised texts (the only plaintext that leaves the vault), the
 * candidate sources and cells, and — past a de-identification flag — the reason sealed for the bureau.
 */
export const PublishSealedFindingInput = z.object({
  statement: Statement,
  translations: FindingTranslations.default({}),
  theme: z.string().trim().max(FINDING_THEME_MAX).default(''),
  sourceIds: SourceIds,
  breakdown: FindingBreakdown.nullable().default(null),
  sealedOverrideReason: SealedValue.optional(),
});
export type PublishSealedFindingInput = z.infer<typeof PublishSealedFindingInput>;

/** The names the browser's de-identification check looks for (researchers only). */
export const RegistryNamesView = z.object({
  organisations: z.array(z.string()),
  people: z.array(z.string()),
  roundtables: z.array(z.string()),
});
export type RegistryNamesView = z.infer<typeof RegistryNamesView>;
