import type { Department, Locale } from '../../../../../core/model';

const HEADERS: Record<Locale, string[]> = {
  da: ['navn', 'e-mail', 'rolle', 'afdelinger', 'sprog'],
  en: ['name', 'email', 'role', 'departments', 'language'],
};

/**
 * The members CSV to fill in: the column names the import reads (Danish in a Danish tab),
 * `;`-separated as Danish spreadsheets save it, with a BOM so Excel reads æøå, and one example
 * row per role using the forum's own department names.
 */
export function importTemplateCsv(locale: Locale, departments: readonly Department[]): string {
  const name = (i: number) => departments[i % Math.max(departments.length, 1)]?.name[locale] ?? '';
  const examples =
    locale === 'da'
      ? [
          ['Anne Eksempel', 'anne.eksempel@kommune.dk', 'chef', name(0), 'da'],
          ['Bo Eksempel', 'bo.eksempel@kommune.dk', 'facilitator', `${name(0)}|${name(1)}`, 'da'],
          ['Carla Eksempel', 'carla.eksempel@kommune.dk', 'arrangør', '', 'en'],
        ]
      : [
          ['Anne Example', 'anne.example@municipality.dk', 'chef', name(0), 'da'],
          ['Bo Example', 'bo.example@municipality.dk', 'facilitator', `${name(0)}|${name(1)}`, 'da'],
          ['Carla Example', 'carla.example@municipality.dk', 'organizer', '', 'en'],
        ];
  return `\uFEFF${[HEADERS[locale], ...examples].map((cells) => cells.map(quote).join(';')).join('\r\n')}\r\n`;
}

const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
