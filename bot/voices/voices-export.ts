import { formatNumber, localize, translator, type MessageCatalog } from '../../core/i18n';
import type { Locale } from '../../core/model';
import { slideMessages } from '../../core/presentation';
import type { DepartmentVoices } from '../../core/voices';
import type { ExportSection } from '../api/exports/export-model';
import { toCsv } from '../api/exports/csv';
import { formatInstantForCsv } from './voice-dates';

/** Words of the voices in the exports (Word, PowerPoint, CSV). */
export const voicesExportMessages = {
  'section.voices': {
    da: 'Stemmer fra ledere, medarbejdere og borgere',
    en: 'Voices of leaders, employees and citizens',
  },
  totals: {
    da: '{shown, plural, one {# stemme vist} other {# stemmer vist}}; {waiting} venter på at blive læst.',
    en: '{shown, plural, one {# voice shown} other {# voices shown}}; {waiting} waiting to be read.',
  },
  countsOnly: {
    da: 'Afdelingen deler ikke teksterne; her står kun antal.',
    en: 'The department does not share the texts; only counts are given here.',
  },
  more: {
    da: '{count, plural, one {# stemme mere} other {# stemmer mere}} står i afdelingens CSV-fil med stemmer.',
    en: "{count, plural, one {# more voice is} other {# more voices are}} in the department's CSV file of voices.",
  },
  'col.group': { da: 'Gruppe', en: 'Group' },
  'col.shown': { da: 'Viste stemmer', en: 'Voices shown' },
  'col.text': { da: 'Stemme', en: 'Voice' },
  'col.received': { da: 'Modtaget', en: 'Received' },
  'col.word': slideMessages['section.voiceWords'],
  'col.usedBy': { da: 'Brugt i antal stemmer', en: 'Used in voices' },
  wordsFrom: {
    da: 'Ordene er talt i {count, plural, one {# vist stemme} other {de # viste stemmer}} ovenfor; fyldord er udeladt.',
    en: 'The words are counted in the {count, plural, one {# voice} other {# voices}} shown above; filler words are left out.',
  },
} satisfies MessageCatalog;

const tr = translator(voicesExportMessages);
const t = (
  locale: Locale,
  key: keyof typeof voicesExportMessages,
  params?: Record<string, string | number>,
) => tr(locale, key, params);

/**
 * The "Stemmer" section of a Word or PowerPoint export: counts by group and, where the reader may
 * read them, the shown texts by group. Built from the one voices section (bot/voices/voice-section.ts).
 */
export function voicesExportSection(
  voices: DepartmentVoices,
  locale: Locale,
  level: 1 | 2,
  heading = t(locale, 'section.voices'),
): ExportSection {
  return {
    heading,
    level,
    blocks: [
      {
        kind: 'paragraph',
        text: t(locale, 'totals', { shown: voices.total.shown, waiting: voices.total.waiting }),
      },
      {
        kind: 'table',
        header: [t(locale, 'col.group'), t(locale, 'col.shown')],
        rows: voices.groups.map((g) => [localize(g.label, locale), formatNumber(g.shown, locale)]),
      },
      ...(voices.texts
        ? voices.groups
            .filter((g) => g.texts.length > 0)
            .map((g) => ({
              kind: 'answers' as const,
              items: g.texts.map((v) => ({ author: localize(g.label, locale), text: v.text })),
              more: g.moreTexts,
              note: g.moreTexts > 0 ? t(locale, 'more', { count: g.moreTexts }) : null,
            }))
        : voices.total.shown > 0
          ? [{ kind: 'paragraph' as const, text: t(locale, 'countsOnly'), subtle: true }]
          : []),
      ...(voices.words.length > 0
        ? [
            {
              kind: 'table' as const,
              header: [t(locale, 'col.word'), t(locale, 'col.usedBy')],
              rows: voices.words.map((w) => [w.word, formatNumber(w.voices, locale)]),
            },
            {
              kind: 'paragraph' as const,
              text: t(locale, 'wordsFrom', { count: voices.wordsFrom }),
              subtle: true,
            },
          ]
        : []),
    ],
  };
}

export const voicesHeading = (locale: Locale) => t(locale, 'section.voices');

/** Every shown voice the reader may read, as CSV (group, voice, received), oldest first. */
export function voicesCsv(voices: DepartmentVoices, locale: Locale, timeZone: string): Buffer {
  const rows = voices.groups.flatMap((g) =>
    g.texts.map((v) => ({
      at: v.createdAt,
      cells: [localize(g.label, locale), v.text, formatInstantForCsv(v.createdAt, timeZone)],
    })),
  );
  rows.sort((a, b) => a.at.localeCompare(b.at));
  return toCsv(
    [t(locale, 'col.group'), t(locale, 'col.text'), t(locale, 'col.received')],
    rows.map((r) => r.cells),
    locale === 'da' ? ';' : ',',
  );
}
