import type { InitiativeStatus } from '@brug/domain';
import { publicCall } from './api.ts';
import { at, demoClock, onWeekday, realToday, seeded } from './clock.ts';
import { ideaIds } from './ideas.ts';
import { volunteerIds } from './volunteers.ts';
import { type DemoPerson, type DemoWorld, userId } from './world.ts';

type Session = {
  key: string;
  day: number;
  hour: number;
  place: string;
  capacity: number;
  languages: string[];
  /** Colleagues asked who accepted. */
  colleagues: DemoPerson[];
  /** Colleagues asked who have not answered yet (their home asks them). */
  asked?: DemoPerson[];
  /** Registrations (name, people, language); beyond capacity they wait. */
  registrations: number;
};

type Spec = {
  key: string;
  fromIdea?: string;
  type: string;
  title: string;
  description: string;
  goals: string[];
  targetGroups: string[];
  districts: string[];
  partners: string[];
  /** Partner accounts that speak for the partners, in the same order. */
  partnerUsers: DemoPerson[];
  findings: string[];
  budget: number | null;
  materials: string;
  stage: InitiativeStatus;
  start: number;
  comments: [DemoPerson, string][];
  /** A session proposed while the initiative is still worked out with its partner (no registrations yet). */
  proposed?: Omit<Session, 'registrations' | 'colleagues'>;
  sessions: Session[];
  /** Transitions after the sessions: [day, status]. */
  later: [number, InitiativeStatus][];
};

const SPECS: Spec[] = [
  {
    key: 'workshop',
    fromIdea: 'workshop',
    type: 'workshop',
    title: 'Workshop: je rechten bij een controle',
    description:
      'Jongeren en agenten praten in het jeugdhuis samen over wat mag en moet bij een identiteitscontrole, met rollenspelen en vragen die jongeren zelf meebrengen.',
    goals: [
      'Jongeren kennen hun rechten en plichten bij een controle',
      'Agenten horen hoe een controle aanvoelt',
    ],
    targetGroups: ['jongeren 14–25'],
    districts: ['Borgerhout'],
    partners: ['schakel'],
    partnerUsers: ['partner'],
    findings: ['uitleg', 'rechten'],
    budget: 250,
    materials: 'Zaal van het jeugdhuis, beamer, drankjes, folder over rechten bij een controle (nl, en, ar).',
    stage: 'evaluated',
    start: -85,
    comments: [
      ['partner', 'Kunnen we de rollenspelen door twee jongeren van ons laten voorbereiden?'],
      ['coordinator', 'Zeker, we plannen een voorbereiding met hen een week vooraf.'],
    ],
    sessions: [
      {
        key: 'workshop-1',
        day: onWeekday(-40),
        hour: 17,
        place: 'Jeugdhuis De Schakel, Turnhoutsebaan, Borgerhout',
        capacity: 20,
        languages: ['nl', 'en'],
        colleagues: ['colleague'],
        registrations: 11,
      },
      {
        key: 'workshop-2',
        day: onWeekday(-26),
        hour: 17,
        place: 'Jeugdhuis De Schakel, Turnhoutsebaan, Borgerhout',
        capacity: 20,
        languages: ['nl', 'ar'],
        colleagues: ['colleague'],
        registrations: 8,
      },
    ],
    later: [
      [-40, 'running'],
      [-20, 'done'],
      [-10, 'evaluated'],
    ],
  },
  {
    key: 'vrouwen',
    type: 'presentation',
    title: 'Infosessie voor vrouwen: melden en je rechten',
    description:
      'Een agente en een tolk die de vrouwen kennen leggen in het vrouwenhuis uit hoe je geweld of intimidatie meldt en wat er daarna gebeurt.',
    goals: ['Weten hoe en waar je meldt', 'Een vrouwelijke agent leren kennen'],
    targetGroups: ['vrouwen', 'nieuwkomers'],
    districts: ['Borgerhout'],
    partners: ['amal'],
    partnerUsers: ['partner2'],
    findings: ['vrouwen', 'taal'],
    budget: 120,
    materials: 'Tolk Arabisch, kinderopvang in de zaal ernaast.',
    stage: 'running',
    start: -55,
    comments: [
      ['partner2', 'Graag in de voormiddag, dan zijn de kinderen op school.'],
      ['coordinator', 'Genoteerd: 9u30 tot 11u30, met kinderopvang voor de kleinsten.'],
    ],
    sessions: [
      {
        key: 'vrouwen-1',
        day: onWeekday(-15),
        hour: 8,
        place: 'Vrouwenhuis Nour, Borgerhout',
        capacity: 12,
        languages: ['nl', 'ar'],
        colleagues: ['colleague4', 'colleague2'],
        registrations: 9,
      },
      {
        key: 'vrouwen-2',
        day: onWeekday(12),
        hour: 8,
        place: 'Vrouwenhuis Nour, Borgerhout',
        capacity: 8,
        languages: ['ar', 'fr'],
        colleagues: ['colleague2'],
        registrations: 11,
      },
    ],
    later: [[-15, 'running']],
  },
  {
    key: 'permanence',
    type: 'neighbourhood_meeting',
    title: 'Permanence de quartier à la Maison des Cultures',
    description:
      'Un agent de quartier tient une permanence mensuelle à la maison des cultures, sans rendez-vous ni dossier, avec une collègue qui parle français et arabe.',
    goals: ['Un visage connu au Kiel', 'Des réponses aux questions sur la plainte et les droits'],
    targetGroups: ['nieuwkomers', 'Franstalige bewoners'],
    districts: ['Antwerpen'],
    partners: ['maison'],
    partnerUsers: ['partner3'],
    findings: ['wijkagent', 'taal'],
    budget: null,
    materials: 'Een tafel in het onthaal, folders in het Frans, Nederlands en Arabisch.',
    stage: 'planned',
    start: -35,
    comments: [['partner3', 'Le premier mercredi du mois, après le cours de langue, c’est idéal.']],
    sessions: [
      {
        key: 'permanence-1',
        day: onWeekday(9),
        hour: 13,
        place: 'Maison des Cultures Kiel, Antwerpen',
        capacity: 25,
        languages: ['fr', 'nl', 'ar'],
        colleagues: ['colleague2', 'colleague'],
        registrations: 5,
      },
      {
        key: 'permanence-2',
        day: onWeekday(37),
        hour: 13,
        place: 'Maison des Cultures Kiel, Antwerpen',
        capacity: 25,
        languages: ['fr', 'nl', 'ar'],
        colleagues: [],
        asked: ['colleague'],
        registrations: 2,
      },
    ],
    later: [],
  },
  {
    key: 'sport',
    type: 'group_activity',
    title: 'Sportmoment: zaalvoetbal met de wijkploeg',
    description:
      'Een avond zaalvoetbal in gemengde ploegen van jongeren en agenten, met achteraf een babbel over de buurt.',
    goals: ['Elkaar leren kennen buiten een interventie'],
    targetGroups: ['jongeren 14–25'],
    districts: ['Borgerhout'],
    partners: ['schakel'],
    partnerUsers: ['partner'],
    findings: ['ontmoeting'],
    budget: 80,
    materials: 'Sporthal, hesjes, water.',
    stage: 'co_design',
    start: -8,
    comments: [['coordinator', 'Voorstel: een donderdagavond over een maand. Past dat voor jullie?']],
    proposed: {
      key: 'sport-1',
      day: thursdayAfter(30),
      hour: 18,
      place: 'Sporthal Borgerhout, Collegelaan',
      capacity: 24,
      languages: ['nl', 'fr', 'ar'],
    },
    sessions: [],
    later: [],
  },
  {
    key: 'podcast',
    fromIdea: 'podcast',
    type: 'other',
    title: 'Podcast: jongeren vragen, agenten antwoorden',
    description: 'Vijf korte afleveringen, opgenomen met jongeren uit Merksem.',
    goals: [],
    targetGroups: ['jongeren 16–25'],
    districts: ['Merksem'],
    partners: [],
    partnerUsers: [],
    findings: ['podcast'],
    budget: null,
    materials: '',
    stage: 'proposal',
    start: -3,
    comments: [],
    sessions: [],
    later: [],
  },
];

/** The first Thursday at least `days` from today. */
function thursdayAfter(days: number): number {
  const weekday = new Date(realToday().getTime() + days * 86_400_000).getUTCDay();
  return days + ((4 - weekday + 7) % 7);
}

const ORDER: InitiativeStatus[] = [
  'idea',
  'proposal',
  'co_design',
  'planned',
  'running',
  'done',
  'evaluated',
];
const reached = (spec: Spec, status: InitiativeStatus) => ORDER.indexOf(spec.stage) >= ORDER.indexOf(status);

const FIRST_NAMES = [
  'Noor',
  'Ilias',
  'Sara',
  'Mohamed',
  'Emma',
  'Yusuf',
  'Lina',
  'Adam',
  'Hanne',
  'Bilal',
  'Amira',
  'Lucas',
  'Fatou',
  'Jana',
  'Rayan',
  'Zeynep',
];
const LAST_INITIALS = 'ABCDEFGHJKLMNOPRSTVWZ';

/** A two-hour session of the initiative, remembered under its key. */
async function addSession(
  w: DemoWorld,
  initiativeId: string,
  s: Omit<Session, 'registrations' | 'colleagues'>,
  colleaguesNeeded: number,
): Promise<{ id: string }> {
  const activity = await w.as.coordinator.post(`/api/initiatives/${initiativeId}/activities`, {
    startsAt: at(s.day, s.hour),
    endsAt: at(s.day, s.hour + 2),
    place: s.place,
    capacity: s.capacity,
    languages: s.languages,
    colleaguesNeeded,
  });
  w.activities[s.key] = activity.id;
  return activity;
}

async function transition(w: DemoWorld, id: string, to: InitiativeStatus, reason?: string) {
  await w.as.coordinator.post(`/api/initiatives/${id}/transition`, { to, ...(reason ? { reason } : {}) });
}

/**
 * Initiatives co-designed with partners, at every stage: evaluated, running, planned, in co-design
 * (waiting for the partner's confirmation), a proposal. Sessions take public registrations (one runs
 * into its waiting list), colleagues from the pool are invited and accept, attendance is checked in
 * after each past session, and the evaluated one has its report.
 */
export async function runInitiatives(w: DemoWorld): Promise<void> {
  const c = w.as.coordinator;
  const rnd = seeded(2026);
  const counts: Record<string, number> = {};
  let registrations = 0;
  let waiting = 0;
  for (const spec of SPECS) {
    demoClock.goTo(spec.start, 9);
    const fields = {
      type: spec.type,
      title: spec.title,
      description: spec.description,
      goals: spec.goals,
      targetGroups: spec.targetGroups,
      districts: spec.districts,
      partnerOrganisationIds: spec.partners.map((p) => w.orgs[p].id),
      leadUserId: userId(w, 'coordinator'),
      budget: spec.budget,
      materials: spec.materials,
      findingIds: spec.findings.map((f) => w.findings[f]),
    };
    const made = spec.fromIdea
      ? await c.post(`/api/ideas/${ideaIds[spec.fromIdea]}/initiative`, fields)
      : await c.post('/api/initiatives', fields);
    const id: string = made.id;
    w.initiatives[spec.key] = id;
    if (made.status === 'idea') await transition(w, id, 'proposal');
    if (reached(spec, 'co_design')) {
      demoClock.goTo(spec.start + 1, 10);
      await transition(w, id, 'co_design');
      for (const [i, [who, text]] of spec.comments.entries()) {
        demoClock.goTo(spec.start + 2 + i, 11);
        await w.as[who].post(`/api/initiatives/${id}/comments`, { text });
      }
      if (spec.proposed) await addSession(w, id, spec.proposed, 2);
    }
    if (reached(spec, 'planned')) {
      demoClock.goTo(spec.start + 5, 10);
      for (const [i, who] of spec.partnerUsers.entries())
        await w.as[who].post(`/api/initiatives/${id}/fit`, {
          fit: 'confirmed',
          note: i === 0 ? 'Dit beantwoordt wat onze leden vroegen.' : undefined,
        });
      await transition(w, id, 'planned');
      for (const s of spec.sessions) {
        const activity = await addSession(w, id, s, s.colleagues.length + (s.asked?.length ?? 0));
        const ids = [...s.colleagues, ...(s.asked ?? [])]
          .map((who) => volunteerIds[who])
          .filter((v): v is string => !!v);
        if (ids.length > 0) {
          await c.post(`/api/volunteer-activities/${activity.id}/invitations`, { volunteerIds: ids });
          for (const who of s.colleagues) {
            const own = await w.as[who].get('/api/volunteers/me');
            const assignment = own.assignments.find(
              (a: { activityId: string; status: string }) =>
                a.activityId === activity.id && a.status === 'invited',
            );
            if (assignment)
              await w.as[who].post(`/api/volunteers/me/assignments/${assignment.id}/respond`, {
                answer: 'accept',
              });
          }
        }
      }
      // People register on the public page in the weeks before each session.
      for (const s of spec.sessions) {
        for (let r = 0; r < s.registrations; r++) {
          demoClock.goTo(
            Math.min(-1, Math.max(spec.start + 6, s.day - 14) + Math.floor((r * 10) / s.registrations)),
            19,
          );
          const name = `${FIRST_NAMES[Math.floor(rnd() * FIRST_NAMES.length)]} ${LAST_INITIALS[Math.floor(rnd() * LAST_INITIALS.length)]}.`;
          const receipt = await publicCall(
            w.app,
            'POST',
            `/api/public/activities/${w.activities[s.key]}/registrations`,
            {
              name,
              contact: `${name.split(' ')[0].toLowerCase()}${r}@inschrijving.example`,
              people: rnd() < 0.2 ? 2 : 1,
              language: s.languages[Math.floor(rnd() * s.languages.length)],
            },
          );
          registrations++;
          if (receipt.status === 'waiting') waiting++;
        }
      }
    }
    // Sessions that took place: running, attendance checked in (one no-show, two walk-ins).
    for (const s of spec.sessions.filter((x) => x.day < 0)) {
      demoClock.goTo(s.day, s.hour - 1);
      const current = (await c.get(`/api/initiatives/${id}`)).status;
      if (current === 'planned') await transition(w, id, 'running');
      demoClock.goTo(s.day, s.hour + 3);
      const list: { id: string; status: string; people: number }[] = await c.get(
        `/api/activities/${w.activities[s.key]}/registrations`,
      );
      // One party did not come; a few people came without registering, as far as places allow.
      const came = list.filter((r) => r.status === 'confirmed').slice(1);
      const people = came.reduce((n, r) => n + r.people, 0);
      await c.put(`/api/activities/${w.activities[s.key]}/attendance`, {
        checkedInIds: came.map((r) => r.id),
        walkIns: Math.max(0, Math.min(2, s.capacity - people)),
      });
    }
    for (const [day, status] of spec.later) {
      demoClock.goTo(day, 16);
      const current = (await c.get(`/api/initiatives/${id}`)).status;
      if (current !== status) await transition(w, id, status);
    }
    counts[spec.stage] = (counts[spec.stage] ?? 0) + 1;
  }
  w.summary.push(
    `${SPECS.length} initiatives (${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(
        ', ',
      )}) with ${Object.keys(w.activities).length} sessions, ${registrations} registrations (${waiting} on a waiting list), attendance for past sessions`,
  );
}
