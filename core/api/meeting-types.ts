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

/** One of the bot's messages about the meetings, as the deliveries page shows it. */
export interface MeetingMessageRow {
  id: string;
  /** Null for a forum-level message (finalMeetingChat). */
  departmentId: string | null;
  /**
   * booking (nudge), briefing, openQuestions (the chefs' reminder), takeaways (the request after the
   * meeting); finalMeetingChat: the card with the running order in the final meeting's chat.
   */
  kind: 'booking' | 'briefing' | 'openQuestions' | 'takeaways' | 'finalMeetingChat';
  /** The occasion's local date. */
  occasion: string;
  recipientKind: 'member' | 'conversation';
  recipientId: string;
  dueAt: string;
  state: 'pending' | 'leased' | 'sent' | 'failed' | 'unreachable' | 'cancelled';
  attempts: number;
  lastError: string | null;
  updatedAt: string;
}

/**
 * The messages of one occasion (a department's nudge, briefing …, or the forum's final meeting
 * chat card): counts by state and one row per recipient.
 */
export interface MeetingMessageGroupStatus {
  /** Null for the forum's own messages. */
  departmentId: string | null;
  kind: MeetingMessageRow['kind'];
  occasion: string;
  counts: Record<MeetingMessageRow['state'], number> & { total: number };
  rows: { message: MeetingMessageRow; recipientName: string | null }[];
}
