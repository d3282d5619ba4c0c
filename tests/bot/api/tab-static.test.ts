import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { acceptedEncodings } from '../../../bot/api/static/tab-static';
import { startApiServer, type ApiServer } from './support/api-server';

const APP_JS = `console.log(${JSON.stringify('tab '.repeat(200))})`;
const INDEX_HTML =
  '<!doctype html><title>Samskab tab</title><script type="module" src="/tab/assets/app-1a2b.js"></script>';

describe('serving the tab', () => {
  let dist: string;
  let server: ApiServer;
  let bare: ApiServer;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'samskab-tab-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), INDEX_HTML);
    writeFileSync(path.join(dist, 'index.html.br'), brotliCompressSync(INDEX_HTML));
    writeFileSync(path.join(dist, 'index.html.gz'), gzipSync(INDEX_HTML));
    writeFileSync(path.join(dist, 'assets', 'app-1a2b.js'), APP_JS);
    writeFileSync(path.join(dist, 'assets', 'app-1a2b.js.br'), brotliCompressSync(APP_JS));
    writeFileSync(path.join(dist, 'assets', 'app-1a2b.js.gz'), gzipSync(APP_JS));
    writeFileSync(path.join(dist, 'assets', 'only-gzip-3c4d.css'), 'body{margin:0}'.repeat(50));
    writeFileSync(path.join(dist, 'assets', 'only-gzip-3c4d.css.gz'), gzipSync('body{margin:0}'.repeat(50)));
    writeFileSync(path.join(dist, 'favicon.ico'), 'ico');
    server = await startApiServer({ tabDistDir: dist });
    bare = await startApiServer({ tabDistDir: path.join(dist, 'missing') });
  });
  afterAll(async () => {
    await server.stop();
    await bare.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (base: ApiServer, p: string, headers: Record<string, string> = {}) =>
    fetch(base.url + p, { redirect: 'manual', headers: { 'accept-encoding': 'identity', ...headers } });

  it('redirects / and /tab to /tab/', async () => {
    for (const p of ['/', '/tab']) {
      const res = await get(server, p);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/tab/');
    }
  });

  it('serves index.html with a CSP that lets Teams frame the tab, for the root and client routes', async () => {
    for (const p of ['/tab/', '/tab/department/abc', '/tab/admin/rounds?x=1']) {
      const res = await get(server, p);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy')!;
      for (const host of [
        'https://teams.microsoft.com',
        'https://*.teams.microsoft.com',
        'https://*.office.com',
        'https://*.microsoft365.com',
        'https://*.cloud.microsoft',
        'http://localhost:*',
      ]) {
        expect(csp).toContain(host);
      }
      expect(csp).toMatch(/frame-ancestors /);
      expect(res.headers.get('x-frame-options')).toBeNull();
      expect(await res.text()).toContain('Samskab tab');
    }
  });

  it('caches hashed assets for a year and other files for an hour', async () => {
    const asset = await get(server, '/tab/assets/app-1a2b.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get(server, '/tab/favicon.ico')).headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('sends the brotli copy to a client that accepts br, with its length and the original type', async () => {
    const res = await get(server, '/tab/assets/app-1a2b.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers.get('content-length'))).toBe(brotliCompressSync(APP_JS).length);
    expect(await res.text()).toBe(APP_JS); // fetch decodes it
  });

  it('sends gzip when br is not accepted or has no copy, and the file itself when neither fits', async () => {
    const gzip = await get(server, '/tab/assets/app-1a2b.js', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(Number(gzip.headers.get('content-length'))).toBe(gzipSync(APP_JS).length);
    expect(await gzip.text()).toBe(APP_JS);

    const css = await get(server, '/tab/assets/only-gzip-3c4d.css', { 'accept-encoding': 'br, gzip' });
    expect(css.headers.get('content-encoding')).toBe('gzip');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');

    const identity = await get(server, '/tab/assets/app-1a2b.js');
    expect(identity.status).toBe(200);
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(identity.headers.get('vary')).toBe('Accept-Encoding');
    expect(Number(identity.headers.get('content-length'))).toBe(Buffer.byteLength(APP_JS));
    expect(await identity.text()).toBe(APP_JS);
  });

  it('revalidates the HTML: no-cache, compressed, an ETag per encoding, and 304 when it still matches', async () => {
    const first = await get(server, '/tab/', { 'accept-encoding': 'br' });
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(await first.text()).toBe(INDEX_HTML);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await get(server, '/tab/department/abc', {
      'accept-encoding': 'br',
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');

    const identity = await get(server, '/tab/', { 'if-none-match': etag });
    expect(identity.status).toBe(200);
    expect(identity.headers.get('etag')).not.toBe(etag);
    expect(await identity.text()).toBe(INDEX_HTML);
  });

  it('reads Accept-Encoding with its weights and wildcard', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0, x-gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });

  it('answers 404 for a missing asset and for paths outside the build', async () => {
    expect((await get(server, '/tab/assets/missing.js')).status).toBe(404);
    expect((await get(server, '/tab/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    expect((await get(server, '/tab/..%2f..%2fpackage.json')).status).toBe(404);
    expect(
      (await get(server, '/tab/assets/..%2f..%2f..%2fpackage.json', { 'accept-encoding': 'br' })).status,
    ).toBe(404);
  });

  it('says how to build the tab when tab/dist is missing', async () => {
    const res = await get(bare, '/tab/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:tab');
  });
});
