import { schema } from '@brug/db';
import {
  AddBureauMemberInput,
  AppError,
  BureauView,
  CreateBureauInput,
  CreateEnrolmentInput,
  CreateVaultInput,
  EnrolInput,
  EnrolmentView,
  IdParams,
  RecoverVaultInput,
  UnlockVaultInput,
  VaultCreatedView,
  VaultStatusView,
} from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireSession } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { getKeyStore, requireUnlockedVault } from './access.ts';
import { createEnrolment, enrol } from './enrol-researcher.ts';
import {
  addBureauMember,
  createBureau,
  findMembership,
  getBureauWithMembers,
  removeBureauMember,
} from './manage-bureau.ts';
import { createVault, lockVault, recoverVault, unlockVault } from './open-vault.ts';
import { authorize } from './policy.ts';
import { presentBureau, presentStatus } from './presenter.ts';

// Per address; the real brake is the per-researcher failure counter (VAULT_MAX_FAILURES).
const VAULT_RATE = { rateLimit: { max: 30, timeWindow: '1 minute' } };

async function statusOf(ctx: AppContext, request: FastifyRequest) {
  const session = requireSession(request);
  const db = ctx.database.db;
  const membership = await findMembership(db, session.user);
  if (!membership) {
    return presentStatus({
      bureauId: null,
      member: false,
      vaultCreated: false,
      holdsKey: false,
      enrolmentPending: false,
      unlocked: false,
    });
  }
  const bureauId = membership.bureauId;
  const [vault] = await db
    .select({ id: schema.vaults.bureauId })
    .from(schema.vaults)
    .where(eq(schema.vaults.bureauId, bureauId));
  const [key] = await db
    .select({ u: schema.vaultKeys.userId })
    .from(schema.vaultKeys)
    .where(and(eq(schema.vaultKeys.bureauId, bureauId), eq(schema.vaultKeys.userId, session.user.id)));
  const [enrolment] = await db
    .select({ u: schema.vaultEnrolments.userId })
    .from(schema.vaultEnrolments)
    .where(
      and(eq(schema.vaultEnrolments.bureauId, bureauId), eq(schema.vaultEnrolments.userId, session.user.id)),
    );
  return presentStatus({
    bureauId,
    member: true,
    vaultCreated: !!vault,
    holdsKey: !!key,
    enrolmentPending: !!enrolment,
    unlocked: getKeyStore(ctx).has(session.id, session.user.id),
  });
}

/** The bureau, its members and the vault: create, unlock, lock, enrol, recover. */
export const vaultRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;
  const store = getKeyStore(ctx);

  // The vault locks the moment its session ends: logout, expiry, deactivation, a role or password change.
  ctx.sessions.onEnd((end) => {
    if ('sessionId' in end) store.drop(end.sessionId);
    else store.dropWhere((e) => e.userId === end.userId);
  });
  app.addHook('onClose', async () => store.clear());

  app.post(
    '/api/bureau',
    { schema: { tags: ['vault'], body: CreateBureauInput, response: { 201: BureauView } } },
    async (req, reply) => {
      const session = requireSession(req);
      authorize(session.user, 'bureau.create');
      await createBureau(ctx, session.user, req.body.name);
      reply.code(201);
      return presentBureau((await getBureauWithMembers(db, session.user.zoneId))!);
    },
  );

  app.get('/api/bureau', { schema: { tags: ['vault'], response: { 200: BureauView } } }, async (req) => {
    const session = requireSession(req);
    authorize(session.user, 'bureau.read');
    const bureau = await getBureauWithMembers(db, session.user.zoneId);
    if (!bureau) throw new AppError('NOT_FOUND', 'No research bureau registered');
    return presentBureau(bureau);
  });

  app.post(
    '/api/bureau/members',
    { schema: { tags: ['vault'], body: AddBureauMemberInput, response: { 200: BureauView } } },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'bureau.members.manage');
      await addBureauMember(ctx, session.user, req.body.userId);
      return presentBureau((await getBureauWithMembers(db, session.user.zoneId))!);
    },
  );

  app.delete(
    '/api/bureau/members/:id',
    { schema: { tags: ['vault'], params: IdParams, response: { 200: BureauView } } },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'bureau.members.manage');
      await removeBureauMember(ctx, session.user, req.params.id);
      return presentBureau((await getBureauWithMembers(db, session.user.zoneId))!);
    },
  );

  app.get('/api/vault', { schema: { tags: ['vault'], response: { 200: VaultStatusView } } }, async (req) => {
    authorize(requireSession(req).user, 'vault.use');
    return statusOf(ctx, req);
  });

  app.post(
    '/api/vault',
    {
      config: VAULT_RATE,
      schema: { tags: ['vault'], body: CreateVaultInput, response: { 201: VaultCreatedView } },
    },
    async (req, reply) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      const recoveryKey = await createVault(ctx, session, req.body.passphrase);
      reply.code(201);
      return { recoveryKey, status: await statusOf(ctx, req) };
    },
  );

  app.post(
    '/api/vault/unlock',
    {
      config: VAULT_RATE,
      schema: { tags: ['vault'], body: UnlockVaultInput, response: { 200: VaultStatusView } },
    },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      await unlockVault(ctx, session, req.body.passphrase);
      return statusOf(ctx, req);
    },
  );

  app.post(
    '/api/vault/lock',
    { schema: { tags: ['vault'], response: { 200: VaultStatusView } } },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      await lockVault(ctx, session);
      return statusOf(ctx, req);
    },
  );

  app.post(
    '/api/vault/recover',
    {
      config: VAULT_RATE,
      schema: { tags: ['vault'], body: RecoverVaultInput, response: { 200: VaultStatusView } },
    },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      await recoverVault(ctx, session, req.body.recoveryKey, req.body.newPassphrase);
      return statusOf(ctx, req);
    },
  );

  app.post(
    '/api/vault/enrolments',
    { schema: { tags: ['vault'], body: CreateEnrolmentInput, response: { 201: EnrolmentView } } },
    async (req, reply) => {
      const vault = requireUnlockedVault(req);
      const { code, expiresAt } = await createEnrolment(ctx, vault, req.body.userId);
      reply.code(201);
      return { code, expiresAt: expiresAt.toISOString() };
    },
  );

  app.post(
    '/api/vault/enrol',
    { config: VAULT_RATE, schema: { tags: ['vault'], body: EnrolInput, response: { 200: VaultStatusView } } },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      await enrol(ctx, session, req.body.code, req.body.passphrase);
      return statusOf(ctx, req);
    },
  );
};
