import { z } from 'zod';
import { Name } from './common.ts';
import { PUBLICATION_K_DEFAULT, PUBLICATION_K_MAX, PUBLICATION_K_MIN } from './limits.ts';
import { POSTCODE_PATTERN } from './partners.ts';
import { LANGUAGES } from './roles.ts';

/** Antwerp's nine districts, offered as a template for a new zone. */
export const ANTWERP_DISTRICTS = [
  'Antwerpen',
  'Berchem',
  'Berendrecht-Zandvliet-Lillo',
  'Borgerhout',
  'Deurne',
  'Ekeren',
  'Hoboken',
  'Merksem',
  'Wilrijk',
] as const;

/** The postcodes of Antwerp's districts, filled in with the template. */
export const ANTWERP_DISTRICT_POSTCODES: Record<(typeof ANTWERP_DISTRICTS)[number], string[]> = {
  Antwerpen: ['2000', '2018', '2020', '2030', '2050', '2060'],
  Berchem: ['2600'],
  'Berendrecht-Zandvliet-Lillo': ['2040'],
  Borgerhout: ['2140'],
  Deurne: ['2100'],
  Ekeren: ['2180'],
  Hoboken: ['2660'],
  Merksem: ['2170'],
  Wilrijk: ['2610'],
};

export const District = z.string().trim().min(1).max(80);

/** At most this many postcodes per district. */
export const DISTRICT_POSTCODES_MAX = 50;

/**
 * Belgian postcodes per district. A postcode belongs to at most one district, so that an import
 * can derive the district from it; the second district that names it is refused on its field.
 */
export const DistrictPostcodes = z
  .record(
    District,
    z
      .array(z.string().trim().regex(POSTCODE_PATTERN, 'invalid postcode (4 digits)'))
      .max(DISTRICT_POSTCODES_MAX),
  )
  .superRefine((map, ctx) => {
    const owner = new Map<string, string>();
    for (const [district, codes] of Object.entries(map))
      codes.forEach((code, i) => {
        const first = owner.get(code);
        // The same postcode twice in one district is harmless: it is kept once.
        if (first !== undefined && first !== district)
          ctx.addIssue({ code: 'custom', path: [district, i], message: 'already in another district' });
        else owner.set(code, district);
      });
  });
export type DistrictPostcodes = z.infer<typeof DistrictPostcodes>;

/** The district a postcode belongs to, if the zone names one. */
export function districtOfPostcode(map: DistrictPostcodes, postcode: string): string | undefined {
  for (const [district, codes] of Object.entries(map)) if (codes.includes(postcode)) return district;
  return undefined;
}

export const ZoneSettingsInput = z.object({
  name: Name.optional(),
  defaultLanguage: z.enum(LANGUAGES).optional(),
  districts: z
    .array(District)
    .max(100)
    .refine((d) => new Set(d.map((x) => x.toLowerCase())).size === d.length, 'districts must be unique')
    .optional(),
  publicationK: z.number().int().min(PUBLICATION_K_MIN).max(PUBLICATION_K_MAX).optional(),
  /** Replaces all postcodes; a district not in the zone's districts is refused. */
  districtPostcodes: DistrictPostcodes.optional(),
});
export type ZoneSettingsInput = z.infer<typeof ZoneSettingsInput>;

export const ZoneView = z.object({
  id: z.uuid(),
  name: z.string(),
  defaultLanguage: z.enum(LANGUAGES),
  districts: z.array(z.string()),
  districtPostcodes: z.record(z.string(), z.array(z.string())),
  publicationK: z.number().int(),
});
export type ZoneView = z.infer<typeof ZoneView>;

export { PUBLICATION_K_DEFAULT };
