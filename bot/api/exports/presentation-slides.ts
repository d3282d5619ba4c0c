import {
  buildSlideDeck,
  departmentSlideSource,
  forumDeckSource,
  type Slide,
} from '../../../core/presentation';
import type { Locale } from '../../../core/model';
import type { DepartmentSummaryData, ForumOverviewData } from '../summary-data';

/** The presentation of one department, as the tab would show it for a forum of that department alone. */
export function departmentSlides(data: DepartmentSummaryData, locale: Locale): Slide[] {
  const { forum, summary } = data;
  return buildSlideDeck(
    {
      forumName: forum.name,
      kickoffDate: forum.kickoffDate,
      finalMeetingDate: forum.finalMeetingDate,
      participation: summary.participation,
      departments: [departmentSlideSource(summary)],
    },
    locale,
  );
}

/** The forum's presentation: the slides the tab's presentation mode shows. */
export function forumSlides(data: ForumOverviewData, locale: Locale): Slide[] {
  return buildSlideDeck(forumDeckSource(data.forum, data.overview), locale);
}
