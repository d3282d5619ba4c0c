import type { Locale } from '../../../core/model';
import { formatLocalDate } from '../../../core/time';
import { pt } from '../../privacy/privacy-messages';
import {
  actionSet,
  adaptiveCard,
  execute,
  heading,
  openUrl,
  subtle,
  text,
  type Card,
} from '../cards/card-kit';

/** Card verbs of the privacy flow (Action.Execute verb, and data.samskab for the Submit fallback). */
export const PRIVACY_VERBS = {
  ask: 'privacyAsk',
  confirm: 'privacyConfirm',
  cancel: 'privacyCancel',
} as const;

export interface MyDataSummary {
  forumName: string;
  answers: number;
  revisions: number;
  /** Facilitator meetings whose date the person recorded or whose notes they wrote. */
  meetings: number;
  purgeOnDate: string | null;
}

export function myDataCard(summaries: MyDataSummary[], locale: Locale, tabUrl: string): Card {
  const body = [heading(pt(locale, 'bot.mine.title'))];
  if (summaries.every((s) => s.answers === 0)) body.push(text(pt(locale, 'bot.mine.none')));
  for (const s of summaries) {
    body.push(
      text(pt(locale, 'bot.mine.counts', { answers: s.answers, revisions: s.revisions, forum: s.forumName })),
    );
    if (s.meetings > 0)
      body.push(text(pt(locale, 'bot.mine.meetings', { meetings: s.meetings, forum: s.forumName })));
    if (s.purgeOnDate)
      body.push(subtle(pt(locale, 'bot.mine.stored', { date: formatLocalDate(s.purgeOnDate, locale) })));
  }
  body.push(subtle(pt(locale, 'bot.mine.export')));
  const actions = [openUrl(pt(locale, 'bot.mine.openTab'), tabUrl)];
  if (summaries.some((s) => s.answers > 0 || s.meetings > 0))
    actions.push(execute(pt(locale, 'bot.mine.delete'), PRIVACY_VERBS.ask, {}));
  body.push(actionSet(actions));
  return adaptiveCard(body);
}

export function confirmEraseCard(
  counts: { answers: number; meetings: number },
  token: string,
  locale: Locale,
): Card {
  return adaptiveCard([
    heading(pt(locale, 'bot.delete.title')),
    ...(counts.answers > 0 ? [text(pt(locale, 'bot.delete.body', { answers: counts.answers }))] : []),
    ...(counts.meetings > 0 ? [text(pt(locale, 'bot.delete.meetings', { meetings: counts.meetings }))] : []),
    actionSet([
      execute(pt(locale, 'bot.delete.confirm'), PRIVACY_VERBS.confirm, { token }, { style: 'destructive' }),
      execute(pt(locale, 'bot.delete.cancel'), PRIVACY_VERBS.cancel, {}),
    ]),
  ]);
}

export function noticeCard(title: string, message: string): Card {
  return adaptiveCard([heading(title), text(message)]);
}
