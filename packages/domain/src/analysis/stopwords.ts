import type { Language } from '../roles.ts';
import { STOPWORDS_ISO } from './stopwords-iso.generated.ts';

/**
 * Compact lists of function words, used to recognise a text's language (the maintained lists
 * below differ too much in length between languages to compare counts) and added to them.
 */
const NL = `aan al alle alleen als altijd ander andere anders ben bij bijna daar daarom dan dat de deze die
dit doch doen door dus een eens en er ge geen geweest had heb hebben heeft hem het hier hij hoe hun
iemand iets ik in is ja je jij jou jouw jullie kan kon kunnen maar me meer men met mij mijn moet moeten na naar
niet niets nog nu of om omdat ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor want
waren was wat we wel werd wezen wie wij wil worden word wordt zal ze zei zelf zich zij zijn zo zonder zou zouden
echt gewoon heel erg soms vaak keer eigenlijk misschien daarna dikwijls ooit wanneer waar waarom hoe zoals
wordt werden geweest gaan gaat ging gingen komen komt kwam kwamen zeggen zegt zien ziet zag zagen krijgen krijgt
kreeg hadden heeft hebt had mag mogen moest moesten kunnen konden zouden weet weten wist even nooit iedereen
elke elk ieder veel weinig meer minder eerst laatst beetje wat wel alsof zodat terwijl sinds toen dus ofwel
hen hun haar hem ze zo dezelfde hetzelfde daarbij daarvan daarover erover ervan erin eruit hierover mee`;

const FR = `a au aux avec ce ces dans de des du elle en et eux il je la le les leur lui ma mais me même mes moi mon
ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous
c d j l à m n s t y été étée étées étés étant suis es est sommes êtes sont serai sera serons seront serais serait
étais était étions étiez étaient fus fut avoir ai as avons avez ont aurai aura aurons auront aurais aurait avais
avait avions aviez avaient eu eut ceci cela ça cet cette ici ils elles leurs quand comme aussi alors donc très
tout tous toute toutes plus moins bien encore déjà jamais toujours souvent parfois fois rien faire fait font
dit dire peut peuvent pouvons doit doivent veut voulons si sans sous entre chez vers depuis avant après
quelque quelques autre autres chaque même mêmes lorsque parce où dont lequel laquelle vraiment beaucoup peu`;

const EN = `a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves also really
always never often sometimes get got go goes went come came say said says one ones us lot lots even still
much many every thing things something anything way ways make made know knew think thought would could`;

function toSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** The compact lists: the function words whose counts tell the languages apart. */
export const LANGUAGE_CLUES: Record<Language, ReadonlySet<string>> = {
  nl: toSet(NL),
  fr: toSet(FR),
  en: toSet(EN),
};

/** Function words the maintained lists lack and that researchers' notes are full of. */
const ADDED: Record<Language, string> = {
  nl: `indien zie via kunt etc enz bijv bv oa nl mbt tav ivm namelijk echter dus waarbij waardoor
waarin waarop ervoor erna hierbij hiervan daarnaast verder graag jullie bent zult zullen willen`,
  fr: `etc cf ex càd via voir selon lors afin tandis chez donc car puis ensuite également notamment`,
  en: `etc eg ie via per see like also`,
};

/**
 * English content words that the English list of stopwords-iso (a union of several lists, 1,298
 * words) counts as stop words, but that name themes in interviews: kept as terms.
 */
const KEPT: Record<Language, string> = {
  nl: '',
  fr: '',
  en: `work works worked home world research information problem problems need needs help helped place
places new old years year course test tests value information line lines area areas part parts group groups
city country house school office page pages research results result system`,
};

/** Words the web and file paths leave behind: never a term, never a label. */
export const ADDRESS_FRAGMENTS: ReadonlySet<string> = toSet(
  'http https www com org net html htm php asp aspx pdf doc docx xlsx jpg png mailto ftp be nl fr eu etc',
);

/**
 * Stop words per language: the maintained lists of stopwords-iso (MIT, copied into
 * stopwords-iso.generated.ts by bench/themes/build-word-lists.ts), the compact lists above and a few
 * additions, less the English content words of KEPT.
 */
export const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  nl: combine('nl'),
  fr: combine('fr'),
  en: combine('en'),
};

function combine(language: Language): ReadonlySet<string> {
  const kept = toSet(KEPT[language]);
  const words = [
    ...STOPWORDS_ISO[language].split(' '),
    ...LANGUAGE_CLUES[language],
    ...toSet(ADDED[language]),
  ];
  return new Set(words.filter((w) => w && !kept.has(w)));
}

/** A stop word in any of the three languages (labels are read by speakers of all of them). */
export function isStopWordAnywhere(word: string): boolean {
  return STOP_WORDS.nl.has(word) || STOP_WORDS.fr.has(word) || STOP_WORDS.en.has(word);
}
