import { formatLocalDate, isValidLocalDate } from '../../../core/time';
import { forumToday } from '../identity';
import { t } from '../messages';
import { reply, type TurnScope } from './turn-scope';

export async function pause(scope: TurnScope): Promise<void> {
  const { member, forum, locale } = scope.viewer;
  if (!member || !forum) return reply(scope, t(locale, 'unknownUser'));
  const value = scope.argument.trim();
  if (!value) return reply(scope, t(locale, 'pause.usage'));
  const date = parseDate(value);
  if (!date) return reply(scope, `${t(locale, 'pause.invalid', { value })}`);
  if (date < forumToday(forum, scope.deps.clock))
    return reply(scope, t(locale, 'pause.past', { date: formatLocalDate(date, locale) }));
  await scope.deps.store.saveMember({ ...member, pausedUntil: date });
  await publishMember(scope, forum.id);
  await reply(scope, t(locale, 'pause.done', { date: formatLocalDate(date, locale) }));
}

export async function resume(scope: TurnScope): Promise<void> {
  const { member, forum, locale } = scope.viewer;
  if (!member || !forum) return reply(scope, t(locale, 'unknownUser'));
  if (!member.pausedUntil) return reply(scope, t(locale, 'resume.notPaused'));
  await scope.deps.store.saveMember({ ...member, pausedUntil: null });
  await publishMember(scope, forum.id);
  await reply(scope, t(locale, 'resume.done'));
}

/** "2019-10-20", or the Danish way "20-10-2019" / "20.10.2019" / "20/10/2019". */
export function parseDate(value: string): string | null {
  if (isValidLocalDate(value)) return value;
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isValidLocalDate(iso) ? iso : null;
}

async function publishMember(scope: TurnScope, forumId: string): Promise<void> {
  await scope.deps.changes.publish({ forumId, departmentId: null, topic: 'member' }).catch(() => undefined);
}
