import type { TableBlock } from './export-model';
import { xmlSafe } from './plain-text';

/** Colours and cell shapes shared by every PowerPoint slide of the exports. */
export const BRAND = '1F4E79';
export const SUBTLE = '595959';
export const TABLE_BORDER = { type: 'solid', pt: 0.5, color: 'BFBFBF' };

/** A table's rows as pptxgenjs cells: the header row white on the brand colour. */
export function tableRows(table: Pick<TableBlock, 'header' | 'rows'>, maxCellChars = 300) {
  const withHeader = table.header.length > 0;
  return (withHeader ? [table.header, ...table.rows] : table.rows).map((row, r) =>
    row.map((cell) => ({
      text: clip(cell, maxCellChars),
      options: withHeader && r === 0 ? { bold: true, color: 'FFFFFF', fill: { color: BRAND } } : {},
    })),
  );
}

/** Plain text on one line, cut to `max` characters with "…". */
export function clip(value: string, max: number): string {
  const safe = xmlSafe(value).replace(/\s*\n\s*/g, ' · ');
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}
