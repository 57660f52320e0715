import { findLiveSources, findRegistryNames, getBureauFinding, schema, type Tx } from '@brug/db';
import {
  AppError,
  checkPublication,
  type PublicationCheck,
  type PublishFindingInput,
  suppressBreakdown,
} from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { auditBureau, type UnlockedVault } from '../vault/access.ts';
import { type FindingDraft, openDraft } from './draft.ts';

async function gate(tx: Tx, vault: UnlockedVault, draft: FindingDraft) {
  const [zone] = await tx
    .select({ k: schema.zones.publicationK })
    .from(schema.zones)
    .where(eq(schema.zones.id, vault.zoneId));
  // A source whose consent was withdrawn no longer supports anything.
  const live = await findLiveSources(tx, vault.bureauId, draft.sourceIds);
  const check = checkPublication({
    texts: [
      { field: 'statement', text: draft.statement },
      ...Object.entries(draft.translations).map(([lang, text]) => ({
        field: `translations.${lang}`,
        text: text ?? '',
      })),
      { field: 'theme', text: draft.theme },
    ],
    sourceIds: live.map((s) => s.id),
    k: zone.k,
    registry: await findRegistryNames(tx, vault.zoneId),
  });
  return { check, live: new Set(live.map((s) => s.id)) };
}

/** The gate's verdict on a draft, before publishing: sources counted, identifying details flagged. */
export async function checkFinding(
  ctx: AppContext,
  vault: UnlockedVault,
  id: string,
): Promise<PublicationCheck> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getBureauFinding(tx, vault.bureauId, id);
    if (!row) throw new AppError('NOT_FOUND', 'No such finding');
    const { check } = await gate(tx, vault, openDraft(vault, row));
    await auditBureau(tx, vault, 'finding.check', { type: 'finding', id }, { flags: check.flags.length });
    return check;
  });
}

/**
 * Publishes a draft through the gate: refused below k distinct sources (no override), refused with
 * flagged details unless a written reason is given, which goes into the bureau's audit log.
 */
export async function publishFinding(
  ctx: AppContext,
  vault: UnlockedVault,
  id: string,
  input: PublishFindingInput,
) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getBureauFinding(tx, vault.bureauId, id);
    if (!row) throw new AppError('NOT_FOUND', 'No such finding');
    if (row.status === 'published') throw new AppError('CONFLICT', 'Already published');
    const draft = openDraft(vault, row);
    const { check, live } = await gate(tx, vault, draft);
    if (!check.enoughSources) {
      throw new AppError('CONFLICT', 'Too few distinct sources', {
        userMessage: 'errors.FINDING_TOO_FEW_SOURCES',
        fields: { sourceIds: `needs at least ${check.k} distinct sources, has ${check.distinctSources}` },
      });
    }
    if (check.flags.length > 0 && !input.overrideReason) {
      throw new AppError('CONFLICT', 'Identifying details flagged', {
        userMessage: 'errors.FINDING_FLAGGED',
        fields: { overrideReason: `required: ${check.flags.length} identifying detail(s) flagged` },
      });
    }
    const breakdown = draft.breakdown
      ? {
          dimension: draft.breakdown.dimension,
          cells: suppressBreakdown(
            draft.breakdown.cells.map((c) => ({
              label: c.label,
              sourceIds: c.sourceIds.filter((s) => live.has(s)),
            })),
            check.k,
          ).cells,
        }
      : null;
    const [published] = await tx
      .update(schema.findings)
      .set({
        status: 'published',
        statement: draft.statement,
        translations: draft.translations as Record<string, string>,
        theme: draft.theme,
        breakdown,
        publishedAt: new Date(),
        publishedById: vault.user.id,
        updatedAt: new Date(),
      })
      .where(eq(schema.findings.id, id))
      .returning();
    await auditBureau(
      tx,
      vault,
      'finding.publish',
      { type: 'finding', id },
      {
        k: check.k,
        sources: check.distinctSources,
        flagged: check.flags.map((f) => `${f.field}:${f.kind}`),
        ...(check.flags.length ? { overrideReason: input.overrideReason } : {}),
      },
    );
    return published;
  });
}
