import { z } from 'zod';
import { IsoDate } from './common.ts';

export const AuditEntryView = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  actorId: z.uuid().optional(),
  action: z.string().trim().max(100).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/**
 * The audit chain's anchor as admins, coordinators and the research bureau see it: the last signed
 * checkpoint of the chain's head (kept outside the database) and whether the database still matches
 * it. A copy of `head` kept elsewhere is checked with `brug audit verify --expect <head>`.
 */
export const AuditAnchorView = z.object({
  anchored: z.boolean(),
  /** `<id>:<hash>` of the last checkpoint, ready to paste into `--expect`. */
  head: z.string().nullable(),
  checkpointAt: z.string().nullable(),
  entries: z.number().int(),
  /** sha256 of the signing key's public half, first 16 hex characters. */
  keyFingerprint: z.string().nullable(),
  publicKey: z.string().nullable(),
  intact: z.boolean(),
  /** What is wrong when not intact (English; the page explains it in the reader's language). */
  problem: z.enum(['cut', 'rewritten', 'forged']).nullable(),
});
export type AuditAnchorView = z.infer<typeof AuditAnchorView>;
