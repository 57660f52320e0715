/**
 * Development runs of the theme engine: fold A only (the development fold; lexicon from fold B),
 * nl, fr and en, seeds 20171206, 1 and 2, TF-IDF + NMF in the same run. Fold B is never read here.
 *   npx tsx bench/themes/tune.ts '{}' '{"neighbours":8}' '{"prior":0.5}' …   (one JSON object of settings per variant)
 * Other seeds for a closer decision: THEME_SEEDS=20171206,1,2,3,4 npx tsx bench/themes/tune.ts …
 * Fewer corpora (a setting that only changes one language): THEME_CORPORA=nl npx tsx bench/themes/tune.ts …
 * Another general dictionary (concepts Dutch | French | English, one a line, for `wordnetWithin`):
 *   THEME_GENERAL_LEXICON=file npx tsx bench/themes/tune.ts …
 * Prints one line per variant: engine NMI and lead over TF-IDF + NMF per language (nl, fr, en), seed means.
 */
import type { ThemeSettings } from '../../packages/domain/src/analysis/index.ts';
import { measureCorpus, type Row, SEEDS, summarise } from './quality.ts';

const seeds = process.env.THEME_SEEDS ? process.env.THEME_SEEDS.split(',').map(Number) : SEEDS;
const corpora = (process.env.THEME_CORPORA?.split(',') ?? ['nl', 'fr', 'en']) as ('nl' | 'fr' | 'en')[];
const variants = process.argv.slice(2).map((a) => JSON.parse(a) as Partial<ThemeSettings>);
for (const variant of variants.length ? variants : [{}]) {
  const rows: Row[] = [];
  for (const name of corpora)
    for (const seed of seeds) rows.push(measureCorpus(name, 'A', seed, false, variant));
  const s = summarise(rows);
  console.log(
    JSON.stringify({
      variant,
      engine: s.map((x) => x.engineNmi),
      lead: s.map((x) => x.lead),
      corpora,
      leadPerSeed: corpora.map((c) => rows.filter((r) => r.corpus === c).map((r) => r.lead)),
      meanLead: +(s.reduce((t, x) => t + x.lead, 0) / s.length).toFixed(4),
    }),
  );
}
