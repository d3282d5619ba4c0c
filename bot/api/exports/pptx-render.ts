import type { Locale } from '../../../core/model';
import { tx } from './export-messages';
import type { ChartBlock, ExportBlock, ExportDoc } from './export-model';
import { xmlSafe } from './plain-text';
import type { Slide } from '../../../core/presentation';
import { chartOps } from './pptx-charts';
import { slideOps } from './pptx-slides';
import { BRAND, clip, SUBTLE, TABLE_BORDER, tableRows } from './pptx-style';
import { writePptx, type DeckSpec, type SlideOp } from './pptx-worker';

const MASTER = 'SAMSKAB';
const MAX_ANSWERS_PER_SLIDE = 6;
const MAX_ANSWER_CHARS = 320;

/** Below this the footer begins. */
const CONTENT_BOTTOM = 6.8;

/**
 * Renders an export as a PowerPoint deck for the final meeting: first the presentation's slides
 * (core/presentation, the same the tab's presentation mode shows), then the details as an
 * appendix: a title slide, one slide per section (long tables continue on extra slides). The
 * forum's name and the page number are on every slide. Long answer lists are cut with a pointer
 * to the Word export. A section's charts share its slide when it has only text besides them, else
 * they follow on a slide of their own.
 */
export async function renderPptx(
  doc: ExportDoc,
  presentation: readonly Slide[],
  locale: Locale,
): Promise<Buffer> {
  return writePptx(deckSpec(doc, presentation, locale));
}

export function deckSpec(doc: ExportDoc, presentation: readonly Slide[], locale: Locale): DeckSpec {
  const slides: SlideOp[][] = [];
  const text = (value: unknown, options: Record<string, unknown>): SlideOp => ({
    kind: 'text',
    text: value,
    options,
  });

  slides.push(...presentation.map(slideOps));
  slides.push([
    text(xmlSafe(tx(locale, 'appendix')), { x: 0.8, y: 1.6, w: 11.7, h: 0.8, fontSize: 24, color: SUBTLE }),
    text(xmlSafe(doc.title), { x: 0.8, y: 2.4, w: 11.7, h: 1.2, fontSize: 40, bold: true, color: BRAND }),
    text(xmlSafe(doc.subtitle), { x: 0.8, y: 3.7, w: 11.7, h: 0.8, fontSize: 20, color: SUBTLE }),
  ]);

  for (const section of doc.sections) {
    const ops: SlideOp[] = [];
    slides.push(ops);
    if (section.blocks.length === 0) {
      ops.push(
        text(xmlSafe(section.heading), {
          x: 0.8,
          y: 2.8,
          w: 11.7,
          h: 1.2,
          fontSize: 36,
          bold: true,
          color: BRAND,
        }),
      );
      continue;
    }
    const heading = text(xmlSafe(section.heading), {
      x: 0.5,
      y: 0.3,
      w: 12.3,
      h: 0.9,
      fontSize: section.level === 1 ? 26 : 22,
      bold: true,
      color: BRAND,
      fit: 'shrink',
    });
    ops.push(heading);
    const texts = section.blocks.filter(
      (b): b is Extract<ExportBlock, { kind: 'paragraph' }> => b.kind === 'paragraph',
    );
    const tables = section.blocks.filter(
      (b): b is Extract<ExportBlock, { kind: 'table' }> => b.kind === 'table',
    );
    const answers = section.blocks.find(
      (b): b is Extract<ExportBlock, { kind: 'answers' }> => b.kind === 'answers',
    );
    const charts = section.blocks.filter((b): b is ChartBlock => b.kind === 'chart');
    let y = 1.3;
    if (texts.length) {
      const chars = texts.reduce((n, t) => n + t.text.length, 0);
      const h = Math.min(2.2, 0.45 * texts.length + 0.2 * Math.floor(chars / 180));
      ops.push(
        text(
          texts.map((t, i) => ({
            text: clip(t.text, 900),
            options: {
              breakLine: i < texts.length - 1,
              italic: !!t.subtle,
              color: t.subtle ? SUBTLE : '000000',
            },
          })),
          { x: 0.5, y, w: 12.3, h, fontSize: 14, valign: 'top', fit: 'shrink' },
        ),
      );
      y += h + 0.1;
    }
    const split = tables.length > 0 && answers !== undefined;
    let tableY = y;
    for (const table of tables) {
      const rows = tableRows(table);
      ops.push({
        kind: 'table',
        rows,
        options: {
          x: 0.5,
          y: tableY,
          w: split ? 5.6 : 12.3,
          fontSize: 11,
          border: TABLE_BORDER,
          autoPage: true,
          autoPageRepeatHeader: true,
          autoPageHeaderRows: 1,
          autoPageSlideStartY: 1.3,
        },
      });
      tableY += 0.4 * Math.min(rows.length, 8) + 0.3;
    }
    if (answers) {
      const shown = answers.items.slice(0, MAX_ANSWERS_PER_SLIDE);
      const rest = answers.items.length - shown.length + answers.more;
      const runs: { text: string; options: Record<string, unknown> }[] = shown.flatMap((a) => [
        { text: `${xmlSafe(a.author)}: `, options: { bold: true } },
        { text: clip(a.text, MAX_ANSWER_CHARS), options: { breakLine: true } },
      ]);
      if (rest > 0)
        runs.push({
          text: tx(locale, 'answers.more', { count: rest }),
          options: { breakLine: true, italic: true },
        });
      ops.push(
        text(runs, {
          x: split ? 6.3 : 0.5,
          y,
          w: split ? 6.5 : 12.3,
          h: CONTENT_BOTTOM - y,
          fontSize: 12,
          valign: 'top',
          fit: 'shrink',
          paraSpaceAfter: 6,
        }),
      );
    }
    if (charts.length) {
      if (tables.length === 0 && answers === undefined)
        ops.push(...chartOps(charts, { x: 0.5, y, w: 12.3, h: CONTENT_BOTTOM - y }));
      else slides.push([heading, ...chartOps(charts, { x: 0.5, y: 1.3, w: 12.3, h: CONTENT_BOTTOM - 1.3 })]);
    }
  }

  return {
    props: {
      layout: 'LAYOUT_WIDE',
      author: 'Samskab',
      company: xmlSafe(doc.brand),
      title: xmlSafe(`${doc.title} · ${doc.brand}`),
    },
    master: {
      title: MASTER,
      background: { color: 'FFFFFF' },
      objects: [
        { rect: { x: 0, y: 0, w: '100%', h: 0.12, fill: { color: BRAND } } },
        {
          text: {
            text: xmlSafe(doc.footer),
            options: { x: 0.5, y: 7.0, w: 10, h: 0.3, fontSize: 10, color: SUBTLE },
          },
        },
      ],
      slideNumber: { x: 12.4, y: 7.0, w: 0.6, h: 0.3, fontSize: 10, color: SUBTLE },
    },
    slides,
  };
}
