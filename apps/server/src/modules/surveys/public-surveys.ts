import { getSurveyByPublicId, type SurveyRow, schema, type Tx } from '@brug/db';
import { eq } from 'drizzle-orm';

/** A survey as respondents reach it, with the districts they may choose from. */
export type PublicSurvey = { survey: SurveyRow; districts: string[] | null };

/**
 * Respondents of one survey arrive together (a QR code shown at the end of an activity), so the
 * survey they answer is read once and kept for a few seconds instead of once per answer.
 * A change made through this server forgets it at once; another app server sees a change (new
 * dates, a deleted survey) within `TTL_MS`.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 500;
const cache = new Map<string, { at: number; value: Promise<PublicSurvey | null> }>();

export function findPublicSurvey(db: Tx, publicId: string): Promise<PublicSurvey | null> {
  const hit = cache.get(publicId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = load(db, publicId);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(publicId, { at: Date.now(), value });
  value.catch(() => cache.delete(publicId));
  return value;
}

export function forgetPublicSurvey(publicId: string): void {
  cache.delete(publicId);
}

async function load(db: Tx, publicId: string): Promise<PublicSurvey | null> {
  const survey = await getSurveyByPublicId(db, publicId);
  if (!survey) return null;
  let districts: string[] | null = null;
  if (survey.askDistrict) {
    const [zone] = await db
      .select({ districts: schema.zones.districts })
      .from(schema.zones)
      .where(eq(schema.zones.id, survey.zoneId));
    districts = zone?.districts ?? [];
  }
  return { survey, districts };
}
