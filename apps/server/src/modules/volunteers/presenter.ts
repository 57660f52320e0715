import type {
  AssignmentWithActivity,
  VolunteerCallRow,
  VolunteerTopicRow,
  VolunteerWithUser,
} from '@brug/db';
import type {
  AssignmentView,
  CallView,
  OwnVolunteerView,
  TopicView,
  VolunteerStatus,
  VolunteerSummaryView,
  VolunteerView,
} from '@brug/domain';
import type { VolunteerDetail } from './load-volunteer.ts';

export function presentTopic(t: VolunteerTopicRow): TopicView {
  return { id: t.id, label: t.label, active: t.active };
}

export function presentCall(c: VolunteerCallRow): CallView {
  return {
    id: c.id,
    title: c.title,
    body: c.body,
    asked: c.asked,
    timeCommitment: c.timeCommitment,
    status: c.status as CallView['status'],
    publishedAt: c.publishedAt?.toISOString() ?? null,
    emailedCount: c.emailedCount,
    createdAt: c.createdAt.toISOString(),
  };
}

export function presentAssignment(a: AssignmentWithActivity): AssignmentView {
  return {
    id: a.id,
    activityId: a.activityId,
    title: a.title,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    hours: Math.round((a.durationMinutes / 60) * 100) / 100,
    status: a.status as AssignmentView['status'],
  };
}

export function presentVolunteerSummary(v: VolunteerWithUser): VolunteerSummaryView {
  return {
    id: v.id,
    displayName: v.displayName,
    status: v.status as VolunteerStatus,
    unit: v.unit,
    district: v.district,
    languages: v.languages as VolunteerSummaryView['languages'],
    maxHoursPerMonth: v.maxHoursPerMonth,
    createdAt: v.createdAt.toISOString(),
  };
}

function profile(d: VolunteerDetail) {
  const v = d.volunteer;
  return {
    id: v.id,
    userId: v.userId,
    displayName: v.displayName,
    email: v.email,
    status: v.status as VolunteerStatus,
    callId: v.callId,
    motivation: v.motivation,
    unit: v.unit,
    district: v.district,
    languages: v.languages as VolunteerView['languages'],
    topicIds: v.topicIds,
    otherTopics: v.otherTopics,
    experience: v.experience as VolunteerView['experience'],
    experienceNote: v.experienceNote,
    availability: v.availability,
    maxHoursPerMonth: v.maxHoursPerMonth,
    createdAt: v.createdAt.toISOString(),
    history: d.history.map((h) => ({
      from: h.fromStatus as VolunteerStatus | null,
      to: h.toStatus as VolunteerStatus,
      at: h.at.toISOString(),
      note: h.note,
    })),
    trainings: d.trainings.map((t) => ({ id: t.id, name: t.name, completedOn: t.completedOn })),
    messages: d.messages.map((m) => ({
      id: m.id,
      text: m.text,
      authorName: m.authorName ?? '',
      at: m.createdAt.toISOString(),
    })),
    assignments: d.assignments.map(presentAssignment),
  };
}

/** The coordinator's view: everything, including internal notes. */
export function presentVolunteer(d: VolunteerDetail): VolunteerView {
  return {
    ...profile(d),
    notes: d.notes.map((n) => ({
      id: n.id,
      text: n.text,
      authorName: n.authorName ?? '',
      at: n.createdAt.toISOString(),
    })),
  };
}

/** The colleague's own view: no internal notes of the coordinator. */
export function presentOwnVolunteer(d: VolunteerDetail, hoursThisMonth: number): OwnVolunteerView {
  return { ...profile(d), hoursThisMonth, calendarFeed: d.volunteer.calendarTokenHash !== null };
}

/** Partners and researchers of an activity see a colleague's first name and role, nothing more. */
export function presentTeamMember(displayName: string) {
  return { firstName: displayName.trim().split(/\s+/)[0] ?? '', role: 'colleague' as const };
}
