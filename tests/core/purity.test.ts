import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '..', '..', 'core');
const ALLOWED_PACKAGES = new Set([
  'luxon',
  'date-holidays',
  'zod',
  'intl-messageformat',
  '@formatjs/icu-messageformat-parser',
]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('core stays pure and browser-safe', () => {
  const sources = files(CORE).map((path) => ({
    path: relative(CORE, path),
    text: readFileSync(path, 'utf8'),
  }));

  it('imports only relative modules and its few pure libraries', () => {
    for (const { path, text } of sources) {
      for (const m of text.matchAll(/(?:from|import)\s+['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        if (!spec.startsWith('.')) expect([path, ALLOWED_PACKAGES.has(spec)]).toEqual([path, true]);
      }
    }
  });

  it('never reads the clock or randomness', () => {
    for (const { path, text } of sources) {
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect([
        path,
        /Date\.now\(|Math\.random\(|new Date\(\s*\)|\bprocess\.(env|argv|exit|cwd|hrtime)|\brequire\(/.test(
          code,
        ),
      ]).toEqual([path, false]);
    }
  });

  it('keeps files small', () => {
    for (const { path, text } of sources)
      expect([path, text.split('\n').length <= 400]).toEqual([path, true]);
  });
});
