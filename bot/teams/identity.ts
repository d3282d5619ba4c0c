import type { Activity } from 'botbuilder';
import { resolveLocale } from '../../core/i18n';
import type { Clock, Forum, Locale, Member } from '../../core/model';
import { localDayAt } from '../../core/time';
import type { ForumStore, MemberStore } from '../store/store';

/** Who is talking to the bot: the Teams user, matched to a forum member by Entra object id. */
export interface Viewer {
  aadObjectId: string | null;
  member: Member | null;
  forum: Forum | null;
  locale: Locale;
}

export async function resolveViewer(
  store: ForumStore & MemberStore,
  clock: Clock,
  activity: Partial<Activity>,
  forumId?: string,
): Promise<Viewer> {
  const aadObjectId = activity.from?.aadObjectId ?? null;
  const fallbackLocale = resolveLocale(activity.locale);
  if (!aadObjectId) return { aadObjectId, member: null, forum: null, locale: fallbackLocale };
  const members = await store.findMembersByAadObjectId(aadObjectId);
  const candidates = forumId ? members.filter((m) => m.forumId === forumId) : members;
  const withForums = (
    await Promise.all(
      candidates.map(async (member) => ({ member, forum: await store.getForum(member.forumId) })),
    )
  ).filter((x): x is { member: Member; forum: Forum } => x.forum !== undefined);
  const chosen = pickCurrent(withForums, clock);
  if (!chosen) return { aadObjectId, member: null, forum: null, locale: fallbackLocale };
  return { aadObjectId, member: chosen.member, forum: chosen.forum, locale: chosen.member.locale };
}

/** A person in several forums talks to the one still running (the latest if several are). */
function pickCurrent<T extends { forum: Forum }>(list: T[], clock: Clock): T | undefined {
  const running = list.filter((x) => forumToday(x.forum, clock) <= x.forum.finalMeetingDate);
  const pool = running.length ? running : list;
  return [...pool].sort((a, b) => b.forum.kickoffDate.localeCompare(a.forum.kickoffDate))[0];
}

export function forumToday(forum: Forum, clock: Clock): string {
  return todayIn(forum.timeZone, clock.now().getTime());
}

/** Per time zone: the local date, and the instants [from, until) it holds for. */
const todays = new Map<string, { date: string; from: number; until: number }>();

/**
 * The local date in a zone at an instant. The zone's offset takes an Intl lookup, and a card turn
 * asks several times; so the answer is kept for the rest of the local day.
 */
function todayIn(timeZone: string, ms: number): string {
  const known = todays.get(timeZone);
  if (known && ms >= known.from && ms < known.until) return known.date;
  const { date, nextDayMs } = localDayAt(ms, timeZone);
  todays.set(timeZone, { date, from: ms, until: nextDayMs });
  if (todays.size > 1000) todays.delete(todays.keys().next().value as string);
  return date;
}

export function isForumOver(forum: Forum, clock: Clock): boolean {
  return forumToday(forum, clock) > forum.finalMeetingDate;
}
