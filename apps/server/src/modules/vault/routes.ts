import { schema } from '@brug/db';
import {
  AddBureauMemberInput,
  AppError,
  BureauPublicKeyView,
  BureauView,
  CreateBureauInput,
  CreateEnrolmentInput,
  CreateVaultInput,
  EnrolInput,
  EnrolmentKeyView,
  EnrolmentView,
  IdParams,
  RenewedView,
  RenewVaultInput,
  ResearcherKeyInput,
  VaultKeyView,
  VaultRecoveryView,
  VaultStatusView,
} from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireSession } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import { createEnrolment, enrol, getOwnEnrolment } from './enrol-researcher.ts';
import {
  addBureauMember,
  createBureau,
  findMembership,
  getBureauWithMembers,
  removeBureauMember,
} from './manage-bureau.ts';
import {
  createVault,
  findBureauPublicKeyOf,
  getOwnVaultKey,
  getRecoveryKey,
  replaceOwnKey,
} from './open-vault.ts';
import { authorize } from './policy.ts';
import { presentBureau, presentStatus } from './presenter.ts';
import { renewVault } from './renew-vault.ts';

// Per address: fetching a wrapped key is the first step of guessing a passphrase offline.
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
      renewalDue: false,
    });
  }
  const bureauId = membership.bureauId;
  const [vault] = await db
    .select({ id: schema.vaults.bureauId, renewalDue: schema.vaults.renewalDue })
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
    renewalDue: !!vault?.renewalDue,
  });
}

/**
 * The bureau, its members and the vault's wrapped keys. The vault is opened in the researcher's
 * browser; these routes store and return wrapped keys, never a passphrase or a data key.
 */
export const vaultRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;
  app.post(
    '/api/bureau',
    {
      schema: {
        operationId: 'createBureau',
        summary: 'Set up the research bureau',
        tags: ['vault'],
        body: CreateBureauInput,
        response: { 201: BureauView },
      },
    },
    async (req, reply) => {
      const session = requireSession(req);
      authorize(session.user, 'bureau.create');
      await createBureau(ctx, session.user, req.body.name);
      reply.code(201);
      return presentBureau((await getBureauWithMembers(db, session.user.zoneId))!);
    },
  );

  app.get(
    '/api/bureau',
    {
      schema: {
        operationId: 'getBureau',
        summary: 'The research bureau and its members',
        tags: ['vault'],
        response: { 200: BureauView },
      },
    },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'bureau.read');
      const bureau = await getBureauWithMembers(db, session.user.zoneId);
      if (!bureau) throw new AppError('NOT_FOUND', 'No research bureau registered');
      return presentBureau(bureau);
    },
  );

  app.post(
    '/api/bureau/members',
    {
      schema: {
        operationId: 'addBureauMember',
        summary: 'Add a member to the research bureau',
        tags: ['vault'],
        body: AddBureauMemberInput,
        response: { 200: BureauView },
      },
    },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'bureau.members.manage');
      await addBureauMember(ctx, session.user, req.body.userId);
      return presentBureau((await getBureauWithMembers(db, session.user.zoneId))!);
    },
  );

  app.delete(
    '/api/bureau/members/:id',
    {
      schema: {
        operationId: 'removeBureauMember',
        summary: 'Remove a member from the research bureau',
        tags: ['vault'],
        params: IdParams,
        response: { 200: BureauView },
      },
    },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'bureau.members.manage');
      await removeBureauMember(ctx, session.user, req.params.id);
      return presentBureau((await getBureauWithMembers(db, session.user.zoneId))!);
    },
  );

  app.get(
    '/api/vault',
    {
      schema: {
        operationId: 'getVault',
        summary: "The vault's state",
        tags: ['vault'],
        response: { 200: VaultStatusView },
      },
    },
    async (req) => {
      authorize(requireSession(req).user, 'vault.use');
      return statusOf(ctx, req);
    },
  );

  app.post(
    '/api/vault',
    {
      config: VAULT_RATE,
      schema: {
        operationId: 'createVault',
        summary: 'Create the vault',
        tags: ['vault'],
        body: CreateVaultInput,
        response: { 201: VaultStatusView },
      },
    },
    async (req, reply) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      await createVault(ctx, session.user, req.body);
      reply.code(201);
      return statusOf(ctx, req);
    },
  );

  app.get(
    '/api/vault/key',
    {
      config: VAULT_RATE,
      schema: {
        operationId: 'getMyVaultKey',
        summary: "One's own sealed vault key",
        tags: ['vault'],
        response: { 200: VaultKeyView },
      },
    },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      return getOwnVaultKey(ctx, session.user);
    },
  );

  app.put(
    '/api/vault/key',
    {
      config: VAULT_RATE,
      schema: {
        operationId: 'replaceMyVaultKey',
        summary: "Reseal one's own vault key",
        tags: ['vault'],
        body: ResearcherKeyInput,
        response: { 200: VaultStatusView },
      },
    },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      await replaceOwnKey(ctx, session.user, req.body);
      return statusOf(ctx, req);
    },
  );

  app.get(
    '/api/vault/public-key',
    {
      schema: {
        operationId: 'getVaultPublicKey',
        summary: "The vault's public key",
        tags: ['vault'],
        response: { 200: BureauPublicKeyView },
      },
    },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      return findBureauPublicKeyOf(ctx, session.user);
    },
  );

  app.get(
    '/api/vault/recovery',
    {
      config: VAULT_RATE,
      schema: {
        operationId: 'getVaultRecovery',
        summary: "The vault's key wrapped for recovery",
        tags: ['vault'],
        response: { 200: VaultRecoveryView },
      },
    },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      return getRecoveryKey(ctx, session.user);
    },
  );

  app.post(
    '/api/vault/renew',
    {
      config: VAULT_RATE,
      schema: {
        operationId: 'renewVault',
        summary: "Renew the vault's keys",
        tags: ['vault'],
        body: RenewVaultInput,
        response: { 200: RenewedView },
      },
    },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      return renewVault(ctx, session.user, req.body);
    },
  );

  app.post(
    '/api/vault/enrolments',
    {
      schema: {
        operationId: 'createVaultEnrolment',
        summary: "Start a member's vault enrolment",
        tags: ['vault'],
        body: CreateEnrolmentInput,
        response: { 201: EnrolmentView },
      },
    },
    async (req, reply) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      const { expiresAt } = await createEnrolment(ctx, session.user, req.body);
      reply.code(201);
      return { expiresAt: expiresAt.toISOString() };
    },
  );

  app.get(
    '/api/vault/enrolment',
    {
      config: VAULT_RATE,
      schema: {
        operationId: 'getMyVaultEnrolment',
        summary: "One's own pending vault enrolment",
        tags: ['vault'],
        response: { 200: EnrolmentKeyView },
      },
    },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      return getOwnEnrolment(ctx, session.user);
    },
  );

  app.post(
    '/api/vault/enrol',
    {
      config: VAULT_RATE,
      schema: {
        operationId: 'completeVaultEnrolment',
        summary: "Complete one's own vault enrolment",
        tags: ['vault'],
        body: EnrolInput,
        response: { 200: VaultStatusView },
      },
    },
    async (req) => {
      const session = requireSession(req);
      authorize(session.user, 'vault.use');
      await enrol(ctx, session.user, req.body);
      return statusOf(ctx, req);
    },
  );
};
