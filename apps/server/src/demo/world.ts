import type { DeriveBytes, OpenVault } from '@brug/vault-crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';
import type { DemoSession } from './api.ts';

/** The demo's cast: a key per account, used by every module's part of the story. */
export type DemoPerson =
  | 'admin'
  | 'coordinator'
  | 'colleague'
  | 'colleague2'
  | 'colleague3'
  | 'colleague4'
  | 'researcher'
  | 'researcher2'
  | 'partner'
  | 'partner2'
  | 'partner3';

/** A source the bureau can count and code: an interview (with its sub-key) or a roundtable's minutes. */
export type DemoSource = {
  id: string;
  pseudonym: string;
  /** The interview's sub-key; absent for a roundtable (sealed with the bureau key). */
  key?: CryptoKey;
  interviewId?: string;
  roundtableId?: string;
  /** The plain text passages are coded against (notes as text, or the minutes). */
  text: string;
};

/** What the demo's steps build on, filled as the story goes. */
export type DemoWorld = {
  app: FastifyInstance;
  ctx: AppContext;
  zoneId: string;
  as: Record<DemoPerson, DemoSession>;
  derive?: DeriveBytes;
  passphrase: string;
  programmeId: string;
  waves: string[];
  /** Organisations by short key (see partners.ts). */
  orgs: Record<string, { id: string; name: string }>;
  /** Contacts by short key. */
  contacts: Record<string, { id: string; organisationId: string; name: string }>;
  bureauId: string;
  vault: OpenVault | null;
  sources: DemoSource[];
  codes: Record<string, string>;
  /** Published findings by short key. */
  findings: Record<string, string>;
  initiatives: Record<string, string>;
  activities: Record<string, string>;
  roundtables: string[];
  /** Lines of the summary printed at the end. */
  summary: string[];
  /** How long each step took (ms). */
  timings: [string, number][];
};

export const userId = (w: DemoWorld, who: DemoPerson) => w.as[who].userId;
