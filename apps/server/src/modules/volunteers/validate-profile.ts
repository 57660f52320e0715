import { findVolunteerTopics, schema, type Tx } from '@brug/db';
import { AppError } from '@brug/domain';
import { eq } from 'drizzle-orm';

/** Topics must come from the zone's list and districts from the zone's districts: a 400 names the field. */
export async function checkZoneLists(
  tx: Tx,
  zoneId: string,
  input: { topicIds?: string[]; district?: string | null },
  fieldPrefix = '',
): Promise<void> {
  if (input.topicIds && input.topicIds.length > 0) {
    const known = new Set((await findVolunteerTopics(tx, zoneId)).filter((t) => t.active).map((t) => t.id));
    const unknown = input.topicIds.findIndex((id) => !known.has(id));
    if (unknown >= 0)
      throw AppError.validation({ [`${fieldPrefix}topicIds.${unknown}`]: 'unknown topic' }, 'Unknown topic');
  }
  if (input.district) {
    const [zone] = await tx
      .select({ districts: schema.zones.districts })
      .from(schema.zones)
      .where(eq(schema.zones.id, zoneId));
    const districts = zone?.districts ?? [];
    const lower = input.district.toLocaleLowerCase('nl');
    if (districts.length > 0 && !districts.some((d) => d.toLocaleLowerCase('nl') === lower))
      throw AppError.validation({ [`${fieldPrefix}district`]: 'unknown district' }, 'Unknown district');
  }
}
