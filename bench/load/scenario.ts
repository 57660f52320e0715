/**
 * What a simulated user does: the requests of the main pages (80 %) and the writes people make there
 * (20 %). Every step expects a 2xx answer; anything else is an error of the run.
 */
import type { LoadUser, World } from './seed.ts';

export type Step = { name: string; method: 'GET' | 'POST' | 'PATCH' | 'PUT'; path: string; body?: unknown };

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];
const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

/** Reads, by page; every user's pages. */
const READS: ((w: World) => Step)[] = [
  () => ({ name: 'home', method: 'GET', path: '/api/home' }),
  () => ({ name: 'me', method: 'GET', path: '/api/auth/me' }),
  (w) => ({
    name: 'partners list',
    method: 'GET',
    path: `/api/partners/organisations?page=${1 + Math.floor(Math.random() * Math.max(1, Math.ceil(w.organisationIds.length / 50)))}&pageSize=50`,
  }),
  (w) => ({
    name: 'partners search',
    method: 'GET',
    path: `/api/partners/organisations?q=${encodeURIComponent(pick(w.districts).slice(0, 4))}&focusArea=${encodeURIComponent(pick(w.focusAreas))}`,
  }),
  (w) => ({
    name: 'partner detail',
    method: 'GET',
    path: `/api/partners/organisations/${pick(w.organisationIds)}`,
  }),
  (w) => ({
    name: 'partner timeline',
    method: 'GET',
    path: `/api/partners/organisations/${pick(w.organisationIds)}/timeline`,
  }),
  () => ({ name: 'initiatives', method: 'GET', path: '/api/initiatives' }),
  (w) => ({ name: 'initiative detail', method: 'GET', path: `/api/initiatives/${pick(w.initiativeIds)}` }),
  () => ({ name: 'calendar', method: 'GET', path: `/api/activities?from=${day(0)}&to=${day(35)}` }),
  () => ({ name: 'ideas', method: 'GET', path: '/api/ideas' }),
  () => ({ name: 'surveys', method: 'GET', path: '/api/surveys' }),
  () => ({ name: 'surveys dashboard', method: 'GET', path: '/api/insights/dashboard' }),
];

let serial = 0;

/** Writes, by role: coordinators keep the partner registry, colleagues bring ideas and register people. */
const WRITES: Record<LoadUser['role'], ((w: World, u: LoadUser) => Step)[]> = {
  coordinator: [
    (w) => ({
      name: 'partner note',
      method: 'POST',
      path: `/api/partners/organisations/${pick(w.organisationIds)}/interactions`,
      body: {
        kind: 'note',
        occurredAt: new Date().toISOString(),
        summary: 'Kort overleg over de volgende infoavond.',
      },
    }),
    (w, u) => ({
      name: 'partner task',
      method: 'POST',
      path: '/api/partners/tasks',
      body: {
        organisationId: pick(w.organisationIds),
        title: 'Affiches bezorgen',
        dueOn: day(14),
        assigneeId: u.id,
      },
    }),
    (w) => ({
      name: 'registration',
      method: 'POST',
      path: `/api/public/activities/${pick(w.activityIds)}/registrations`,
      body: {
        name: 'Sam Peeters',
        contact: `reg-${process.pid}-${++serial}@example.org`,
        people: 1,
        language: 'nl',
      },
    }),
    (_w, u) => ({
      name: 'profile',
      method: 'PATCH',
      path: '/api/me',
      body: { displayName: `Coördinator ${u.email.split('@')[0]} ${++serial % 100}` },
    }),
  ],
  colleague: [
    () => ({
      name: 'idea',
      method: 'POST',
      path: '/api/ideas',
      body: {
        title: `Buurtbabbel ${++serial}`,
        description: 'Koffie met de wijkagent op het plein, elke eerste zaterdag.',
      },
    }),
    (w) => ({
      name: 'idea comment',
      method: 'POST',
      path: `/api/ideas/${pick(w.ideaIds)}/comments`,
      body: { text: 'Goed idee, ik help mee.' },
    }),
    (w) => ({
      name: 'registration',
      method: 'POST',
      path: `/api/public/activities/${pick(w.activityIds)}/registrations`,
      body: {
        name: 'Yasmina El Amrani',
        contact: `reg-${process.pid}-${++serial}@example.org`,
        people: 2,
        language: 'fr',
      },
    }),
    (_w, u) => ({
      name: 'profile',
      method: 'PATCH',
      path: '/api/me',
      body: { displayName: `Collega ${u.email.split('@')[0]} ${++serial % 100}` },
    }),
  ],
};

export function nextStep(w: World, u: LoadUser, writeShare: number): Step & { write: boolean } {
  if (Math.random() < writeShare) return { ...pick(WRITES[u.role])(w, u), write: true };
  return { ...pick(READS)(w), write: false };
}
