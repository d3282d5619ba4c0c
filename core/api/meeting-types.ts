/** The agreed facilitator meeting of a department: a local date and times in the forum's time zone. */
export interface AgreedMeeting {
  departmentId: string;
  date: string;
  /** Local "HH:mm", when agreed. */
  startTime: string | null;
  endTime: string | null;
}

/** GET | PUT /api/departments/:departmentId/meeting */
export interface DepartmentMeetingResponse {
  meeting: AgreedMeeting | null;
  /** May the viewer record it (the one rule, bot/authz mayRecordFacilitatorMeeting). */
  canRecord: boolean;
  /** The dates a meeting may take: the forum's kickoff to its final meeting. */
  period: { from: string; to: string };
  /** The forum's time zone, in which the date and times are read. */
  timeZone: string;
}

/** GET /api/forums/:forumId/meetings — every department's agreed meeting (organizers). */
export interface ForumMeetingsResponse {
  meetings: AgreedMeeting[];
}
