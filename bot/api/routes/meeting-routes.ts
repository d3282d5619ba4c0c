import type { Server } from 'restify';
import {
  API,
  apiMessages,
  type AgreedMeeting,
  type DepartmentMeetingResponse,
  type ForumMeetingsResponse,
} from '../../../core/api';
import { formatBoth } from '../../../core/i18n';
import type { MeetingInputProblem } from '../../../core/meetings';
import type { Department, Forum, Localized, Member } from '../../../core/model';
import { formatLocalDate } from '../../../core/time';
import { mayRecordFacilitatorMeeting } from '../../authz/rules';
import { recordFacilitatorMeeting } from '../../meetings/record-facilitator-meeting';
import type { FacilitatorMeeting } from '../../store/meetings';
import { departmentAccess, membershipIn } from '../http/access';
import { apiError, forbidden, notFound } from '../http/api-error';
import { loadDepartment, loadForumAsOrganizer } from '../http/loaders';
import { routeRegistrar, type ApiRuntime } from '../http/route';

/** The facilitator meetings: read and record a department's agreed meeting; every department's for organizers. */
export function registerMeetingRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { store, meetings } = rt.deps;

  register(API.departmentMeeting, async ({ caller, params }) => {
    const { forum, department } = await loadDepartment(store, params.departmentId);
    const { member } = departmentAccess(caller, forum, department);
    const meeting = await meetings.getMeeting(department.id);
    return { json: meetingBody(forum, department, member, meeting) };
  });

  register(API.recordMeeting, async (ctx) => {
    const { forum, department } = await loadDepartment(store, ctx.params.departmentId);
    const member = membershipIn(ctx.caller, forum.id);
    // Who may is decided before the body is read: a refused caller learns nothing of what it accepts.
    if (!mayRecordFacilitatorMeeting(member, forum, department.id)) throw forbidden();
    const result = await recordFacilitatorMeeting(rt.deps, {
      member,
      forum,
      department,
      entered: ctx.body,
      via: 'tab',
    });
    switch (result.kind) {
      case 'notAllowed':
        throw forbidden();
      case 'unknown':
        throw notFound('error.departmentNotFound');
      case 'refused':
        throw apiError(
          422,
          'validation',
          'error.validation',
          {},
          {
            fields: { [result.problem.field]: problemText(result.problem, forum) },
          },
        );
    }
    const recorded = { ...department, facilitatorMeetingDate: result.meeting.date };
    return { json: meetingBody(forum, recorded, member, result.meeting) };
  });

  register(API.forumMeetings, async ({ caller, params }) => {
    const forum = await loadForumAsOrganizer(store, caller, params.forumId);
    const body: ForumMeetingsResponse = { meetings: (await meetings.listMeetings(forum.id)).map(agreed) };
    return { json: body };
  });
}

function agreed(meeting: FacilitatorMeeting): AgreedMeeting {
  const { departmentId, date, startTime, endTime } = meeting;
  return { departmentId, date, startTime, endTime };
}

function meetingBody(
  forum: Forum,
  department: Department,
  member: Member,
  meeting: FacilitatorMeeting | null,
): DepartmentMeetingResponse {
  return {
    meeting: meeting ? agreed(meeting) : null,
    canRecord: mayRecordFacilitatorMeeting(member, forum, department.id),
    period: { from: forum.kickoffDate, to: forum.finalMeetingDate },
    timeZone: forum.timeZone,
  };
}

/** The field's message in both languages; the period's dates written the way each language writes them. */
function problemText(problem: MeetingInputProblem, forum: Forum): Localized {
  switch (problem.reason) {
    case 'outsidePeriod': {
      const text = apiMessages['field.meetingOutsidePeriod'];
      const both = (locale: 'da' | 'en') =>
        formatBoth(text, {
          from: formatLocalDate(forum.kickoffDate, locale),
          to: formatLocalDate(forum.finalMeetingDate, locale),
        })[locale];
      return { da: both('da'), en: both('en') };
    }
    case 'withoutStart':
      return apiMessages['field.meetingEndWithoutStart'];
    case 'notAfterStart':
      return apiMessages['field.meetingEndNotAfterStart'];
    case 'invalid':
      return problem.field === 'date' ? apiMessages['field.localDate'] : apiMessages['field.localTime'];
  }
}
