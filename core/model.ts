/**
 * The domain model. Instants are ISO-8601 UTC strings ("2019-09-02T07:00:00.000Z"),
 * local dates are "YYYY-MM-DD" and local times "HH:mm" in the forum's time zone.
 */

export type Locale = 'da' | 'en';
export const LOCALES: readonly Locale[] = ['da', 'en'];

/** A user-facing text in every supported language. */
export type Localized = Record<Locale, string>;

export type Role = 'chef' | 'facilitator' | 'organizer';

export interface DateRange {
  /** First local date, inclusive. */
  from: string;
  /** Last local date, inclusive. */
  to: string;
  label?: Localized;
}

export interface QuietHours {
  /** Local "HH:mm" at which quiet hours begin (e.g. "17:00"). */
  start: string;
  /** Local "HH:mm" at which quiet hours end (e.g. "08:00"). */
  end: string;
}

export interface ForumSettings {
  /** Local "HH:mm" at which prompts are sent. */
  sendTime: string;
  quietHours: QuietHours | null;
  blackoutPeriods: DateRange[];
  /** Working days between a prompt and its reminder. */
  reminderAfterWorkingDays: number;
  /** Working days before the final meeting at which the final call goes out. */
  finalCallWorkingDaysBefore: number;
  /** Departments' summaries are visible to the whole forum (for the final meeting). */
  shareSummaries: boolean;
  /** Group-chat prompt cards show members' answers to each other. */
  shareAnswersInGroupChat: boolean;
  /** Days after the final meeting at which answers and personal data are purged. */
  retentionDays: number;
  /** The facilitator's meeting: booking nudges and briefing (defaults: core/meetings). */
  meetings?: Partial<MeetingSettings>;
  /** Who sees a question's results and the authors' names (defaults: core/summary/anonymity.ts). */
  anonymity?: Partial<AnonymitySettings>;
}

export interface AnonymitySettings {
  /**
   * Answers a question needs in a department before anyone but each author sees its results
   * (answers, names, distributions, actions, indicators); counts of who answered always show.
   */
  minAnswers: number;
  /** Shared views (everyone but the author) show "En chef" instead of the author's name. */
  hideNamesInSharedViews: boolean;
}

export interface MeetingSettings {
  /** Working days after kickoff at which a department without a facilitator meeting date is first asked to book it. */
  bookingAfterWorkingDays: number;
  /** Working days between two booking nudges while no date is recorded. */
  bookingRepeatWorkingDays: number;
  /** Working days before the facilitator meeting at which the facilitator gets the briefing. */
  briefingWorkingDaysBefore: number;
  /** Length of the meeting the booking link proposes. */
  meetingMinutes: number;
  /** Local "HH:mm" the booking link proposes as the start. */
  meetingStartTime: string;
}

export interface Forum {
  id: string;
  name: Localized;
  /** Short description of the assignment, shown in the welcome card. */
  assignment: Localized;
  kickoffDate: string;
  finalMeetingDate: string;
  timeZone: string;
  languages: Locale[];
  defaultLocale: Locale;
  settings: ForumSettings;
  createdAt: string;
  updatedAt: string;
}

export interface Department {
  id: string;
  forumId: string;
  name: Localized;
  /** The recap of the kickoff dialogue ("opsamling"), written by the department. */
  recap: string;
  /** The task the department chose to work with. */
  chosenAssignment: string;
  /** Local date of the meeting with the facilitator, if set. */
  facilitatorMeetingDate: string | null;
  sortOrder: number;
}

export interface Member {
  id: string;
  forumId: string;
  /** Entra ID object id. */
  aadObjectId: string;
  name: string;
  email: string | null;
  role: Role;
  /** Departments the member belongs to (a chef: one; a facilitator: those assigned; an organizer: may be none). */
  departmentIds: string[];
  locale: Locale;
  /** Local date until which (inclusive) the member gets no reminders. */
  pausedUntil: string | null;
}

// ---- Questions and answer shapes -------------------------------------------------------------

export type LeadershipStyle = 'defining' | 'facilitating' | 'both';
export type KnowsOthers = 'yes' | 'partly' | 'no';
export type ValueType = 'quality' | 'efficiency' | 'democracy';
export type CoMode = 'co-creation' | 'co-production';

export type AnswerShape =
  | { kind: 'text'; maxLength: number }
  | { kind: 'textWithPrinciples'; maxLength: number; maxPrinciples: number }
  | { kind: 'improvements'; maxItems: number; maxActionsPerItem: number; maxLength: number }
  | { kind: 'textWithLeadershipStyle'; maxLength: number }
  | { kind: 'textWithKnowsOthers'; maxLength: number }
  | { kind: 'textWithRating'; maxLength: number; scale: number; lowLabel: Localized; highLabel: Localized }
  | { kind: 'indicators'; maxItems: number; maxLength: number };

export type AnswerShapeKind = AnswerShape['kind'];

export interface Action {
  what: string;
  who: string;
  /** Local date "YYYY-MM-DD". */
  byWhen: string;
}

export interface Improvement {
  improvement: string;
  actions: Action[];
}

export interface Indicator {
  indicator: string;
  valueType: ValueType;
  mode: CoMode;
}

export type AnswerValue =
  | { kind: 'text'; text: string }
  | { kind: 'textWithPrinciples'; text: string; principles: number[] }
  | { kind: 'improvements'; items: Improvement[] }
  | { kind: 'textWithLeadershipStyle'; text: string; style: LeadershipStyle }
  | { kind: 'textWithKnowsOthers'; text: string; knowsOthers: KnowsOthers }
  | { kind: 'textWithRating'; text: string; rating: number }
  | { kind: 'indicators'; items: Indicator[] };

export interface Question {
  id: string;
  forumId: string;
  /** 1-based position in the forum's list. */
  number: number;
  text: Localized;
  help: Localized;
  shape: AnswerShape;
}

export interface Principle {
  forumId: string;
  number: number;
  title: Localized;
  body: Localized;
  subPoints: Localized[];
}

// ---- Scheduling --------------------------------------------------------------------------------

export type RoundKind = 'prompt' | 'reminder' | 'finalCall';
export type RoundState = 'planned' | 'materialized' | 'cancelled' | 'missed';

export interface Round {
  id: string;
  forumId: string;
  /** null: every department of the forum. */
  departmentId: string | null;
  kind: RoundKind;
  /** The questions the round is about (a prompt asks them; a reminder/final call reminds of them). */
  questionIds: string[];
  localDate: string;
  localTime: string;
  /** The instant the round is due, derived from localDate/localTime in the forum's time zone. */
  dueAt: string;
  state: RoundState;
  createdAt: string;
  updatedAt: string;
}

export type DeliveryState = 'pending' | 'leased' | 'sent' | 'failed' | 'unreachable' | 'cancelled';

export type RecipientKind = 'member' | 'conversation';

export interface Delivery {
  id: string;
  roundId: string;
  forumId: string;
  recipientKind: RecipientKind;
  /** Member id for 1:1 sends; conversation id for a group chat / channel post. Unique with roundId. */
  recipientId: string;
  departmentId: string | null;
  dueAt: string;
  /** Earliest instant of the next attempt (retries with backoff). */
  nextAttemptAt: string;
  state: DeliveryState;
  attempts: number;
  leaseOwner: string | null;
  leaseUntil: string | null;
  sentActivityId: string | null;
  sentConversationId: string | null;
  lastError: string | null;
  updatedAt: string;
}

// ---- Answers and the group's work -----------------------------------------------------------

export interface Answer {
  id: string;
  forumId: string;
  departmentId: string;
  questionId: string;
  memberId: string;
  value: AnswerValue;
  /** 1 for the first save, +1 for each edit. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface AnswerRevision {
  answerId: string;
  revision: number;
  value: AnswerValue;
  editedAt: string;
  editedBy: string;
}

export interface Takeaways {
  departmentId: string;
  text: string;
  /** Optimistic-concurrency version; 0 before the first save. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

// ---- Teams installations -----------------------------------------------------------------------

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

export interface ConversationRef {
  /** Teams conversation id. */
  conversationId: string;
  kind: ConversationKind;
  tenantId: string | null;
  /** For personal chats: the user's Entra object id. */
  aadObjectId: string | null;
  /** For group chats and channels: the linked department, if any. */
  departmentId: string | null;
  /** The Bot Framework ConversationReference, kept opaque to the domain. */
  reference: unknown;
  installedAt: string;
  removedAt: string | null;
  /** false once Teams answered 403/404 for it. */
  reachable: boolean;
  lastError: string | null;
}

// ---- Pure-function collaborators ---------------------------------------------------------------

export interface Clock {
  now(): Date;
}

export type IdGenerator = () => string;
