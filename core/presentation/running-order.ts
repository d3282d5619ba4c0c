import { localize } from '../i18n';
import type { Department, Locale, Localized } from '../model';
import { closingSlideTitle } from './closing-slide';

/**
 * The final meeting's running order as the presentation has it: slide 1 the forum's cover, then
 * each department in its order, then the forum-wide closing slide. The meeting chat's card and the
 * side panel (for those who follow along without the overview) both list it from here.
 */
export function runningOrder(
  forumName: Localized,
  departments: readonly Pick<Department, 'name' | 'sortOrder'>[],
  locale: Locale,
): { slide: number; title: string }[] {
  const titles = [
    localize(forumName, locale),
    ...[...departments].sort((a, b) => a.sortOrder - b.sortOrder).map((d) => localize(d.name, locale)),
    closingSlideTitle(locale),
  ];
  return titles.map((title, i) => ({ slide: i + 1, title }));
}
