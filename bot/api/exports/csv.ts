/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell neutralized against formula injection: a leading ' makes spreadsheets show it as text. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting: quoted when it contains the delimiter, a quote, CR or LF. */
export function quoteCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV as UTF-8 with a byte-order mark (so Excel reads æ, ø, å right), CRLF line ends,
 * every cell neutralized and quoted.
 */
export function toCsv(header: string[], rows: string[][], delimiter: ',' | ';'): Buffer {
  const line = (cells: string[]) => cells.map((c) => quoteCell(neutralizeCell(c), delimiter)).join(delimiter);
  const text = [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
