import { dayOf, demoClock } from './clock.ts';
import { type DemoWorld, userId } from './world.ts';

type Org = {
  key: string;
  name: string;
  focusAreas: string[];
  district: string;
  postcode: string;
  languages: string[];
  targetGroups: string[];
  description: string;
  contact: { key: string; name: string; function: string; email: string; language: string; phone?: string };
  /** The status path in the programme, one step at a time. */
  path: string[];
  referredBy?: string;
};

/** Fictional organisations of Antwerp's districts; any likeness to a real one is chance. */
const FIRST_WAVE: Org[] = [
  {
    key: 'schakel',
    name: 'Jeugdhuis De Schakel',
    focusAreas: ['youth'],
    district: 'Borgerhout',
    postcode: '2140',
    languages: ['nl', 'en', 'ar'],
    targetGroups: ['jongeren 14–25'],
    description: 'Open jeugdhuis aan de Turnhoutsebaan met huiswerkbegeleiding, een studio en zaalvoetbal.',
    contact: {
      key: 'ayla',
      name: 'Ayla Verzinsel',
      function: 'Jeugdwerker',
      email: 'ayla@schakel.example',
      language: 'en',
      phone: '03 555 01 01',
    },
    path: ['contacted', 'invited', 'in_dialogue', 'partner'],
  },
  {
    key: 'straatwerk',
    name: 'Vzw Straatwerk Noord',
    focusAreas: ['youth', 'poverty'],
    district: 'Antwerpen',
    postcode: '2060',
    languages: ['nl', 'fr'],
    targetGroups: ['jongeren op straat', 'dak- en thuislozen'],
    description: 'Straathoekwerkers in Seefhoek en Stuivenberg die jongeren opzoeken waar ze zijn.',
    contact: {
      key: 'bram',
      name: 'Bram Hoekwerker',
      function: 'Coördinator straathoekwerk',
      email: 'bram@straatwerk-noord.example',
      language: 'nl',
    },
    path: ['contacted', 'invited', 'in_dialogue', 'partner'],
  },
  {
    key: 'maison',
    name: 'Maison des Cultures Kiel',
    focusAreas: ['cultural_identity'],
    district: 'Antwerpen',
    postcode: '2020',
    languages: ['fr', 'nl', 'ln'],
    targetGroups: ['Franstalige nieuwkomers', 'Centraal-Afrikaanse gemeenschap'],
    description: 'Ontmoetingshuis op het Kiel met taallessen, een koor en een juridische zitdag.',
    contact: {
      key: 'amelie',
      name: 'Amélie Mbuyi-Exemple',
      function: 'Directrice',
      email: 'amelie@maison-kiel.example',
      language: 'fr',
    },
    path: ['contacted', 'invited', 'in_dialogue', 'partner'],
  },
  {
    key: 'ouderraad',
    name: 'Ouderraad Deurne-Noord',
    focusAreas: ['cultural_identity', 'youth'],
    district: 'Deurne',
    postcode: '2100',
    languages: ['ar', 'nl', 'tzm'],
    targetGroups: ['ouders', 'Marokkaans-Belgische gezinnen'],
    description:
      'Ouders die samen opkomen voor hun kinderen op school en in de wijk; avonden in het Arabisch en Nederlands.',
    contact: {
      key: 'rachid',
      name: 'Rachid Voorbeeldi',
      function: 'Voorzitter',
      email: 'rachid@ouderraad-deurne.example',
      language: 'ar',
    },
    path: ['contacted', 'invited', 'in_dialogue', 'partner'],
  },
  {
    key: 'luchtbal',
    name: 'Buurtwinkel Luchtbal',
    focusAreas: ['poverty'],
    district: 'Antwerpen',
    postcode: '2030',
    languages: ['nl', 'ar', 'en'],
    targetGroups: ['gezinnen in armoede', 'alleenstaande ouders'],
    description: 'Sociale kruidenier en ontmoetingsplek met een wekelijkse zitdag rond schulden en papieren.',
    contact: {
      key: 'griet',
      name: 'Griet Buurtmans',
      function: 'Buurtwerker',
      email: 'griet@buurtwinkel-luchtbal.example',
      language: 'nl',
    },
    path: ['contacted', 'invited', 'in_dialogue', 'partner'],
  },
  {
    key: 'rodester',
    name: 'Sportclub Rode Ster Hoboken',
    focusAreas: ['youth'],
    district: 'Hoboken',
    postcode: '2660',
    languages: ['nl'],
    targetGroups: ['jongeren 10–18'],
    description: 'Voetbal- en boksclub met een laagdrempelig lidgeld en een jeugdwerking op zaterdag.',
    contact: {
      key: 'dirk',
      name: 'Dirk Trainerman',
      function: 'Jeugdcoördinator',
      email: 'dirk@rodester-hoboken.example',
      language: 'nl',
    },
    path: ['contacted', 'invited', 'in_dialogue'],
  },
  {
    key: 'amal',
    name: 'Vrouwenhuis Nour',
    focusAreas: ['cultural_identity', 'poverty'],
    district: 'Borgerhout',
    postcode: '2140',
    languages: ['ar', 'nl', 'fr'],
    targetGroups: ['vrouwen', 'nieuwkomers'],
    description: 'Vrouwen van alle origines: taalcafé, fietsles, naaiatelier en een luisterend oor.',
    contact: {
      key: 'salma',
      name: 'Salma Bedachtzaam',
      function: 'Coördinatrice',
      email: 'salma@vrouwenhuis-nour.example',
      language: 'ar',
    },
    path: ['contacted', 'invited', 'in_dialogue', 'partner'],
  },
  {
    key: 'soeplepel',
    name: 'Sociaal Restaurant De Soeplepel',
    focusAreas: ['poverty'],
    district: 'Berchem',
    postcode: '2600',
    languages: ['nl', 'fr'],
    targetGroups: ['mensen in armoede', 'ouderen'],
    description: 'Warme maaltijd voor vijf euro, elke middag, met vrijwilligers uit de buurt.',
    contact: {
      key: 'marleen',
      name: 'Marleen Soepmans',
      function: 'Verantwoordelijke',
      email: 'marleen@soeplepel.example',
      language: 'nl',
    },
    path: ['contacted', 'invited'],
  },
  {
    key: 'sterren',
    name: 'Huiswerkklas De Sterrenkijkers',
    focusAreas: ['youth'],
    district: 'Deurne',
    postcode: '2100',
    languages: ['nl', 'fr'],
    targetGroups: ['kinderen 8–14'],
    description: 'Huiswerkbegeleiding door studenten, drie avonden per week in de parochiezaal.',
    contact: {
      key: 'elise',
      name: 'Élise Huiswerk',
      function: 'Vrijwilligster',
      email: 'elise@sterrenkijkers.example',
      language: 'fr',
    },
    path: ['contacted', 'invited', 'paused'],
  },
  {
    key: 'diaspora',
    name: 'African Diaspora Network Antwerp',
    focusAreas: ['cultural_identity'],
    district: 'Antwerpen',
    postcode: '2018',
    languages: ['en', 'fr'],
    targetGroups: ['Afrikaanse diaspora', 'studenten'],
    description: 'Network of African associations and students; organises debates and a yearly festival.',
    contact: {
      key: 'kwame',
      name: 'Kwame Sampleton',
      function: 'Chair',
      email: 'kwame@diaspora-antwerp.example',
      language: 'en',
    },
    path: ['contacted', 'invited', 'in_dialogue'],
  },
];

const SECOND_WAVE: Org[] = [
  {
    key: 'merksem',
    name: 'Jongerenplatform Merksem Spreekt',
    focusAreas: ['youth'],
    district: 'Merksem',
    postcode: '2170',
    languages: ['nl'],
    targetGroups: ['jongeren 16–25'],
    description: 'Jongeren die zelf debatten en podcasts maken over leven in Merksem.',
    contact: {
      key: 'lotte',
      name: 'Lotte Podcastier',
      function: 'Woordvoerster',
      email: 'lotte@merksem-spreekt.example',
      language: 'nl',
    },
    path: ['contacted', 'invited', 'in_dialogue'],
    referredBy: 'straatwerk',
  },
  {
    key: 'congolaise',
    name: 'Association Culturelle Kinshasa-Anvers',
    focusAreas: ['cultural_identity'],
    district: 'Wilrijk',
    postcode: '2610',
    languages: ['fr', 'ln'],
    targetGroups: ['Congolese gemeenschap', 'ouders'],
    description: 'Association culturelle : fêtes, soutien scolaire et rencontres de parents.',
    contact: {
      key: 'papy',
      name: 'Papy Exemplaire',
      function: 'Secrétaire',
      email: 'papy@kinshasa-anvers.example',
      language: 'fr',
    },
    path: ['contacted', 'invited'],
    referredBy: 'maison',
  },
  {
    key: 'syrisch',
    name: 'Syrisch-Belgische Vereniging Ekeren',
    focusAreas: ['cultural_identity'],
    district: 'Ekeren',
    postcode: '2180',
    languages: ['ar'],
    targetGroups: ['nieuwkomers', 'gezinnen'],
    description:
      'Vereniging van gezinnen die sinds 2015 in Ekeren wonen; Arabischsprekende ontmoetingsavonden.',
    contact: {
      key: 'huda',
      name: 'Huda Proefnaam',
      function: 'Bestuurslid',
      email: 'huda@syrisch-ekeren.example',
      language: 'ar',
    },
    path: ['contacted', 'invited'],
    referredBy: 'ouderraad',
  },
  {
    key: 'voedselbank',
    name: 'Voedselhulp Hoboken-Kiel',
    focusAreas: ['poverty'],
    district: 'Hoboken',
    postcode: '2660',
    languages: ['nl', 'ar'],
    targetGroups: ['gezinnen in armoede'],
    description: 'Wekelijkse voedselpakketten en een kledingbank, gedragen door vrijwilligers.',
    contact: {
      key: 'jef',
      name: 'Jef Pakketman',
      function: 'Vrijwilliger',
      email: 'jef@voedselhulp-hoboken.example',
      language: 'nl',
    },
    path: ['contacted'],
    referredBy: 'soeplepel',
  },
  {
    key: 'kinderarmoede',
    name: 'Kinderarmoedeplatform Wilrijk',
    focusAreas: ['poverty', 'youth'],
    district: 'Wilrijk',
    postcode: '2610',
    languages: ['nl'],
    targetGroups: ['kinderen in armoede', 'scholen'],
    description: 'Scholen, OCMW-werkers en verenigingen die samen kinderarmoede in Wilrijk aanpakken.',
    contact: {
      key: 'an',
      name: 'An Platformvoorbeeld',
      function: 'Netwerkcoördinator',
      email: 'an@kinderarmoede-wilrijk.example',
      language: 'nl',
    },
    path: ['contacted', 'invited'],
    referredBy: 'luchtbal',
  },
  {
    key: 'alnoor',
    name: 'Moskeevereniging Al-Fajr Borgerhout',
    focusAreas: ['cultural_identity', 'youth'],
    district: 'Borgerhout',
    postcode: '2140',
    languages: ['ar', 'nl'],
    targetGroups: ['jongeren', 'gelovigen'],
    description: 'Moskeevereniging met een jongerenwerking en open dagen voor de buurt.',
    contact: {
      key: 'youssef',
      name: 'Youssef Denkbeeld',
      function: 'Jongerenwerker',
      email: 'youssef@alfajr-borgerhout.example',
      language: 'ar',
    },
    path: [],
    referredBy: 'schakel',
  },
  {
    key: 'polish',
    name: 'Polish Community Centre Antwerp',
    focusAreas: ['cultural_identity'],
    district: 'Berchem',
    postcode: '2600',
    languages: ['pl', 'en', 'nl'],
    targetGroups: ['Poolse gemeenschap', 'werknemers'],
    description: 'Weekend school, legal advice evenings and a choir for the Polish community.',
    contact: {
      key: 'marta',
      name: 'Marta Examplowska',
      function: 'Coordinator',
      email: 'marta@polish-centre.example',
      language: 'en',
    },
    path: ['contacted', 'invited'],
    referredBy: 'diaspora',
  },
];

/** Partner accounts speak for these organisations (linked through their contact). */
const PARTNER_CONTACTS: Record<string, 'partner' | 'partner2' | 'partner3'> = {
  ayla: 'partner',
  salma: 'partner2',
  amelie: 'partner3',
};

async function addOrganisation(w: DemoWorld, org: Org, waveId: string) {
  const c = w.as.coordinator;
  const created = await c.post('/api/partners/organisations', {
    name: org.name,
    focusAreas: org.focusAreas,
    districts: [org.district],
    postcode: org.postcode,
    city: 'Antwerpen',
    languages: org.languages,
    targetGroups: org.targetGroups,
    description: org.description,
    ownerId: userId(w, 'coordinator'),
    dialogue: 'new',
    waveId,
  });
  w.orgs[org.key] = { id: created.id, name: org.name };
  const person = PARTNER_CONTACTS[org.contact.key];
  const contact = await c.post(`/api/partners/organisations/${created.id}/contacts`, {
    name: org.contact.name,
    function: org.contact.function,
    email: org.contact.email,
    phone: org.contact.phone ?? null,
    preferredLanguage: org.contact.language,
    consentBasis: person ? 'consent' : 'legitimate_interest',
    consentDate: dayOf(-230),
    userId: person ? userId(w, person) : null,
  });
  w.contacts[org.contact.key] = { id: contact.id, organisationId: created.id, name: org.contact.name };
  await c.post(`/api/partners/organisations/${created.id}/status`, {
    programmeId: w.programmeId,
    status: 'longlist',
    note: org.referredBy
      ? 'Doorverwezen door een partner'
      : 'Eerste golf: bestaande contacten van de wijkteams',
  });
}

/** One step forward on an organisation's path, with the history a coordinator keeps. */
async function step(w: DemoWorld, org: Org, index: number) {
  const status = org.path[index];
  if (!status) return;
  const c = w.as.coordinator;
  const id = w.orgs[org.key].id;
  const notes: Record<string, string> = {
    contacted: 'Eerste telefoon, interesse in een gesprek',
    invited: 'Uitnodiging voor een vertrouwelijk gesprek verstuurd',
    in_dialogue: 'Gesprek gehad, wil meedenken',
    partner: 'Samenwerking afgesproken',
    paused: 'Tijdelijk geen capaciteit bij de vrijwilligers',
  };
  await c.post(`/api/partners/organisations/${id}/status`, {
    programmeId: w.programmeId,
    status,
    note: notes[status] ?? '',
  });
  const interactions: Record<string, [string, string]> = {
    contacted: [
      'call',
      `Telefoon met ${org.contact.name}: uitleg over het programma en de vertrouwelijkheid.`,
    ],
    in_dialogue: [
      'visit',
      `Bezoek ter plaatse bij ${org.name}; rondleiding en kennismaking met de vrijwilligers.`,
    ],
    partner: ['meeting', 'Overleg over een gezamenlijk initiatief; afspraken op papier gezet.'],
    paused: ['email', 'Mail: de organisatie vraagt om na de zomer opnieuw contact op te nemen.'],
  };
  const interaction = interactions[status];
  if (interaction)
    await c.post(`/api/partners/organisations/${id}/interactions`, {
      kind: interaction[0],
      occurredAt: new Date().toISOString(),
      summary: interaction[1],
    });
}

export async function createPartners(w: DemoWorld): Promise<void> {
  const c = w.as.coordinator;
  demoClock.goTo(-232);
  const first = await c.post('/api/partners/waves', {
    programmeId: w.programmeId,
    name: 'Eerste golf: bestaande contacten',
    description: 'Organisaties die de wijkteams al kennen, in de vier districten met de meeste meldingen.',
  });
  w.waves.push(first.id);
  for (const org of FIRST_WAVE) await addOrganisation(w, org, first.id);

  // The first wave moves a step every few weeks.
  for (let i = 0; i < 4; i++) {
    demoClock.goTo(-225 + i * 25);
    for (const org of FIRST_WAVE) await step(w, org, i);
  }

  // Partners refer others: the second wave.
  demoClock.goTo(-150);
  const second = await c.post('/api/partners/waves', {
    programmeId: w.programmeId,
    name: 'Tweede golf: via doorverwijzing',
    description: 'Organisaties die partners van de eerste golf aanraadden.',
  });
  w.waves.push(second.id);
  for (const org of SECOND_WAVE) {
    await addOrganisation(w, org, second.id);
    await c.post('/api/partners/referrals', {
      fromOrganisationId: w.orgs[org.referredBy!].id,
      toOrganisationId: w.orgs[org.key].id,
      note: `${w.orgs[org.referredBy!].name} raadt ${org.name} aan als ingang tot hun achterban.`,
    });
  }
  for (let i = 0; i < 3; i++) {
    demoClock.goTo(-140 + i * 20);
    for (const org of SECOND_WAVE) await step(w, org, i);
  }

  // Follow-up tasks: some done, some open, one overdue.
  demoClock.goTo(-30);
  const tasks: [string | null, string, number, boolean, 'coordinator' | 'admin'][] = [
    ['schakel', 'Verslag van het co-creatieoverleg doorsturen', -20, true, 'coordinator'],
    ['alnoor', 'Eerste kennismaking plannen met de jongerenwerking', -5, false, 'coordinator'],
    ['polish', 'Contactpersoon bellen over de tweede golf', 6, false, 'coordinator'],
    ['sterren', 'Na de zomer opnieuw contact opnemen', 40, false, 'coordinator'],
    ['voedselbank', 'Uitnodiging voor een gesprek voorbereiden', 10, false, 'coordinator'],
    [null, 'Stand van de golven voorstellen op het directieoverleg', 14, false, 'coordinator'],
  ];
  for (const [org, title, due, done, who] of tasks) {
    const task = await c.post('/api/partners/tasks', {
      organisationId: org ? w.orgs[org].id : null,
      title,
      dueOn: dayOf(due),
      assigneeId: userId(w, who),
    });
    if (done) await c.patch(`/api/partners/tasks/${task.id}`, { done: true });
  }
  w.summary.push(
    `${FIRST_WAVE.length + SECOND_WAVE.length} partner organisations in 2 waves (${SECOND_WAVE.length} referred), contacts in nl, fr, en, ar, ${tasks.length} tasks`,
  );
}
