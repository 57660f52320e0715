import { randomBytes } from 'node:crypto';
import { schema } from '@brug/db';
import {
  AppError,
  CreateProgrammeInput,
  currentAndNextPhase,
  IdParams,
  nameKey,
  PHASE_KINDS,
  PhaseView,
  ProgrammeView,
  PublicProgrammeView,
  UpdatePhaseInput,
  UpdateProgrammeInput,
} from '@brug/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { audit } from '../partners/audit.ts';
import { authorize } from './policy.ts';
import { presentPhase, presentProgramme, today } from './presenter.ts';

const p = schema.programmes;
const ph = schema.programmePhases;

export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  async function load(zoneId: string, id: string) {
    const [row] = await db
      .select()
      .from(p)
      .where(and(eq(p.id, id), eq(p.zoneId, zoneId)));
    if (!row) throw new AppError('NOT_FOUND', 'No such programme');
    const phases = await db.select().from(ph).where(eq(ph.programmeId, row.id));
    return presentProgramme(row, phases);
  }

  app.get(
    '/api/programmes',
    {
      schema: {
        operationId: 'listProgrammes',
        summary: 'List programmes',
        tags: ['programmes'],
        response: { 200: z.array(ProgrammeView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'programmes.read');
      const rows = await db.select().from(p).where(eq(p.zoneId, user.zoneId)).orderBy(asc(p.createdAt));
      const phases = rows.length
        ? await db
            .select()
            .from(ph)
            .where(
              inArray(
                ph.programmeId,
                rows.map((r) => r.id),
              ),
            )
        : [];
      return rows.map((r) =>
        presentProgramme(
          r,
          phases.filter((x) => x.programmeId === r.id),
        ),
      );
    },
  );

  /** For the home page: each programme's current phase and what comes next. */
  app.get(
    '/api/programmes/current',
    {
      schema: {
        operationId: 'getCurrentProgramme',
        summary: 'The current programme',
        tags: ['programmes'],
        response: {
          200: z.array(
            z.object({
              id: z.uuid(),
              name: z.string(),
              currentPhase: z.enum(PHASE_KINDS).nullable(),
              nextPhase: z.enum(PHASE_KINDS).nullable(),
            }),
          ),
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'programmes.read');
      const rows = await db.select().from(p).where(eq(p.zoneId, user.zoneId)).orderBy(asc(p.createdAt));
      const phases = rows.length
        ? await db
            .select()
            .from(ph)
            .where(
              inArray(
                ph.programmeId,
                rows.map((r) => r.id),
              ),
            )
        : [];
      return rows
        .filter((r) => !r.endsOn || r.endsOn >= today())
        .map((r) => {
          const v = presentProgramme(
            r,
            phases.filter((x) => x.programmeId === r.id),
          );
          return { id: v.id, name: v.name, currentPhase: v.currentPhase, nextPhase: v.nextPhase };
        });
    },
  );

  app.post(
    '/api/programmes',
    {
      schema: {
        operationId: 'createProgramme',
        summary: 'Create a programme',
        tags: ['programmes'],
        body: CreateProgrammeInput,
        response: { 201: ProgrammeView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'programmes.manage');
      const id = await db.transaction(async (tx) => {
        const slug = `${nameKey(req.body.name).replace(/ /g, '-').slice(0, 40)}-${randomBytes(3).toString('hex')}`;
        const [row] = await tx
          .insert(p)
          .values({ ...req.body, zoneId: user.zoneId, slug })
          .returning();
        await tx.insert(ph).values(
          PHASE_KINDS.map((kind, position) => ({
            zoneId: user.zoneId,
            programmeId: row.id,
            kind,
            position,
          })),
        );
        await audit(tx, user, 'programmes.create', { type: 'programme', id: row.id });
        return row.id;
      });
      return reply.code(201).send(await load(user.zoneId, id));
    },
  );

  app.get(
    '/api/programmes/:id',
    {
      schema: {
        operationId: 'getProgramme',
        summary: 'Get a programme',
        tags: ['programmes'],
        params: IdParams,
        response: { 200: ProgrammeView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'programmes.read');
      return load(user.zoneId, req.params.id);
    },
  );

  app.patch(
    '/api/programmes/:id',
    {
      schema: {
        operationId: 'updateProgramme',
        summary: 'Update a programme',
        tags: ['programmes'],
        params: IdParams,
        body: UpdateProgrammeInput,
        response: { 200: ProgrammeView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'programmes.manage');
      const current = await load(user.zoneId, req.params.id);
      const startsOn = req.body.startsOn === undefined ? current.startsOn : req.body.startsOn;
      const endsOn = req.body.endsOn === undefined ? current.endsOn : req.body.endsOn;
      if (startsOn && endsOn && endsOn < startsOn)
        throw AppError.validation({ endsOn: 'ends before it starts' });
      await db.transaction(async (tx) => {
        await tx
          .update(p)
          .set({ ...req.body, updatedAt: new Date() })
          .where(and(eq(p.id, req.params.id), eq(p.zoneId, user.zoneId)));
        await audit(
          tx,
          user,
          'programmes.update',
          { type: 'programme', id: req.params.id },
          { fields: Object.keys(req.body) },
        );
      });
      return load(user.zoneId, req.params.id);
    },
  );

  app.patch(
    '/api/programmes/:id/phases/:kind',
    {
      schema: {
        operationId: 'updateProgrammePhase',
        summary: 'Update a programme phase',
        tags: ['programmes'],
        params: z.object({ id: z.uuid(), kind: z.enum(PHASE_KINDS) }),
        body: UpdatePhaseInput,
        response: { 200: PhaseView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'programmes.manage');
      await load(user.zoneId, req.params.id);
      const row = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(ph)
          .set(req.body)
          .where(
            and(eq(ph.programmeId, req.params.id), eq(ph.kind, req.params.kind), eq(ph.zoneId, user.zoneId)),
          )
          .returning();
        await audit(
          tx,
          user,
          'programmes.phase.update',
          { type: 'programme', id: req.params.id },
          { phase: req.params.kind },
        );
        return row;
      });
      return presentPhase(row);
    },
  );

  /** The public programme page: no login, only programmes the coordinator made public. */
  app.get(
    '/api/public/programmes/:slug',
    {
      schema: {
        operationId: 'getPublicProgramme',
        summary: "A programme's public page",
        security: [],
        tags: ['programmes'],
        params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/) }),
        querystring: z.object({
          lang: z
            .string()
            .regex(/^[a-z]{2}$/)
            .optional(),
        }),
        response: { 200: PublicProgrammeView },
      },
    },
    async (req) => {
      const [row] = await db
        .select()
        .from(p)
        .where(and(eq(p.slug, req.params.slug), eq(p.isPublic, true)));
      if (!row) throw new AppError('NOT_FOUND', 'No such programme');
      const [zone] = await db.select().from(schema.zones).where(eq(schema.zones.id, row.zoneId));
      const phases = (await db.select().from(ph).where(eq(ph.programmeId, row.id))).map(presentPhase);
      const languages = [...new Set([...Object.keys(row.publicText), ...Object.keys(row.protectionText)])];
      const fallback = zone?.defaultLanguage ?? 'nl';
      const language =
        req.query.lang && languages.includes(req.query.lang)
          ? req.query.lang
          : languages.includes(fallback)
            ? fallback
            : (languages[0] ?? fallback);
      const { current, next } = currentAndNextPhase(phases, today());
      return {
        name: row.name,
        aim: row.aim,
        language,
        languages,
        text: row.publicText[language] ?? '',
        protection: row.protectionText[language] ?? '',
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        phases: phases
          .sort((a, b) => a.position - b.position)
          .map((x) => ({
            kind: x.kind,
            start: x.actualStart ?? x.plannedStart,
            end: x.actualEnd ?? x.plannedEnd,
          })),
        currentPhase: current,
        nextPhase: next,
      };
    },
  );
};
