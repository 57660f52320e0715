import { z } from 'zod';
import { Name } from './common.ts';
import { PUBLICATION_K_DEFAULT, PUBLICATION_K_MAX, PUBLICATION_K_MIN } from './limits.ts';
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

export const District = z.string().trim().min(1).max(80);

export const ZoneSettingsInput = z.object({
  name: Name.optional(),
  defaultLanguage: z.enum(LANGUAGES).optional(),
  districts: z
    .array(District)
    .max(100)
    .refine((d) => new Set(d.map((x) => x.toLowerCase())).size === d.length, 'districts must be unique')
    .optional(),
  publicationK: z.number().int().min(PUBLICATION_K_MIN).max(PUBLICATION_K_MAX).optional(),
});
export type ZoneSettingsInput = z.infer<typeof ZoneSettingsInput>;

export const ZoneView = z.object({
  id: z.uuid(),
  name: z.string(),
  defaultLanguage: z.enum(LANGUAGES),
  districts: z.array(z.string()),
  publicationK: z.number().int(),
});
export type ZoneView = z.infer<typeof ZoneView>;

export { PUBLICATION_K_DEFAULT };
