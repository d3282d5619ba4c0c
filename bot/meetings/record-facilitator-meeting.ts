import { checkMeetingInput, type MeetingInput, type MeetingInputProblem } from '../../core/meetings';
import type { Department, Forum, Member } from '../../core/model';
import type { AppDeps } from '../app-deps';
import { createAuditLog } from '../audit';
import { mayRecordFacilitatorMeeting } from '../authz/rules';
import type { FacilitatorMeeting } from '../store/meetings';

export type RecordMeetingResult =
  | { kind: 'notAllowed' }
  | { kind: 'refused'; problem: MeetingInputProblem }
  /** The department left the forum meanwhile. */
  | { kind: 'unknown' }
  | { kind: 'recorded'; meeting: FacilitatorMeeting; input: MeetingInput };

export interface RecordMeetingRequest {
  /** The person's membership, read from the store (never from the card or the request). */
  member: Member | null;
  forum: Forum;
  department: Department;
  /** As entered: the date and optional start and end times. */
  entered: { date?: unknown; startTime?: unknown; endTime?: unknown };
  /** Where it was entered, for the audit entry. */
  via: 'bot' | 'tab';
}

/**
 * Records a department's agreed facilitator meeting, the one way the booking card and the tab do it:
 * the rule of who may (bot/authz), the rule of what is a valid meeting (core/meetings), then the
 * store's one transaction (date, time, the booking nudges not yet sent cancelled), the audit entry
 * and the live notice. A refusal changes nothing.
 */
export async function recordFacilitatorMeeting(
  deps: Pick<AppDeps, 'meetings' | 'store' | 'changes' | 'clock' | 'ids' | 'log'>,
  request: RecordMeetingRequest,
): Promise<RecordMeetingResult> {
  const { member, forum, department, via } = request;
  if (department.forumId !== forum.id) return { kind: 'unknown' };
  if (!member || !mayRecordFacilitatorMeeting(member, forum, department.id)) return { kind: 'notAllowed' };
  const checked = checkMeetingInput(forum, request.entered);
  if (!checked.ok) return { kind: 'refused', problem: checked.problem };
  const { input } = checked;
  const meeting = await deps.meetings.recordMeeting({
    forumId: forum.id,
    departmentId: department.id,
    ...input,
    recordedBy: member.id,
    at: deps.clock.now().toISOString(),
  });
  if (!meeting) return { kind: 'unknown' };
  try {
    await createAuditLog(deps.store, { clock: deps.clock, ids: deps.ids }).record({
      actorMemberId: member.id,
      forumId: forum.id,
      action: 'meeting.record',
      target: { kind: 'department', id: department.id },
      details: {
        date: input.date,
        startTime: input.startTime,
        endTime: input.endTime,
        previousDate: department.facilitatorMeetingDate,
        via,
      },
    });
  } catch (error) {
    deps.log.error({ err: error, action: 'meeting.record' }, 'audit: could not record');
  }
  try {
    await deps.changes.publish({ forumId: forum.id, departmentId: department.id, topic: 'forum' });
  } catch (error) {
    deps.log.warn(
      { err: { message: (error as Error).message } },
      'meetings: could not publish a change notice',
    );
  }
  return { kind: 'recorded', meeting, input };
}
