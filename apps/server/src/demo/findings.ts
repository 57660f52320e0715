import type { FindingKind } from '@brug/domain';
import { createSealedFinding, publishBody } from '../modules/findings/test-support.ts';
import { demoClock } from './clock.ts';
import type { DemoWorld } from './world.ts';

type Finding = {
  key: string;
  kind: FindingKind;
  theme: string;
  nl: string;
  fr: string;
  en: string;
  /** Indexes into the bureau's sources (interviews first, then the two roundtables: 10 and 11). */
  sources: number[];
  codes: string[];
  publish: boolean;
};

const FINDINGS: Finding[] = [
  {
    key: 'uitleg',
    kind: 'improvement_point',
    theme: 'Identiteitscontroles',
    nl: 'Jongeren begrijpen vaak niet waarom ze gecontroleerd worden: een korte uitleg bij elke identiteitscontrole zou veel spanning wegnemen.',
    fr: 'Les jeunes comprennent souvent mal pourquoi ils sont contrôlés : une brève explication à chaque contrôle d’identité apaiserait beaucoup de tensions.',
    en: 'Young people often do not understand why they are stopped: a short explanation at every identity check would take away much of the tension.',
    sources: [0, 1, 3, 6, 7, 9, 10],
    codes: ['controles', 'taal'],
    publish: true,
  },
  {
    key: 'rechten',
    kind: 'need',
    theme: 'Informatie over rechten',
    nl: 'Jongeren en ouders willen weten welke rechten ze hebben bij een controle en waar ze een slechte ervaring kunnen melden.',
    fr: 'Les jeunes et les parents veulent connaître leurs droits lors d’un contrôle et savoir où signaler une mauvaise expérience.',
    en: 'Young people and parents want to know their rights during a check and where to report a bad experience.',
    sources: [0, 3, 7, 9, 10],
    codes: ['rechten'],
    publish: true,
  },
  {
    key: 'wijkagent',
    kind: 'need',
    theme: 'Bereikbaarheid van de wijkagent',
    nl: 'Bewoners willen weten wie hun wijkagent is en die kunnen aanspreken zonder naar het commissariaat te gaan.',
    fr: 'Les habitants veulent savoir qui est leur agent de quartier et pouvoir lui parler sans aller au commissariat.',
    en: 'Residents want to know who their community officer is and be able to talk to them without going to the station.',
    sources: [2, 3, 4, 8, 11],
    codes: ['bereikbaar'],
    publish: true,
  },
  {
    key: 'taal',
    kind: 'need',
    theme: 'Taal en uitleg',
    nl: 'Nieuwkomers hebben informatie over aangifte doen en over wat met hun gegevens gebeurt nodig in hun eigen taal.',
    fr: 'Les nouveaux arrivants ont besoin d’informations dans leur langue sur le dépôt de plainte et sur ce qu’il advient de leurs données.',
    en: 'Newcomers need information in their own language about reporting a crime and what happens to their data.',
    sources: [2, 4, 5, 7, 11],
    codes: ['taal', 'angst'],
    publish: true,
  },
  {
    key: 'ontmoeting',
    kind: 'initiative_idea',
    theme: 'Ontmoeting buiten het werk',
    nl: 'Ontmoetingen tussen agenten en jongeren op hun terrein, zoals een sporttraining of een avond in het jeugdhuis, bouwen vertrouwen op buiten een controle.',
    fr: 'Des rencontres entre policiers et jeunes sur leur terrain, comme un entraînement sportif ou une soirée à la maison de jeunes, créent de la confiance en dehors d’un contrôle.',
    en: 'Meetings between officers and young people on their ground, such as a sports training or an evening at the youth centre, build trust outside a check.',
    sources: [0, 1, 6, 7, 10],
    codes: ['ontmoeting'],
    publish: true,
  },
  {
    key: 'vrouwen',
    kind: 'improvement_point',
    theme: 'Veiligheid van vrouwen',
    nl: 'Vrouwen melden geweld of intimidatie eerder als ze een vrouwelijke agent kunnen spreken, met een tolk die ze vertrouwen, en weten wat er daarna gebeurt.',
    fr: 'Les femmes signalent plus facilement violences et harcèlement si elles peuvent parler à une policière, avec une interprète de confiance, et savent ce qui se passe ensuite.',
    en: 'Women report violence or harassment sooner when they can speak to a female officer, with an interpreter they trust, and know what happens next.',
    sources: [4, 5, 11],
    codes: ['vrouwen'],
    publish: true,
  },
  {
    key: 'podcast',
    kind: 'creative_idea',
    theme: 'Ontmoeting buiten het werk',
    nl: 'Een podcast waarin jongeren en agenten elkaars vragen beantwoorden, opgenomen in de wijk.',
    fr: 'Un podcast où jeunes et policiers répondent aux questions les uns des autres, enregistré dans le quartier.',
    en: 'A podcast in which young people and officers answer each other’s questions, recorded in the neighbourhood.',
    sources: [1, 7, 10],
    codes: ['ontmoeting'],
    publish: true,
  },
  {
    key: 'tram',
    kind: 'need',
    theme: 'Angst om te melden',
    nl: 'Oudere bewoners voelen zich onveilig op het openbaar vervoer maar melden het niet.',
    fr: 'Les habitants âgés ne se sentent pas en sécurité dans les transports en commun mais ne le signalent pas.',
    en: 'Older residents feel unsafe on public transport but do not report it.',
    sources: [8],
    codes: ['angst'],
    publish: false,
  },
];

/**
 * The bureau drafts findings in the vault (sealed as one document), the server counts distinct
 * sources against k, and the anonymised texts in nl, fr and en are published; one draft stays under k.
 */
export async function publishFindings(w: DemoWorld): Promise<void> {
  const vault = w.vault;
  if (!vault) throw new Error('demo: the vault is not open');
  let published = 0;
  for (const [i, f] of FINDINGS.entries()) {
    demoClock.goTo(-97 + i, 10);
    const researcher = await (i % 2 ? w.as.researcher2 : w.as.researcher).client();
    const { id, draft, res } = await createSealedFinding(researcher, vault, f.kind, {
      statement: f.nl,
      translations: { fr: f.fr, en: f.en },
      theme: f.theme,
      sourceIds: f.sources.map((s) => w.sources[s].id),
      codeIds: f.codes.map((c) => w.codes[c]),
    });
    if (res.statusCode !== 201) throw new Error(`demo: finding: ${res.statusCode} ${res.body}`);
    if (!f.publish) continue;
    const pub = await researcher.post(`/api/findings/${id}/publish`, publishBody(draft));
    if (pub.statusCode !== 200) throw new Error(`demo: publish ${f.key}: ${pub.statusCode} ${pub.body}`);
    w.findings[f.key] = id;
    published++;
  }
  w.summary.push(
    `${published} published findings (improvement points, needs, ideas) in nl, fr and en; 1 draft under k`,
  );
}
