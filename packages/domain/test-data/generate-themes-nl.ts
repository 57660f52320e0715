import { seededRandom } from '../src/analysis/prng.ts';
import { OPENERS, THEME_BANKS } from './themes-nl-bank.ts';

export type LabelledText = { id: string; label: string; text: string };

/** Per theme, distinct (opening, statement, follow-up) combinations: short texts as people say them. */
export function generateLabelledSet(perTheme = 40, seed = 2017): LabelledText[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const out: LabelledText[] = [];
  for (const bank of THEME_BANKS) {
    const seen = new Set<string>();
    let made = 0;
    for (let attempt = 0; made < perTheme && attempt < perTheme * 50; attempt++) {
      const core = made < bank.core.length ? bank.core[made] : pick(bank.core);
      const follow = random() < 0.75 ? pick(bank.followUps) : '';
      const key = `${core}|${follow}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const opener = random() < 0.5 ? pick(OPENERS) : '';
      const text = [opener, core, follow].filter(Boolean).join(' ');
      out.push({ id: `${bank.label}-${String(++made).padStart(2, '0')}`, label: bank.label, text });
    }
  }
  return out;
}

/** Longer texts (about `words` words) of several statements on one theme, for the benchmark. */
export function generateLongTexts(count: number, words = 150, seed = 1206): LabelledText[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const out: LabelledText[] = [];
  for (let i = 0; i < count; i++) {
    const bank = THEME_BANKS[i % THEME_BANKS.length];
    const parts: string[] = [];
    let length = 0;
    while (length < words) {
      const r = random();
      const sentence =
        r < 0.1 ? pick(OPENERS) || pick(bank.followUps) : r < 0.55 ? pick(bank.core) : pick(bank.followUps);
      parts.push(sentence);
      length += sentence.split(/\s+/).length;
    }
    out.push({ id: `long-${i}`, label: bank.label, text: parts.join(' ') });
  }
  return out;
}

// `npx tsx packages/domain/test-data/generate-themes-nl.ts` rewrites themes-nl.json.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeFileSync } = await import('node:fs');
  const set = generateLabelledSet();
  writeFileSync(new URL('./themes-nl.json', import.meta.url), `${JSON.stringify(set, null, 1)}\n`);
  console.log(`${set.length} texts written`);
}
