import { LANGUAGES, type Language } from '../roles.ts';
import { CLDR_LEXICON } from './lexicon-cldr.generated.ts';
import { isContentWord, rememberStem, stem, wordRuns } from './text.ts';
import { WORDNET_LEXICON } from './wordnet/lexicon-wordnet.generated.ts';

/**
 * A multilingual lexicon: each concept lists the words that name it in Dutch, French and English.
 * The theme engine counts the words of one concept as one term, whatever the language of the passage,
 * so that a topic discussed in Dutch and in French lands in one theme.
 */
export type Concept = Record<Language, string[]>;
export type Lexicon = Concept[];

/**
 * Words of the bureau's own field that the emoji annotations lack, written for Brug: one concept a
 * line, Dutch | French | English, synonyms separated by commas.
 */
const FIELD_TERMS = `huur,huurprijs|loyer|rent
huurder|locataire|tenant
verhuurder,huisbaas,eigenaar|propriétaire,bailleur|landlord,owner
woning,huisvesting|logement|housing,dwelling
sociale woning|logement social|social housing
wachtlijst|liste d'attente|waiting list
vocht,schimmel|humidité,moisissure|damp,mould,mold
verwarming|chauffage|heating
energiefactuur,energierekening|facture d'énergie|energy bill
factuur,rekening|facture|bill,invoice
schuld,schulden|dette,dettes|debt,debts
uitkering|allocation|benefit,allowance
werk,job|travail,emploi|work,job
werkloos,werkloosheid|chômage,chômeur|unemployment,unemployed
sollicitatie,solliciteren|candidature,postuler|application,apply
vacature|offre d'emploi|vacancy
loon|salaire|wage,salary
opleiding,cursus|formation,cours|training,course
school|école|school
leerkracht,leraar,juf,meester|enseignant,professeur,instituteur|teacher
leerling,leerlingen|élève,élèves|pupil,pupils
ouders|parents|parents
kinderen,kind|enfants,enfant|children,child
jongeren|jeunes|young people,youth
kinderopvang,crèche|crèche,garderie|childcare,nursery
huiswerk|devoirs|homework
taal|langue|language
nederlands|néerlandais|dutch
frans|français|french
tolk|interprète|interpreter
vertaling|traduction|translation
politie|police|police
wijkagent|agent de quartier|community officer
controle,identiteitscontrole|contrôle,contrôle d'identité|check,identity check
klacht,klachten|plainte,plaintes|complaint,complaints
aangifte|déclaration,dépôt de plainte|report
discriminatie|discrimination|discrimination
racisme|racisme|racism
veiligheid|sécurité|safety,security
overlast|nuisances|nuisance
gezondheid|santé|health
dokter,huisarts,arts|médecin,docteur|doctor,gp
ziekenhuis|hôpital|hospital
wachttijd|temps d'attente,délai|waiting time
apotheek|pharmacie|pharmacy
ziekenfonds|mutuelle|health insurance
zorg|soins|care
mentale gezondheid,psycholoog|santé mentale,psychologue|mental health,psychologist
eenzaamheid,eenzaam|solitude,seul|loneliness,lonely
buren,buurman,buurvrouw|voisins,voisin,voisine|neighbours,neighbour,neighbors
buurt,wijk|quartier|neighbourhood,district
buurthuis|maison de quartier|community centre
park|parc|park
straat|rue|street
vuil,afval,zwerfvuil|déchets,saleté|litter,rubbish,waste
verkeer|circulation,trafic|traffic
fiets,fietsen|vélo,vélos|bike,bicycle
bus,tram,metro|bus,tram,métro|bus,tram,metro
parkeren|stationnement,se garer|parking
gemeente|commune|municipality,council
stad|ville|city,town
loket|guichet|counter,desk
afspraak|rendez-vous|appointment
formulier|formulaire|form
papieren,documenten|papiers,documents|papers,documents
verblijfsvergunning|titre de séjour|residence permit
digitaal,online|numérique,en ligne|digital,online
computer|ordinateur|computer
internet|internet|internet
wachtwoord|mot de passe|password
app,applicatie|application,appli|app
update|mise à jour|update
website|site web,site|website
smartphone,gsm|smartphone,portable|smartphone,mobile phone
vrijwilliger,vrijwilligers|bénévole,bénévoles|volunteer,volunteers
vereniging|association|association
sport|sport|sport
cultuur|culture|culture
geld|argent|money
armoede|pauvreté|poverty
voedselbank,voedselpakket|banque alimentaire,colis alimentaire|food bank,food parcel
boodschappen|courses|groceries,shopping
prijs,prijzen|prix|price,prices
vervoer,openbaar vervoer|transport,transports en commun|transport,public transport
vergadering|réunion|meeting
informatie|information,informations|information
vertrouwen|confiance|trust
respect|respect|respect
ouderen,senioren|personnes âgées,seniors|older people,elderly
gezin,familie|famille|family
moskee|mosquée|mosque
kerk|église|church`;

export function parseLexicon(text: string): Lexicon {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [nl = '', fr = '', en = ''] = line.split('|');
      const words = (s: string) =>
        s
          .split(',')
          .map((w) => w.trim())
          .filter(Boolean);
      return { nl: words(nl), fr: words(fr), en: words(en) };
    });
}

export function formatLexicon(lexicon: Lexicon): string {
  return lexicon.map((c) => LANGUAGES.map((l) => c[l].join(',')).join('|')).join('\n');
}

/** Brug's own terms of the field, always part of the lexicon. */
export const FIELD_LEXICON: Lexicon = parseLexicon(FIELD_TERMS);

let cldr: Lexicon | null = null;
/** The lexicon induced from the CLDR emoji annotations (see induceLexicon), parsed on first use. */
export function cldrLexicon(): Lexicon {
  cldr ??= parseLexicon(CLDR_LEXICON);
  return cldr;
}

const ONE_WORD = /^\p{Ll}+$/u;

/** The stem key of a word or phrase in a language: the stems of its content words, space-separated. */
export function termKey(phrase: string, language: Language): string | null {
  // One word in lower case (most lexicon entries): the same key without splitting into runs.
  if (ONE_WORD.test(phrase) && phrase === phrase.normalize('NFC'))
    return isContentWord(phrase, language) ? stem(phrase, language) : null;
  const words = wordRuns(phrase)
    .flat()
    .filter((w) => isContentWord(w, language));
  return words.length ? words.map((w) => stem(w, language)).join(' ') : null;
}

export type LexiconIndex = {
  /** `lang:stemkey` → concept number. */
  concepts: Map<string, number>;
  /** Per concept, the first word of each language, for labels in the reader's language. */
  names: Concept[];
  /** Every word the lexicon knows, per language (a clue for language detection). */
  words: Record<Language, Set<string>>;
};

let wordnet: Lexicon | null = null;
/**
 * The general Dutch–French lexicon built from two wordnets linked through Princeton WordNet's synsets
 * (Open Dutch WordNet, CC BY-SA 4.0; WOLF, CeCILL-C; see `wordnet/README.md`), parsed on first use.
 * Each word carries its stem, written by the build script with `stem` itself (`word~n`: the word less
 * its last n letters; `word=stem`; a bare word is its own stem); parsing records them so the words are
 * not stemmed again here.
 */
export function wordnetLexicon(): Lexicon {
  wordnet ??= parseStemmedLexicon(WORDNET_LEXICON);
  return wordnet;
}

/** Parses a lexicon whose words carry their stems (see wordnetLexicon) and records the stems. */
export function parseStemmedLexicon(text: string): Lexicon {
  const lexicon = parseLexicon(text);
  for (const concept of lexicon)
    for (const lang of LANGUAGES)
      concept[lang] = concept[lang].map((entry) => {
        const cut = entry.indexOf('~');
        const equal = entry.indexOf('=');
        if (cut > 0) {
          const word = entry.slice(0, cut);
          rememberStem(word, lang, word.slice(0, word.length - Number(entry.slice(cut + 1))));
          return word;
        }
        if (equal > 0) {
          const word = entry.slice(0, equal);
          rememberStem(word, lang, entry.slice(equal + 1));
          return word;
        }
        rememberStem(entry, lang, entry);
        return entry;
      });
  return lexicon;
}

/** A word with its stem, as parseStemmedLexicon reads it. */
export function stemmedEntry(word: string, stemmed: string): string {
  if (stemmed === word) return word;
  if (word.startsWith(stemmed)) return `${word}~${word.length - stemmed.length}`;
  return `${word}=${stemmed}`;
}

const indexes = new WeakMap<Lexicon, Map<Lexicon | null, LexiconIndex>>();

/**
 * Indexes a lexicon once (stems per language); FIELD_LEXICON's concepts come first, then `lexicon`'s.
 * A `general` dictionary comes last and only fills gaps: its concept joins an earlier concept that
 * already holds one of its words (its words of languages that concept lacks are added to it), and a
 * word an earlier concept holds is never moved. Its words are not clues to a passage's language (`words`):
 * a general dictionary lists rare and borrowed words that the other languages also use.
 */
export function indexLexicon(lexicon: Lexicon, general: Lexicon | null = null): LexiconIndex {
  const cached = indexes.get(lexicon)?.get(general);
  if (cached) return cached;
  const concepts = new Map<string, number>();
  const names: Concept[] = [];
  const words: Record<Language, Set<string>> = { nl: new Set(), fr: new Set(), en: new Set() };
  for (const concept of [...FIELD_LEXICON, ...lexicon]) {
    const id = names.length;
    let used = false;
    for (const lang of LANGUAGES) {
      for (const word of concept[lang]) {
        const key = termKey(word, lang);
        if (!key || concepts.has(`${lang}:${key}`)) continue;
        concepts.set(`${lang}:${key}`, id);
        used = true;
        for (const w of wordRuns(word).flat()) words[lang].add(w);
      }
    }
    if (used) names.push(concept);
    else names.push({ nl: [], fr: [], en: [] });
  }
  for (const concept of general ?? []) {
    // Each word's key once (`lang:stemkey`, null for none).
    const keys = LANGUAGES.map((lang) =>
      concept[lang].map((word) => {
        const key = termKey(word, lang);
        return key ? `${lang}:${key}` : null;
      }),
    );
    // Only its Dutch and French words decide which earlier concept it joins: an English word of a
    // general dictionary is often a short, ambiguous one ("may", "march") that an earlier list holds
    // in another sense; it names the concept where it is free.
    let held: number | undefined;
    for (const l of [0, 1])
      for (const key of keys[l]) {
        if (held === undefined && key) held = concepts.get(key);
      }
    const id = held ?? names.length;
    const has = held === undefined ? null : new Set(LANGUAGES.filter((l) => names[id][l].length > 0));
    const taken: [Language, string][] = [];
    LANGUAGES.forEach((lang, l) => {
      concept[lang].forEach((word, w) => {
        const key = keys[l][w];
        if (!key || has?.has(lang) || concepts.has(key)) return;
        concepts.set(key, id);
        taken.push([lang, word]);
      });
    });
    const size = concept.nl.length + concept.fr.length + concept.en.length;
    // A new concept whose words were all taken (most are) keeps the dictionary's own object: no copy.
    if (held === undefined && taken.length === size) names.push(concept);
    else if (held === undefined || taken.length > 0) {
      const target: Concept = held === undefined ? { nl: [], fr: [], en: [] } : { ...names[id] };
      for (const [lang, word] of taken) target[lang] = [...target[lang], word];
      if (held === undefined) names.push(target);
      else names[id] = target;
    }
  }
  const index = { concepts, names, words };
  const byGeneral = indexes.get(lexicon) ?? new Map<Lexicon | null, LexiconIndex>();
  byGeneral.set(general, index);
  indexes.set(lexicon, byGeneral);
  return index;
}

/**
 * Induces a lexicon from parallel texts (the same item described in each language, such as the CLDR
 * annotations of one emoji): two words of different languages name one concept when each is the
 * other's most frequent companion across the items (Dice coefficient ≥ 0.5, seen together at least
 * twice). Deterministic; every pair can be traced to the items that support it.
 */
export function induceLexicon(entries: readonly Record<Language, string>[]): Lexicon {
  const count: Record<Language, Map<string, number>> = { nl: new Map(), fr: new Map(), en: new Map() };
  const surfaces: Record<Language, Map<string, Map<string, number>>> = {
    nl: new Map(),
    fr: new Map(),
    en: new Map(),
  };
  const sets = entries.map((entry) => {
    const out = {} as Record<Language, Set<string>>;
    for (const lang of LANGUAGES) {
      out[lang] = new Set();
      for (const w of wordRuns(entry[lang]).flat()) {
        if (!isContentWord(w, lang)) continue;
        const s = stem(w, lang);
        out[lang].add(s);
        const forms = surfaces[lang].get(s) ?? new Map<string, number>();
        forms.set(w, (forms.get(w) ?? 0) + 1);
        surfaces[lang].set(s, forms);
      }
      for (const s of out[lang]) count[lang].set(s, (count[lang].get(s) ?? 0) + 1);
    }
    return out;
  });
  const pairs: [Language, Language][] = [
    ['nl', 'fr'],
    ['nl', 'en'],
    ['fr', 'en'],
  ];
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  const members = new Map<string, Set<string>>();
  const langsOf = (root: string) => new Set([...(members.get(root) ?? [root])].map((m) => m.slice(0, 2)));
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const la = langsOf(ra);
    for (const l of langsOf(rb)) if (la.has(l)) return; // one word per language in a concept
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(child, root);
    members.set(root, new Set([...(members.get(root) ?? [root]), ...(members.get(child) ?? [child])]));
    members.delete(child);
  };
  const links: { a: string; b: string; dice: number }[] = [];
  for (const [la, lb] of pairs) {
    const together = new Map<string, Map<string, number>>();
    for (const s of sets)
      for (const a of s[la]) {
        const row = together.get(a) ?? new Map<string, number>();
        for (const b of s[lb]) row.set(b, (row.get(b) ?? 0) + 1);
        together.set(a, row);
      }
    const dice = (a: string, b: string, c: number) =>
      (2 * c) / ((count[la].get(a) ?? 0) + (count[lb].get(b) ?? 0));
    const bestOfA = new Map<string, { b: string; d: number }>();
    const bestOfB = new Map<string, { a: string; d: number }>();
    for (const [a, row] of [...together].sort(([x], [y]) => (x < y ? -1 : 1))) {
      for (const [b, c] of [...row].sort(([x], [y]) => (x < y ? -1 : 1))) {
        if (c < 2) continue;
        const d = dice(a, b, c);
        if (d > (bestOfA.get(a)?.d ?? 0)) bestOfA.set(a, { b, d });
        if (d > (bestOfB.get(b)?.d ?? 0)) bestOfB.set(b, { a, d });
      }
    }
    for (const [a, { b, d }] of bestOfA)
      if (d >= 0.5 && bestOfB.get(b)?.a === a) links.push({ a: `${la}:${a}`, b: `${lb}:${b}`, dice: d });
  }
  links.sort((x, y) => y.dice - x.dice || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  for (const { a, b } of links) union(a, b);
  const top = (lang: Language, s: string) =>
    [...(surfaces[lang].get(s) ?? new Map<string, number>())].sort(
      (x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1),
    )[0]?.[0];
  const lexicon: Lexicon = [];
  for (const [root, set] of [...members].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (find(root) !== root || set.size < 2) continue;
    const concept: Concept = { nl: [], fr: [], en: [] };
    for (const m of [...set].sort()) {
      const lang = m.slice(0, 2) as Language;
      const word = top(lang, m.slice(3));
      if (word) concept[lang].push(word);
    }
    lexicon.push(concept);
  }
  return lexicon;
}

/**
 * A spelling key for cognates across Dutch, French and English ("politie", "police"; "informatie",
 * "information"; "discriminatie", "discrimination"): accents dropped, a learned ending removed, a
 * few spellings folded. Words shorter than five letters, or keys shorter than four, have none.
 */
export function cognateKey(word: string): string | null {
  let w = word.normalize('NFD').replace(/\p{M}/gu, '');
  if (w.length < 5 || !/^[a-z]+$/.test(w)) return null;
  w = w.replace(
    /(iteit|ite|ity|isme|ism|iste|ist|atie|ation|tion|tie|sie|sion|ssion|iek|ique|ics|ic|isch|ical|ieel|iel|ueel|uel|ual|ief|if|ive|eur|or|um|ce|e|en|s)$/,
    '',
  );
  w = w
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/y/g, 'i')
    .replace(/z/g, 's')
    .replace(/(.)\1+/g, '$1');
  return w.length >= 4 ? w : null;
}
