// Runs every benchmark in bench/ one after another; each prints its own ratios.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// Names pick benches; `--name=value` options go to each bench run.
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const options = process.argv.slice(2).filter((a) => a.startsWith('--'));
const benches = readdirSync(path.join(root, 'bench'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'bench', d.name, 'run.ts')))
  .map((d) => d.name)
  .filter((name) => only.length === 0 || only.includes(name));

let failed = 0;
for (const name of benches) {
  console.log(`\n=== bench/${name}`);
  const result = spawnSync(
    process.execPath,
    ['--disable-warning=DEP0111', '--import', 'tsx', path.join(root, 'bench', name, 'run.ts'), ...options],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
