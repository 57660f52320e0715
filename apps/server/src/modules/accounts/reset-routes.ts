import { IdParams, Ok, PasswordResetInput, PasswordResetRequestInput } from '@brug/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import {
  confirmReset,
  dismissResetNotice,
  pendingResets,
  refuseReset,
  requestPasswordReset,
  resetNotice,
  resetPassword,
} from './reset-password.ts';

const PendingReset = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  /** The reset of the logged-in user's own password: they may refuse it, not confirm it. */
  mine: z.boolean(),
  requestedBy: z.string().nullable(),
  requestedAt: z.string(),
  confirmBefore: z.string(),
});

const ResetNotice = z.object({
  id: z.uuid(),
  status: z.enum(['done', 'refused']),
  at: z.string(),
  requestedBy: z.string().nullable(),
  confirmedBy: z.string().nullable(),
});

/** Password resets: asked for, used, confirmed by the bureau for a researcher, and announced. */
export const passwordResetRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.post(
    '/api/auth/password-reset/request',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        operationId: 'requestPasswordReset',
        summary: 'Request a password reset mail',
        security: [],
        tags: ['accounts'],
        body: PasswordResetRequestInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await requestPasswordReset(ctx, req.body.email, req.session?.user ?? null);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      schema: {
        operationId: 'resetPassword',
        summary: 'Set a new password with a reset token',
        security: [],
        tags: ['accounts'],
        body: PasswordResetInput,
        response: { 200: z.object({ ok: z.literal(true), awaitingConfirmation: z.boolean() }) },
      },
    },
    async (req) => {
      const { awaitingConfirmation } = await resetPassword(
        ctx,
        req.body.token,
        req.body.password,
        req.session?.user ?? null,
      );
      return { ok: true as const, awaitingConfirmation };
    },
  );

  app.get(
    '/api/auth/password-resets/pending',
    {
      schema: {
        operationId: 'listPendingPasswordResets',
        summary: 'List password resets awaiting an admin',
        tags: ['accounts'],
        response: { 200: z.object({ items: z.array(PendingReset) }) },
      },
    },
    async (req) => ({ items: await pendingResets(ctx, requireUser(req)) }),
  );

  app.post(
    '/api/auth/password-resets/:id/confirm',
    {
      schema: {
        operationId: 'confirmPasswordReset',
        summary: 'Confirm a pending password reset',
        tags: ['accounts'],
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await confirmReset(ctx, requireUser(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password-resets/:id/refuse',
    {
      schema: {
        operationId: 'refusePasswordReset',
        summary: 'Refuse a pending password reset',
        tags: ['accounts'],
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await refuseReset(ctx, requireUser(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/me/password-reset-notice',
    {
      schema: {
        operationId: 'getPasswordResetNotice',
        summary: "Notice of a recent password reset of one's account",
        tags: ['accounts'],
        response: { 200: z.object({ notice: ResetNotice.nullable() }) },
      },
    },
    async (req) => ({ notice: await resetNotice(ctx, requireUser(req)) }),
  );

  app.post(
    '/api/me/password-reset-notice/:id/dismiss',
    {
      schema: {
        operationId: 'dismissPasswordResetNotice',
        summary: 'Dismiss a password reset notice',
        tags: ['accounts'],
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await dismissResetNotice(ctx, requireUser(req), req.params.id);
      return { ok: true as const };
    },
  );
};
