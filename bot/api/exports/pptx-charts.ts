import { shortLabel } from '../../../core/summary/chart-series';
import type { ChartBlock } from './export-model';
import { xmlSafe } from './plain-text';
import { BRAND, SUBTLE, TABLE_BORDER, tableRows } from './pptx-style';
import type { SlideOp } from './pptx-worker';

/** Where on a slide the charts go, in inches. */
export interface Region {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Category labels longer than this are shortened on the axis; the table keeps the full text. */
const AXIS_LABEL_CHARS = 42;
const ROW_H = 0.32;
const GAP = 0.3;

/**
 * Native PowerPoint bar charts (editable in PowerPoint, data in an embedded workbook), each with
 * its numbers as a table: one chart sits beside its table, several stand in columns with the
 * table below. A chart nobody has answered yet is a line of text instead, as in the tab.
 */
export function chartOps(charts: readonly ChartBlock[], region: Region): SlideOp[] {
  if (charts.length === 1) {
    const chartW = region.w * 0.58;
    return chartPanel(
      charts[0]!,
      { ...region, w: chartW },
      {
        x: region.x + chartW + GAP,
        y: region.y,
        w: region.w - chartW - GAP,
        h: region.h,
      },
    );
  }
  const colW = (region.w - GAP * (charts.length - 1)) / charts.length;
  // Charts side by side have one height, so their bars line up.
  const tableH = ROW_H * (Math.max(...charts.map((c) => c.points.length)) + 1);
  const chartH = Math.max(2, region.h - tableH - 0.15);
  return charts.flatMap((chart, i) => {
    const x = region.x + i * (colW + GAP);
    return chartPanel(
      chart,
      { x, y: region.y, w: colW, h: chartH },
      { x, y: region.y + chartH + 0.15, w: colW, h: tableH },
    );
  });
}

function chartPanel(chart: ChartBlock, at: Region, tableAt: Region): SlideOp[] {
  if (chart.empty !== null)
    return [
      {
        kind: 'text',
        text: [
          { text: xmlSafe(chart.title), options: { bold: true, color: BRAND, breakLine: true } },
          { text: xmlSafe(chart.empty), options: { italic: true, color: SUBTLE } },
        ],
        options: { ...at, h: 1, fontSize: 14, valign: 'top' },
      },
    ];
  const title = xmlSafe(chart.title);
  return [
    {
      kind: 'chart',
      type: 'bar',
      data: [
        {
          name: title,
          labels: chart.points.map((p) => xmlSafe(shortLabel(p.label, AXIS_LABEL_CHARS))),
          values: chart.points.map((p) => p.count),
        },
      ],
      options: {
        ...at,
        barDir: 'bar',
        barGapWidthPct: 60,
        chartColors: [BRAND],
        showTitle: true,
        title,
        titleFontSize: 16,
        titleColor: BRAND,
        showLegend: false,
        showValue: true,
        dataLabelPosition: 'outEnd',
        dataLabelFontSize: 12,
        dataLabelFormatCode: '0',
        catAxisOrientation: 'maxMin',
        catAxisLabelFontSize: 12,
        valAxisHidden: true,
        valAxisMinVal: 0,
        valGridLine: { style: 'none' },
        altText: xmlSafe(chart.altText),
      },
    },
    {
      kind: 'table',
      rows: tableRows(chart.table),
      options: {
        x: tableAt.x,
        y: tableAt.y,
        w: tableAt.w,
        colW: [tableAt.w - 1.6, 0.8, 0.8],
        fontSize: 10,
        valign: 'middle',
        border: TABLE_BORDER,
        autoPage: true,
        autoPageRepeatHeader: true,
        autoPageHeaderRows: 1,
        autoPageSlideStartY: 1.3,
      },
    },
  ];
}
