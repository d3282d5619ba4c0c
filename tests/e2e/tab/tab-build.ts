import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const TAB = join(ROOT, 'tab');
export const TAB_DIST = join(TAB, 'dist');
const INDEX = join(TAB_DIST, 'index.html');
const LOCK = join(TAB, '.build-lock');

function newestMtime(dir: string): number {
  return readdirSync(dir).reduce((max, name) => {
    const path = join(dir, name);
    const s = statSync(path);
    return Math.max(max, s.isDirectory() ? newestMtime(path) : s.mtimeMs);
  }, 0);
}

function fresh(): boolean {
  const sources = Math.max(
    newestMtime(join(TAB, 'src')),
    statSync(join(TAB, 'index.html')).mtimeMs,
    statSync(join(TAB, 'vite.config.ts')).mtimeMs,
    newestMtime(join(TAB, 'build')),
    newestMtime(join(ROOT, 'core')),
  );
  return existsSync(INDEX) && statSync(INDEX).mtimeMs >= sources;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds tab/dist when it is missing or older than the tab's or core's sources (the server
 * serves it). A lock directory keeps parallel Jest workers from building at the same time.
 */
export function ensureTabBuilt(): void {
  if (fresh()) return;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${LOCK} (remove it if no build runs)`);
      sleep(200);
    }
  }
  try {
    if (fresh()) return;
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'tab/vite.config.ts',
        '--logLevel',
        'warn',
      ],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      },
    );
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
