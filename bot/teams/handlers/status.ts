import { localize } from '../../../core/i18n';
import { daysBetween, formatLocalDate } from '../../../core/time';
import { forumToday } from '../identity';
import { t } from '../messages';
import { openQuestions } from '../round-view';
import { reply, type TurnScope } from './turn-scope';

export async function status(scope: TurnScope): Promise<void> {
  const { member, forum, locale } = scope.viewer;
  if (!member || !forum) return reply(scope, t(locale, 'unknownUser'));
  const { store, clock } = scope.deps;
  const [questions, answers] = await Promise.all([
    store.listQuestions(forum.id),
    store.listAnswers(forum.id, { memberId: member.id }),
  ]);
  const open = openQuestions(questions, answers);
  const today = forumToday(forum, clock);
  const lines = [
    `**${t(locale, 'status.title')}** (${localize(forum.name, locale)})`,
    t(locale, 'status.answered', { count: questions.length - open.length, total: questions.length }),
    open.length
      ? t(locale, 'status.open', {
          list: open.map((q) => `${q.number}. ${localize(q.text, locale)}`).join('; '),
        })
      : t(locale, 'status.none'),
  ];
  const days = daysBetween(today, forum.finalMeetingDate);
  if (days >= 0)
    lines.push(t(locale, 'status.daysLeft', { days, date: formatLocalDate(forum.finalMeetingDate, locale) }));
  if (member.pausedUntil && member.pausedUntil >= today) {
    lines.push(t(locale, 'status.paused', { date: formatLocalDate(member.pausedUntil, locale) }));
  }
  await reply(scope, lines.join('\n\n'));
}
