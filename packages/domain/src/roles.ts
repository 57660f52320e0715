export const ROLES = ['admin', 'coordinator', 'colleague', 'researcher', 'partner'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';
