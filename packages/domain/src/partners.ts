import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { Email, IsoDate, IsoDateTime, Name, pageOf } from './common.ts';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from './limits.ts';

/** Limits shown to users and enforced by the server. */
export const ORGANISATION_DESCRIPTION_MAX = 2000;
export const ORGANISATION_NOTES_MAX = 5000;
export const INTERACTION_SUMMARY_MAX = 2000;
export const LIST_FIELD_MAX_ITEMS = 30;
export const SHORT_TEXT_MAX = 200;
export const IMPORT_MAX_ROWS = 20_000;
export const WAVE_ADD_MAX = 5_000;

export const ORGANISATION_KINDS = ['internal', 'external'] as const;
export const DIALOGUE_STATES = ['existing', 'new'] as const;
/** The zone starts with these; it can add more. */
export const DEFAULT_FOCUS_AREAS = ['youth', 'cultural_identity', 'poverty'] as const;
export const RELATIONSHIP_STATUSES = [
  'longlist',
  'contacted',
  'invited',
  'in_dialogue',
  'partner',
  'paused',
  'ended',
] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];
export const CONSENT_BASES = ['consent', 'legitimate_interest', 'public_task', 'contract'] as const;
export const INTERACTION_KINDS = ['call', 'visit', 'meeting', 'email', 'note'] as const;

/**
 * Which status may follow which. Forward one step (or skip ahead), pause or end from anywhere,
 * and resume a paused relationship at any active stage; an ended one can only go back to the longlist.
 */
const ACTIVE: RelationshipStatus[] = ['longlist', 'contacted', 'invited', 'in_dialogue', 'partner'];
export function canChangeStatus(from: RelationshipStatus | null, to: RelationshipStatus): boolean {
  if (from === to) return false;
  if (from === null) return true;
  if (to === 'paused' || to === 'ended') return from !== 'ended';
  if (from === 'paused') return ACTIVE.includes(to);
  if (from === 'ended') return to === 'longlist';
  return ACTIVE.indexOf(to) > ACTIVE.indexOf(from) || to === 'longlist';
}

/** Lower-case, without accents, punctuation or repeated spaces: "Jeugdhuis 't Café" ≈ "jeugdhuis t cafe". */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Belgian and international numbers; stored in E.164 (+32…). A number without country code is read as Belgian. */
export function normalisePhone(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value, 'BE');
  return parsed?.isValid() ? parsed.number : null;
}

export const Phone = z
  .string()
  .trim()
  .max(40)
  .transform((v, ctx) => {
    const n = normalisePhone(v);
    if (!n) {
      ctx.addIssue({ code: 'custom', message: 'invalid phone number' });
      return z.NEVER;
    }
    return n;
  });

/** Belgian postcode: four digits, 1000–9999. */
export const POSTCODE_PATTERN = /^[1-9]\d{3}$/;
export const Postcode = z.string().trim().regex(POSTCODE_PATTERN, 'invalid postcode (4 digits)');

const ShortText = z.string().trim().max(SHORT_TEXT_MAX);
const Tag = z.string().trim().min(1).max(80);
const TagList = z.array(Tag).max(LIST_FIELD_MAX_ITEMS);
const Website = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/, message: 'invalid web address' }));

export const OrganisationKind = z.enum(ORGANISATION_KINDS);
export const Dialogue = z.enum(DIALOGUE_STATES);
export const RelationshipStatusSchema = z.enum(RELATIONSHIP_STATUSES);
export const LanguageCode = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}$/, 'language code such as nl, fr, ar');

export const CreateOrganisationInput = z.object({
  name: Name,
  kind: OrganisationKind.default('external'),
  focusAreas: TagList.default([]),
  districts: TagList.default([]),
  address: ShortText.default(''),
  postcode: z.union([Postcode, z.literal('')]).default(''),
  city: ShortText.default(''),
  website: Website.nullable().optional(),
  languages: z.array(LanguageCode).max(LIST_FIELD_MAX_ITEMS).default([]),
  targetGroups: TagList.default([]),
  description: z.string().trim().max(ORGANISATION_DESCRIPTION_MAX).default(''),
  notes: z.string().trim().max(ORGANISATION_NOTES_MAX).default(''),
  ownerId: z.uuid().nullable().optional(),
  dialogue: Dialogue.default('new'),
  waveId: z.uuid().nullable().optional(),
});
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationInput>;

export const UpdateOrganisationInput = z
  .object({
    name: Name,
    kind: OrganisationKind,
    focusAreas: TagList,
    districts: TagList,
    address: ShortText,
    postcode: z.union([Postcode, z.literal('')]),
    city: ShortText,
    website: Website.nullable(),
    languages: z.array(LanguageCode).max(LIST_FIELD_MAX_ITEMS),
    targetGroups: TagList,
    description: z.string().trim().max(ORGANISATION_DESCRIPTION_MAX),
    notes: z.string().trim().max(ORGANISATION_NOTES_MAX),
    ownerId: z.uuid().nullable(),
    dialogue: Dialogue,
    waveId: z.uuid().nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export type UpdateOrganisationInput = z.infer<typeof UpdateOrganisationInput>;

/** Fields a partner may change on their own organisation. */
export const PARTNER_EDITABLE_FIELDS = [
  'address',
  'postcode',
  'city',
  'website',
  'languages',
  'targetGroups',
  'description',
] as const;

export const OrganisationView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: OrganisationKind,
  focusAreas: z.array(z.string()),
  districts: z.array(z.string()),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
  website: z.string().nullable(),
  languages: z.array(z.string()),
  targetGroups: z.array(z.string()),
  description: z.string(),
  /** Internal follow-up notes: not shown to partners. */
  notes: z.string().optional(),
  ownerId: z.uuid().nullable(),
  dialogue: Dialogue,
  waveId: z.uuid().nullable(),
  status: RelationshipStatusSchema.nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrganisationView = z.infer<typeof OrganisationView>;
/** A page of the list. `totalCapped`: there are more matches than `total` (counting stops there). */
export const OrganisationPage = pageOf(OrganisationView).extend({ totalCapped: z.boolean() });

export const ORGANISATION_SORTS = [
  'name',
  '-name',
  'createdAt',
  '-createdAt',
  'postcode',
  '-postcode',
  'relevance',
] as const;

const csvList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(80)).max(LIST_FIELD_MAX_ITEMS));

/** Filters on every field of the list, full-text search, sort and page. */
export const OrganisationListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
  q: z.string().trim().max(200).optional(),
  kind: OrganisationKind.optional(),
  focusArea: csvList.optional(),
  district: csvList.optional(),
  language: csvList.optional(),
  targetGroup: csvList.optional(),
  postcode: z.string().trim().max(10).optional(),
  city: z.string().trim().max(SHORT_TEXT_MAX).optional(),
  ownerId: z.uuid().optional(),
  dialogue: Dialogue.optional(),
  waveId: z.union([z.uuid(), z.literal('none')]).optional(),
  programmeId: z.uuid().optional(),
  status: csvList.pipe(z.array(RelationshipStatusSchema)).optional(),
  sort: z.enum(ORGANISATION_SORTS).default('name'),
});
export type OrganisationListQuery = z.infer<typeof OrganisationListQuery>;
export type OrganisationFilter = Omit<OrganisationListQuery, 'page' | 'pageSize' | 'sort'>;

export const CreateContactInput = z.object({
  name: Name,
  function: ShortText.default(''),
  email: Email.nullable().optional(),
  phone: Phone.nullable().optional(),
  preferredLanguage: LanguageCode.default('nl'),
  consentBasis: z.enum(CONSENT_BASES),
  consentDate: IsoDate,
  userId: z.uuid().nullable().optional(),
});
export type CreateContactInput = z.infer<typeof CreateContactInput>;

export const UpdateContactInput = z
  .object({
    name: Name,
    function: ShortText,
    email: Email.nullable(),
    phone: Phone.nullable(),
    preferredLanguage: LanguageCode,
    consentBasis: z.enum(CONSENT_BASES),
    consentDate: IsoDate,
    userId: z.uuid().nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export type UpdateContactInput = z.infer<typeof UpdateContactInput>;

export const ContactView = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  function: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredLanguage: z.string(),
  consentBasis: z.string(),
  consentDate: z.string(),
  userId: z.uuid().nullable(),
  erased: z.boolean(),
});
export type ContactView = z.infer<typeof ContactView>;

export const StatusChangeInput = z.object({
  programmeId: z.uuid(),
  status: RelationshipStatusSchema,
  note: z.string().trim().max(SHORT_TEXT_MAX).default(''),
});
export const StatusHistoryView = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  fromStatus: RelationshipStatusSchema.nullable(),
  toStatus: RelationshipStatusSchema,
  note: z.string(),
  changedAt: z.string(),
  changedById: z.uuid().nullable(),
  changedByName: z.string().nullable(),
});

export const CreateWaveInput = z.object({
  programmeId: z.uuid(),
  name: Name,
  description: z.string().trim().max(ORGANISATION_DESCRIPTION_MAX).default(''),
});
/** Add organisations to a wave by id, or everything a list filter finds ("filter, then add"). */
export const AddToWaveInput = z
  .object({
    organisationIds: z.array(z.uuid()).max(WAVE_ADD_MAX).optional(),
    filter: OrganisationListQuery.omit({ page: true, pageSize: true, sort: true }).optional(),
  })
  .refine((v) => v.organisationIds !== undefined || v.filter !== undefined, {
    message: 'organisationIds or filter required',
    path: ['organisationIds'],
  });
export const WaveView = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  number: z.number().int(),
  name: z.string(),
  description: z.string(),
  progress: z.object({
    organisations: z.number().int(),
    longlist: z.number().int(),
    contacted: z.number().int(),
    invited: z.number().int(),
    in_dialogue: z.number().int(),
    partner: z.number().int(),
    paused: z.number().int(),
    ended: z.number().int(),
  }),
});
export type WaveView = z.infer<typeof WaveView>;

export const CreateReferralInput = z
  .object({
    fromOrganisationId: z.uuid(),
    toOrganisationId: z.uuid().optional(),
    toContactId: z.uuid().optional(),
    note: z.string().trim().max(ORGANISATION_DESCRIPTION_MAX).default(''),
  })
  .refine((v) => v.toOrganisationId !== undefined || v.toContactId !== undefined, {
    message: 'toOrganisationId or toContactId required',
    path: ['toOrganisationId'],
  })
  .refine((v) => v.toOrganisationId !== v.fromOrganisationId, {
    message: 'an organisation cannot refer itself',
    path: ['toOrganisationId'],
  });
export const ReferralView = z.object({
  id: z.uuid(),
  fromOrganisationId: z.uuid(),
  fromOrganisationName: z.string(),
  toOrganisationId: z.uuid().nullable(),
  toOrganisationName: z.string().nullable(),
  toContactId: z.uuid().nullable(),
  note: z.string(),
  createdAt: z.string(),
});
export const NetworkView = z.object({
  nodes: z.array(z.object({ id: z.uuid(), name: z.string(), status: z.string().nullable() })),
  links: z.array(z.object({ from: z.uuid(), to: z.uuid() })),
});

export const CreateInteractionInput = z.object({
  kind: z.enum(INTERACTION_KINDS),
  occurredAt: IsoDateTime,
  summary: z.string().trim().min(1, 'required').max(INTERACTION_SUMMARY_MAX),
});
export const InteractionView = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  kind: z.enum(INTERACTION_KINDS),
  occurredAt: z.string(),
  summary: z.string(),
  createdById: z.uuid().nullable(),
});

export const CreateTaskInput = z.object({
  organisationId: z.uuid().nullable().optional(),
  title: Name,
  dueOn: IsoDate,
  assigneeId: z.uuid(),
});
export const UpdateTaskInput = z
  .object({ done: z.boolean(), title: Name, dueOn: IsoDate, assigneeId: z.uuid() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export const TaskView = z.object({
  id: z.uuid(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  title: z.string(),
  dueOn: z.string(),
  assigneeId: z.uuid(),
  done: z.boolean(),
  overdue: z.boolean(),
});
export const TaskListQuery = z.object({
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  organisationId: z.uuid().optional(),
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

/** A task is overdue on the day after its due date, until done. */
export function isOverdue(dueOn: string, done: boolean, today: string): boolean {
  return !done && dueOn < today;
}

export const TimelineItem = z.object({
  type: z.enum(['interaction', 'status', 'task', 'referral']),
  at: z.string(),
  id: z.uuid(),
  text: z.string(),
  kind: z.string().nullable(),
});

export const SavedViewInput = z.object({
  name: Name,
  query: OrganisationListQuery.partial(),
});
export const SavedViewView = z.object({
  id: z.uuid(),
  name: z.string(),
  query: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const FocusAreaInput = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, 'lower-case letters, digits and _'),
  label: Name,
});
export const FocusAreaView = z.object({ key: z.string(), label: z.string() });
/** A coordinator or admin who can follow an organisation up. */
export const OwnerView = z.object({ id: z.uuid(), name: z.string() });

export const PartnerCoverageQuery = z.object({ programmeId: z.uuid().optional() });
export const PartnerCoverageView = z.object({
  focusAreas: z.array(z.string()),
  districts: z.array(z.string()),
  statuses: z.array(z.string()),
  /** counts[focusArea][district][status]; status 'none' = no status in the programme. */
  cells: z.array(
    z.object({
      focusArea: z.string(),
      district: z.string(),
      total: z.number().int(),
      byStatus: z.record(z.string(), z.number().int()),
    }),
  ),
});
export type PartnerCoverageView = z.infer<typeof PartnerCoverageView>;

/** Columns an export or import knows, and the subset that is personal data. */
export const ORGANISATION_EXPORT_FIELDS = [
  'name',
  'kind',
  'focusAreas',
  'districts',
  'address',
  'postcode',
  'city',
  'website',
  'languages',
  'targetGroups',
  'description',
  'dialogue',
  'status',
] as const;
export const CONTACT_EXPORT_FIELDS = [
  'contactName',
  'contactFunction',
  'contactEmail',
  'contactPhone',
] as const;
export type ExportField =
  | (typeof ORGANISATION_EXPORT_FIELDS)[number]
  | (typeof CONTACT_EXPORT_FIELDS)[number];

/**
 * An export's column headers, in the language of the person exporting. The import recognises each of
 * them, in every language, so that a file Brug wrote goes back in with every column mapped.
 */
export const EXPORT_HEADERS: Record<'nl' | 'fr' | 'en', Record<ExportField, string>> = {
  nl: {
    name: 'Naam',
    kind: 'Soort',
    focusAreas: 'Aandachtsgebieden',
    districts: 'Districten',
    address: 'Adres',
    postcode: 'Postcode',
    city: 'Gemeente',
    website: 'Website',
    languages: 'Talen',
    targetGroups: 'Doelgroepen',
    description: 'Beschrijving',
    dialogue: 'Dialoog met de politie',
    status: 'Status',
    contactName: 'Contactpersoon',
    contactFunction: 'Functie',
    contactEmail: 'E-mailadres',
    contactPhone: 'Telefoon',
  },
  fr: {
    name: 'Nom',
    kind: 'Type',
    focusAreas: 'Domaines d’attention',
    districts: 'Districts',
    address: 'Adresse',
    postcode: 'Code postal',
    city: 'Commune',
    website: 'Site web',
    languages: 'Langues',
    targetGroups: 'Publics cibles',
    description: 'Description',
    dialogue: 'Dialogue avec la police',
    status: 'Statut',
    contactName: 'Personne de contact',
    contactFunction: 'Fonction',
    contactEmail: 'Adresse e-mail',
    contactPhone: 'Téléphone',
  },
  en: {
    name: 'Name',
    kind: 'Kind',
    focusAreas: 'Focus areas',
    districts: 'Districts',
    address: 'Address',
    postcode: 'Postcode',
    city: 'City',
    website: 'Website',
    languages: 'Languages',
    targetGroups: 'Target groups',
    description: 'Description',
    dialogue: 'Dialogue with the police',
    status: 'Status',
    contactName: 'Contact person',
    contactFunction: 'Function',
    contactEmail: 'E-mail address',
    contactPhone: 'Phone',
  },
};

/** The header of an export column in a language (Dutch when the language has none). */
export function exportHeader(field: ExportField, language: string): string {
  return (EXPORT_HEADERS[language as 'nl'] ?? EXPORT_HEADERS.nl)[field];
}

export const ExportQuery = OrganisationListQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

/** The organisation's own columns an import fills. */
export const ORGANISATION_IMPORT_FIELDS = [
  'name',
  'kind',
  'focusAreas',
  'districts',
  'address',
  'postcode',
  'city',
  'website',
  'languages',
  'targetGroups',
  'description',
  'dialogue',
] as const;

/** Import targets a column of the file can be mapped to. */
export const IMPORT_FIELDS = [
  ...ORGANISATION_IMPORT_FIELDS,
  'contactName',
  'contactFunction',
  'contactEmail',
  'contactPhone',
  'contactLanguage',
  'consentBasis',
  'consentDate',
  /** The relationship status in the programme chosen for the import. */
  'status',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const ImportInput = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    /** The file, base64-encoded. Not needed again once a preview gave an `importId`. */
    file: z.string().min(1, 'required').max(12_000_000).optional(),
    /** The preview this request continues: the rows read then are used, the file is not read again. */
    importId: z.uuid().optional(),
    /** Write in the background and answer at once; `GET /api/partners/imports/:id` reports the progress. */
    background: z.boolean().default(false),
    /** file column header → import field; unmapped columns are ignored. */
    mapping: z.record(z.string().max(200), z.enum(IMPORT_FIELDS)).optional(),
    /** Row numbers (1 = first data row) the user chose to skip. */
    skipRows: z.array(z.number().int().min(1)).max(IMPORT_MAX_ROWS).default([]),
    /** Corrected values per row number, applied before validation. */
    fixes: z
      .record(z.string(), z.record(z.string(), z.string().max(ORGANISATION_DESCRIPTION_MAX)))
      .default({}),
    /** Legal basis and date recorded for imported contacts when the file has no such columns. */
    consentBasis: z.enum(CONSENT_BASES).optional(),
    consentDate: IsoDate.optional(),
    /** When true, only the report is returned and nothing is written. */
    dryRun: z.boolean().default(true),
    programmeId: z.uuid().optional(),
  })
  .refine((v) => v.file !== undefined || v.importId !== undefined, {
    message: 'required (or an importId from a preview)',
    path: ['file'],
  });
export type ImportInput = z.infer<typeof ImportInput>;
export const ImportRowReport = z.object({
  row: z.number().int(),
  name: z.string(),
  action: z.enum(['create', 'update', 'skip', 'invalid']),
  errors: z.record(z.string(), z.string()),
  /** Why the row's contact is left out although the row is valid: 'erased' = erased under GDPR, stays erased. */
  contactSkipped: z.enum(['erased']).optional(),
  /** The district filled in from the row's postcode (its own column or the address): the row named none. */
  derivedDistrict: z.object({ district: z.string(), postcode: z.string() }).optional(),
});
export const IMPORT_STATUSES = ['previewed', 'running', 'done', 'failed'] as const;
/** Encodings a CSV file is recognised in: what spreadsheet programs write, Excel in nl-BE and fr-BE included. */
export const CSV_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];
export const CSV_SEPARATORS = [';', ',', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];
export const ImportReport = z.object({
  /** The stored preview: pass it back to import without sending the file again. */
  importId: z.uuid().optional(),
  status: z.enum(IMPORT_STATUSES).optional(),
  columns: z.array(z.string()),
  mapping: z.record(z.string(), z.string()),
  rows: z.array(ImportRowReport),
  summary: z.object({
    create: z.number().int(),
    update: z.number().int(),
    skip: z.number().int(),
    invalid: z.number().int(),
    contacts: z.number().int(),
    /** Contacts left out because the person was erased under GDPR. */
    erasedContacts: z.number().int(),
  }),
  written: z.boolean(),
  /** How a CSV file was read: its character encoding and column separator, as detected. */
  source: z
    .object({
      encoding: z.enum(CSV_ENCODINGS),
      separator: z.enum(CSV_SEPARATORS),
    })
    .optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;
export const ImportProgressView = z.object({
  id: z.uuid(),
  status: z.enum(IMPORT_STATUSES),
  /** Rows written so far, of `total`. */
  done: z.number().int(),
  total: z.number().int(),
  summary: ImportReport.shape.summary.nullable(),
  error: z.string().nullable(),
});
export type ImportProgressView = z.infer<typeof ImportProgressView>;

/** An export's own headers (every language) and the fields' own names, as `guessImportField` compares them. */
const EXPORTED_HEADERS = new Map<string, ImportField>([
  ...IMPORT_FIELDS.map((f) => [nameKey(f).replace(/ /g, ''), f] as const),
  ...Object.values(EXPORT_HEADERS).flatMap((labels) =>
    Object.entries(labels).map(([f, label]) => [nameKey(label).replace(/ /g, ''), f as ImportField] as const),
  ),
]);

/** Guesses the mapping from common Dutch, French and English column titles, and from Brug's own exports. */
export function guessImportField(header: string): ImportField | undefined {
  const h = nameKey(header).replace(/ /g, '');
  const exported = EXPORTED_HEADERS.get(h);
  if (exported) return exported;
  const table: Record<string, ImportField> = {
    name: 'name',
    naam: 'name',
    nom: 'name',
    organisatie: 'name',
    organisation: 'name',
    kind: 'kind',
    soort: 'kind',
    type: 'kind',
    focusareas: 'focusAreas',
    focus: 'focusAreas',
    thema: 'focusAreas',
    themas: 'focusAreas',
    districts: 'districts',
    district: 'districts',
    districten: 'districts',
    address: 'address',
    adres: 'address',
    adresse: 'address',
    postcode: 'postcode',
    codepostal: 'postcode',
    postalcode: 'postcode',
    city: 'city',
    gemeente: 'city',
    stad: 'city',
    ville: 'city',
    website: 'website',
    siteweb: 'website',
    languages: 'languages',
    talen: 'languages',
    langues: 'languages',
    targetgroups: 'targetGroups',
    doelgroepen: 'targetGroups',
    publiccible: 'targetGroups',
    description: 'description',
    beschrijving: 'description',
    dialogue: 'dialogue',
    dialoog: 'dialogue',
    contact: 'contactName',
    contactname: 'contactName',
    contactpersoon: 'contactName',
    functie: 'contactFunction',
    function: 'contactFunction',
    fonction: 'contactFunction',
    email: 'contactEmail',
    mail: 'contactEmail',
    courriel: 'contactEmail',
    phone: 'contactPhone',
    telefoon: 'contactPhone',
    tel: 'contactPhone',
    telephone: 'contactPhone',
    taal: 'contactLanguage',
    langue: 'contactLanguage',
    language: 'contactLanguage',
    consentbasis: 'consentBasis',
    rechtsgrond: 'consentBasis',
    consentdate: 'consentDate',
    toestemmingsdatum: 'consentDate',
  };
  return table[h];
}
