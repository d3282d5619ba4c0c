import type { Activity } from 'botbuilder';
import { localize } from '../../../core/i18n';
import { formatLocalDate } from '../../../core/time';
import type { AppDeps } from '../../app-deps';
import { mayWriteFacilitatorNotes } from '../../authz/rules';
import { recordFacilitatorMeeting } from '../../meetings/record-facilitator-meeting';
import type { ActionResult } from '../action-result';
import { resolveViewer } from '../identity';
import { recordAudit } from '../record-audit';
import {
  MEETING_DATE_INPUT,
  MEETING_END_INPUT,
  MEETING_NOTES_INPUT,
  MEETING_START_INPUT,
} from './meeting-cards';
import { tm } from './meeting-card-messages';

const MAX_NOTES = 4000;

interface MeetingAction {
  forumId: string;
  departmentId: string;
}

/** Who acts, in which forum, and the card's department when it belongs to that forum. */
async function actionTarget(deps: AppDeps, activity: Partial<Activity>, data: MeetingAction) {
  const viewer = await resolveViewer(deps.store, deps.clock, activity, data.forumId);
  const found = viewer.forum ? await deps.store.getDepartment(data.departmentId) : undefined;
  const department = found && found.forumId === viewer.forum?.id ? found : undefined;
  return { ...viewer, department };
}

/**
 * "Gem datoen" on the booking card: the department and the person's role come from the store
 * (never from the card); the date is checked as a whole; the recording, the end of the booking
 * nudges and the audit entry follow.
 */
export async function recordMeetingDate(
  deps: AppDeps,
  activity: Partial<Activity>,
  data: MeetingAction,
  payload: Record<string, unknown>,
): Promise<ActionResult> {
  const { forum, member, locale, department } = await actionTarget(deps, activity, data);
  if (!forum || !department)
    return { kind: 'text', text: tm(locale, member ? 'record.unknown' : 'record.notAllowed') };
  const result = await recordFacilitatorMeeting(deps, {
    member,
    forum,
    department,
    entered: {
      date: payload[MEETING_DATE_INPUT],
      startTime: payload[MEETING_START_INPUT],
      endTime: payload[MEETING_END_INPUT],
    },
    via: 'bot',
  });
  switch (result.kind) {
    case 'notAllowed':
      return { kind: 'text', text: tm(locale, 'record.notAllowed') };
    case 'unknown':
      return { kind: 'text', text: tm(locale, 'record.unknown') };
    case 'refused':
      return {
        kind: 'text',
        text: tm(locale, 'record.badDate', {
          from: formatLocalDate(forum.kickoffDate, locale),
          to: formatLocalDate(forum.finalMeetingDate, locale),
        }),
      };
  }
  const { input } = result;
  const when = [
    formatLocalDate(input.date, locale),
    input.startTime && `${input.startTime}${input.endTime ? `–${input.endTime}` : ''}`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    kind: 'text',
    text: `${localize(department.name, locale)}: ${tm(locale, 'record.done', { when })}`,
  };
}

/** "Gem noterne" on the facilitator's takeaways card. */
export async function saveMeetingNotes(
  deps: AppDeps,
  activity: Partial<Activity>,
  data: MeetingAction,
  payload: Record<string, unknown>,
): Promise<ActionResult> {
  const { forum, member, locale, department } = await actionTarget(deps, activity, data);
  if (!forum || !department || !member) return { kind: 'text', text: tm(locale, 'notes.notAllowed') };
  if (!mayWriteFacilitatorNotes(member, forum, department.id))
    return { kind: 'text', text: tm(locale, 'notes.notAllowed') };
  const raw = payload[MEETING_NOTES_INPUT];
  const notes = typeof raw === 'string' ? raw.trim().slice(0, MAX_NOTES) : '';
  if (!(await deps.meetings.saveNotes(department.id, notes, deps.clock.now().toISOString(), member.id)))
    return { kind: 'text', text: tm(locale, 'notes.notAllowed') };
  await recordAudit(deps, member.id, {
    forumId: forum.id,
    action: 'meeting.notes',
    target: { kind: 'department', id: department.id },
    details: { length: notes.length, via: 'bot' },
  });
  return { kind: 'text', text: tm(locale, 'notes.done') };
}
