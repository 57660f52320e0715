import { findRegistryNames, getBureauFinding, schema, type Tx } from '@brug/db';
import {
  AppError,
  checkPublication,
  type PublishSealedFindingInput,
  publicationK,
  type SourceCountView,
  suppressBreakdown,
} from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { auditBureau, type ResearcherScope } from '../vault/access.ts';
import { countSources } from './sources.ts';

async function zoneK(tx: Tx, zoneId: string) {
  const [zone] = await tx
    .select({ k: schema.zones.publicationK })
    .from(schema.zones)
    .where(eq(schema.zones.id, zoneId));
  return publicationK(zone?.k);
}

/** How many of a draft's candidate sources count towards k, and why each other one does not. */
export async function countFindingSources(
  ctx: AppContext,
  scope: ResearcherScope,
  id: string,
  sourceIds: readonly string[],
): Promise<SourceCountView> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getBureauFinding(tx, scope.bureauId, id);
    if (!row) throw new AppError('NOT_FOUND', 'No such finding');
    const k = await zoneK(tx, scope.zoneId);
    const { counted, refused } = await countSources(tx, scope.bureauId, sourceIds);
    return { k, counted: counted.size, enoughSources: counted.size >= k, refused };
  });
}

/**
 * Publishes a finding with the anonymised texts the browser sends: refused below k real sources (no
 * override; the refusal lists each candidate that does not count and why), refused with a flagged
 * detail unless the browser sends a reason sealed for the bureau. The audit entry holds neither the
 * reason in clear nor any count of sources (issue 13).
 */
export async function publishFinding(
  ctx: AppContext,
  scope: ResearcherScope,
  id: string,
  input: PublishSealedFindingInput,
) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getBureauFinding(tx, scope.bureauId, id);
    if (!row) throw new AppError('NOT_FOUND', 'No such finding');
    if (row.status === 'published') throw new AppError('CONFLICT', 'Already published');
    const sources = new Set(input.sourceIds);
    if (input.breakdown?.cells.some((c) => c.sourceIds.some((s) => !sources.has(s)))) {
      throw AppError.validation({ breakdown: 'every source in a cell must support the finding' });
    }
    const k = await zoneK(tx, scope.zoneId);
    const { counted, refused } = await countSources(tx, scope.bureauId, input.sourceIds);
    if (counted.size < k) {
      throw new AppError('CONFLICT', 'Too few distinct sources', {
        userMessage: 'errors.FINDING_TOO_FEW_SOURCES',
        fields: {
          sourceIds: `needs at least ${k} sources that count, has ${counted.size}`,
          ...Object.fromEntries(refused.map((r) => [`sourceIds.${r.id}`, r.reason])),
        },
      });
    }
    // The browser ran the same check on the draft; the server runs it again on what is published.
    const check = checkPublication({
      texts: [
        { field: 'statement', text: input.statement },
        ...Object.entries(input.translations).map(([lang, text]) => ({
          field: `translations.${lang}`,
          text: text ?? '',
        })),
        { field: 'theme', text: input.theme },
      ],
      sourceIds: [...counted.keys()],
      k,
      registry: await findRegistryNames(tx, scope.zoneId),
    });
    if (check.flags.length > 0 && !input.sealedOverrideReason) {
      throw new AppError('CONFLICT', 'Identifying details flagged', {
        userMessage: 'errors.FINDING_FLAGGED',
        fields: { sealedOverrideReason: `required: ${check.flags.length} identifying detail(s) flagged` },
      });
    }
    const breakdown = input.breakdown
      ? {
          dimension: input.breakdown.dimension,
          cells: suppressBreakdown(
            input.breakdown.cells.map((c) => ({
              label: c.label,
              sourceIds: c.sourceIds.filter((s) => counted.has(s)),
            })),
            k,
          ).cells,
        }
      : null;
    const [published] = await tx
      .update(schema.findings)
      .set({
        status: 'published',
        statement: input.statement,
        translations: input.translations as Record<string, string>,
        theme: input.theme,
        breakdown,
        publishedAt: new Date(),
        publishedById: scope.user.id,
        updatedAt: new Date(),
      })
      .where(eq(schema.findings.id, id))
      .returning();
    await auditBureau(
      tx,
      scope,
      'finding.publish',
      { type: 'finding', id },
      {
        k,
        flagged: check.flags.map((f) => `${f.field}:${f.kind}`),
        ...(input.sealedOverrideReason ? { sealedOverrideReason: input.sealedOverrideReason } : {}),
      },
    );
    return published;
  });
}
