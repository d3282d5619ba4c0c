import type { Activity } from 'botbuilder';
import { localize } from '../../../core/i18n';
import { t } from '../messages';
import { cardActivity } from './card-kit';
import { erasedRoundCard } from './erased-card';
import { type RoundCardInput, type SharedAnswer, roundCard } from './round-card';

export type { RoundCardInput, RoundCardExtras, GroupView, SharedAnswer } from './round-card';
export { roundCard, daysLeftLine, MAX_SHARED_ANSWERS } from './round-card';
export { welcomeCard, type WelcomeCardInput } from './welcome-card';
export { principlesCard } from './principles-card';
export { departmentChoiceCard } from './department-choice-card';
export { cardActivity, cardBytes, ADAPTIVE_CARD_CONTENT_TYPE, type Card } from './card-kit';
export * from './card-data';

/** The Adaptive Card 1.5 message for one round and one recipient (a member, or a group chat when member is null). */
export function buildRoundActivity(input: RoundCardInput): Partial<Activity> {
  const summary = `${localize(input.forum.name, input.locale)}: ${t(input.locale, `card.${input.round.kind}.title`)}`;
  return cardActivity(roundCard(input), summary);
}

/**
 * The closed view of a round card (after the forum's final meeting), to update a sent card in place.
 * `shared`: for a group post (member null), the members' answers; shown only when the forum shares
 * answers in group chats, rendered and capped as on the open group card.
 */
export function buildClosedRoundActivity(
  input: RoundCardInput,
  shared: SharedAnswer[] = [],
): Partial<Activity> {
  const summary = `${localize(input.forum.name, input.locale)}: ${t(input.locale, `card.${input.round.kind}.title`)}`;
  return cardActivity(roundCard(input, { closed: true, closedShared: shared }), summary);
}

/** A member's own round card after their answers were erased (see erasedRoundCard). */
export function buildErasedRoundActivity(
  input: RoundCardInput,
  options: { closed: boolean },
): Partial<Activity> {
  return cardActivity(erasedRoundCard(input, options), t(input.locale, 'card.erased'));
}
