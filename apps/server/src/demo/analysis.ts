import { splitPassages } from '@brug/domain';
import { suggestThemesAsync } from '@brug/domain/analysis/themes';
import { loadWordVectors } from '@brug/domain/analysis/vectors-node';
import { postCode, postCoding } from '../modules/analysis/test-support.ts';
import { demoClock } from './clock.ts';
import { INTERVIEWS } from './conversations.ts';
import type { DemoWorld } from './world.ts';

/** The bureau's codebook: parents first, then their children (key, name, description, parent). */
const CODEBOOK: [string, string, string, string | null, string][] = [
  ['contact', 'Contact met de politie', 'Hoe mensen de politie tegenkomen en bereiken.', null, '#1c7ed6'],
  [
    'controles',
    'Identiteitscontroles',
    'Controles op straat, hun frequentie en de uitleg erbij.',
    'contact',
    '#1971c2',
  ],
  [
    'bereikbaar',
    'Bereikbaarheid van de wijkagent',
    'Weten wie de wijkagent is en hoe je die bereikt.',
    'contact',
    '#1864ab',
  ],
  ['taal', 'Taal en uitleg', 'Taal, toon en uitleg in het contact.', 'contact', '#4dabf7'],
  ['vertrouwen', 'Vertrouwen', 'Wat vertrouwen opbouwt of afbreekt.', null, '#e8590c'],
  [
    'ervaring',
    'Eerdere ervaringen',
    'Wat mensen zelf of in hun omgeving meemaakten.',
    'vertrouwen',
    '#d9480f',
  ],
  [
    'angst',
    'Angst om te melden',
    'Waarom mensen geen aangifte doen of niet bellen.',
    'vertrouwen',
    '#f76707',
  ],
  ['noden', 'Noden en ideeën', 'Wat mensen vragen en voorstellen.', null, '#2f9e44'],
  [
    'rechten',
    'Informatie over rechten',
    'Rechten bij een controle, bij een aangifte, wat wordt gedeeld.',
    'noden',
    '#2b8a3e',
  ],
  [
    'ontmoeting',
    'Ontmoeting buiten het werk',
    'Agenten en bewoners leren elkaar kennen buiten een interventie.',
    'noden',
    '#37b24d',
  ],
  [
    'vrouwen',
    'Veiligheid van vrouwen',
    'Melden van geweld en intimidatie, vrouwelijke agenten, tolken.',
    'noden',
    '#862e9c',
  ],
];

/** Roundtable minutes' lines and their codes (by the start of the line). */
const MINUTES_CODES: [string, string[]][] = [
  ['De jeugdwerkers vertellen', ['controles', 'ervaring']],
  ['Een collega legt uit', ['rechten', 'taal']],
  ['Voorstel van de jeugdwerkers', ['ontmoeting', 'rechten']],
  ['Bewoners vrezen', ['angst', 'rechten']],
  ['Het vrouwenhuis vraagt', ['vrouwen', 'taal']],
  ['Idee: een maandelijks', ['bereikbaar', 'ontmoeting']],
];

const themeContext = (id: string) => `theme-run:${id}:result`;

/**
 * Analysis in the bureau's browser: the codebook, every interview's paragraphs coded, the two
 * roundtables' minutes chosen as sources and coded, and a run of theme suggestions (computed as the
 * web app's Web Worker does, kept sealed) with two themes accepted and one dismissed.
 */
export async function analyse(w: DemoWorld): Promise<void> {
  const vault = w.vault;
  if (!vault) throw new Error('demo: the vault is not open');
  demoClock.goTo(-112, 9);
  let researcher = await w.as.researcher.client();
  for (const [key, name, description, parent, colour] of CODEBOOK) {
    const { id, res } = await postCode(researcher, vault, {
      name,
      description,
      colour,
      parentId: parent ? w.codes[parent] : null,
    });
    if (res.statusCode !== 201) throw new Error(`demo: code ${name}: ${res.statusCode} ${res.body}`);
    w.codes[key] = id;
  }
  let codings = 0;
  for (const [i, interview] of INTERVIEWS.entries()) {
    const source = w.sources[i];
    for (const [paragraph, codes] of interview.paragraphs) {
      const { res } = await postCoding(
        researcher,
        vault,
        { interviewId: source.id, key: source.key! },
        { text: source.text, part: paragraph, codeIds: codes.map((c) => w.codes[c]) },
      );
      if (res.statusCode !== 201) throw new Error(`demo: coding: ${res.statusCode} ${res.body}`);
      codings++;
    }
  }

  demoClock.goTo(-100, 9);
  const r = w.as.researcher;
  researcher = await r.client();
  for (const roundtableId of w.roundtables) {
    const chosen = await r.post('/api/analysis/roundtables', { roundtableId });
    const { text } = await r.get(`/api/analysis/roundtables/${chosen.sourceId}/text`);
    w.sources.push({ id: chosen.sourceId, roundtableId: chosen.sourceId, pseudonym: chosen.pseudonym, text });
    for (const line of text.split('\n') as string[]) {
      const match = MINUTES_CODES.find(([start]) => line.startsWith(start));
      if (!match) continue;
      const { res } = await postCoding(
        researcher,
        vault,
        { roundtableId: chosen.sourceId },
        { text, part: line, codeIds: match[1].map((c) => w.codes[c]) },
      );
      if (res.statusCode !== 201) throw new Error(`demo: coding: ${res.statusCode} ${res.body}`);
      codings++;
    }
  }

  // Theme suggestions over every passage, as apps/web/src/modules/analysis/vault-api.ts runs them.
  demoClock.goTo(-98, 9);
  researcher = await r.client();
  const passages = w.sources.flatMap((s) =>
    splitPassages(s.text).map((p) => ({
      id: `${s.roundtableId ? 'r' : 'i'}:${s.id}:${p.start}:${p.end}`,
      source: s,
      ...p,
    })),
  );
  const result = await suggestThemesAsync(
    passages.map((p) => ({ id: p.id, text: p.text })),
    { k: 4, language: 'nl', wordVectors: loadWordVectors() },
  );
  const byId = new Map(passages.map((p) => [p.id, p]));
  const themes = result.themes.map((t) => {
    const shown = t.passages.map((p) => p.id);
    const rest = passages
      .filter((p, i) => result.assignments[i] === t.index && !shown.includes(p.id))
      .map((p) => p.id);
    return {
      index: t.index,
      label: t.label,
      terms: t.terms,
      size: t.size,
      state: 'open' as 'open' | 'accepted' | 'dismissed',
      codeId: null as string | null,
      passages: [...shown, ...rest].map((id) => {
        const p = byId.get(id)!;
        return p.source.roundtableId
          ? { i: p.source.id, k: 'r' as const, s: p.start, e: p.end }
          : { i: p.source.id, s: p.start, e: p.end };
      }),
    };
  });
  const runId = crypto.randomUUID();
  await r.post('/api/analysis/theme-runs', {
    id: runId,
    passages: passages.length,
    sealedResult: await vault.seal(JSON.stringify(themes), themeContext(runId)),
  });
  // Accepting a theme makes it a code and codes its passages; the smallest is dismissed.
  const bySize = [...themes].sort((a, b) => b.size - a.size || a.index - b.index);
  for (const theme of bySize.slice(0, 2)) {
    const { id: codeId } = await postCode(researcher, vault, {
      name: `Thema: ${theme.label}`,
      description: 'Aanvaard uit de themasuggesties.',
      colour: '#f59f00',
    });
    for (const p of theme.passages) {
      const s = w.sources.find((x) => x.id === p.i)!;
      await postCoding(
        researcher,
        vault,
        s.roundtableId ? { roundtableId: s.id } : { interviewId: s.id, key: s.key! },
        { text: s.text, part: s.text.slice(p.s, p.e), codeIds: [codeId] },
      );
      codings++;
    }
    theme.state = 'accepted';
    theme.codeId = codeId;
  }
  bySize[bySize.length - 1].state = 'dismissed';
  await r.put(`/api/analysis/theme-runs/${runId}`, {
    sealedResult: await vault.seal(JSON.stringify(themes), themeContext(runId)),
  });
  w.summary.push(
    `codebook of ${CODEBOOK.length + 2} codes, ${codings} coded passages in interviews and roundtable minutes, a theme run (${themes.length} themes: 2 accepted, 1 dismissed)`,
  );
}
