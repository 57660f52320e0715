/** Limits and lists of the volunteer pool, shown in forms and enforced by the server from the same value. */
export const VOLUNTEER_HOURS_CAP_MIN = 0;
export const VOLUNTEER_HOURS_CAP_MAX = 200;
export const VOLUNTEER_TEXT_MAX = 4000;
export const VOLUNTEER_SHORT_TEXT_MAX = 200;
export const VOLUNTEER_TOPIC_LABEL_MAX = 120;
export const VOLUNTEER_MAX_TOPICS_PER_ZONE = 200;
export const VOLUNTEER_MAX_DATES = 366;
export const ACTIVITY_DURATION_MAX_MINUTES = 24 * 60;
export const ACTIVITY_NEEDED_MAX = 50;
/** A colleague at or above this share of the monthly cap is shown as "near the cap". */
export const VOLUNTEER_NEAR_CAP_RATIO = 0.8;
/** Activities, availability and the calendar feed are in the zone's local time. */
export const VOLUNTEER_TIME_ZONE = 'Europe/Brussels';

/** Languages a colleague can speak (ISO 639 codes), the ones most heard in Belgian cities first. */
export const SPOKEN_LANGUAGES = [
  'nl',
  'fr',
  'en',
  'de',
  'ar',
  'tr',
  'ber',
  'es',
  'it',
  'pt',
  'pl',
  'ro',
  'bg',
  'ru',
  'uk',
  'sq',
  'bs',
  'fa',
  'ps',
  'ur',
  'hi',
  'pa',
  'so',
  'ti',
  'am',
  'ln',
  'sw',
  'yi',
  'he',
  'zh',
  'vgt',
] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

export const LANGUAGE_LEVELS = ['basic', 'conversational', 'fluent', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const EXPERIENCE_AREAS = ['youth', 'cultural_communities', 'poverty'] as const;
export type ExperienceArea = (typeof EXPERIENCE_AREAS)[number];

/** Weekdays 08:00–18:00, evenings (from 18:00) on weekdays, and Saturdays and Sundays. */
export const AVAILABILITY_PATTERNS = ['weekdays', 'evenings', 'weekends'] as const;
export type AvailabilityPattern = (typeof AVAILABILITY_PATTERNS)[number];
export const EVENING_STARTS_AT_MINUTES = 18 * 60;
export const DAYTIME_STARTS_AT_MINUTES = 8 * 60;

/** Topics a new zone starts with; the coordinator maintains the list. */
export const DEFAULT_VOLUNTEER_TOPICS = [
  'Hoe dien ik een klacht in?',
  'Werken bij de politie',
  'Online veiligheid',
  'Rechten bij een controle',
  'Verkeersveiligheid',
  'Partnergeweld en hulp',
] as const;
