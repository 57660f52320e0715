import type { TestApp } from '../../test/helpers.ts';
import { writeNotes } from '../modules/analysis/test-support.ts';
import { addSealedInterview } from '../modules/conversations/test-support.ts';
import { answerAsContact } from '../modules/outreach/test-support.ts';
import { demoClock, localAt } from './clock.ts';
import { latestMailTo, tokenIn } from './mailbox.ts';
import type { DemoWorld } from './world.ts';

/**
 * A held conversation: who it was with (sealed, the bureau's eyes only) and the notes, paragraph by
 * paragraph, each with the codes the researcher later gives it (see analysis.ts).
 */
export type DemoInterview = {
  /** The organisation invited to it (first wave), booked by phone; absent for a second talk. */
  org?: string;
  source: string;
  day: number;
  paragraphs: [string, string[]][];
};

/** Fictional notes, written as a researcher would: no names, the gist in the speaker's words. */
export const INTERVIEWS: DemoInterview[] = [
  {
    org: 'schakel',
    source: 'Jeugdwerker, jeugdhuis in Borgerhout',
    day: -188,
    paragraphs: [
      [
        'De jongeren van het jeugdhuis worden soms drie keer per week gecontroleerd op het plein. Niemand legt uit waarom; ze voelen zich verdacht omdat ze in groep staan.',
        ['controles', 'ervaring'],
      ],
      [
        'Ze kennen hun rechten bij een identiteitscontrole niet: moeten ze hun kaart tonen, mogen ze filmen, wat als ze hun kaart vergeten zijn?',
        ['rechten', 'controles'],
      ],
      [
        'Een agent die eens komt zaalvoetballen zonder meteen over regels te praten, dat zouden ze appreciëren. Ontmoeting buiten een controle is zeldzaam.',
        ['ontmoeting'],
      ],
    ],
  },
  {
    org: 'straatwerk',
    source: 'Straathoekwerker, Seefhoek',
    day: -182,
    paragraphs: [
      [
        'Jongeren op straat bellen de politie niet, ook niet als ze zelf slachtoffer zijn. Ze vrezen dat ze zelf vragen krijgen over wat ze daar deden.',
        ['angst', 'ervaring'],
      ],
      [
        'Een controle die met uitleg begint, verloopt volgens hem bijna altijd rustig. Het is de toon die het verschil maakt, niet de controle zelf.',
        ['controles', 'taal'],
      ],
      [
        'Hij stelt voor dat agenten en straathoekwerkers samen een avond in de buurt rondlopen, zodat jongeren gezichten leren kennen.',
        ['ontmoeting', 'bereikbaar'],
      ],
    ],
  },
  {
    org: 'maison',
    source: 'Directrice d’une maison des cultures, Kiel',
    day: -176,
    paragraphs: [
      [
        'Beaucoup de nouveaux arrivants ne savent pas comment porter plainte ni s’ils ont le droit de le faire sans titre de séjour. Ils ont besoin d’informations dans leur langue.',
        ['rechten', 'taal', 'angst'],
      ],
      [
        'Quand un agent parle français lentement et explique la procédure, la confiance vient vite. Le problème est souvent la langue, pas la police.',
        ['taal', 'ervaring'],
      ],
      [
        'Elle aimerait une permanence mensuelle à la maison, avec un agent de quartier qui répond aux questions sans dossier.',
        ['bereikbaar', 'ontmoeting'],
      ],
    ],
  },
  {
    org: 'ouderraad',
    source: 'Voorzitter van een ouderraad, Deurne',
    day: -170,
    paragraphs: [
      [
        'Ouders weten niet wie hun wijkagent is. Als er iets gebeurt aan de schoolpoort, bellen ze de school, niet de politie.',
        ['bereikbaar'],
      ],
      [
        'Vaders vertellen over controles van hun zonen die ze als vernederend ervaren. Ze willen dat hun kinderen respect krijgen en weten hoe ze een klacht indienen.',
        ['controles', 'ervaring', 'rechten'],
      ],
      [
        'Een ouderavond in het Arabisch en Nederlands met de wijkagent en een jeugdconsulent zou volgens hem veel vragen beantwoorden.',
        ['ontmoeting', 'taal'],
      ],
    ],
  },
  {
    org: 'luchtbal',
    source: 'Buurtwerker, sociale kruidenier Luchtbal',
    day: -164,
    paragraphs: [
      [
        'Mensen in armoede vrezen dat contact met de politie leidt tot problemen met hun sociale woning of hun uitkering. Ze willen weten wat wordt doorgegeven en wat niet.',
        ['angst', 'rechten'],
      ],
      [
        'Na een inbraak durfde een moeder geen aangifte te doen omdat haar ex-partner er nog ingeschreven stond. Ze wist niet dat dat los van elkaar staat.',
        ['angst', 'rechten', 'vrouwen'],
      ],
      [
        'Een vast gezicht in de buurtwinkel, eens per maand, zou de drempel verlagen. Liefst iemand die blijft en niet elke keer een andere agent.',
        ['bereikbaar', 'ontmoeting'],
      ],
    ],
  },
  {
    org: 'amal',
    source: 'Coördinatrice van een vrouwenhuis, Borgerhout',
    day: -158,
    paragraphs: [
      [
        'Vrouwen melden intimidatie op straat of geweld thuis pas als ze een vrouwelijke agent kunnen spreken en weten wat er daarna gebeurt.',
        ['vrouwen', 'angst'],
      ],
      [
        'Veel vrouwen spreken Arabisch of Tamazight en weinig Nederlands; een tolk via de telefoon voelt voor hen niet veilig.',
        ['taal', 'vrouwen'],
      ],
      [
        'Een infosessie in het vrouwenhuis, met een agente en een tolk die ze kennen, zou een eerste stap zijn.',
        ['ontmoeting', 'vrouwen', 'rechten'],
      ],
    ],
  },
  {
    org: 'rodester',
    source: 'Jeugdcoördinator van een sportclub, Hoboken',
    day: -150,
    paragraphs: [
      [
        'De jongens van de boksclub zien agenten alleen bij problemen. Een training samen met agenten zou dat beeld veranderen.',
        ['ontmoeting', 'ervaring'],
      ],
      [
        'Bij controles na een wedstrijd worden ze aangesproken alsof ze supporters zijn die relletjes zoeken. Een woord uitleg zou veel schelen.',
        ['controles', 'taal'],
      ],
    ],
  },
  {
    org: 'diaspora',
    source: 'Chair of a diaspora network',
    day: -142,
    paragraphs: [
      [
        'Students from the network are stopped more often than their classmates and feel they have to prove they belong in the neighbourhood.',
        ['controles', 'ervaring'],
      ],
      [
        'They would like to know their rights during an identity check, in English and French, and to whom they can report a bad experience.',
        ['rechten', 'taal'],
      ],
      [
        'A debate evening where officers and young people answer each other’s questions, maybe recorded as a podcast, would reach far more people.',
        ['ontmoeting'],
      ],
    ],
  },
  {
    org: 'soeplepel',
    source: 'Vrijwilliger van een sociaal restaurant, Berchem',
    day: -130,
    paragraphs: [
      [
        'Oudere gasten voelen zich onveilig op de tram maar melden niets, omdat ze denken dat het toch geen zin heeft.',
        ['angst', 'ervaring'],
      ],
      [
        'Ze kennen de wijkagent van vroeger, die kwam koffie drinken. Nu weten ze niet meer wie ze kunnen aanspreken.',
        ['bereikbaar'],
      ],
    ],
  },
  {
    source: 'Ouder, lid van een ouderraad, Deurne',
    day: -118,
    paragraphs: [
      [
        'Mijn zoon werd gecontroleerd op weg naar de training en kwam te laat. Niemand zei waarom; hij heeft sindsdien schrik van politie.',
        ['controles', 'ervaring', 'angst'],
      ],
      [
        'Ik wil dat de politie naar de moskee en de school komt om uit te leggen wat jongeren moeten doen bij een controle.',
        ['rechten', 'ontmoeting'],
      ],
    ],
  },
];

/**
 * The first wave is invited to a conversation: the researcher opens a time for each, the coordinator
 * sends the invitations, and the researcher books the time each contact agreed on the phone.
 */
export async function inviteFirstWave(w: DemoWorld): Promise<void> {
  demoClock.goTo(-202, 9);
  const r = w.as.researcher;
  const slots = new Map<string, string>();
  for (const interview of INTERVIEWS.filter((i) => i.org)) {
    const slot = await r.post('/api/slots', {
      startsAt: localAt(interview.day, 10),
      durationMinutes: 60,
      mode: 'place',
      location: 'Onderzoeksbureau Luisterrijk, Kammenstraat 1, Antwerpen',
    });
    slots.set(w.orgs[interview.org!].name, slot.id);
  }
  demoClock.goTo(-200, 10);
  const invited = [...INTERVIEWS.filter((i) => i.org).map((i) => i.org!), 'sterren'];
  await w.as.coordinator.post('/api/outreach/invitations', {
    kind: 'interview',
    organisationIds: invited.map((k) => w.orgs[k].id),
  });
  demoClock.goTo(-196, 14);
  const { items } = await r.get('/api/outreach/bookable');
  for (const item of items as { organisationName: string; invitationId: string }[]) {
    const slotId = slots.get(item.organisationName);
    if (slotId) await r.post(`/api/slots/${slotId}/bookings`, { invitationId: item.invitationId });
  }
  w.summary.push(
    `${invited.length} interview invitations to the first wave, ${slots.size} booked after a phone call`,
  );
}

/** The researchers hold the conversations of the listening phase and write their notes in the vault. */
export async function holdInterviews(w: DemoWorld): Promise<void> {
  const vault = w.vault;
  if (!vault) throw new Error('demo: the vault is not open');
  for (const [i, interview] of INTERVIEWS.entries()) {
    demoClock.goTo(interview.day, 10);
    const researcher = await (i % 3 === 2 ? w.as.researcher2 : w.as.researcher).client();
    const made = await addSealedInterview(researcher, vault, {
      source: interview.source,
      consent: { given: true, method: 'written', recordedAt: new Date().toISOString() },
    });
    const text = await writeNotes(
      researcher,
      made,
      interview.paragraphs.map(([p]) => p),
    );
    w.sources.push({ id: made.id, interviewId: made.id, pseudonym: made.pseudonym, key: made.key, text });
  }
  // One more, agreed but not yet held.
  demoClock.goTo(-6, 10);
  await addSealedInterview(await w.as.researcher.client(), vault, {
    source: 'Bestuurslid van een vereniging van nieuwkomers, Ekeren',
    held: false,
  });
  w.summary.push(`${INTERVIEWS.length} held interviews with sealed notes (and 1 still to hold)`);
}

/**
 * The second wave is invited to a conversation: the researcher opens times, the coordinator sends
 * the invitations, the contacts answer on the public page (consent sealed for the bureau in their
 * browser), some book a time, one proposes another, one declines, one has not answered yet.
 */
export async function inviteSecondWave(w: DemoWorld): Promise<void> {
  demoClock.goTo(-14, 9);
  const r = w.as.researcher;
  const slots: string[] = [];
  const times: [number, number, 'place' | 'video'][] = [
    [4, 10, 'place'],
    [4, 14, 'place'],
    [6, 18, 'video'],
    [9, 10, 'place'],
    [11, 19, 'video'],
    [13, 14, 'place'],
  ];
  for (const [day, hour, mode] of times) {
    const slot = await r.post('/api/slots', {
      startsAt: localAt(day, hour),
      durationMinutes: 60,
      mode,
      ...(mode === 'place'
        ? { location: 'Onderzoeksbureau Luisterrijk, Kammenstraat 1, Antwerpen' }
        : { videoUrl: 'https://video.luisterrijk.example/gesprek' }),
    });
    slots.push(slot.id);
  }
  const invited = ['congolaise', 'syrisch', 'kinderarmoede', 'merksem', 'polish'];
  await w.as.coordinator.post('/api/outreach/invitations', {
    kind: 'interview',
    organisationIds: invited.map((k) => w.orgs[k].id),
  });
  const t = { app: w.app } as TestApp;
  const answers: [string, string, Parameters<typeof answerAsContact>[2] | null][] = [
    ['papy', 'papy@kinshasa-anvers.example', { answer: 'accept', slotId: slots[0] }],
    ['huda', 'huda@syrisch-ekeren.example', { answer: 'accept', slotId: slots[2] }],
    [
      'an',
      'an@kinderarmoede-wilrijk.example',
      { answer: 'propose', proposal: 'Liever op een woensdagnamiddag, na de schooluren.' },
    ],
    ['lotte', 'lotte@merksem-spreekt.example', { answer: 'decline' }],
    ['marta', 'marta@polish-centre.example', null],
  ];
  for (const [i, [, email, answer]] of answers.entries()) {
    demoClock.goTo(-12 + i, 20);
    if (!answer) continue;
    const res = await answerAsContact(t, tokenIn(await latestMailTo(w, email)), answer);
    if (res.statusCode !== 200) throw new Error(`demo: answer of ${email}: ${res.statusCode} ${res.body}`);
  }
  // After a phone call, the researcher books a time for the one who proposed another day.
  demoClock.goTo(-5, 11);
  const bookable = await r.get('/api/outreach/bookable');
  const proposed = (bookable.items ?? bookable).find(
    (b: { organisationName: string }) => b.organisationName === w.orgs.kinderarmoede.name,
  );
  if (proposed) await r.post(`/api/slots/${slots[3]}/bookings`, { invitationId: proposed.invitationId });
  w.summary.push(
    `${invited.length} interview invitations to the second wave: 3 bookings, 1 proposal answered by phone, 1 declined, 1 without answer; ${slots.length} open times`,
  );
}
