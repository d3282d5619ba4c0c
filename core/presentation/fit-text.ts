import { CHARS_PER_LINE } from './slide-layout';

/** Lines a text takes in a section's column (at least one). */
export function linesOf(text: string, chars = CHARS_PER_LINE): number {
  return Math.max(1, Math.ceil(text.length / chars));
}

/**
 * Text cut to at most `lines` lines of a column (at a word boundary, marked "…"), with runs of
 * white space made one space.
 */
export function clipToLines(text: string, lines: number, chars = CHARS_PER_LINE): string {
  return clipText(text.replace(/\s+/g, ' ').trim(), lines * chars);
}

/** `text` cut at a word boundary before `max` characters and marked "…". */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space >= max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * The items that fit in `budget` lines, keeping one line for "+N more" when some do not (or
 * when `moreFollows`): the first items in order, never a later one past one that did not fit.
 */
export function fitItems<T>(
  items: readonly T[],
  lines: (item: T) => number,
  budget: number,
  moreFollows = false,
) {
  const shown: T[] = [];
  let used = 0;
  for (const [i, item] of items.entries()) {
    const need = lines(item);
    const moreLine = moreFollows || i < items.length - 1 ? 1 : 0;
    if (used + need + moreLine > budget) break;
    shown.push(item);
    used += need;
  }
  return { shown, hidden: items.length - shown.length };
}
