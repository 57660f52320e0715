import { z } from 'zod';
import { IsoDate } from './common.ts';

/** The programme funnel, in order: each stage counts organisations that reached it or went further. */
export const FUNNEL_STAGES = ['contacted', 'invited', 'in_dialogue', 'partner'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export const REPORT_LANGUAGES = ['nl', 'fr'] as const;
export const TREND_DIMENSIONS = ['district', 'targetGroup'] as const;

export const DashboardQuery = z
  .object({
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    district: z.string().trim().min(1).max(80).optional(),
    targetGroup: z.string().trim().min(1).max(80).optional(),
    trendBy: z.enum(TREND_DIMENSIONS).default('district'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after to', path: ['from'] });
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const ReportQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  lang: z.enum(REPORT_LANGUAGES).default('nl'),
});

const Count = z.object({ key: z.string(), count: z.number().int() });
const Estimate = z.object({ n: z.number().int(), mean: z.number(), low: z.number(), high: z.number() });

export const DashboardView = z.object({
  filters: z.object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    district: z.string().nullable(),
    targetGroup: z.string().nullable(),
  }),
  /** Tiles whose source module is not installed (yet) in this database. */
  unavailable: z.array(z.string()),
  funnel: z.array(Count).nullable(),
  waves: z
    .array(z.object({ wave: z.string(), organisations: z.number().int(), partners: z.number().int() }))
    .nullable(),
  findingsByKind: z.array(Count).nullable(),
  initiativesByStatus: z.array(Count).nullable(),
  initiativesByType: z.array(Count).nullable(),
  activities: z.object({ held: z.number().int(), attendance: z.number().int() }).nullable(),
  colleagues: z.object({ active: z.number().int(), hours: z.number() }).nullable(),
  needsWithoutInitiative: z.number().int().nullable(),
  trust: z.object({
    dimension: z.enum(TREND_DIMENSIONS),
    quarters: z.array(z.string()),
    columns: z.array(z.string()),
    /** Index per quarter (rows) and district or target group (columns); null where no group of 5 exists. */
    cells: z.array(z.array(Estimate.nullable())),
    overall: z.array(Estimate.nullable()),
    responses: z.number().int(),
  }),
});
export type DashboardView = z.infer<typeof DashboardView>;

const intervalFormats = new Map<string, { plain: Intl.NumberFormat; signed: Intl.NumberFormat }>();

/**
 * An estimate with its 95 % interval as a reader of `language` writes it: "42,9 [37,2; 48,6]" in Dutch,
 * "42,9 [37,2 ; 48,6]" in French (a narrow space before the semicolon), "42.9 [37.2; 48.6]" in English;
 * `signed` puts a plus before a positive value (a before/after difference).
 */
export function formatInterval(
  value: number,
  low: number,
  high: number,
  language: string,
  options: { signed?: boolean; n?: number } = {},
): string {
  let f = intervalFormats.get(language);
  if (!f) {
    const locale = language === 'nl' ? 'nl-BE' : language === 'fr' ? 'fr-BE' : 'en-GB';
    const digits = { maximumFractionDigits: 1, useGrouping: false } as const;
    f = {
      plain: new Intl.NumberFormat(locale, digits),
      signed: new Intl.NumberFormat(locale, { ...digits, signDisplay: 'exceptZero' }),
    };
    intervalFormats.set(language, f);
  }
  const separator = language === 'fr' ? '\u202f; ' : '; ';
  const head = (options.signed ? f.signed : f.plain).format(value);
  const text = `${head} [${f.plain.format(low)}${separator}${f.plain.format(high)}]`;
  return options.n === undefined ? text : `${text} n=${options.n}`;
}
