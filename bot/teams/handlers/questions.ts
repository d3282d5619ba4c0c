import { cardActivity, principlesCard } from '../cards';
import { showOwnViewPrivately } from '../group-submit';
import { t } from '../messages';
import { adHocRound, openQuestions, roundView } from '../round-view';
import { reply, type TurnScope } from './turn-scope';

/** A card with every open question of the member (or all, answered ones editable, when none is open). */
export async function questions(scope: TurnScope): Promise<void> {
  const { member, forum, locale } = scope.viewer;
  if (!member || !forum) return reply(scope, t(locale, 'unknownUser'));
  const { store } = scope.deps;
  const [all, answers] = await Promise.all([
    store.listQuestions(forum.id),
    store.listAnswers(forum.id, { memberId: member.id }),
  ]);
  const open = openQuestions(all, answers);
  if (open.length === 0) await reply(scope, t(locale, 'questions.none'));
  const shown = (open.length ? open : [...all].sort((a, b) => a.number - b.number)).map((q) => q.id);
  const departmentId =
    scope.ref.departmentId && member.departmentIds.includes(scope.ref.departmentId)
      ? scope.ref.departmentId
      : (member.departmentIds[0] ?? null);
  const card = await roundView(scope.deps, {
    forum,
    member,
    departmentId,
    round: adHocRound(scope.deps, forum, shown),
    locale,
  });
  const title = t(locale, 'card.prompt.title');
  // The card carries the person's own answers: in a shared chat it goes to their 1:1 chat instead.
  if (scope.ref.kind !== 'personal')
    return showOwnViewPrivately(scope.deps, scope.context, scope.deps.config.bot?.id ?? '', {
      card,
      text: title,
    });
  await scope.context.sendActivity(cardActivity(card, title));
}

export async function principles(scope: TurnScope): Promise<void> {
  const { forum, locale } = scope.viewer;
  const forumId = forum?.id ?? (await scope.deps.store.listForums())[0]?.id;
  if (!forumId) return reply(scope, t(locale, 'unknownUser'));
  const list = await scope.deps.store.listPrinciples(forumId);
  await scope.context.sendActivity(cardActivity(principlesCard(list, locale), t(locale, 'card.principles')));
}
