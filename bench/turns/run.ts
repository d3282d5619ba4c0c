/**
 * bench/turns: answer submits (Action.Submit) through POST /api/messages on loopback, no auth,
 * against the real server on SQLite and on PostgreSQL, next to a bare botbuilder echo bot on the
 * same restify stack, measured in the same run. Replies go to a local Bot Connector stand-in.
 * By default the load generator, the stand-in and each server run in a Node process of their own,
 * as in production; `--in-process` runs them all in this one process (the earlier figure), `--both`
 * measures both ways one after the other. The targets are measured in short alternating slices, so
 * load from other processes on the machine affects all of them alike.
 * With separate processes each row also shows the server process's CPU time per request (CPU
 * ms/turn) and, for PostgreSQL on this machine, its database backends' (PG CPU ms, per turn, read
 * from /proc): both depend far less than req/s on what else the machine is running.
 * Target: Samskab >= 0.5 x the echo bot's throughput.
 *   Run: npm run bench -- turns [--in-process | --both]  (or node --disable-warning=DEP0111 --import tsx bench/turns/run.ts)
 *        (BENCH_MODE=processes|in-process|both, BENCH_CONCURRENCY, BENCH_ROUNDS, BENCH_SLICE_SECONDS, BENCH_TARGETS,
 *        BENCH_CPU_PROF=dir for CPU profiles of the servers, see fork-child.ts)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type LoadSample, type LoadResult, summarize } from './load';
import { dropSchema, PG_URL, postgresReachable } from './postgres';
import { type Mode, startTopology, type Target, type TargetSpec } from './topology';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const SLICE_SECONDS = Number(process.env.BENCH_SLICE_SECONDS ?? 1);
const TARGETS = (process.env.BENCH_TARGETS ?? 'sqlite,postgres').split(',');
const TARGET_RATIO = 0.5;

function modes(): Mode[] {
  const flag = process.argv.includes('--both')
    ? 'both'
    : process.argv.includes('--in-process')
      ? 'in-process'
      : (process.env.BENCH_MODE ?? 'processes');
  if (flag === 'both') return ['processes', 'in-process'];
  if (flag === 'processes' || flag === 'in-process') return [flag];
  throw new Error(`BENCH_MODE must be processes, in-process or both, not '${flag}'`);
}

interface Row {
  name: string;
  result: LoadResult;
  ratio: number;
}

async function main(): Promise<void> {
  const reachable = TARGETS.includes('postgres') ? await postgresReachable() : 'not selected';
  if (reachable !== true) console.warn(`!! PostgreSQL at ${PG_URL}: ${reachable}; its row is SKIPPED`);
  const tables: Array<{ mode: Mode; rows: Row[] }> = [];
  for (const mode of modes()) tables.push({ mode, rows: await measure(mode, reachable === true) });
  let ok = true;
  for (const { mode, rows } of tables) {
    console.log(`\nbench/turns, ${describe(mode)}:`);
    ok = printTable(rows) && ok;
  }
  if (tables.length > 1) printSideBySide(tables);
  console.log(`\n${ok ? 'PASS' : 'FAIL'}: throughput >= ${TARGET_RATIO} x the echo bot's, no errors`);
  process.exitCode = ok ? 0 : 1;
}

function describe(mode: Mode): string {
  return mode === 'processes'
    ? 'load generator, connector stand-in and each server in its own process'
    : 'load generator, connector stand-in and all servers in one process';
}

async function measure(mode: Mode, withPostgres: boolean): Promise<Row[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-bench-turns-'));
  const schema = `bench_turns_${process.pid}_${mode === 'processes' ? 'p' : 'i'}`;
  const env = {
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SCHEDULER_ENABLED: 'false',
    SEED_EXAMPLE: 'true',
  };
  const specs: TargetSpec[] = [
    {
      name: 'echo bot (baseline)',
      kind: 'echo',
      env: { ...env, SQLITE_PATH: path.join(dir, 'unused.sqlite') },
    },
  ];
  if (TARGETS.includes('sqlite'))
    specs.push({
      name: 'samskab, SQLite',
      kind: 'samskab',
      env: { ...env, SQLITE_PATH: path.join(dir, 'bench.sqlite') },
    });
  if (TARGETS.includes('postgres') && withPostgres)
    specs.push({
      name: 'samskab, PostgreSQL',
      kind: 'samskab',
      // Its connections carry this name, so the bench can find their backends' CPU time.
      env: { ...env, DATABASE_URL: PG_URL, PG_SCHEMA: schema, PGAPPNAME: `samskab-bench-${schema}` },
    });
  try {
    const topology = await startTopology(mode, specs, CONCURRENCY);
    try {
      const samples = new Map<Target, LoadSample[]>(topology.targets.map((t) => [t, []]));
      const next = new Map<Target, number>(topology.targets.map((t) => [t, 0]));
      const slice = async (target: Target) => {
        const sample = await topology.slice(target, SLICE_SECONDS, next.get(target)!);
        next.set(target, next.get(target)! + sample.latencies.length + CONCURRENCY);
        return sample;
      };
      // A warm-up slice each, then alternating rounds (every other round in reverse order).
      for (const target of topology.targets) await slice(target);
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 ? [...topology.targets].reverse() : topology.targets;
        for (const target of order) samples.get(target)!.push(await slice(target));
      }
      for (const line of await topology.stored()) console.log(`   ${line}`);
      const counts = await topology.counts();
      console.log(
        `   connector stand-in received ${counts.replies} replies and ${counts.updates} card updates (${counts.other} other)`,
      );
      const baseline = summarize(samples.get(topology.targets[0]!)!);
      return topology.targets.map((target) => {
        const result = summarize(samples.get(target)!);
        return { name: target.name, result, ratio: result.perSecond / baseline.perSecond };
      });
    } finally {
      await topology.close();
    }
  } finally {
    if (withPostgres) await dropSchema(schema).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(rows: Row[]): boolean {
  console.log(
    `answer submits via POST /api/messages, ${CONCURRENCY} concurrent, ${ROUNDS} alternating slices of ${SLICE_SECONDS} s per target`,
  );
  console.log(
    'target'.padEnd(24),
    'req/s'.padStart(8),
    'p50 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'errors'.padStart(7),
    'ratio'.padStart(7),
    'CPU ms/turn'.padStart(12),
    'PG CPU ms'.padStart(10),
  );
  let ok = true;
  for (const [index, { name, result, ratio }] of rows.entries()) {
    if (index > 0 && (ratio < TARGET_RATIO || result.errors > 0)) ok = false;
    console.log(
      name.padEnd(24),
      result.perSecond.toFixed(0).padStart(8),
      result.p50.toFixed(1).padStart(8),
      result.p99.toFixed(1).padStart(8),
      String(result.errors).padStart(7),
      ratio.toFixed(2).padStart(7),
      (result.cpuMsPerRequest?.toFixed(2) ?? '-').padStart(12),
      (result.postgresCpuMsPerRequest?.toFixed(2) ?? '-').padStart(10),
    );
  }
  return ok;
}

function printSideBySide(tables: Array<{ mode: Mode; rows: Row[] }>): void {
  console.log('\nratio to the echo bot, side by side:');
  console.log('target'.padEnd(24), ...tables.map(({ mode }) => mode.padStart(12)));
  for (const [index, { name }] of tables[0]!.rows.entries())
    console.log(
      name.padEnd(24),
      ...tables.map(({ rows }) => (rows[index]?.ratio.toFixed(2) ?? '-').padStart(12)),
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
