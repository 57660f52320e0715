import { z } from 'zod';
import { IsoDate } from '../common.ts';
import type { Role } from '../roles.ts';
import { SURVEY_TITLE_MAX_LENGTH, SurveyDefinition } from './definition.ts';
import { SurveyLanguageCode } from './languages.ts';

export const SURVEY_KINDS = ['activity', 'pulse'] as const;
export const SURVEY_PHASES = ['before', 'after', 'pulse'] as const;
export type SurveyPhase = (typeof SURVEY_PHASES)[number];
export const SURVEY_ACCESS = ['code', 'device'] as const;
export const SURVEY_CODES_MAX = 2000;
export const TARGET_GROUP_MAX_LENGTH = 80;
export const BREAKDOWNS = ['none', 'phase', 'district'] as const;

const Day = IsoDate;

const SurveyFields = z.object({
  title: z.record(SurveyLanguageCode, z.string().trim().min(1).max(SURVEY_TITLE_MAX_LENGTH)),
  kind: z.enum(SURVEY_KINDS),
  /** The activity (and its initiative) a before/after survey belongs to. */
  activityId: z.uuid().nullable().default(null),
  initiativeId: z.uuid().nullable().default(null),
  targetGroup: z.string().trim().min(1).max(TARGET_GROUP_MAX_LENGTH).nullable().default(null),
  district: z.string().trim().min(1).max(80).nullable().default(null),
  /** The zone's own reference pulse that other results are compared with. */
  baseline: z.boolean().default(false),
  /** Respondents may say which district they live in (optional answer). */
  askDistrict: z.boolean().default(false),
  access: z.enum(SURVEY_ACCESS).default('device'),
  opensOn: Day,
  closesOn: Day,
  definition: SurveyDefinition,
});

export const CreateSurveyInput = SurveyFields.refine((s) => s.closesOn >= s.opensOn, {
  message: 'must not be before opensOn',
  path: ['closesOn'],
}).refine((s) => s.kind === 'activity' || (!s.activityId && !s.initiativeId), {
  message: 'only for activity surveys',
  path: ['activityId'],
});
export type CreateSurveyInput = z.infer<typeof CreateSurveyInput>;
export const UpdateSurveyInput = SurveyFields.partial();
export type UpdateSurveyInput = z.infer<typeof UpdateSurveyInput>;

export const SurveyView = z.object({
  id: z.uuid(),
  title: z.record(z.string(), z.string()),
  kind: z.enum(SURVEY_KINDS),
  activityId: z.uuid().nullable(),
  initiativeId: z.uuid().nullable(),
  targetGroup: z.string().nullable(),
  district: z.string().nullable(),
  baseline: z.boolean(),
  askDistrict: z.boolean(),
  access: z.enum(SURVEY_ACCESS),
  opensOn: z.string(),
  closesOn: z.string(),
  definition: SurveyDefinition,
  publicId: z.string(),
  links: z.record(z.string(), z.string()),
  responses: z.number().int().nullable(),
  /** Whether anyone answered: the questions stay fixed then, and the survey can be archived, not deleted. */
  answered: z.boolean(),
  archived: z.boolean(),
  status: z.enum(['scheduled', 'open', 'closed']),
});
export type SurveyView = z.infer<typeof SurveyView>;

export const GenerateCodesInput = z.object({
  phase: z.enum(SURVEY_PHASES),
  count: z.number().int().min(1).max(SURVEY_CODES_MAX),
});

export const PublicPhaseQuery = z.object({
  p: z.enum(SURVEY_PHASES).optional(),
  lang: z.string().max(10).optional(),
});

export const SurveyListQuery = z.object({
  /** `true`: the archived surveys instead of the current ones. */
  archived: z.enum(['true', 'false']).default('false'),
});

export const ResultsQuery = z.object({ breakdown: z.enum(BREAKDOWNS).default('none') });

const Cell = z.number().int().nullable();
const EstimateView = z.object({ n: z.number().int(), mean: z.number(), low: z.number(), high: z.number() });
const DifferenceView = z.object({
  diff: z.number(),
  low: z.number(),
  high: z.number(),
  nBefore: z.number().int(),
  nAfter: z.number().int(),
});
export const QuestionResultView = z.object({
  questionId: z.string(),
  kind: z.string(),
  text: z.string(),
  /** Column labels (scale points or options) and their ids. */
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(z.object({ key: z.string(), cells: z.array(Cell), total: Cell })),
  totals: z.array(Cell),
  total: Cell,
  /** Free-text answers, sorted, only from 10 answers on; never linked to other answers. */
  texts: z.array(z.string()).nullable(),
});
export const SurveyResultsView = z.object({
  surveyId: z.uuid(),
  breakdown: z.enum(BREAKDOWNS),
  minCell: z.number().int(),
  minFreeText: z.number().int(),
  index: z.object({
    overall: EstimateView.nullable(),
    byPhase: z.record(z.string(), EstimateView.nullable()),
    byDistrict: z.record(z.string(), EstimateView.nullable()),
    difference: DifferenceView.nullable(),
    baseline: z
      .object({
        surveyId: z.uuid(),
        estimate: EstimateView.nullable(),
        difference: DifferenceView.nullable(),
      })
      .nullable(),
  }),
  questions: z.array(QuestionResultView),
});
export type SurveyResultsView = z.infer<typeof SurveyResultsView>;

export const InitiativeResultsView = z.object({
  initiativeId: z.uuid(),
  surveys: z.number().int(),
  before: EstimateView.nullable(),
  after: EstimateView.nullable(),
  difference: DifferenceView.nullable(),
});

/** Who may do what with surveys (DESIGN.md §3). Partners see results of initiatives they co-own. */
export const SURVEY_PERMISSIONS = {
  'surveys.manage': ['coordinator'],
  'surveys.read': ['admin', 'coordinator', 'colleague', 'researcher'],
  'surveys.results': ['admin', 'coordinator', 'colleague', 'researcher'],
  'surveys.results.coowned': ['partner'],
  'insights.read': ['admin', 'coordinator', 'colleague', 'researcher'],
  'insights.report': ['admin', 'coordinator', 'researcher'],
} as const satisfies Record<string, readonly Role[]>;
export type SurveyAction = keyof typeof SURVEY_PERMISSIONS;
export function surveyRoleCan(role: Role, action: SurveyAction): boolean {
  return (SURVEY_PERMISSIONS[action] as readonly Role[]).includes(role);
}
