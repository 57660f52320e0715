import { appendAudit, auditedWrite, findUsers, getUser, getZoneUser, schema, type UserRow } from '@brug/db';
import {
  AcceptInvitationInput,
  AppError,
  ChangePasswordInput,
  IdParams,
  InviteUserInput,
  LOGIN_MAX_ATTEMPTS_PER_IP,
  LoginInput,
  MeView,
  Ok,
  pageOf,
  SESSION_ABSOLUTE_HOURS,
  SetupInput,
  TokenQuery,
  UpdateProfileInput,
  UpdateUserInput,
  UserListQuery,
  UserView,
} from '@brug/domain';
import { eq, sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  clearSessionCookie,
  readDeviceCookie,
  requireSession,
  requireUser,
  setDeviceCookie,
  setSessionCookie,
} from '../../http/auth.ts';
import { acceptInvitation, describeInvitation } from './accept-invitation.ts';
import { inviteUser, sendInvitation } from './invite-user.ts';
import { authenticate } from './login.ts';
import { changeOwnPassword, updateUser } from './manage-users.ts';
import { authorize, authorizeInvite } from './policy.ts';
import { presentMe, presentUser } from './presenter.ts';
import type { ActiveSession } from './session-store.ts';
import { checkSetupToken, completeSetup, needsSetup } from './setup.ts';

/** One's own name or language (a field left null is kept), and its audit entry, in one statement. */
const updateProfile = auditedWrite(
  'user_profile_update',
  ['id', 'displayName', 'language', 'updatedAt'],
  schema.users,
  (db, p) =>
    db
      .update(schema.users)
      .set({
        displayName: sql`coalesce(${p.displayName}::text, ${schema.users.displayName})`,
        language: sql`coalesce(${p.language}::text, ${schema.users.language})`,
        updatedAt: sql`${p.updatedAt}::timestamptz`,
      })
      .where(eq(schema.users.id, sql`${p.id}::uuid`))
      .returning(),
);

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;

  async function startSession(reply: FastifyReply, user: UserRow) {
    const { token, session } = await ctx.sessions.create(user);
    setSessionCookie(reply, token, ctx.config.secureCookies, SESSION_ABSOLUTE_HOURS * 3600);
    return me(session, user.createdAt);
  }

  async function me(session: ActiveSession, createdAt?: Date) {
    const zone = await ctx.sessions.zone(session.user.zoneId);
    if (!zone) throw new AppError('NOT_FOUND', 'No such zone');
    return presentMe(session.user, zone, session.csrfToken, createdAt);
  }

  app.get(
    '/api/setup/status',
    {
      schema: {
        operationId: 'getSetupStatus',
        summary: 'Whether first-run set-up is open for a set-up token',
        security: [],
        tags: ['accounts'],
        querystring: z.object({ token: z.string().max(200).optional() }),
        response: { 200: z.object({ needsSetup: z.boolean(), tokenValid: z.boolean().optional() }) },
      },
    },
    async (req) => {
      const needed = await needsSetup(ctx.database);
      return {
        needsSetup: needed,
        tokenValid:
          needed && req.query.token ? await checkSetupToken(ctx.database, req.query.token) : undefined,
      };
    },
  );

  app.post(
    '/api/setup',
    {
      schema: {
        operationId: 'completeSetup',
        summary: 'Complete first-run set-up: zone and first admin',
        security: [],
        tags: ['accounts'],
        body: SetupInput,
        response: { 200: MeView },
      },
    },
    async (req, reply) => {
      const { user } = await completeSetup(ctx.database, req.body);
      return startSession(reply, user);
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { rateLimit: { max: LOGIN_MAX_ATTEMPTS_PER_IP, timeWindow: '1 minute' } },
      schema: {
        operationId: 'logIn',
        summary: 'Log in with e-mail address and password',
        security: [],
        tags: ['accounts'],
        body: LoginInput,
        response: { 200: MeView },
      },
    },
    async (req, reply) => {
      const { user, deviceToken } = await authenticate(ctx.database, req.body.email, req.body.password, {
        address: req.ip,
        deviceToken: readDeviceCookie(req),
      });
      setDeviceCookie(reply, deviceToken, ctx.config.secureCookies);
      return startSession(reply, user);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        operationId: 'logOut',
        summary: 'Log out and end the session',
        // Without a session there is nothing to end: the answer is the same.
        security: [{}, { sessionCookie: [], csrfHeader: [] }],
        tags: ['accounts'],
        response: { 200: Ok },
      },
    },
    async (req, reply) => {
      if (req.session) await ctx.sessions.destroy(req.session.id);
      clearSessionCookie(reply, ctx.config.secureCookies);
      return { ok: true as const };
    },
  );

  // Asked by every page: answered without a promise while the session and its zone are in memory.
  app.get(
    '/api/auth/me',
    {
      schema: {
        operationId: 'getMe',
        summary: 'The logged-in user, with the CSRF token',
        tags: ['accounts'],
        response: { 200: MeView },
      },
    },
    (req) => {
      const session = requireSession(req);
      const zone = ctx.sessions.cachedZone(session.user.zoneId);
      return zone ? presentMe(session.user, zone, session.csrfToken) : me(session);
    },
  );

  app.get(
    '/api/invitations/check',
    {
      schema: {
        operationId: 'checkInvitation',
        summary: 'Check an invitation token',
        security: [],
        tags: ['accounts'],
        querystring: TokenQuery,
        response: { 200: z.object({ email: z.string(), displayName: z.string(), language: z.string() }) },
      },
    },
    async (req) => {
      const invitation = await describeInvitation(ctx.database, req.query.token);
      if (!invitation)
        throw new AppError('GONE', 'This invitation link is no longer valid', {
          fields: { token: 'invalid, used or expired' },
        });
      return invitation;
    },
  );

  app.post(
    '/api/invitations/accept',
    {
      schema: {
        operationId: 'acceptInvitation',
        summary: 'Accept an invitation and choose a password',
        security: [],
        tags: ['accounts'],
        body: AcceptInvitationInput,
        response: { 200: MeView },
      },
    },
    async (req, reply) => {
      const user = await acceptInvitation(ctx.database, req.body.token, req.body.password);
      return startSession(reply, user);
    },
  );

  app.patch(
    '/api/me',
    {
      schema: {
        operationId: 'updateMe',
        summary: "Update one's own name or language",
        tags: ['accounts'],
        body: UpdateProfileInput,
        response: { 200: MeView },
      },
    },
    async (req) => {
      const session = requireSession(req);
      // The changed row comes back from the update, with its audit entry in the same statement, and the
      // zone from memory: a change of language costs one statement and the sessions' notice.
      const [user] = await updateProfile(
        db,
        {
          id: session.user.id,
          displayName: req.body.displayName ?? null,
          language: req.body.language ?? null,
          updatedAt: new Date().toISOString(),
        },
        {
          zoneId: session.user.zoneId,
          actorId: session.user.id,
          actorEmail: session.user.email,
          action: 'user.profile.update',
          targetType: 'user',
          targetId: session.user.id,
          details: { fields: Object.keys(req.body) },
        },
      );
      if (!user) throw new AppError('NOT_FOUND', 'No such user');
      await ctx.sessions.refreshUser(session.user.id);
      const zone = await ctx.sessions.zone(user.zoneId);
      if (!zone) throw new AppError('NOT_FOUND', 'No such zone');
      return presentMe(user, zone, session.csrfToken, user.createdAt);
    },
  );

  app.post(
    '/api/me/password',
    {
      schema: {
        operationId: 'changeMyPassword',
        summary: "Change one's own password",
        tags: ['accounts'],
        body: ChangePasswordInput,
        response: { 200: MeView },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      await changeOwnPassword(ctx, actor, req.body.currentPassword, req.body.newPassword);
      // Every other session ended; this one continues as a fresh session.
      return startSession(reply, (await getUser(db, actor.id))!);
    },
  );

  app.get(
    '/api/users',
    {
      schema: {
        operationId: 'listUsers',
        summary: "List the zone's users",
        tags: ['accounts'],
        querystring: UserListQuery,
        response: { 200: pageOf(UserView) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'users.list');
      const { items, total } = await findUsers(db, actor.zoneId, req.query);
      return { items: items.map(presentUser), total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        operationId: 'inviteUser',
        summary: 'Invite a user',
        tags: ['accounts'],
        body: InviteUserInput,
        response: { 201: UserView },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorizeInvite(actor, req.body.role);
      const user = await inviteUser(ctx, actor, req.body);
      return reply.code(201).send(presentUser(user));
    },
  );

  app.post(
    '/api/users/:id/resend-invitation',
    {
      schema: {
        operationId: 'resendInvitation',
        summary: "Send a user's invitation again",
        tags: ['accounts'],
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      const target = await getZoneUser(db, actor.zoneId, req.params.id);
      if (!target) throw new AppError('NOT_FOUND', 'No such user');
      authorizeInvite(actor, target.role as UserView['role']);
      if (target.status !== 'invited')
        throw new AppError('CONFLICT', 'This user has already accepted', {
          fields: { status: target.status },
        });
      const mailId = await db.transaction(async (tx) => {
        await appendAudit(tx, {
          zoneId: actor.zoneId,
          actorId: actor.id,
          actorEmail: actor.email,
          action: 'user.invite.resend',
          targetType: 'user',
          targetId: target.id,
        });
        return sendInvitation(ctx, tx, actor, target);
      });
      await ctx.mailer.dispatch([mailId]);
      return { ok: true as const };
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        operationId: 'updateUser',
        summary: "Change a user's role or status",
        tags: ['accounts'],
        params: IdParams,
        body: UpdateUserInput,
        response: { 200: UserView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'users.update');
      return presentUser(await updateUser(ctx, actor, req.params.id, req.body));
    },
  );
};
