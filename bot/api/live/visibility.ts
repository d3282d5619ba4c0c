import type { Forum, Member } from '../../../core/model';
import { mayBeToldOf } from '../../authz/rules';
import type { ChangeNotice } from '../../store/store';

export interface ForumView {
  forum: Forum;
  member: Member;
}

/** May this member be told about this change? The read rules of bot/authz/rules.ts (mayBeToldOf). */
export function isVisible(notice: ChangeNotice, views: ReadonlyMap<string, ForumView>): boolean {
  const view = views.get(notice.forumId);
  return view !== undefined && mayBeToldOf(notice, view.member, view.forum);
}
