import type { MeetingMessageGroupStatus } from './meeting-types';
import type {
  Answer,
  ConversationKind,
  Delivery,
  DeliveryState,
  Department,
  Forum,
  Locale,
  Localized,
  Member,
  Principle,
  Question,
  Role,
  Round,
  Takeaways,
} from '../model';
import type { PlanWarning } from '../planner/types';
import type { ApiAnswerPage, ApiSummary, ApiOverview } from './summary-types';
import type { VoicesGlance } from '../voices/summary';

/**
 * Response bodies of the HTTP API (browser-safe). Every JSON response of /api/** has one of
 * these shapes, or `ApiErrorBody` with a 4xx/5xx status.
 *
 * Headers on every /api response: `X-Request-Id`; in dev sign-in mode also `X-Samskab-Dev-Mode: 1`
 * (the tab must then show a "developer mode" banner on every page).
 */

// ---- errors -------------------------------------------------------------------------------------

export type ApiErrorCode =
  | 'validation' // 400 (bad JSON/query) or 422 (body fails the schema); see `fields`
  | 'unauthenticated' // 401: no/invalid/expired token; the tab should re-acquire a token
  | 'not_member' // 403: valid token but the user is no member of any forum
  | 'forbidden' // 403
  | 'organizer_only' // 403
  | 'not_found' // 404
  | 'conflict' // 409; for takeaways `current` holds the stored takeaways
  | 'import_has_errors' // 422; `import` holds the per-row preview
  | 'too_large' // 413
  | 'too_many_streams' // 429: too many open event streams for one person
  | 'unavailable' // 503
  | 'busy' // 503: too many summaries or exports in line; Retry-After says when to try again
  | 'internal' // 500
  | (string & {}); // codes of domain HttpErrors (e.g. from the rounds service)

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    /** In the request's language (Accept-Language; Danish by default). */
    message: string;
    /** The same message in every language. */
    text: Localized;
    /** Per-field messages in the request's language; keys are dotted paths ("settings.sendTime", "name.da"); empty when none. */
    fields: Record<string, string>;
    requestId?: string;
  };
  /** 409 on takeaways: what is stored now (the editor shows it next to the user's unsaved text). */
  current?: Takeaways;
  /** 422 on a member import with errors. */
  import?: MemberImportResult;
}

// ---- identity -----------------------------------------------------------------------------------

export interface Membership {
  memberId: string;
  forumId: string;
  forumName: Localized;
  role: Role;
  departmentIds: string[];
  departments: { id: string; name: Localized }[];
  locale: Locale;
  /** Organizer of this forum. */
  canAdminister: boolean;
  /** May show slides on the final meeting's stage from the side panel (bot/authz mayShareToStage). */
  canShareToStage: boolean;
}

/** GET /api/me */
export interface MeResponse {
  aadObjectId: string;
  name: string;
  /** The first membership's locale (the tab may prefer the Teams client locale). */
  locale: Locale;
  /** Signed in with a local developer token (dev mode), not Entra ID. */
  devMode: boolean;
  memberships: Membership[];
}

/** The caller's view of one forum. */
export interface Viewer {
  memberId: string;
  role: Role;
  departmentIds: string[];
  isOrganizer: boolean;
  /** Departments whose summary the caller may read. */
  visibleDepartmentIds: string[];
}

/** GET /api/forums/:forumId */
export interface ForumResponse {
  forum: Forum;
  /** Every department (names are visible to all members; summaries only per `viewer.visibleDepartmentIds`). */
  departments: Department[];
  questions: Question[];
  principles: Principle[];
  viewer: Viewer;
}

// ---- summaries ----------------------------------------------------------------------------------

/** GET /api/departments/:departmentId/summary */
export interface DepartmentSummaryResponse {
  forum: Forum;
  department: Department;
  questions: Question[];
  principles: Principle[];
  takeaways: Takeaways;
  /** Name of the member who last edited the takeaways (null if none, or no longer a member). */
  takeawaysEditorName: string | null;
  /** Aggregates only; answers come from DepartmentAnswersResponse pages. */
  summary: ApiSummary;
  /** The caller may edit the takeaways (members of the department and organizers). */
  canEditTakeaways: boolean;
}

/** GET /api/forums/:forumId/overview — organizers, or everyone when forum.settings.shareSummaries. */
export interface ForumOverviewResponse {
  forum: Forum;
  departments: Department[];
  questions: Question[];
  principles: Principle[];
  overview: ApiOverview;
  takeaways: Takeaways[];
  /** Shown voices per department id (counts only; a department without any is absent). */
  voicesShown: Record<string, number>;
  /**
   * The presentation's voices per department with shown voices: counts by group, recurring words
   * and a few texts, only of rounds the department shares (the same for every reader).
   */
  voices: Record<string, VoicesGlance>;
}

/**
 * GET /api/departments/:departmentId/questions/:questionId/answers?cursor=&limit= — one page of
 * the question's answers in the department, newest first, each with its author's name.
 */
export type DepartmentAnswersResponse = ApiAnswerPage;

/** PUT /api/departments/:departmentId/takeaways → 200 (409: ApiErrorBody with `current`). */
export interface TakeawaysResponse {
  takeaways: Takeaways;
}

/** GET /api/me/answers?forumId= — the caller's own answers. */
export interface MyAnswersResponse {
  answers: Answer[];
  questions: Question[];
}

// ---- live events --------------------------------------------------------------------------------

/** POST /api/events/ticket (Bearer) → a 60-second ticket for GET /api/events?access_token=. */
export interface EventTicketResponse {
  ticket: string;
  expiresAt: string;
  /** Ready-made same-origin path for `new EventSource(url)` (add `&forumId=` / `&topics=` as needed). */
  url: string;
}

/**
 * GET /api/events — text/event-stream. Events:
 * - `ready`  data: `{ "forumIds": [...] }` once subscribed;
 * - `change` data: `LiveChange` whenever something the caller may see changed (refetch then);
 * - comments (`: ping`) every 25 s to keep proxies from closing the stream.
 * The ticket is checked once, at connect; the stream stays open after it expires. On reconnect
 * (EventSource retries by itself) a new ticket is needed, so the tab should close the
 * EventSource on error and open a new one with a fresh ticket.
 */
export interface LiveChange {
  forumId: string;
  departmentId: string | null;
  topic: 'answer' | 'takeaways' | 'delivery' | 'round' | 'forum' | 'member';
}

// ---- administration -----------------------------------------------------------------------------

/** GET/PUT /api/forums/:forumId/settings */
export interface ForumSettingsResponse {
  forum: Forum;
  /**
   * After a save (PUT): how many planned rounds got a new time because the time zone, send time
   * or quiet hours changed (each re-derived from its local date and time; rounds already sent keep theirs).
   */
  retimedRounds?: number;
  /** After a save (PUT): the planner's remarks on the new settings (e.g. the send time lies in quiet hours), localized. */
  warnings?: string[];
}

export interface DepartmentsResponse {
  departments: Department[];
}
export interface DepartmentResponse {
  department: Department;
}
export interface MembersResponse {
  members: Member[];
}
export interface MemberResponse {
  member: Member;
}

export interface MemberImportRow {
  /** 1-based line number in the CSV (the header is line 1). */
  line: number;
  ok: boolean;
  /** The name and e-mail (or UPN) as typed in the row, shown also when the row has errors. */
  name: string;
  email: string;
  /** The person's Teams account could not be found from the e-mail (and no Entra object id was given). */
  unresolved: boolean;
  /** 'create' a new member, 'update' the member with the same aadObjectId; null when the row has errors. */
  action: 'create' | 'update' | null;
  member: {
    aadObjectId: string;
    name: string;
    email: string | null;
    role: Role;
    departmentIds: string[];
    locale: Locale;
  } | null;
  /** Localized (Accept-Language) messages by column, named as the file's header typed it. */
  errors: Record<string, string>;
}

/** POST /api/forums/:forumId/members/import → 200 (dry run or applied) or 422 with `import`. */
export interface MemberImportResult {
  dryRun: boolean;
  /** true only when not a dry run and every row was valid (all-or-nothing). */
  applied: boolean;
  rows: MemberImportRow[];
  errorRows: number;
  created: number;
  updated: number;
}

/** One Teams conversation the bot is installed in (the opaque reference is not exposed). */
export interface ConversationLink {
  conversationId: string;
  kind: ConversationKind;
  departmentId: string | null;
  installedAt: string;
  removedAt: string | null;
  reachable: boolean;
  lastError: string | null;
}

/** GET /api/forums/:forumId/conversations — link status of group chats / channels per department. */
export interface ConversationsResponse {
  departments: {
    departmentId: string;
    /** A reachable, installed group chat or channel is linked. */
    linked: boolean;
    conversations: ConversationLink[];
  }[];
  /** Group chats / channels with the bot installed but linked to no department of this forum. */
  unlinked: ConversationLink[];
  /** Personal chats installed, per member (false: the bot cannot reach the member 1:1 yet). */
  personal: { memberId: string; installed: boolean; reachable: boolean }[];
}

/** GET /api/forums/:forumId/plan — the proposed default plan (not saved). */
export interface PlanProposalResponse {
  rounds: Round[];
  warnings: PlanWarning[];
}

/** GET /api/forums/:forumId/rounds (sorted by dueAt) */
export interface RoundsResponse {
  rounds: Round[];
}
/** POST /api/forums/:forumId/plan/accept — future planned rounds replaced by the proposal. */
export interface AcceptPlanResponse {
  rounds: Round[];
  /** Planned rounds of the previous plan that were cancelled. */
  replaced: number;
  warnings: PlanWarning[];
}
/** POST /api/forums/:forumId/rounds, POST .../rounds/send-now, PATCH /api/rounds/:roundId, DELETE /api/rounds/:roundId */
export interface RoundResponse {
  round: Round;
  /** Non-blocking remarks in the request's language (closed day, quiet hours, ambiguous local time). */
  warnings: string[];
}

/** GET /api/rounds/:roundId/preview?locale=&memberId= — exactly what the bot sends. */
export interface CardPreviewResponse {
  /** The Bot Framework message activity (type 'message', attachments[0] the Adaptive Card). */
  activity: unknown;
  /** attachments[0].content: the Adaptive Card JSON (schema 1.5), for an Adaptive Cards renderer. */
  card: unknown;
  /** Serialized size in bytes (Teams accepts about 80 KB). */
  bytes: number;
  locale: Locale;
  memberId: string | null;
}

export type DeliveryCounts = Record<DeliveryState, number> & { total: number; answered: number };

export interface DeliveryRow {
  delivery: Delivery;
  /** Member name for 1:1 sends; null for group posts. */
  recipientName: string | null;
  /** The recipient answered every question of the round. */
  answered: boolean;
}

export interface RoundDeliveryStatus {
  round: Round;
  counts: DeliveryCounts;
  rows: DeliveryRow[];
}

/** GET /api/forums/:forumId/deliveries?roundId= */
export interface DeliveryStatusResponse {
  rounds: RoundDeliveryStatus[];
  /** The bot's messages about the facilitator meetings, by occasion (none when one round is asked for). */
  meetingMessages: MeetingMessageGroupStatus[];
}

/** POST /api/deliveries/:deliveryId/retry | /cancel */
export interface DeliveryResponse {
  delivery: Delivery;
}

// ---- dev mode (404 unless config.auth.mode === 'dev') ---------------------------------------------

export interface DevUser {
  aadObjectId: string;
  name: string;
  /** The person the demo's Teams client (the Agents Playground) runs as (`npm start -- --as`). */
  inPlayground?: boolean;
  memberships: { forumId: string; forumName: Localized; role: Role; departmentNames: Localized[] }[];
}
/** GET /api/dev/users (no token needed) */
export interface DevUsersResponse {
  users: DevUser[];
}
/** POST /api/dev/token { aadObjectId } (no token needed) */
export interface DevTokenResponse {
  token: string;
  expiresAt: string;
}

// ---- privacy and audit (see ./privacy-types) ------------------------------------------------------

export type * from './privacy-types';
