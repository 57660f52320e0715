import { publicCall } from './api.ts';
import { dayOf, demoClock, seeded } from './clock.ts';
import type { DemoWorld } from './world.ts';

const DEFINITION = {
  languages: [
    { code: 'nl', name: 'Nederlands', rtl: false },
    { code: 'fr', name: 'Français', rtl: false },
    { code: 'en', name: 'English', rtl: false },
  ],
  questions: [
    { kind: 'item', id: 'trust', itemId: 'ess_trust_police' },
    { kind: 'item', id: 'respect', itemId: 'ess_d15_respect' },
  ],
};

/** Trust (0–10) answers, per group: lower in spring, higher after a season of meetings. */
const PULSES: { title: string; day: number; district: string; targetGroup: string; trust: number[] }[] = [
  {
    title: 'Vertrouwensbarometer voorjaar',
    day: -200,
    district: 'Borgerhout',
    targetGroup: 'jongeren',
    trust: [4, 5, 3, 5, 4, 6, 4, 5, 3],
  },
  {
    title: 'Vertrouwensbarometer voorjaar',
    day: -199,
    district: 'Deurne',
    targetGroup: 'ouders',
    trust: [5, 4, 5, 6, 4, 5, 6],
  },
  {
    title: 'Vertrouwensbarometer najaar',
    day: -21,
    district: 'Borgerhout',
    targetGroup: 'jongeren',
    trust: [6, 7, 6, 8, 7, 6, 7, 5, 7, 8],
  },
  {
    title: 'Vertrouwensbarometer najaar',
    day: -20,
    district: 'Deurne',
    targetGroup: 'ouders',
    trust: [6, 6, 7, 5, 7, 6, 7],
  },
];

const respectOf = (trust: number) => Math.min(4, 1 + Math.floor(trust / 3));

async function answer(
  w: DemoWorld,
  publicId: string,
  rnd: () => number,
  trust: number,
  phase?: 'before' | 'after',
) {
  const languages = ['nl', 'nl', 'nl', 'fr', 'en'];
  await publicCall(w.app, 'POST', `/api/public/surveys/${publicId}/responses`, {
    language: languages[Math.floor(rnd() * languages.length)],
    ...(phase ? { phase } : {}),
    deviceToken: `demo-${Math.floor(rnd() * 1e12).toString(36)}-${Math.floor(rnd() * 1e12).toString(36)}`,
    answers: { trust, respect: respectOf(trust) },
  });
}

/**
 * Trust: a pulse per district in spring and in autumn (the dashboard shows the change between the
 * quarters), and the workshop's before/after survey (the programme report shows the difference), with
 * the workshop's session reports pointing at it.
 */
export async function measureTrust(w: DemoWorld): Promise<void> {
  const c = w.as.coordinator;
  const rnd = seeded(1830);
  let responses = 0;
  for (const p of PULSES) {
    demoClock.goTo(p.day - 1, 9);
    const survey = await c.post('/api/surveys', {
      title: {
        nl: `${p.title} ${p.district}`,
        fr: `Baromètre de confiance ${p.district}`,
        en: `Trust barometer ${p.district}`,
      },
      kind: 'pulse',
      targetGroup: p.targetGroup,
      district: p.district,
      opensOn: dayOf(p.day - 1),
      closesOn: dayOf(p.day + 10),
      definition: DEFINITION,
    });
    for (const [i, trust] of p.trust.entries()) {
      demoClock.goTo(p.day + (i % 5), 12 + (i % 6));
      await answer(w, survey.publicId, rnd, trust);
      responses++;
    }
  }

  // The workshop's first session: asked before it starts and after it ends.
  const activityId = w.activities['workshop-1'];
  demoClock.goTo(-45, 9);
  const survey = await c.post('/api/surveys', {
    title: {
      nl: 'Workshop rechten: voor en na',
      fr: 'Atelier droits : avant et après',
      en: 'Rights workshop: before and after',
    },
    kind: 'activity',
    activityId,
    initiativeId: w.initiatives.workshop,
    targetGroup: 'jongeren',
    district: 'Borgerhout',
    opensOn: dayOf(-45),
    closesOn: dayOf(-35),
    definition: DEFINITION,
  });
  const before = [4, 5, 3, 6, 4, 5, 4, 3, 5];
  const after = [6, 7, 5, 7, 6, 8, 6, 5];
  for (const [i, trust] of before.entries()) {
    demoClock.goTo(-41, 12 + i);
    await answer(w, survey.publicId, rnd, trust, 'before');
  }
  for (const [i, trust] of after.entries()) {
    demoClock.goTo(-39, 9 + i);
    await answer(w, survey.publicId, rnd, trust, 'after');
  }
  responses += before.length + after.length;

  // Reports of the workshop's sessions, written after them.
  demoClock.goTo(-22, 10);
  await c.put(`/api/activities/${activityId}/report`, {
    whatHappened:
      'Een dozijn jongeren, twee jeugdwerkers en een collega van de wijkwerking. Rollenspelen over een controle op het plein, daarna vragen: mag je filmen, wat als je je kaart vergat, waar meld je een slechte ervaring.',
    lessons:
      'Jongeren wilden vooral de uitleg van de agent horen, niet de regels. Volgende keer minder slides, meer rollenspel.',
    surveyId: survey.id,
  });
  demoClock.goTo(-24, 10);
  await c.put(`/api/activities/${w.activities['workshop-2']}/report`, {
    whatHappened:
      'Tweede sessie, met meer meisjes en een tolk Arabisch. De folder over rechten werd meteen uitgedeeld in de buurt.',
    lessons: 'Een tolk maakte het verschil voor de ouders die meekwamen.',
    surveyId: null,
  });
  w.summary.push(
    `trust: 4 district pulses in two quarters and a before/after survey of the workshop (${responses} answers); session reports`,
  );
}
