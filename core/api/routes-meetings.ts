import { json, route } from './contract';
import type { DepartmentMeetingResponse, ForumMeetingsResponse } from './meeting-types';

/** The facilitator meetings: each department's agreed date and time. */
export const MEETING_ROUTES = {
  /** Who may read the department's summary; `canRecord` says whether they may also record it. */
  departmentMeeting: route({
    method: 'GET',
    path: '/api/departments/:departmentId/meeting',
    auth: 'bearer',
    reply: json<DepartmentMeetingResponse>(),
  }),
  /**
   * Records the agreed meeting (the department's chefs and facilitators, organizers): stops the
   * booking nudges and is audited. 422 with a message per field when the date or times do not fit.
   */
  recordMeeting: route({
    method: 'PUT',
    path: '/api/departments/:departmentId/meeting',
    auth: 'bearer',
    body: 'meetingRecordSchema',
    reply: json<DepartmentMeetingResponse>(),
  }),
  /** Every department's agreed meeting, for the schedule timeline (organizers). */
  forumMeetings: route({
    method: 'GET',
    path: '/api/forums/:forumId/meetings',
    auth: 'bearer',
    reply: json<ForumMeetingsResponse>(),
  }),
};
