import type { TFunction } from 'i18next';
import { ApiError } from './client.ts';

/** The part of a Mantine form this helper needs (`useForm()` returns it). */
export type FormErrorTarget = {
  setFieldError: (path: string, error: string) => void;
  getValues: () => object;
};

/**
 * Server field messages are short English texts. The ones the server writes itself are listed here
 * word for word, each with the key of what it means (a test reads them from the server's source, so
 * a new one cannot go untranslated); messages built from the request schema (required, too short…)
 * are recognised by pattern. A message in neither list is shown as "invalid value" with its text.
 */
const SERVER_MESSAGES: Record<string, string> = {
  'already in use': 'taken',
  'already exists': 'exists',
  'already registered': 'exists',
  'already in the list': 'exists',
  'already a member': 'added',
  'already a source': 'added',
  'already invited': 'added',
  'already holds a key': 'added',
  'already answered': 'answered',
  'survey already answered': 'answered',
  'already applied': 'applied',
  'already booked': 'booked',
  'already closed': 'closed',
  closed: 'closed',
  'already took place': 'past',
  'in the past': 'past',
  started: 'started',
  cancelled: 'cancelled',
  changed: 'changed',
  'not found': 'notFound',
  unknown: 'notFound',
  'unknown activity': 'notFound',
  'not all found in this zone': 'notFound',
  'invalid or replaced': 'notFound',
  'no longer offered': 'noLongerOffered',
  'invalid, used or expired': 'tokenInvalid',
  'invitation not accepted yet': 'notAccepted',
  'not allowed for your role': 'notAllowed',
  'last admin': 'lastAdmin',
  'does not open the vault': 'vaultSecret',
  'your own': 'ownIdea',
  'too common': 'weakPassword',
  'like your e-mail address': 'passwordLikeEmail',
  taken: 'taken',
  'no other bureau member to confirm': 'noConfirmer',
  'your own reset': 'ownReset',
  'not a member of the bureau': 'notBureauMember',
  configured: 'mailConfigured',
  'not configured': 'mailNotConfigured',
  'unknown key': 'mailKeyUnknown',
  'not an account invitation': 'notInvitation',
  'control character': 'controlCharacter',
  'line break': 'lineBreak',
  'nothing to change': 'nothingToChange',
  'already in another district': 'postcodeElsewhere',
  'not a district of the zone': 'notDistrict',
  'wrong password': 'wrongPassword',
  'unknown code': 'notFound',
  'unknown roundtable source': 'notFound',
  'unknown interview': 'notFound',
  'unknown roundtable': 'notFound',
  'unknown registration': 'notFound',
  'unknown survey': 'notFound',
  'unknown organisation in the list': 'notFound',
  'no such programme': 'notFound',
  'cannot move a code under itself': 'codeUnderItself',
  'cannot merge a code into itself': 'codeIntoItself',
  'must be in the future': 'future',
  'every source in a cell must support the finding': 'sourceSupports',
  'the activity has not started yet': 'notStarted',
  'the activity has not ended yet': 'notEnded',
  'empty file': 'emptyFile',
  'not a co-owner of this initiative': 'notCoOwner',
  'a planned initiative must answer at least one finding': 'needsFinding',
  'a place or an online link is required': 'placeOrLink',
  'name the co-owning organisation you speak for': 'nameOrganisation',
  'choose a time': 'chooseTime',
  'not among the recipients of this selection': 'notRecipient',
  'the research bureau has no vault yet': 'noVault',
  'not a partner account of this zone': 'notPartnerAccount',
  'not a coordinator of this zone': 'notCoordinator',
  'no such preview; send the file again': 'previewGone',
  'this import has already started': 'importStarted',
  'no data rows below the header row': 'noDataRows',
  'map a column to name': 'mapName',
  'choose the programme the status column belongs to': 'chooseProgramme',
  'ends before it starts': 'endsBeforeStart',
  'must not be before opensOn': 'endsBeforeStart',
  'cannot change': 'cannotChange',
  'not a researcher of this bureau': 'notResearcherOfBureau',
  'must be a researcher account': 'mustBeResearcher',
  'no open call': 'noOpenCall',
  'unknown partner organisation': 'notFound',
  'unknown or unpublished finding': 'notFound',
  'no such organisation': 'notFound',
  'no such contact': 'notFound',
  'no such wave': 'notFound',
  'no such activity in this zone': 'notFound',
  'no such initiative in this zone': 'notFound',
  'unknown calendar': 'notFound',
  'not a district of this zone': 'notDistrict',
  'not an active colleague of this zone': 'notActiveColleague',
  'not the initiative of this activity': 'notInitiativeOfActivity',
  'like #1c7ed6': 'colour',
  'like B-07': 'sourceCode',
  'like 2026-03-29T10:00': 'dateTime',
  'language code such as nl, fr, ar': 'languageCode',
  'language code': 'languageCode',
  'lower-case letters, digits and _': 'identifier',
  'lower-case letters, digits, _': 'identifier',
  'choose at least one code': 'chooseCode',
  'each language once': 'eachOnce',
  'each pattern once': 'eachOnce',
  'each topic once': 'eachOnce',
  'each area once': 'eachOnce',
  'each colleague once': 'eachOnce',
  'duplicate question id': 'eachOnce',
  'duplicate option id': 'eachOnce',
  'at least one language': 'oneLanguage',
  'missing translation': 'missingTranslation',
};

const SCHEMA_MESSAGES: [RegExp, string][] = [
  // An import's row checks name what they refused: the value is kept, the words are translated.
  [/^unknown focus area: (.+)$/, 'unknownFocusArea'],
  [/^unknown district: (.+)$/, 'unknownDistrict'],
  [/^unknown status: (\S+)/, 'unknownStatus'],
  [/^cannot go from (\S+) to (\S+)$/, 'statusStep'],
  [/^required$/i, 'required'],
  [/invalid postcode/i, 'postcode'],
  [/needs at least (\d+) sources? that counts?, has (\d+)/i, 'tooFewSources'],
  [/^invalid option|expected one of/i, 'choose'],
  [/e-?mail/i, 'email'],
  [/at least (\d+) characters|>=\s*(\d+) characters/i, 'tooShort'],
  [/too big|<=\s*(\d+)/i, 'tooLong'],
  [/unique/i, 'taken'],
  [/weak|guess/i, 'weakPassword'],
];

type Meaning = { key: string; count?: number; has?: number; value?: string; from?: string; to?: string };

/**
 * What a server message means: its key under `errors.field`, and the number or the values it names.
 */
function meaningOf(message: string): Meaning | undefined {
  const exact = SERVER_MESSAGES[message];
  if (exact) return { key: exact };
  for (const [pattern, key] of SCHEMA_MESSAGES) {
    const m = pattern.exec(message);
    if (!m) continue;
    if (key === 'tooFewSources') return { key, count: Number(m[1]), has: Number(m[2]) };
    if (key === 'statusStep') return { key, from: m[1], to: m[2] };
    if (key.startsWith('unknown')) return { key, value: m[1] };
    const count = Number(m[1] ?? m[2] ?? 0);
    // "at least 1 character" is an empty field (a dropdown left on its blank choice): say so.
    if (key === 'tooShort' && count <= 1) return { key: 'required' };
    return { key, count };
  }
  return undefined;
}

/** The key under `errors.field` for a server message, or undefined when it is not known. */
export function fieldMessageKey(message: string): string | undefined {
  return meaningOf(message)?.key;
}

/**
 * The server message in the person's language. `name` turns a value the message names (a relationship
 * status such as `in_dialogue`) into its label, where the page knows one.
 */
export function translateFieldMessage(
  message: string,
  t: TFunction,
  name: (value: string) => string = (value) => value,
): string {
  const meaning = meaningOf(message);
  if (!meaning) return t('errors.field.invalid', { detail: message });
  return t(`errors.field.${meaning.key}`, {
    count: meaning.count,
    has: meaning.has,
    detail: message,
    value: meaning.value,
    from: meaning.from && name(meaning.from),
    to: meaning.to && name(meaning.to),
  });
}

/** The field messages of an API error in the person's language, by field (none for any other error). */
export function translatedFields(error: unknown, t: TFunction): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, translateFieldMessage(v, t)]));
}

/**
 * What went wrong with an action that is not a form (a button, a file): the reasons the server gave
 * for its fields, in the person's language, or else the error's general message.
 */
export function actionErrorMessage(error: unknown, t: TFunction): string {
  const reasons = Object.values(translatedFields(error, t));
  return reasons.length > 0 ? reasons.join(' ') : errorMessage(error, t);
}

/** A translated message for any error thrown by the API client. */
export function errorMessage(
  error: unknown,
  t: TFunction,
  overrides: Partial<Record<string, string>> = {},
): string {
  if (error instanceof ApiError) {
    const wait = error.retryAfterSeconds === undefined ? undefined : formatWait(error.retryAfterSeconds, t);
    return t(overrides[error.code] ?? `errors.${error.code}`, { defaultValue: t('errors.INTERNAL'), wait });
  }
  return t('errors.INTERNAL');
}

/** "45 seconden", "3 minuten": how long to wait, in the page's language. */
export function formatWait(seconds: number, t: TFunction): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds < 60
    ? t('errors.waitSeconds', { count: Math.ceil(seconds) })
    : t('errors.waitMinutes', { count: minutes });
}

/**
 * Puts an ApiError's field errors onto a Mantine form. Returns the fields it could not place
 * (not present in the form), so the caller can show them in a general alert.
 */
export function applyFieldErrors(form: FormErrorTarget, error: unknown, t: TFunction): string[] {
  if (!(error instanceof ApiError)) return [];
  const known = new Set(Object.keys(form.getValues()));
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(error.fields)) {
    const top = field.split('.')[0];
    const text = translateFieldMessage(message, t);
    if (known.has(top)) form.setFieldError(top, text);
    else unplaced.push(`${field}: ${text}`);
  }
  return unplaced;
}
