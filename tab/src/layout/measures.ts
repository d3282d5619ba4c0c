/**
 * The few lengths the tab's layouts need beyond Fluent's spacing tokens: the narrowest a tile or
 * a column of answers or charts may get before the grid moves it to the next row. In rem, so they follow the text size.
 */
export const measures = {
  tileMinWidth: '17rem',
  columnMinWidth: '22rem',
  /** A takeaways text longer than this scrolls inside the band instead of pushing it down. */
  takeawaysMaxHeight: '12rem',
  /** The longest line that still reads comfortably. */
  readableWidth: '70ch',
} as const;

/** A grid that fits as many columns of at least `min` as the width allows, never wider than the screen. */
export function autoFitColumns(min: string): string {
  return `repeat(auto-fit, minmax(min(100%, ${min}), 1fr))`;
}
