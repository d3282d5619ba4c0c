/**
 * bench/summary — summaries stay bounded at any size. For each scale (1× = 10,000 answers over
 * six departments, 10×, 100× = 1,000,000) and each database, a child process seeds the data and
 * measures, interleaved with plain queries for the same rows in the same run: the department
 * summary (largest department) and the forum overview as the API builds them, the largest
 * response of the summary routes, and the process's max RSS. One line per scale and database:
 *
 *   sqlite scale 1×: department p50 ratio X, overview p50 ratio Y, largest response Z KB, max RSS W MB
 *
 *   npm run bench -- summary                      (every scale: 1, 10, 100; both databases)
 *   npm run bench -- summary --scales=1,10 --db=sqlite
 *   BENCH_SCALES=1,10 npx tsx bench/summary/run.ts
 *
 * BENCH_PG_URL overrides postgres://postgres@127.0.0.1:5432/test. Targets at 100×: ratios ≤ 2,
 * largest response ≤ 1024 KB, max RSS ≤ 1500 MB. Where a department summary's time goes, read by
 * read: `npx tsx bench/summary/breakdown.ts`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PG_URL } from './databases';
import type { ScaleResult } from './scale-run';
import { initialTabJs } from './tab-size';

const TARGETS = { ratio: 2, responseKb: 1024, rssMb: 1500 };

function option(name: string, fallback: string): string {
  const flag = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  return flag ? flag.slice(name.length + 3) : (process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
}

function runScale(db: string, scale: number): ScaleResult | string {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'scale-run.ts'), db, String(scale)],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) return `failed (exit ${child.status})`;
  return JSON.parse(line.slice('RESULT '.length)) as ScaleResult;
}

function main() {
  const scales = option('scales', '1,10,100')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const dbs = option('db', 'sqlite,postgres').split(',');
  let missed = 0;
  for (const db of dbs) {
    for (const scale of scales) {
      const r = runScale(db, scale);
      if (typeof r === 'string') {
        console.log(`${db} scale ${scale}×: ${r}`);
        missed++;
        continue;
      }
      if (r.unreachable) {
        console.log(
          `${db} scale ${scale}×: SKIPPED — unreachable at ${PG_URL.replace(/\/\/[^@]*@/, '//***@')}`,
        );
        break;
      }
      const kb = r.largestResponseBytes / 1024;
      const mb = r.maxRssBytes / 1024 / 1024;
      console.log(
        `${db} scale ${scale}×: department p50 ratio ${r.departmentRatio.toFixed(2)}, overview p50 ratio ${r.overviewRatio.toFixed(2)}, largest response ${kb.toFixed(1)} KB, max RSS ${mb.toFixed(0)} MB`,
      );
      if (scale >= 100) {
        const met =
          r.departmentRatio <= TARGETS.ratio &&
          r.overviewRatio <= TARGETS.ratio &&
          kb <= TARGETS.responseKb &&
          mb <= TARGETS.rssMb;
        if (!met) missed++;
      }
    }
  }
  const tab = initialTabJs(path.resolve(__dirname, '../../tab/dist'));
  console.log(
    tab
      ? `tab initial JS (gzip -9): ${(tab.gzipBytes / 1024).toFixed(1)} KB`
      : 'tab initial JS: tab/dist not built (run `npm run build:tab`) — not measured',
  );
  if (missed) process.exitCode = 1;
}

main();
