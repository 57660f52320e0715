import { schema, type Tx } from '@brug/db';
import { and, desc, eq, isNull, or } from 'drizzle-orm';

export type LinkableSurvey = { id: string; title: string; publicId: string };

const titleOf = (title: Record<string, string>, language: string) =>
  title[language] ?? title.nl ?? Object.values(title)[0] ?? '';

/**
 * The feedback surveys (surveys module, read only) a session's report can link to: those made for this
 * activity or its initiative, newest first. Archived surveys are left out.
 */
export async function findActivitySurveys(
  db: Tx,
  zoneId: string,
  activity: { id: string; initiativeId: string },
  language = 'nl',
): Promise<LinkableSurvey[]> {
  const s = schema.surveys;
  const rows = await db
    .select({ id: s.id, title: s.title, publicId: s.publicId })
    .from(s)
    .where(
      and(
        eq(s.zoneId, zoneId),
        isNull(s.archivedAt),
        or(eq(s.activityId, activity.id), eq(s.initiativeId, activity.initiativeId)),
      ),
    )
    .orderBy(desc(s.createdAt));
  return rows.map((r) => ({ id: r.id, title: titleOf(r.title, language), publicId: r.publicId }));
}

/** Whether a survey exists in the zone (any survey may be linked, not only the session's own). */
export async function surveyExists(db: Tx, zoneId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: schema.surveys.id })
    .from(schema.surveys)
    .where(and(eq(schema.surveys.id, id), eq(schema.surveys.zoneId, zoneId)));
  return Boolean(row);
}
