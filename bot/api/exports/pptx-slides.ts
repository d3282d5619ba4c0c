import {
  SLIDE_LAYOUT as L,
  type CoverSlide,
  type SectionedSlide,
  type Slide,
  type SlideItem,
} from '../../../core/presentation';
import { xmlSafe } from './plain-text';
import { BRAND, SUBTLE } from './pptx-style';
import type { SlideOp } from './pptx-worker';

/** The wide layout's width in inches; the slide model measures in percent of the width. */
const SLIDE_INCHES = 13.333;
const inch = (units: number) => (units * SLIDE_INCHES) / L.width;
const points = (units: number) => Math.round(inch(units) * 72 * 10) / 10;

const OVERDUE = 'A4262C';
const ON_TRACK = '107C10';
const FONT = 'Segoe UI';

type Run = { text: string; options: Record<string, unknown> };

/**
 * A slide of core/presentation drawn as PowerPoint shapes: the same texts at the same places and
 * sizes as the tab's presentation (SLIDE_LAYOUT converted to inches and points).
 */
export function slideOps(slide: Slide): SlideOp[] {
  return slide.kind === 'cover' ? coverOps(slide) : sectionedOps(slide);
}

function box(
  runs: Run[] | string,
  x: number,
  y: number,
  w: number,
  h: number,
  extra: Record<string, unknown>,
) {
  return {
    kind: 'text' as const,
    text: runs,
    options: {
      x: inch(x),
      y: inch(y),
      w: inch(w),
      h: inch(h),
      margin: 0,
      valign: 'top',
      fontFace: FONT,
      ...extra,
    },
  };
}

function coverOps(slide: CoverSlide): SlideOp[] {
  const x = L.padX;
  const w = L.width - 2 * L.padX;
  const titleH = 2 * L.coverTitleSize * L.titleLineHeight;
  const top = L.height / 2 - titleH / 2 - L.coverLineSize;
  return [
    box(xmlSafe(slide.title), x, top, w, titleH, {
      fontSize: points(L.coverTitleSize),
      bold: true,
      color: BRAND,
      valign: 'bottom',
    }),
    box(
      slide.lines.map((line, i) => ({
        text: xmlSafe(line),
        options: { breakLine: i < slide.lines.length - 1 },
      })),
      x,
      top + titleH + L.coverLineSize,
      w,
      slide.lines.length * L.coverLineSize * L.subtitleLineHeight * 1.2,
      { fontSize: points(L.coverLineSize), color: '000000', lineSpacingMultiple: L.subtitleLineHeight },
    ),
  ];
}

/**
 * A department's slide, its voices slide or the closing slide: a title, a subtitle and the sections
 * in a grid of two columns and two rows, filled in reading order (a wide section takes a whole row).
 */
function sectionedOps(slide: SectionedSlide): SlideOp[] {
  const contentW = L.width - 2 * L.padX;
  const titleH = L.titleSize * L.titleLineHeight;
  const subtitleY = L.padY + titleH + L.headerGap;
  const subtitleH = L.subtitleSize * L.subtitleLineHeight;
  const gridY = subtitleY + subtitleH + L.headerToGrid;
  const cellW = (contentW - L.columnGap) / 2;
  const cellH = (L.height - L.padY - gridY - L.rowGap) / 2;
  const ops: SlideOp[] = [
    box(xmlSafe(slide.title), L.padX, L.padY, contentW, titleH, {
      fontSize: points(L.titleSize),
      bold: true,
      color: '000000',
    }),
    box(xmlSafe(slide.subtitle), L.padX, subtitleY, contentW, subtitleH, {
      fontSize: points(L.subtitleSize),
      color: SUBTLE,
    }),
  ];
  let cell = 0;
  for (const section of slide.sections) {
    if (section.wide && cell % 2 === 1) cell += 1;
    const x = L.padX + (cell % 2) * (cellW + L.columnGap);
    const y = gridY + Math.floor(cell / 2) * (cellH + L.rowGap);
    const w = section.wide ? contentW : cellW;
    cell += section.wide ? 2 : 1;
    const headingH = L.headingSize * L.headingLineHeight;
    ops.push(
      box(xmlSafe(section.heading), x, y, w, headingH, {
        fontSize: points(L.headingSize),
        bold: true,
        color: BRAND,
      }),
    );
    const lines: Run[][] = [
      ...(section.empty === null ? [] : [[{ text: xmlSafe(section.empty), options: { color: SUBTLE } }]]),
      ...section.items.flatMap(itemLines),
      ...(section.more === null ? [] : [[{ text: xmlSafe(section.more), options: { color: SUBTLE } }]]),
    ];
    const runs = lines.flatMap((line, k) =>
      line.map((run, r) =>
        r === line.length - 1 && k < lines.length - 1
          ? { ...run, options: { ...run.options, breakLine: true } }
          : run,
      ),
    );
    ops.push(
      box(runs, x, y + headingH + L.headingGap, w, cellH - headingH - L.headingGap, {
        fontSize: points(L.bodySize),
        color: '000000',
        lineSpacingMultiple: L.bodyLineHeight,
      }),
    );
  }
  return ops;
}

/** An item's lines of text runs: its text (with a principle's count), then its detail and status. */
function itemLines(item: SlideItem): Run[][] {
  const text: Run[] = [
    { text: xmlSafe(item.countText === null ? item.text : `${item.text} (${item.countText})`), options: {} },
  ];
  if (item.detail === null) return [text];
  const status: Run[] =
    item.statusText === null
      ? []
      : [
          {
            text: `  ${xmlSafe(item.statusText)}`,
            options: { bold: true, color: item.status === 'overdue' ? OVERDUE : ON_TRACK },
          },
        ];
  return [text, [{ text: xmlSafe(item.detail), options: { color: SUBTLE } }, ...status]];
}
