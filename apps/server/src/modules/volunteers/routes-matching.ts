import {
  findActiveVolunteers,
  findActivityAssignments,
  findAskedVolunteerIds,
  findZoneAssignmentsBetween,
  getVolunteerActivity,
  type VolunteerActivityRow,
} from '@brug/db';
import {
  ActivityRequirementInput,
  ActivityStaffingView,
  ActivityTeamView,
  AppError,
  InviteVolunteersInput,
  MatchingInput,
  MatchView,
  monthOf,
  rankCandidates,
  VOLUNTEER_NEAR_CAP_RATIO,
  VolunteerActivityView,
  WorkloadQuery,
  WorkloadView,
} from '@brug/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { loadMatchPool, resolveActivity, saveActivityNeeds, toRequirement } from './activity-needs.ts';
import { inviteVolunteers } from './invite-volunteers.ts';
import { authorize, canSeeTeam } from './policy.ts';
import { presentTeamMember } from './presenter.ts';

const tags = ['volunteers'];
const ActivityParams = z.object({ activityId: z.uuid() });

export function presentActivity(a: VolunteerActivityRow): VolunteerActivityView {
  return {
    activityId: a.activityId,
    title: a.title,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    needed: a.needed,
    topicIds: a.topicIds,
    languages: a.languages as VolunteerActivityView['languages'],
    district: a.district,
    memberIds: a.memberIds,
  };
}

/** What activities ask of colleagues, the explained ranking, invitations and the workload overview. */
export const volunteerMatchingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;

  app.post(
    '/api/volunteer-activities',
    {
      schema: {
        operationId: 'createVolunteerActivity',
        summary: 'Create an activity needing volunteers',
        tags,
        body: ActivityRequirementInput,
        response: { 200: VolunteerActivityView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'activities.manage');
      return presentActivity(await db.transaction((tx) => saveActivityNeeds(tx, actor, req.body)));
    },
  );

  app.get(
    '/api/volunteer-activities/:activityId',
    {
      schema: {
        operationId: 'getVolunteerActivity',
        summary: 'Get an activity needing volunteers',
        tags,
        params: ActivityParams,
        response: { 200: ActivityStaffingView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'activities.read');
      const activity = await db.transaction((tx) => resolveActivity(tx, actor, req.params.activityId));
      const rows = await findActivityAssignments(db, activity.activityId);
      return {
        activity: presentActivity(activity),
        assignments: rows.map((r) => ({
          id: r.assignment.id,
          volunteerId: r.assignment.volunteerId,
          displayName: r.displayName,
          status: r.assignment.status as 'invited',
          invitedAt: r.assignment.invitedAt.toISOString(),
          respondedAt: r.assignment.respondedAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/api/volunteers/matching',
    {
      schema: {
        operationId: 'matchVolunteers',
        summary: 'Suggest volunteers for an activity',
        tags,
        body: MatchingInput,
        response: { 200: MatchView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'activities.manage');
      return db.transaction(async (tx) => {
        const activity = req.body.requirement
          ? await saveActivityNeeds(
              tx,
              actor,
              { ...req.body.requirement, activityId: req.body.requirement.activityId ?? req.body.activityId },
              'requirement.',
            )
          : await resolveActivity(tx, actor, req.body.activityId!);
        const { candidates } = await loadMatchPool(tx, actor.zoneId, activity.startsAt, activity.endsAt);
        const { ranked, excluded } = rankCandidates(toRequirement(activity), candidates);
        return {
          activity: presentActivity(activity),
          ranked: ranked.map((r) => ({
            volunteerId: r.id,
            displayName: r.name,
            score: r.score,
            fit: r.fit,
            hoursThisMonth: r.hoursThisMonth,
            explanation: r.explanation,
          })),
          excluded: excluded.map((e) => ({
            volunteerId: e.id,
            displayName: e.name,
            reason: e.reason,
            detail: e.detail,
          })),
        };
      });
    },
  );

  app.post(
    '/api/volunteer-activities/:activityId/invitations',
    {
      schema: {
        operationId: 'inviteVolunteers',
        summary: 'Ask volunteers to help at an activity',
        tags,
        params: ActivityParams,
        body: InviteVolunteersInput,
        response: { 200: z.object({ invited: z.number().int() }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'activities.manage');
      const activity = await db.transaction((tx) => resolveActivity(tx, actor, req.params.activityId));
      if (activity.startsAt < new Date())
        throw new AppError('CONFLICT', 'This activity has started', {
          fields: { activityId: 'in the past' },
        });
      return { invited: await inviteVolunteers(ctx, actor, activity, req.body.volunteerIds) };
    },
  );

  app.get(
    '/api/volunteer-activities/:activityId/team',
    {
      schema: {
        operationId: 'getVolunteerTeam',
        summary: "An activity's volunteer team",
        tags,
        params: ActivityParams,
        response: { 200: ActivityTeamView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'team.read');
      const activity = await getVolunteerActivity(db, actor.zoneId, req.params.activityId);
      if (!activity) throw new AppError('NOT_FOUND', 'No such activity');
      const rows = (await findActivityAssignments(db, activity.activityId)).filter(
        (r) => r.assignment.status === 'accepted',
      );
      const volunteers = await findActiveVolunteers(db, actor.zoneId);
      const userIdOf = new Map(volunteers.map((v) => [v.id, v.userId]));
      const teamUserIds = rows.map((r) => userIdOf.get(r.assignment.volunteerId) ?? '');
      if (!canSeeTeam(actor, activity, teamUserIds))
        throw new AppError('FORBIDDEN', 'You are not part of this activity');
      return { activityId: activity.activityId, team: rows.map((r) => presentTeamMember(r.displayName)) };
    },
  );

  app.get(
    '/api/volunteers/workload',
    {
      schema: {
        operationId: 'getVolunteerWorkload',
        summary: "Volunteers' workload",
        tags,
        querystring: WorkloadQuery,
        response: { 200: WorkloadView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'workload.read');
      const month = req.query.month ?? monthOf(new Date());
      const [y, m] = month.split('-').map(Number);
      const from = new Date(Date.UTC(y, m - 1, 1) - 2 * 24 * 3_600_000);
      const to = new Date(Date.UTC(y, m, 1) + 2 * 24 * 3_600_000);
      const [volunteers, assignments, asked] = await Promise.all([
        findActiveVolunteers(db, actor.zoneId),
        findZoneAssignmentsBetween(db, actor.zoneId, from, to, ['invited', 'accepted']),
        findAskedVolunteerIds(db, actor.zoneId),
      ]);
      const hours = new Map<string, { accepted: number; pending: number }>();
      for (const a of assignments) {
        if (monthOf(a.startsAt) !== month) continue;
        const h = hours.get(a.volunteerId) ?? { accepted: 0, pending: 0 };
        if (a.status === 'accepted') h.accepted += a.durationMinutes / 60;
        else h.pending += a.durationMinutes / 60;
        hours.set(a.volunteerId, h);
      }
      const round = (n: number) => Math.round(n * 100) / 100;
      const rows = volunteers
        .map((v) => {
          const h = hours.get(v.id) ?? { accepted: 0, pending: 0 };
          const committed = h.accepted + h.pending;
          return {
            volunteerId: v.id,
            displayName: v.displayName,
            hours: round(h.accepted),
            pendingHours: round(h.pending),
            cap: v.maxHoursPerMonth,
            nearCap: committed >= v.maxHoursPerMonth * VOLUNTEER_NEAR_CAP_RATIO,
            neverAsked: !asked.has(v.id),
          };
        })
        .sort(
          (a, b) =>
            b.hours + b.pendingHours - (a.hours + a.pendingHours) ||
            a.displayName.localeCompare(b.displayName),
        );
      return { month, rows };
    },
  );
};
