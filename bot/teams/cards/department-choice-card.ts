import { localize } from '../../../core/i18n';
import type { Department, Forum, Locale } from '../../../core/model';
import { t } from '../messages';
import { LINK_DEPARTMENT_INPUT } from './card-data';
import { type Card, actionSet, adaptiveCard, execute, heading } from './card-kit';

/** Asks an organizer which department a group chat or channel belongs to. */
export function departmentChoiceCard(forum: Forum, departments: Department[], locale: Locale): Card {
  return adaptiveCard(
    [
      heading(t(locale, 'link.ask')),
      {
        type: 'Input.ChoiceSet',
        id: LINK_DEPARTMENT_INPUT,
        label: localize(forum.name, locale),
        style: 'expanded',
        isRequired: true,
        errorMessage: t(locale, 'card.choose'),
        choices: [...departments]
          .sort((a, b) => a.sortOrder - b.sortOrder)
          .map((d) => ({ title: localize(d.name, locale), value: d.id })),
      },
      actionSet([
        execute(t(locale, 'link.choose'), 'linkDepartment', { forumId: forum.id }, { style: 'positive' }),
      ]),
    ],
    { fallbackText: t(locale, 'link.ask') },
  );
}
