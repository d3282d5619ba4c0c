import type { ForumSettings, Member } from '../../core/model';

/**
 * The one authorization rule set: who may see which department's answers, names and counts, under
 * which forum settings. Pure functions over facts the caller loads from the store (the person's
 * memberships, the forum's settings, the department); the API, the live-update stream and every
 * card action and refresh ask these rules and nothing else. Card data is never a fact: a card
 * action's forum, department and round come from the store first (see bot/teams/card-scope.ts).
 */

/** One membership as the rules need it (a Member has more). */
export type Membership = Pick<Member, 'id' | 'forumId' | 'role' | 'departmentIds'>;

/** The forum as the rules need it. */
export interface ForumFacts {
  id: string;
  settings: Pick<ForumSettings, 'shareSummaries' | 'shareAnswersInGroupChat'>;
}

/** Why a department's answers are readable: organizer, the person's own department, or shared summaries. */
export type DepartmentAccess = 'organizer' | 'own' | 'shared';

/** The person's membership in a forum (one per forum), or null: a non-member, or a member of another forum. */
export function membershipIn<M extends Membership>(memberships: readonly M[], forumId: string): M | null {
  return memberships.find((m) => m.forumId === forumId) ?? null;
}

export function isOrganizerOf(member: Membership | null, forumId: string): boolean {
  return member?.forumId === forumId && member.role === 'organizer';
}

/**
 * May this member read a department's answers with names and counts (summary, exports, live
 * notices, group-card answers and counts)? Organizers: every department of their forum. Chefs and
 * facilitators: their own departments; every department only while the forum shares summaries.
 * Nobody outside the forum, whatever their role elsewhere.
 */
export function departmentAccess(
  member: Membership | null,
  forum: ForumFacts,
  departmentId: string,
): DepartmentAccess | null {
  if (!member || member.forumId !== forum.id) return null;
  if (member.role === 'organizer') return 'organizer';
  if (member.departmentIds.includes(departmentId)) return 'own';
  return forum.settings.shareSummaries ? 'shared' : null;
}

/** Takeaways are co-edited by the department's chefs and the organizers; facilitators only read. */
export function mayEditTakeaways(
  member: Membership | null,
  forum: ForumFacts,
  departmentId: string,
): boolean {
  const access = departmentAccess(member, forum, departmentId);
  return access === 'organizer' || (access === 'own' && member?.role === 'chef');
}

/** A department's facilitator meeting is recorded (date, time) by its chefs, its facilitators and the organizers. */
export function mayRecordFacilitatorMeeting(
  member: Membership | null,
  forum: ForumFacts,
  departmentId: string,
): boolean {
  const access = departmentAccess(member, forum, departmentId);
  return access === 'organizer' || access === 'own';
}

/** The notes after a facilitator meeting are the department's facilitators' own. */
export function mayWriteFacilitatorNotes(
  member: Membership | null,
  forum: ForumFacts,
  departmentId: string,
): boolean {
  return departmentAccess(member, forum, departmentId) === 'own' && member?.role === 'facilitator';
}

/**
 * Sharing to the final meeting's stage (what everyone in the meeting sees) is the organizers' job;
 * everyone else in the forum follows the running order in the side panel without sharing.
 */
export function mayShareToStage(member: Membership | null, forumId: string): boolean {
  return isOrganizerOf(member, forumId);
}

/** The forum-wide overview (every department's counts and answers): organizers, or all members when summaries are shared. */
export function mayReadOverview(member: Membership | null, forum: ForumFacts): boolean {
  if (!member || member.forumId !== forum.id) return false;
  return member.role === 'organizer' || forum.settings.shareSummaries;
}

/** The departments (of the given ones) whose answers the member may read. */
export function readableDepartmentIds(
  member: Membership | null,
  forum: ForumFacts,
  departmentIds: readonly string[],
): string[] {
  return departmentIds.filter((id) => departmentAccess(member, forum, id) !== null);
}

/**
 * What a person's own view of a department's group-chat card adds to their own answers: how many
 * have answered (counts) and the others' answers with names (answers). Counts follow the read rule;
 * answers also need the forum to share answers in group chats. A non-member sees neither.
 */
export function groupCardView(
  member: Membership | null,
  forum: ForumFacts,
  departmentId: string,
): { counts: boolean; answers: boolean } {
  const counts = departmentAccess(member, forum, departmentId) !== null;
  return { counts, answers: counts && forum.settings.shareAnswersInGroupChat };
}

/**
 * The card posted in a department's linked group chat is one card for everyone in that chat; it
 * shows the department's answers only while the forum shares answers in group chats.
 */
export function groupPostShowsAnswers(forum: ForumFacts): boolean {
  return forum.settings.shareAnswersInGroupChat;
}

/** Live-update topics only organizers are told about (scheduling and membership administration). */
export const ORGANIZER_TOPICS: ReadonlySet<string> = new Set(['delivery', 'round', 'member']);

/**
 * May this member be told about a change? The read rules again: organizers everything in their
 * forum; others forum-wide notices (no department) and the departments they may read.
 */
export function mayBeToldOf(
  notice: { forumId: string; departmentId: string | null; topic: string },
  member: Membership | null,
  forum: ForumFacts,
): boolean {
  if (!member || member.forumId !== forum.id || notice.forumId !== forum.id) return false;
  if (member.role === 'organizer') return true;
  if (ORGANIZER_TOPICS.has(notice.topic)) return false;
  if (notice.departmentId === null) return true;
  return departmentAccess(member, forum, notice.departmentId) !== null;
}

/**
 * A person's chats with the bot (Teams conversation references: ids and service URL) serve every
 * forum they are in, so they belong to no forum's organizers: only the person sees them. An
 * organizer handling a member's data gets that forum's answers, deliveries and audit entries.
 */
export function mayReadConversationRefsOf(
  viewerAadObjectId: string | null,
  subjectAadObjectId: string,
): boolean {
  return viewerAadObjectId !== null && viewerAadObjectId.toLowerCase() === subjectAadObjectId.toLowerCase();
}

/** What a member may do with a department's voices from outside the forum. */
export interface VoiceRights {
  /** Counts by group and state. */
  counts: boolean;
  /** Shown texts of every round (the department's own people), or only of shared rounds. */
  texts: 'all' | 'shared';
  /** Open, change and revoke rounds; see the public link and QR code. */
  manage: boolean;
  /** Show or hide voices (and read waiting and hidden ones). */
  moderate: boolean;
}

/**
 * Voices follow the read rule for counts. The department's own people read the shown texts; others
 * who may read the department (organizers, everyone while summaries are shared) read only the texts
 * of rounds the department shares. Only the department's chefs moderate; they and the organizers
 * manage rounds.
 */
export function voiceRights(
  member: Membership | null,
  forum: ForumFacts,
  departmentId: string,
): VoiceRights | null {
  const access = departmentAccess(member, forum, departmentId);
  if (!access) return null;
  const ownChef = access === 'own' && member?.role === 'chef';
  return {
    counts: true,
    texts: access === 'own' ? 'all' : 'shared',
    manage: ownChef || access === 'organizer',
    moderate: ownChef,
  };
}

/**
 * Voices in views the whole forum shares (the overview's presentation and its exports): counts, and
 * only the texts of rounds the department shares, whoever looks. Nothing to manage or moderate.
 */
export const SHARED_VIEW_VOICE_RIGHTS: VoiceRights = {
  counts: true,
  texts: 'shared',
  manage: false,
  moderate: false,
};
