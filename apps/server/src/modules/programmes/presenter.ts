import type { schema } from '@brug/db';
import { currentAndNextPhase, type PhaseKind, type PhaseView, type ProgrammeView } from '@brug/domain';

type ProgrammeRow = typeof schema.programmes.$inferSelect;
type PhaseRow = typeof schema.programmePhases.$inferSelect;

export const today = () => new Date().toISOString().slice(0, 10);

export function presentPhase(p: PhaseRow): PhaseView {
  return {
    id: p.id,
    kind: p.kind as PhaseKind,
    position: p.position,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    actualStart: p.actualStart,
    actualEnd: p.actualEnd,
  };
}

/** The fields of a programme that leave the server, with its current and next phase as of today. */
export function presentProgramme(p: ProgrammeRow, phases: PhaseRow[]): ProgrammeView {
  const views = phases.map(presentPhase).sort((a, b) => a.position - b.position);
  const { current, next } = currentAndNextPhase(views, today());
  return {
    id: p.id,
    name: p.name,
    aim: p.aim,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    isPublic: p.isPublic,
    slug: p.slug,
    publicText: p.publicText,
    protectionText: p.protectionText,
    phases: views,
    currentPhase: current,
    nextPhase: next,
  };
}
