import { localize } from '../../../core/i18n';
import type { Department, Forum, Locale, Member, Principle } from '../../../core/model';
import { formatLocalDate } from '../../../core/time';
import { t } from '../messages';
import {
  type Card,
  actionSet,
  adaptiveCard,
  execute,
  factSet,
  heading,
  openUrl,
  showCard,
  text,
} from './card-kit';
import { principlesElements } from './principles-card';

export interface WelcomeCardInput {
  forum: Forum | null;
  department: Department | null;
  member: Member | null;
  principles: Principle[];
  locale: Locale;
  tabUrl: string | null;
  /** A group chat welcome addresses everyone. */
  group?: boolean;
}

export function welcomeCard(input: WelcomeCardInput): Card {
  const { forum, locale } = input;
  const body = [heading(t(locale, 'welcome.title'), 'Large')];
  if (input.member) body.push(text(t(locale, 'welcome.hello', { name: input.member.name })));
  if (input.group) body.push(text(t(locale, 'welcome.group')));
  if (!forum) {
    body.push(text(t(locale, 'welcome.unknownUser')));
    return adaptiveCard(body, { fallbackText: t(locale, 'welcome.title') });
  }
  body.push(text(localize(forum.name, locale), { weight: 'Bolder' }));
  body.push(text(t(locale, 'welcome.what')));
  if (forum.assignment) body.push(text(localize(forum.assignment, locale)));
  const facts: Array<[string, string]> = [
    [t(locale, 'welcome.kickoff'), formatLocalDate(forum.kickoffDate, locale)],
    [t(locale, 'welcome.final'), formatLocalDate(forum.finalMeetingDate, locale)],
  ];
  if (input.department)
    facts.push([
      t(locale, 'card.department', { name: '' }).replace(/:\s*$/, ''),
      localize(input.department.name, locale),
    ]);
  body.push(factSet(facts));
  body.push(text(t(locale, 'welcome.how'), { weight: 'Bolder' }));
  body.push(
    text(
      ['welcome.how1', 'welcome.how2', 'welcome.how3', 'welcome.how4']
        .map((k) => `- ${t(locale, k as 'welcome.how1')}`)
        .join('\r'),
    ),
  );
  const actions = [];
  if (input.principles.length)
    actions.push(
      showCard(t(locale, 'card.principles'), adaptiveCard(principlesElements(input.principles, locale))),
    );
  if (input.member) actions.push(execute(t(locale, 'card.answer'), 'questions', {}));
  if (input.tabUrl) actions.push(openUrl(t(locale, 'card.summaryLink'), input.tabUrl));
  if (actions.length) body.push(actionSet(actions));
  return adaptiveCard(body, { fallbackText: t(locale, 'welcome.title') });
}
