import {
  buildSlideDeck,
  departmentSlideSource,
  forumDeckSource,
  type Slide,
} from '../../../core/presentation';
import type { Locale } from '../../../core/model';
import type { DepartmentSummaryData, ForumOverviewData } from '../summary-data';

/** The presentation of one department: the cover and its slide (no closing slide across departments). */
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
    { closing: false },
  );
}

/** The forum's presentation: the slides the tab's presentation mode shows, ending with the closing slide. */
export function forumSlides(data: ForumOverviewData, locale: Locale): Slide[] {
  return buildSlideDeck(forumDeckSource(data.forum, data.overview), locale);
}
