import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApiServer, type ApiServer } from '../bot/api/support/api-server';
import { ensureTabBuilt, TAB_DIST } from '../e2e/tab/tab-build';

/** Compressed bytes of the scripts the first page loads, as a browser receives them. */
const BUDGET_TRANSFER_BYTES = 200 * 1024;
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
/** Vite's content hash: 8 URL-safe base64 characters before the extension. */
const HASHED_NAME = /^assets\/[\w.-]+-[\w-]{8}\.js$/;

describe('the tab build', () => {
  let server: ApiServer;

  beforeAll(async () => {
    ensureTabBuilt();
    server = await startApiServer({ tabDistDir: TAB_DIST });
  }, 120_000);
  afterAll(() => server?.stop());

  const get = (path: string, encoding = BROWSER_ACCEPT_ENCODING) =>
    fetch(server.url + path, { headers: { 'accept-encoding': encoding } });

  /** The scripts index.html loads or preloads; lazily imported chunks are not among them. */
  const initialScripts = () => {
    const html = readFileSync(join(TAB_DIST, 'index.html'), 'utf8');
    return [...html.matchAll(/(?:src|href)="\/tab\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  };

  it('transfers at most 200 KB of JavaScript for the first page, compressed, from hashed, immutable files', async () => {
    const page = await get('/tab/');
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    expect(await page.text()).toContain(scripts[0]);
    let transferred = 0;
    let identity = 0;
    for (const script of scripts) {
      expect(script).toMatch(HASHED_NAME);
      const res = await get(`/tab/${script}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      transferred += Number(res.headers.get('content-length'));
      identity += Buffer.byteLength(await res.text());
    }
    console.log(
      `tab initial JavaScript: ${(transferred / 1024).toFixed(1)} KB transferred (brotli), ${(identity / 1024).toFixed(1)} KB decoded, in ${scripts.length} files`,
    );
    expect(transferred).toBeLessThanOrEqual(BUDGET_TRANSFER_BYTES);
  });

  it('has a gzip copy of every initial script for clients without brotli, and serves it', async () => {
    for (const script of initialScripts()) {
      const res = await get(`/tab/${script}`, 'gzip');
      expect(res.headers.get('content-encoding')).toBe('gzip');
      expect(Number(res.headers.get('content-length'))).toBeLessThan(
        Buffer.byteLength(readFileSync(join(TAB_DIST, script))),
      );
    }
  });

  it('leaves the Adaptive Cards renderer, administration, presentation, the privacy section, the summary details, the charts and the date libraries out of the first download', () => {
    const initial = initialScripts()
      .map((file) => readFileSync(join(TAB_DIST, file), 'utf8'))
      .join('\n');
    expect(initial).not.toContain('onProcessMarkdown');
    expect(initial).not.toContain('Download the React DevTools'); // a production build of React
    expect(initial).not.toContain('Importér medlemmer fra CSV');
    expect(initial).not.toContain('Slet svarene for altid?');
    const names = initialScripts().join(' ');
    expect(initial).not.toContain('fui-hbc__root'); // the charting library comes with the first chart
    // luxon comes with the first form that reads a date; public holidays (date-holidays, ~1 MB with
    // its calendars) are the server's only, in no chunk at all.
    expect(initial).not.toContain('IANAZone');
    for (const file of readdirSync(join(TAB_DIST, 'assets')).filter((f) => f.endsWith('.js')))
      expect(readFileSync(join(TAB_DIST, 'assets', file), 'utf8')).not.toContain('(easter|orthodox)');
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
