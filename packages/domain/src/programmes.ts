import { z } from 'zod';
import { IsoDate, Name } from './common.ts';

export const PHASE_KINDS = [
  'preparation',
  'listening',
  'co_design',
  'initiatives',
  'evaluation',
  'broadening',
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];
export const PROGRAMME_TEXT_MAX = 5000;

const PerLanguage = z.record(
  z.string().regex(/^[a-z]{2}$/, 'language code'),
  z.string().trim().max(PROGRAMME_TEXT_MAX),
);

const dateOrder = (v: { startsOn?: string | null; endsOn?: string | null }) =>
  !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn;

export const CreateProgrammeInput = z
  .object({
    name: Name,
    aim: z.string().trim().max(PROGRAMME_TEXT_MAX).default(''),
    startsOn: IsoDate.nullable().optional(),
    endsOn: IsoDate.nullable().optional(),
    isPublic: z.boolean().default(false),
    publicText: PerLanguage.default({}),
    protectionText: PerLanguage.default({}),
  })
  .refine(dateOrder, { message: 'ends before it starts', path: ['endsOn'] });
export type CreateProgrammeInput = z.infer<typeof CreateProgrammeInput>;

export const UpdateProgrammeInput = z
  .object({
    name: Name,
    aim: z.string().trim().max(PROGRAMME_TEXT_MAX),
    startsOn: IsoDate.nullable(),
    endsOn: IsoDate.nullable(),
    isPublic: z.boolean(),
    publicText: PerLanguage,
    protectionText: PerLanguage,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' })
  .refine(dateOrder, { message: 'ends before it starts', path: ['endsOn'] });

export const UpdatePhaseInput = z
  .object({
    plannedStart: IsoDate.nullable(),
    plannedEnd: IsoDate.nullable(),
    actualStart: IsoDate.nullable(),
    actualEnd: IsoDate.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' })
  .refine((v) => !v.plannedStart || !v.plannedEnd || v.plannedStart <= v.plannedEnd, {
    message: 'ends before it starts',
    path: ['plannedEnd'],
  })
  .refine((v) => !v.actualStart || !v.actualEnd || v.actualStart <= v.actualEnd, {
    message: 'ends before it starts',
    path: ['actualEnd'],
  });

export const PhaseView = z.object({
  id: z.uuid(),
  kind: z.enum(PHASE_KINDS),
  position: z.number().int(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
});
export type PhaseView = z.infer<typeof PhaseView>;

export const ProgrammeView = z.object({
  id: z.uuid(),
  name: z.string(),
  aim: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  isPublic: z.boolean(),
  slug: z.string(),
  publicText: z.record(z.string(), z.string()),
  protectionText: z.record(z.string(), z.string()),
  phases: z.array(PhaseView),
  currentPhase: z.enum(PHASE_KINDS).nullable(),
  nextPhase: z.enum(PHASE_KINDS).nullable(),
});
export type ProgrammeView = z.infer<typeof ProgrammeView>;

export const PublicProgrammeView = z.object({
  name: z.string(),
  aim: z.string(),
  language: z.string(),
  languages: z.array(z.string()),
  text: z.string(),
  protection: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  phases: z.array(
    z.object({ kind: z.enum(PHASE_KINDS), start: z.string().nullable(), end: z.string().nullable() }),
  ),
  currentPhase: z.enum(PHASE_KINDS).nullable(),
  nextPhase: z.enum(PHASE_KINDS).nullable(),
});

type PhaseDates = Pick<
  PhaseView,
  'kind' | 'position' | 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd'
>;

/**
 * The current phase is the last one that actually started and has not actually ended; without
 * actual dates, the one whose planned period holds today. The next phase is the one after it.
 */
export function currentAndNextPhase(
  phases: PhaseDates[],
  today: string,
): { current: PhaseKind | null; next: PhaseKind | null } {
  const sorted = [...phases].sort((a, b) => a.position - b.position);
  let current = [...sorted]
    .reverse()
    .find((p) => p.actualStart && p.actualStart <= today && (!p.actualEnd || p.actualEnd >= today));
  current ??= sorted.find(
    (p) =>
      !p.actualEnd && p.plannedStart && p.plannedStart <= today && (!p.plannedEnd || p.plannedEnd >= today),
  );
  if (!current) {
    const firstOpen = sorted.find((p) => !p.actualEnd);
    return { current: null, next: firstOpen?.kind ?? null };
  }
  const next = sorted.find((p) => p.position > current.position && !p.actualEnd);
  return { current: current.kind, next: next?.kind ?? null };
}
