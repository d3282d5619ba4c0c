import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format, formatDecimal, formatNumber, type MessageCatalog } from '../../../core/i18n';
import type { Locale, Localized } from '../../../core/model';

const ROOT = join(__dirname, '..', '..', '..');
const SOURCE_DIRS = ['core', 'bot', 'tab/src'];
/** A catalog: `satisfies MessageCatalog`, or a labels table (`export const X: Record<Key, Localized> = {`). */
const CATALOG_MARK =
  /satisfies (MessageCatalog|Record<string, Localized>)|export const \w+: Record<\w+, Localized> = \{/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

interface Entry {
  where: string;
  locale: Locale;
  text: string;
}

/** Every catalog in the code: files that declare one are found by their `satisfies` mark. */
function catalogEntries(): Entry[] {
  const entries: Entry[] = [];
  for (const path of SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
    if (!CATALOG_MARK.test(readFileSync(path, 'utf8'))) continue;
    const exported = require(path) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      for (const [key, text] of Object.entries(value as MessageCatalog)) {
        if (!text || typeof text !== 'object' || typeof text.da !== 'string') continue;
        const where = `${relative(ROOT, path)} ${name}['${key}']`;
        entries.push({ where, locale: 'da', text: text.da }, { where, locale: 'en', text: text.en });
      }
    }
  }
  return entries;
}

/** Fills every placeholder with the same number, as a count would be. */
function renderWith(entry: Entry, value: number): string {
  const names = [...entry.text.matchAll(/\{\s*(\w+)/g)].map((m) => m[1]!);
  return format(entry.text, Object.fromEntries(names.map((n) => [n, value])), entry.locale);
}

const PLURAL_NOUNS: Record<Locale, RegExp> = {
  da: /\b1 (rækker|handlinger|forbedringer|afdelinger|dage|arbejdsdage|indikatorer|udgaver|gemte udgaver|chefer|medlemmer|fora)\b/,
  en: /\b1 (rows|answers|actions|improvements|departments|days|working days|indicators|versions|saved versions|chefs|members|forums|cards|more answers)\b/,
};

interface CatalogEntry {
  /** `file export` of the catalog that holds it. */
  catalog: string;
  key: string;
  entry: Localized;
}

/** Every entry of every catalog, as the object it is (an entry another catalog re-uses is the same object). */
function catalogObjects(): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const path of SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
    if (!CATALOG_MARK.test(readFileSync(path, 'utf8'))) continue;
    for (const [name, value] of Object.entries(require(path) as Record<string, unknown>)) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      for (const [key, entry] of Object.entries(value as MessageCatalog)) {
        if (entry && typeof entry === 'object' && typeof entry.da === 'string')
          out.push({ catalog: `${relative(ROOT, path)} ${name}`, key, entry });
      }
    }
  }
  return out;
}

/**
 * Danish words that stand in more than one place as different messages: the same Danish word for
 * different things, told apart in English. Anything else said twice is written once and re-used.
 */
export const HOMONYMS: Record<string, string> = {
  Svar: "'Answers' (a heading) and 'Answer' (a column)",
  Status: "'Status' (of an action, a chat, the retention) and 'State' (of a round or a delivery)",
  Spørgsmål: "'Question' (a column), 'Questions' (a round's) and 'Prompt' (a round's kind)",
  Hvornår: "'By when' (an action's deadline) and 'When' (a round's time)",
  'Prøv igen': "'Try again' (after an error) and 'Retry' (a failed delivery)",
  'Henter …': "'Downloading …' (a file) and 'Loading …' (the audit log)",
  Fejl: "'Errors' (the import's column) and 'Error' (one row's)",
};

describe('message catalogs', () => {
  const entries = catalogEntries();

  it('finds the catalogs of core, bot and tab', () => {
    const files = new Set(entries.map((e) => e.where.split(' ')[0]));
    expect(files.size).toBeGreaterThanOrEqual(10);
    for (const path of SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
      const text = readFileSync(path, 'utf8');
      if (/\btranslator\((?!catalog)\w+\)/.test(text))
        expect([relative(ROOT, path), CATALOG_MARK.test(text)]).toEqual([relative(ROOT, path), true]);
    }
  });

  it('every message is a valid ICU message in both languages', () => {
    const broken = entries.filter((e) => {
      try {
        renderWith(e, 2);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken.map((e) => `${e.where} (${e.locale})`)).toEqual([]);
  });

  it('has no "(er)"-style plural fallbacks', () => {
    const fallbacks = entries.filter((e) => /\p{L}\((er|r|e|n|en|ne|et|s|es)\)/u.test(e.text));
    expect(fallbacks.map((e) => `${e.where} (${e.locale}): ${e.text}`)).toEqual([]);
  });

  it('writes each Danish text once: a catalog (or key) that says what another says re-uses its entry', () => {
    // A homonym's entries are one message per English meaning.
    const textOf = (e: Localized) => (e.da in HOMONYMS ? `${e.da} (${e.en})` : e.da);
    const byText = new Map<string, CatalogEntry[]>();
    for (const e of catalogObjects())
      byText.set(textOf(e.entry), [...(byText.get(textOf(e.entry)) ?? []), e]);
    const repeated = [...byText.entries()]
      .filter(([, es]) => es.some((e) => e.entry !== es[0]!.entry))
      .map(([text, es]) => `${text}: ${es.map((e) => `${e.catalog}['${e.key}']`).join(', ')}`);
    expect(repeated).toEqual([]);
  });

  it('lists as homonyms only Danish words that really stand twice with different English', () => {
    const entries = catalogObjects();
    for (const da of Object.keys(HOMONYMS)) {
      const english = new Set(entries.filter((e) => e.entry.da === da).map((e) => e.entry.en));
      expect({ da, meanings: english.size > 1 }).toEqual({ da, meanings: true });
    }
  });

  it('says "1" with a singular noun wherever a count stands', () => {
    const wrong = entries
      .map((e) => ({ e, out: renderWith(e, 1) }))
      .filter(({ e, out }) => PLURAL_NOUNS[e.locale].test(out));
    expect(wrong.map(({ e, out }) => `${e.where} (${e.locale}): ${out}`)).toEqual([]);
  });
});

describe('format', () => {
  it('chooses Danish and English plural forms through Intl', () => {
    const rows = {
      da: '{n, plural, one {# række} other {# rækker}}',
      en: '{n, plural, one {# row} other {# rows}}',
    };
    expect([0, 1, 2, 1234].map((n) => format(rows.da, { n }, 'da'))).toEqual([
      '0 rækker',
      '1 række',
      '2 rækker',
      '1.234 rækker',
    ]);
    expect([1, 2].map((n) => format(rows.en, { n }, 'en'))).toEqual(['1 row', '2 rows']);
  });

  it('writes numbers the Danish way: decimal comma, dot for thousands', () => {
    expect(format('{a} og {b}', { a: 1234567, b: 0.5 }, 'da')).toBe('1.234.567 og 0,5');
    expect(format('{a} and {b}', { a: 1234567, b: 0.5 }, 'en')).toBe('1,234,567 and 0.5');
    expect(formatDecimal(3, 'da')).toBe('3,0');
    expect(formatDecimal(7.04, 'en')).toBe('7.0');
    expect(formatNumber(21.5, 'da', { maximumFractionDigits: 0 })).toBe('22');
  });

  it('keeps a missing placeholder visible and text inert', () => {
    expect(format('Hej {name}, {count} nye', { count: 2 }, 'da')).toBe('Hej {name}, 2 nye');
    expect(format('Svar: {text}', { text: '<b>{x}</b> 100%' }, 'da')).toBe('Svar: <b>{x}</b> 100%');
    expect(format("The group's text", {}, 'en')).toBe("The group's text");
  });

  it('formats a message without placeholders once, the same on every call and whatever params come along', () => {
    for (let i = 0; i < 3; i++) {
      expect(format("It''s '{literal}' text", {}, 'en')).toBe("It's {literal} text");
      expect(format('Gem svar', { unused: 'x' }, 'da')).toBe('Gem svar');
    }
  });
});
