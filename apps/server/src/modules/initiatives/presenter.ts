import {
  type ActivityWithCounts,
  type Db,
  getInitiativeDetail,
  type InitiativeDetail,
  type RegistrationRow,
} from '@brug/db';
import type { RegistrationView } from '@brug/domain';
import {
  type ActivityView,
  AppError,
  type InitiativeStatus,
  type InitiativeType,
  type InitiativeView,
  type RegistrationReceipt,
} from '@brug/domain';
import type { z } from 'zod';

/** The fields of an initiative that leave the server. */
export function presentInitiative(i: InitiativeDetail): InitiativeView {
  return {
    id: i.id,
    type: i.type as InitiativeType,
    title: i.title,
    description: i.description,
    goals: i.goals,
    targetGroups: i.targetGroups,
    districts: i.districts,
    partners: i.partners.map((p) => ({
      organisationId: p.organisationId,
      organisationName: p.organisationName,
      fit: p.fit as 'pending' | 'confirmed' | 'changes_requested',
      note: p.note,
      answeredAt: p.answeredAt?.toISOString() ?? null,
    })),
    leadUserId: i.leadUserId,
    budget: i.budget,
    materials: i.materials,
    findingIds: i.findingIds,
    status: i.status as InitiativeStatus,
    statusReason: i.statusReason,
    planOverrideReason: i.planOverrideReason,
    ideaId: i.ideaId,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

export async function presentInitiativeById(db: Db, zoneId: string, id: string): Promise<InitiativeView> {
  const detail = await getInitiativeDetail(db, zoneId, id);
  if (!detail) throw new AppError('NOT_FOUND', 'No such initiative');
  return presentInitiative(detail);
}

export function presentActivity(a: ActivityWithCounts): ActivityView {
  return {
    id: a.activity.id,
    initiativeId: a.activity.initiativeId,
    initiativeTitle: a.initiativeTitle,
    initiativeType: a.initiativeType as InitiativeType,
    startsAt: a.activity.startsAt.toISOString(),
    endsAt: a.activity.endsAt.toISOString(),
    place: a.activity.place,
    onlineUrl: a.activity.onlineUrl,
    capacity: a.activity.capacity,
    languages: a.activity.languages,
    colleaguesNeeded: a.activity.colleaguesNeeded,
    confirmedPeople: a.confirmedPeople,
    waitingPeople: a.waitingPeople,
    attendance: a.activity.attendance,
    cancelled: a.activity.cancelledAt !== null,
  };
}

/** What a registrant sees about their own registration: never other people's data. */
export function presentReceipt(
  r: RegistrationRow,
  token: string,
  position: number | null,
): RegistrationReceipt {
  return {
    id: r.id,
    status: r.status as RegistrationReceipt['status'],
    people: r.people,
    position,
    token,
    activityId: r.activityId,
  };
}

/** For the coordinator's list and the check-in on a phone. */
export function presentRegistration(r: RegistrationRow): z.infer<typeof RegistrationView> {
  return {
    id: r.id,
    name: r.name,
    contact: r.contact,
    people: r.people,
    language: r.language,
    status: r.status as 'confirmed' | 'waiting' | 'cancelled',
    checkedIn: r.checkedIn,
    createdAt: r.createdAt.toISOString(),
  };
}
