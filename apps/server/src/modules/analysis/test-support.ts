import { htmlToText, type SealedCodeView, type SealedCodingView } from '@brug/domain';
import { type OpenVault, openWithKey, sealWithKey } from '@brug/vault-crypto';
import type { Client, TestApp } from '../../../test/helpers.ts';
import { addSealedInterview, saveSealedNotes } from '../conversations/test-support.ts';
import { zoneWithOpenVault } from '../vault/test-support.ts';

/**
 * The analysis API as the researcher's browser uses it (apps/web/src/modules/analysis/vault-api.ts):
 * everything confidential sealed before it is sent, opened after it came back.
 */

/** A zone, a bureau whose vault is open, and `interviews` interviews held with consent. */
export async function analysisBureau(t: TestApp, interviews = 2) {
  const opened = await zoneWithOpenVault(t);
  const sources: { id: string; pseudonym: string; key: CryptoKey }[] = [];
  for (let i = 0; i < interviews; i++)
    sources.push(
      await addSealedInterview(opened.researcher, opened.vault, { source: `Organisatie ${i + 1}` }),
    );
  return { ...opened, sources };
}

/** Writes notes as paragraphs; returns their plain text, against which passages are coded. */
export async function writeNotes(
  researcher: Client,
  source: { id: string; key: CryptoKey },
  paragraphs: string[],
) {
  const html = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const res = await saveSealedNotes(researcher, source, html, 0);
  if (res.statusCode !== 200) throw new Error(`notes: ${res.statusCode} ${res.body}`);
  return htmlToText(html);
}

const codeContext = (id: string, field: string) => `code:${id}:${field}`;
const codingContext = (id: string, field: string) => `coding:${id}:${field}`;

export async function postCode(
  researcher: Client,
  vault: OpenVault,
  input: { name: string; description?: string; parentId?: string | null; colour?: string; memo?: string },
) {
  const id = crypto.randomUUID();
  const res = await researcher.post('/api/codes', {
    id,
    parentId: input.parentId ?? null,
    colour: input.colour ?? '#1c7ed6',
    sealedName: await vault.seal(input.name, codeContext(id, 'name')),
    sealedDescription: await vault.seal(input.description ?? '', codeContext(id, 'description')),
    ...(input.memo ? { sealedMemo: await vault.seal(input.memo, codeContext(id, 'memo')) } : {}),
  });
  return { id, res };
}

export async function openCodes(researcher: Client, vault: OpenVault) {
  const items = (await researcher.get('/api/codes')).json().items as SealedCodeView[];
  return Promise.all(
    items.map(async (c) => ({
      ...c,
      name: await vault.open(c.sealedName, codeContext(c.id, 'name')),
      memo: await vault.openMaybe(c.sealedMemo, codeContext(c.id, 'memo')),
    })),
  );
}

type Source = { interviewId: string; key: CryptoKey } | { roundtableId: string };

function cipher(vault: OpenVault, source: Source) {
  return 'interviewId' in source
    ? {
        seal: (text: string, context: string) => sealWithKey(source.key, text, context),
        open: (sealed: string, context: string) => openWithKey(source.key, sealed, context),
      }
    : {
        seal: (text: string, context: string) => vault.seal(text, context),
        open: (s: string, c: string) => vault.open(s, c),
      };
}

export async function postCoding(
  researcher: Client,
  vault: OpenVault,
  source: Source,
  input: { text: string; part: string; codeIds: string[]; memo?: string },
) {
  const id = crypto.randomUUID();
  const start = input.text.indexOf(input.part);
  const c = cipher(vault, source);
  const res = await researcher.post('/api/codings', {
    id,
    ...('interviewId' in source
      ? { interviewId: source.interviewId }
      : { roundtableId: source.roundtableId }),
    codeIds: input.codeIds,
    sealedExcerpt: await c.seal(
      JSON.stringify({ start, end: start + input.part.length, text: input.part }),
      codingContext(id, 'excerpt'),
    ),
    ...(input.memo ? { sealedMemo: await c.seal(input.memo, codingContext(id, 'memo')) } : {}),
  });
  return { id, res };
}

export async function openCodings(researcher: Client, vault: OpenVault, query: string, sources: Source[]) {
  const items = (await researcher.get(`/api/codings${query}`)).json().items as SealedCodingView[];
  return Promise.all(
    items.map(async (item) => {
      const source = sources.find((s) =>
        'interviewId' in s ? s.interviewId === item.interviewId : s.roundtableId === item.roundtableId,
      )!;
      const c = cipher(vault, source);
      const excerpt = JSON.parse(await c.open(item.sealedExcerpt, codingContext(item.id, 'excerpt')));
      return {
        ...item,
        excerpt: excerpt.text as string,
        memo: item.sealedMemo ? await c.open(item.sealedMemo, codingContext(item.id, 'memo')) : null,
      };
    }),
  );
}
