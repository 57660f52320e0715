import { dayOf, demoClock } from './clock.ts';
import type { DemoPerson, DemoWorld } from './world.ts';

type Applicant = {
  who: DemoPerson;
  unit: string;
  district: string;
  motivation: string;
  languages: { code: string; level: string }[];
  topics: string[];
  experience: string[];
  patterns: string[];
  hours: number;
  path: string[];
};

const APPLICANTS: Applicant[] = [
  {
    who: 'colleague',
    unit: 'Wijkwerking Borgerhout',
    district: 'Borgerhout',
    motivation: 'Ik werk al tien jaar in Borgerhout en wil jongeren ook eens zien buiten een interventie.',
    languages: [
      { code: 'nl', level: 'native' },
      { code: 'en', level: 'fluent' },
    ],
    topics: ['jongeren', 'sport'],
    experience: ['youth'],
    patterns: ['weekdays', 'evenings'],
    hours: 12,
    path: ['talk_planned', 'accepted', 'active'],
  },
  {
    who: 'colleague2',
    unit: 'Wijkwerking Noord',
    district: 'Antwerpen',
    motivation:
      'Je parle français et arabe; je veux aider les nouveaux arrivants à comprendre comment la police fonctionne.',
    languages: [
      { code: 'fr', level: 'native' },
      { code: 'ar', level: 'fluent' },
      { code: 'nl', level: 'fluent' },
    ],
    topics: ['taal', 'armoede'],
    experience: ['cultural_communities', 'poverty'],
    patterns: ['weekdays', 'weekends'],
    hours: 16,
    path: ['accepted', 'active'],
  },
  {
    who: 'colleague3',
    unit: 'Interventie Zuid',
    district: 'Hoboken',
    motivation: 'Ik train zelf in een boksclub en wil graag een sportmoment met jongeren mee begeleiden.',
    languages: [{ code: 'nl', level: 'native' }],
    topics: ['sport', 'jongeren'],
    experience: ['youth'],
    patterns: ['evenings', 'weekends'],
    hours: 8,
    path: ['talk_planned'],
  },
  {
    who: 'colleague4',
    unit: 'Slachtofferbejegening',
    district: 'Deurne',
    motivation: 'I support victims every day and would like to help women feel safe to report violence.',
    languages: [
      { code: 'en', level: 'native' },
      { code: 'nl', level: 'fluent' },
      { code: 'tr', level: 'conversational' },
    ],
    topics: ['taal'],
    experience: ['cultural_communities'],
    patterns: ['weekdays'],
    hours: 10,
    path: ['accepted', 'active'],
  },
];

/** Volunteer ids by colleague, for the initiatives' activities. */
export const volunteerIds: Partial<Record<DemoPerson, string>> = {};

/**
 * A call for colleagues: topics, the call published, four colleagues apply, three are selected and
 * active (with a training), one still has a talk planned.
 */
export async function recruitColleagues(w: DemoWorld): Promise<void> {
  const c = w.as.coordinator;
  demoClock.goTo(-88);
  const topics: Record<string, string> = {};
  for (const [key, label] of [
    ['jongeren', 'Jongeren'],
    ['sport', 'Sport en spel'],
    ['taal', 'Taal en vertaling'],
    ['armoede', 'Armoede en welzijn'],
  ]) {
    topics[key] = (await c.post('/api/volunteer-topics', { label })).id;
  }
  const call = await c.post('/api/volunteers/calls', {
    title: 'Collega’s gezocht voor Brug naar elkaar',
    body: 'We zoeken collega’s die samen met partnerorganisaties workshops, spreekuren en sportmomenten mee begeleiden, in hun eigen district of daarbuiten.',
    asked: 'Een paar uur per maand, een kennismakingsgesprek en een korte opleiding over het programma.',
    timeCommitment: '4 tot 16 uur per maand',
  });
  await c.post(`/api/volunteers/calls/${call.id}/publish`, { email: false });
  for (const [i, a] of APPLICANTS.entries()) {
    demoClock.goTo(-86 + i);
    const own = await w.as[a.who].post('/api/volunteers/applications', {
      callId: call.id,
      motivation: a.motivation,
      unit: a.unit,
      district: a.district,
      languages: a.languages,
      topicIds: a.topics.map((t) => topics[t]),
      experience: a.experience,
      availability: { patterns: a.patterns, dates: [] },
      maxHoursPerMonth: a.hours,
    });
    volunteerIds[a.who] = own.id;
  }
  for (let step = 0; step < 3; step++) {
    demoClock.goTo(-80 + step * 4);
    for (const a of APPLICANTS) {
      const status = a.path[step];
      if (!status) continue;
      await c.post(`/api/volunteers/${volunteerIds[a.who]}/status`, {
        status,
        note: status === 'talk_planned' ? 'Gesprek op het commissariaat' : '',
      });
      if (status === 'active')
        await c.post(`/api/volunteers/${volunteerIds[a.who]}/trainings`, {
          name: 'Introductie Brug naar elkaar',
          completedOn: dayOf(-72 + step),
        });
    }
  }
  const active = APPLICANTS.filter((a) => a.path.at(-1) === 'active').length;
  w.summary.push(
    `a published call for colleagues with ${APPLICANTS.length} applications; ${active} colleagues active in the pool`,
  );
}
