import { findAllOrganisations, findWaves, schema, waveProgress } from '@brug/db';
import {
  AddToWaveInput,
  AppError,
  CreateWaveInput,
  IdParams,
  RELATIONSHIP_STATUSES,
  WAVE_ADD_MAX,
  WaveView,
} from '@brug/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { audit } from './audit.ts';
import { getZoneProgramme } from './change-status.ts';
import { authorize, seesAllContacts } from './policy.ts';

type Progress = WaveView['progress'];
const emptyProgress = (): Progress =>
  Object.fromEntries([['organisations', 0], ...RELATIONSHIP_STATUSES.map((s) => [s, 0])]) as Progress;

export const waveRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/partners/waves',
    {
      schema: {
        operationId: 'listWaves',
        summary: 'List outreach waves',
        tags: ['partners'],
        querystring: z.object({ programmeId: z.uuid() }),
        response: { 200: z.array(WaveView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'waves.read');
      const list = await findWaves(db, user.zoneId, req.query.programmeId);
      const counts = await waveProgress(db, user.zoneId, req.query.programmeId);
      return list.map((w) => {
        const progress = emptyProgress();
        for (const c of counts.filter((c) => c.waveId === w.id)) {
          progress.organisations += c.n;
          // Without a status in this programme an organisation is still on the longlist.
          progress[(c.status ?? 'longlist') as keyof Progress] += c.n;
        }
        return {
          id: w.id,
          programmeId: w.programmeId,
          number: w.number,
          name: w.name,
          description: w.description,
          progress,
        };
      });
    },
  );

  app.post(
    '/api/partners/waves',
    {
      schema: {
        operationId: 'createWave',
        summary: 'Create an outreach wave',
        tags: ['partners'],
        body: CreateWaveInput,
        response: { 201: WaveView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'waves.manage');
      const wave = await db.transaction(async (tx) => {
        if (!(await getZoneProgramme(tx, user.zoneId, req.body.programmeId)))
          throw AppError.validation({ programmeId: 'no such programme' });
        const [{ next }] = await tx
          .select({ next: sql<number>`coalesce(max(${schema.waves.number}), 0)::int + 1` })
          .from(schema.waves)
          .where(eq(schema.waves.programmeId, req.body.programmeId));
        const [wave] = await tx
          .insert(schema.waves)
          .values({ ...req.body, zoneId: user.zoneId, number: next })
          .returning();
        await audit(tx, user, 'partners.wave.create', { type: 'wave', id: wave.id });
        return wave;
      });
      return reply.code(201).send({ ...wave, progress: emptyProgress() });
    },
  );

  app.post(
    '/api/partners/waves/:id/organisations',
    {
      schema: {
        operationId: 'addWaveOrganisations',
        summary: 'Add organisations to a wave',
        tags: ['partners'],
        params: IdParams,
        body: AddToWaveInput,
        response: { 200: z.object({ added: z.number().int() }) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'waves.manage');
      return db.transaction(async (tx) => {
        const [wave] = await tx
          .select()
          .from(schema.waves)
          .where(and(eq(schema.waves.id, req.params.id), eq(schema.waves.zoneId, user.zoneId)));
        if (!wave) throw new AppError('NOT_FOUND', 'No such wave');
        let ids = req.body.organisationIds ?? [];
        if (req.body.filter) {
          const found = await findAllOrganisations(
            tx,
            user.zoneId,
            { ...req.body.filter, contactNames: seesAllContacts(user) },
            WAVE_ADD_MAX + 1,
          );
          if (found.length > WAVE_ADD_MAX)
            throw AppError.validation({ filter: `finds more than ${WAVE_ADD_MAX} organisations` });
          ids = [...new Set([...ids, ...found.map((f) => f.organisation.id)])];
        }
        if (ids.length === 0) return { added: 0 };
        const updated = await tx
          .update(schema.organisations)
          .set({ waveId: wave.id, updatedAt: new Date() })
          .where(and(eq(schema.organisations.zoneId, user.zoneId), inArray(schema.organisations.id, ids)))
          .returning({ id: schema.organisations.id });
        if (req.body.organisationIds && updated.length < new Set(ids).size)
          throw AppError.validation({ organisationIds: 'unknown organisation in the list' });
        await audit(tx, user, 'partners.wave.add', { type: 'wave', id: wave.id }, { count: updated.length });
        return { added: updated.length };
      });
    },
  );
};
