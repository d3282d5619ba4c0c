import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureTabBuilt, TAB_DIST } from '../e2e/tab/tab-build';

const BUDGET_GZIP_BYTES = 300 * 1024;

describe('the tab build', () => {
  beforeAll(() => ensureTabBuilt(), 120_000);

  const initialScripts = () => {
    const html = readFileSync(join(TAB_DIST, 'index.html'), 'utf8');
    return [...html.matchAll(/(?:src|href)="\/tab\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  };

  it('is served from /tab/ and keeps the initial JavaScript within 300 KB gzipped', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(TAB_DIST, file)), { level: 9 }).length,
      0,
    );
    console.log(
      `tab initial JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped in ${scripts.length} files`,
    );
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('leaves the Adaptive Cards renderer, administration, presentation, the privacy section, the summary details and the charts out of the first download', () => {
    const initial = initialScripts()
      .map((file) => readFileSync(join(TAB_DIST, file), 'utf8'))
      .join('\n');
    expect(initial).not.toContain('onProcessMarkdown');
    expect(initial).not.toContain('Download the React DevTools'); // a production build of React
    expect(initial).not.toContain('Importér medlemmer fra CSV');
    expect(initial).not.toContain('Slet svarene for altid?');
    const names = initialScripts().join(' ');
    expect(initial).not.toContain('fui-hbc__root'); // the charting library comes with the first chart
    for (const lazy of [
      'admin-page',
      'presentation-page',
      'card-preview',
      'my-data-section',
      'fluent-bars',
      'summary-details',
    ]) {
      expect(names).not.toContain(lazy);
      expect(readdirSync(join(TAB_DIST, 'assets')).some((f) => f.startsWith(lazy))).toBe(true);
    }
  });
});
