import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApiServer, type ApiServer } from './support/api-server';

describe('serving the tab', () => {
  let dist: string;
  let server: ApiServer;
  let bare: ApiServer;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'samskab-tab-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><title>Samskab tab</title><script type="module" src="/tab/assets/app-1a2b.js"></script>',
    );
    writeFileSync(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log("tab")');
    writeFileSync(path.join(dist, 'favicon.ico'), 'ico');
    server = await startApiServer({ tabDistDir: dist });
    bare = await startApiServer({ tabDistDir: path.join(dist, 'missing') });
  });
  afterAll(async () => {
    await server.stop();
    await bare.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (base: ApiServer, p: string) => fetch(base.url + p, { redirect: 'manual' });

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

  it('answers 404 for a missing asset and for paths outside the build', async () => {
    expect((await get(server, '/tab/assets/missing.js')).status).toBe(404);
    expect((await get(server, '/tab/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    expect((await get(server, '/tab/..%2f..%2fpackage.json')).status).toBe(404);
  });

  it('says how to build the tab when tab/dist is missing', async () => {
    const res = await get(bare, '/tab/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:tab');
  });
});
