/**
 * bench/summary/statements — where the forum overview's time goes on SQLite, statement by
 * statement: every better-sqlite3 statement the overview runs is timed and grouped by its SQL
 * (parameters aside); prints the groups by total time beside the plain forum query's time
 * (wall clock, and this process's CPU time, steadier on a busy machine).
 *
 *   npx tsx bench/summary/statements.ts [scale=1] [overviews=4]
 *   BENCH_SQLITE_KEEP=/tmp/bench npx tsx bench/summary/statements.ts 10   (reuses the seeded file)
 */
import BetterSqlite3 from 'better-sqlite3';
import { RosterCache } from '../../bot/api/roster-cache';
import { loadForumOverview } from '../../bot/api/summary-data';
import { withSqliteDataset } from './databases';
import { ANSWERS_AT_1X, CLOCK } from './dataset';

interface Group {
  calls: number;
  ms: number;
  rows: number;
}

const groups = new Map<string, Group>();
let timing = false;

/** Times every statement's all/get/run/iterate, grouped by its SQL with whitespace collapsed. */
function timeStatements() {
  const probe = new BetterSqlite3(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, unknown>;
  probe.close();
  for (const method of ['all', 'get', 'run'] as const) {
    const original = proto[method] as (this: { source: string }, ...args: unknown[]) => unknown;
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      if (!timing) return original.apply(this, args);
      const start = process.hrtime.bigint();
      const result = original.apply(this, args);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const key = this.source.replace(/\s+/g, ' ').trim().slice(0, 160);
      const g = groups.get(key) ?? { calls: 0, ms: 0, rows: 0 };
      g.calls++;
      g.ms += ms;
      g.rows += Array.isArray(result) ? result.length : 1;
      groups.set(key, g);
      return result;
    };
  }
}

async function main() {
  const scale = Number(process.argv[2] ?? 1);
  const overviews = Number(process.argv[3] ?? 4);
  timeStatements();
  await withSqliteDataset('samskab-statements-', ANSWERS_AT_1X * scale, async (store, data, plain) => {
    const forum = (await store.getForum(data.forumId))!;
    const rosters = new RosterCache(store, 3_600_000);
    await loadForumOverview(store, CLOCK, forum, rosters);
    await plain.forum();
    let overviewMs = 0;
    let plainMs = 0;
    let overviewCpu = 0;
    let plainCpu = 0;
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    for (let i = 0; i < overviews; i++) {
      timing = true;
      let start = process.hrtime.bigint();
      let cpu = process.cpuUsage();
      await loadForumOverview(store, CLOCK, forum, rosters);
      overviewMs += Number(process.hrtime.bigint() - start) / 1e6;
      overviewCpu += cpuMs(cpu);
      timing = false;
      start = process.hrtime.bigint();
      cpu = process.cpuUsage();
      await plain.forum();
      plainMs += Number(process.hrtime.bigint() - start) / 1e6;
      plainCpu += cpuMs(cpu);
    }
    const timed = [...groups.values()].reduce((s, g) => s + g.ms, 0);
    console.log(
      `SQLite ${data.answers} answers, ${overviews} overviews: ${overviewMs.toFixed(0)} ms (statements ${timed.toFixed(0)} ms), plain forum query ${plainMs.toFixed(0)} ms, ratio ${(overviewMs / plainMs).toFixed(2)}; CPU time ${overviewCpu.toFixed(0)} ms and ${plainCpu.toFixed(0)} ms, ratio ${(overviewCpu / plainCpu).toFixed(2)}`,
    );
    for (const [sql, g] of [...groups].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
      console.log(
        `${g.ms.toFixed(0).padStart(7)} ms ${String(g.calls).padStart(6)} calls ${String(g.rows).padStart(8)} rows  ${sql}`,
      );
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
