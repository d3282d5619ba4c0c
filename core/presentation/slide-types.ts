/** The slide model's shapes: what the tab and the PowerPoint export draw. */
export type SlideSectionKey = 'takeaways' | 'participation' | 'principles' | 'actions' | 'indicators';

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

export type Slide = CoverSlide | DepartmentSlide | ClosingSlide;
