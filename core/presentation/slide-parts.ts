import type { Locale } from '../model';
import { fitItems, linesOf } from './fit-text';
import { CHARS_PER_LINE, SECTION_LINES, WIDE_CHARS_PER_LINE } from './slide-layout';
import { slideText as t } from './slide-messages';
import type { SlideItem, SlideSection, SlideSectionKey } from './slide-types';
import type { DeckSource } from './slide-source';

/**
 * A part of a department's slide with nothing to show because its answers are still too few to show
 * says when it will (the forum's threshold), not that there is nothing.
 */
export function unlessWithheld(s: SlideSection, withheldBelow: number | null, locale: Locale): SlideSection {
  if (s.empty === null || withheldBelow === null) return s;
  return { ...s, empty: t(locale, 'empty.withheld', { count: withheldBelow }) };
}

/** The participation line under a slide's title (a department's or the whole forum's). */
export function participationLine(p: DeckSource['participation'], locale: Locale): string {
  return t(locale, 'participation.line', {
    answered: p.respondents,
    members: p.members,
    percent: Math.round(p.rate * 100),
  });
}

export function item(text: string, rest: Partial<Omit<SlideItem, 'text'>> = {}): SlideItem {
  return { text, detail: null, status: null, statusText: null, countText: null, ...rest };
}

function itemLines(i: SlideItem, chars: number): number {
  return linesOf(i.text, chars) + (i.detail === null ? 0 : 1);
}

/**
 * A section of the items that fit; `unlisted` more exist that the source did not list. A `wide`
 * section spans both columns: twice the characters to a line.
 */
export function section(
  key: SlideSectionKey,
  items: SlideItem[],
  locale: Locale,
  unlisted = 0,
  wide = false,
): SlideSection {
  const chars = wide ? WIDE_CHARS_PER_LINE : CHARS_PER_LINE;
  const { shown, hidden } = fitItems(items, (i) => itemLines(i, chars), SECTION_LINES, unlisted > 0);
  const more = hidden + unlisted;
  return {
    key,
    heading: t(locale, `section.${key}`),
    items: shown,
    more: more > 0 ? t(locale, 'more', { count: more }) : null,
    empty: items.length + unlisted === 0 ? t(locale, `empty.${key}`) : null,
    wide,
  };
}
