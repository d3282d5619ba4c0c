import {
  buildSlideDeck,
  departmentSlideSource,
  forumDeckSource,
  type Slide,
} from '../../../core/presentation';
import type { Locale } from '../../../core/model';
import type { VoicesGlance } from '../../../core/voices';
import type { DepartmentSummaryData, ForumOverviewData } from '../summary-data';

/**
 * The presentation of one department: the cover, its slide and its voices slide if it has shown
 * voices the reader may see (no closing slide across departments).
 */
export function departmentSlides(
  data: DepartmentSummaryData,
  locale: Locale,
  voices: VoicesGlance | null,
): Slide[] {
  const { forum, summary } = data;
  return buildSlideDeck(
    {
      forumName: forum.name,
      kickoffDate: forum.kickoffDate,
      finalMeetingDate: forum.finalMeetingDate,
      participation: summary.participation,
      departments: [departmentSlideSource(summary, voices)],
    },
    locale,
    { closing: false },
  );
}

/**
 * The forum's presentation: the slides the tab's presentation mode shows (the same voices glances as
 * the overview carries), ending with the closing slide.
 */
export function forumSlides(
  data: ForumOverviewData,
  locale: Locale,
  voices: Readonly<Record<string, VoicesGlance>>,
): Slide[] {
  return buildSlideDeck(forumDeckSource(data.forum, data.overview, voices), locale);
}
