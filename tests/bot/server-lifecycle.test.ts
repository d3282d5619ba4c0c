import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { serverNodeArgs } from '../support/server-command';
import path from 'node:path';

const root = path.join(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function waitFor(url: string, child: ChildProcess, ms = 30_000): Promise<Response> {
  const until = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the server process', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'samskab-lifecycle-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts on SQLite with the example forum, answers health and readiness, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const logs: string[] = [];
    const child = spawn(process.execPath, serverNodeArgs(), {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        SQLITE_PATH: path.join(dir, 'samskab.sqlite'),
        LOG_LEVEL: 'info',
        SCHEDULER_ENABLED: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    try {
      const health = await waitFor(`http://127.0.0.1:${port}/healthz`, child);
      expect(await health.json()).toEqual({ status: 'ok' });
      const ready = await waitFor(`http://127.0.0.1:${port}/readyz`, child);
      expect(await ready.json()).toMatchObject({ status: 'ready', store: 'sqlite' });
      const lines = logs.join('').trim().split('\n').filter(Boolean);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      expect(lines.some((l) => JSON.parse(l).msg === 'seeded the example forum')).toBe(true);
      expect(lines.some((l) => /NOT authenticated/.test(JSON.parse(l).msg))).toBe(true);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
    expect(logs.join('')).toMatch(/shutting down/);
  });
});
