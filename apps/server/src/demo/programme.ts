import { dayOf, demoClock } from './clock.ts';
import type { DemoWorld } from './world.ts';

/**
 * The programme "Brug naar elkaar", started about eight months ago: preparation and listening are
 * over, co-design runs now, initiatives and evaluation lie ahead.
 */
export async function createProgramme(w: DemoWorld): Promise<void> {
  demoClock.goTo(-245);
  const c = w.as.coordinator;
  const programme = await c.post('/api/programmes', {
    name: 'Brug naar elkaar 2026–2027',
    aim: 'Vertrouwen opbouwen tussen de politie en jongeren, culturele gemeenschappen en mensen in armoede in de negen districten, samen met de organisaties die hen kennen.',
    startsOn: dayOf(-240),
    endsOn: dayOf(300),
    isPublic: true,
    publicText: {
      nl: 'De politiezone luistert eerst: naar jongeren, naar gemeenschappen, naar mensen die het moeilijk hebben. Wat we horen, zetten we samen met partners om in concrete initiatieven.',
      fr: 'La zone de police écoute d’abord : les jeunes, les communautés, les personnes en difficulté. Ce que nous entendons devient, avec nos partenaires, des initiatives concrètes.',
      en: 'The police zone listens first: to young people, to communities, to people who struggle. What we hear becomes concrete initiatives, designed with our partners.',
    },
    protectionText: {
      nl: 'Gesprekken zijn vertrouwelijk. Alleen het onderzoeksbureau leest de notities; de politie ziet enkel geanonimiseerde bevindingen van minstens drie bronnen.',
      fr: 'Les entretiens sont confidentiels. Seul le bureau de recherche lit les notes ; la police ne voit que des constats anonymisés d’au moins trois sources.',
      en: 'Conversations are confidential. Only the research bureau reads the notes; the police only sees anonymised findings from at least three sources.',
    },
  });
  w.programmeId = programme.id;
  for (const [kind, start, end] of PHASES)
    await c.patch(`/api/programmes/${programme.id}/phases/${kind}`, {
      plannedStart: dayOf(start),
      plannedEnd: dayOf(end),
    });
}

const PHASES: [string, number, number, number | null, number | null][] = [
  ['preparation', -240, -200, -240, -201],
  ['listening', -200, -100, -200, -96],
  ['co_design', -95, 30, -95, null],
  ['initiatives', 31, 180, null, null],
  ['evaluation', 181, 260, null, null],
  ['broadening', 261, 300, null, null],
];

/** Today: the coordinator records when the past phases really started and ended. */
export async function closePastPhases(w: DemoWorld): Promise<void> {
  demoClock.reset();
  const c = w.as.coordinator;
  for (const [kind, , , actualStart, actualEnd] of PHASES) {
    if (actualStart === null) continue;
    await c.patch(`/api/programmes/${w.programmeId}/phases/${kind}`, {
      actualStart: dayOf(actualStart),
      actualEnd: actualEnd === null ? null : dayOf(actualEnd),
    });
  }
  const current = await c.get(`/api/programmes/${w.programmeId}`);
  if (current.currentPhase !== 'co_design') throw new Error(`demo: current phase is ${current.currentPhase}`);
  w.summary.unshift('programme "Brug naar elkaar 2026–2027" with 6 phases, current: co-design');
}
