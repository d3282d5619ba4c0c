/**
 * The slide's geometry, in percent of the slide's width (a 16:9 slide is 100 × 56.25). The tab
 * sets these as container-query units (cqw) of the slide box, the PowerPoint export converts them
 * to inches and points: both draw the same slide, and the model's text budgets follow from them.
 */
export const SLIDE_LAYOUT = {
  width: 100,
  height: 56.25,
  padX: 4,
  padY: 3,
  titleSize: 3.4,
  titleLineHeight: 1.15,
  subtitleSize: 1.7,
  subtitleLineHeight: 1.3,
  headerGap: 0.5,
  headerToGrid: 2,
  columnGap: 3,
  rowGap: 2,
  headingSize: 2.2,
  headingLineHeight: 1.2,
  headingGap: 0.6,
  bodySize: 1.7,
  bodyLineHeight: 1.25,
  coverTitleSize: 5,
  coverLineSize: 2.2,
} as const;

/** Lines of body text a section's column holds below its heading, "+N more" included. */
export const SECTION_LINES = 7;

/**
 * Characters of body text per line of a section's column. A column is 44.5 wide and body text 1.7,
 * so a line holds about 50 average characters of a wide sans-serif (DejaVu Sans); the budget
 * keeps a margin for long words and wide letters, so a counted line never wraps in two.
 */
export const CHARS_PER_LINE = 44;

/** Characters of a slide title (3.4 wide type, one line across the slide). */
export const TITLE_CHARS = 44;

/** Characters of body text per line of a section that spans both columns. */
export const WIDE_CHARS_PER_LINE = 2 * CHARS_PER_LINE;
