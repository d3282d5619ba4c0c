import type { Department, Forum, Member } from '../../../core/model';
import type { ChangeNotice } from '../../store/store';

/** Topics only organizers are told about (scheduling and membership administration). */
const ORGANIZER_TOPICS = new Set<ChangeNotice['topic']>(['delivery', 'round', 'member']);

export interface ForumView {
  forum: Forum;
  member: Member;
  departments: Department[];
}

/**
 * May this member be told about this change? Mirrors the read rules of the API: organizers
 * everything in their forum; others forum-wide notices and the departments they may read
 * (their own, or all when the forum shares summaries).
 */
export function isVisible(notice: ChangeNotice, views: ReadonlyMap<string, ForumView>): boolean {
  const view = views.get(notice.forumId);
  if (!view) return false;
  if (view.member.role === 'organizer') return true;
  if (ORGANIZER_TOPICS.has(notice.topic)) return false;
  if (notice.departmentId === null) return true;
  return view.forum.settings.shareSummaries || view.member.departmentIds.includes(notice.departmentId);
}
