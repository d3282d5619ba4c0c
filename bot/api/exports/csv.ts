/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** UTF-8 byte-order mark: makes Excel read æ, ø, å right. */
export const CSV_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A cell neutralized against formula injection: a leading ' makes spreadsheets show it as text. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting: quoted when it contains the delimiter, a quote, CR or LF. */
export function quoteCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line with its CRLF, every cell neutralized and quoted. */
export function csvLine(cells: readonly string[], delimiter: ',' | ';'): string {
  return cells.map((c) => quoteCell(neutralizeCell(c), delimiter)).join(delimiter) + '\r\n';
}

/** CSV as UTF-8 with a byte-order mark, CRLF line ends, every cell neutralized and quoted. */
export function toCsv(header: string[], rows: string[][], delimiter: ',' | ';'): Buffer {
  const text = [header, ...rows].map((cells) => csvLine(cells, delimiter)).join('');
  return Buffer.concat([CSV_BOM, Buffer.from(text, 'utf8')]);
}
