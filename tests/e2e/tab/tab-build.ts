import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const TAB = join(ROOT, 'tab');
const INDEX = join(TAB, 'dist/index.html');

function newestMtime(dir: string): number {
  return readdirSync(dir).reduce((max, name) => {
    const path = join(dir, name);
    const s = statSync(path);
    return Math.max(max, s.isDirectory() ? newestMtime(path) : s.mtimeMs);
  }, 0);
}

/** Builds tab/dist when it is missing or older than the tab's or core's sources (the server serves it). */
export function ensureTabBuilt(): void {
  const sources = Math.max(
    newestMtime(join(TAB, 'src')),
    statSync(join(TAB, 'index.html')).mtimeMs,
    newestMtime(join(ROOT, 'core')),
  );
  if (existsSync(INDEX) && statSync(INDEX).mtimeMs >= sources) return;
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
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
}
