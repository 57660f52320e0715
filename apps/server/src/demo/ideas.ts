import { demoClock } from './clock.ts';
import type { DemoPerson, DemoWorld } from './world.ts';

type Idea = {
  key: string;
  by: DemoPerson;
  day: number;
  title: string;
  description: string;
  showName: boolean;
  triage?: { status: 'under_consideration' | 'not_now'; reason?: string };
  comments?: [DemoPerson, string][];
  endorsedBy?: DemoPerson[];
};

const IDEAS: Idea[] = [
  {
    key: 'workshop',
    by: 'partner',
    day: -92,
    title: 'Workshop: je rechten bij een controle',
    description:
      'Jongeren en agenten praten samen over wat mag en moet bij een identiteitscontrole, in het jeugdhuis.',
    showName: true,
    comments: [['coordinator', 'Mooi idee: dit sluit aan bij wat we in de gesprekken hoorden.']],
    endorsedBy: ['colleague', 'partner2'],
  },
  {
    key: 'podcast',
    by: 'colleague',
    day: -60,
    title: 'Podcast: jongeren vragen, agenten antwoorden',
    description:
      'Een reeks korte afleveringen, opgenomen met het jongerenplatform, waarin jongeren hun vragen stellen aan agenten.',
    showName: true,
    triage: { status: 'under_consideration' },
    endorsedBy: ['colleague2', 'partner'],
  },
  {
    key: 'fietsles',
    by: 'partner2',
    day: -45,
    title: 'Fietsles met de wijkagente',
    description:
      'Vrouwen van het vrouwenhuis leren fietsen; een agente rijdt mee en vertelt over veilig verkeer en over melden.',
    showName: false,
    comments: [['coordinator', 'We bekijken met de wijkwerking Noord of een agente dit kan begeleiden.']],
  },
  {
    key: 'tram',
    by: 'colleague4',
    day: -30,
    title: 'Meerijden op tramlijn 24 met senioren',
    description:
      'Samen met het sociaal restaurant een rit maken en uitleggen hoe je iets meldt op het openbaar vervoer.',
    showName: true,
    triage: {
      status: 'not_now',
      reason: 'Eerst afstemmen met De Lijn; we nemen het mee naar de volgende golf.',
    },
  },
  {
    key: 'quiz',
    by: 'partner3',
    day: -12,
    title: 'Quiz de quartier avec la police',
    description:
      'Une soirée quiz à la maison des cultures : équipes mixtes d’habitants et de policiers, questions sur le quartier et sur la loi.',
    showName: true,
  },
  {
    key: 'voetbal',
    by: 'colleague3',
    day: -5,
    title: 'Minivoetbaltornooi politie–jongeren',
    description: 'Een zaterdagnamiddag minivoetbal met gemengde ploegen op het Kielpark.',
    showName: true,
  },
];

/** Idea ids by key: two become initiatives in initiatives.ts. */
export const ideaIds: Record<string, string> = {};

/** The ideas box: ideas from colleagues and partners, some triaged, commented and endorsed. */
export async function collectIdeas(w: DemoWorld): Promise<void> {
  for (const idea of IDEAS) {
    demoClock.goTo(idea.day, 12);
    const made = await w.as[idea.by].post('/api/ideas', {
      title: idea.title,
      description: idea.description,
      showName: idea.showName,
    });
    ideaIds[idea.key] = made.id;
    demoClock.goTo(idea.day + 2, 10);
    for (const who of idea.endorsedBy ?? []) await w.as[who].put(`/api/ideas/${made.id}/endorsement`);
    for (const [who, text] of idea.comments ?? [])
      await w.as[who].post(`/api/ideas/${made.id}/comments`, { text });
    if (idea.triage) await w.as.coordinator.post(`/api/ideas/${made.id}/triage`, idea.triage);
  }
  w.summary.push(`${IDEAS.length} ideas from colleagues and partners (triaged, commented, endorsed)`);
}
