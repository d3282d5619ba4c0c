/** The slide model's shapes: what the tab and the PowerPoint export draw. */
export type SlideSectionKey =
  | 'takeaways'
  | 'participation'
  | 'principles'
  | 'actions'
  | 'indicators'
  | 'voiceGroups'
  | 'voiceWords'
  | 'voiceTexts';

/** One entry of a section: a line of text, maybe a detail line under it, maybe a status or a count. */
export interface SlideItem {
  text: string;
  detail: string | null;
  /** An action's status, said in words in `statusText` (colour only repeats it). */
  status: 'overdue' | 'onTrack' | null;
  statusText: string | null;
  /** A principle's count, said in words (e.g. "3 chefer"). */
  countText: string | null;
}

export interface SlideSection {
  key: SlideSectionKey;
  heading: string;
  items: SlideItem[];
  /** "+N more" when not every item fits, else null. */
  more: string | null;
  /** What the section says when it has nothing, else null. */
  empty: string | null;
  /** The section spans both columns of its row (WIDE_CHARS_PER_LINE to a line). */
  wide: boolean;
}

export interface CoverSlide {
  kind: 'cover';
  title: string;
  lines: string[];
}

export interface DepartmentSlide {
  kind: 'department';
  departmentId: string;
  title: string;
  subtitle: string;
  /** Takeaways, principles, action plan, indicators: reading order, left to right, top to bottom. */
  sections: SlideSection[];
}

/** The forum-wide last slide: what the departments learned together, counted across them. */
export interface ClosingSlide {
  kind: 'closing';
  title: string;
  subtitle: string;
  /** Participation per department, the principles chosen most, the actions' status, the indicators. */
  sections: SlideSection[];
}

/**
 * What people outside the forum told a department (its voices round): the shown voices by group,
 * the words that recur in them and a few of them, after the department's own slide. Only shown
 * voices, and texts only where the department shares them.
 */
export interface VoicesSlide {
  kind: 'voices';
  departmentId: string;
  title: string;
  subtitle: string;
  /** By group and recurring words side by side, then a few voices across the slide. */
  sections: SlideSection[];
}

/** A slide drawn as a title, a subtitle and its sections in a two-column grid. */
export type SectionedSlide = DepartmentSlide | ClosingSlide | VoicesSlide;

export type Slide = CoverSlide | SectionedSlide;
