/**
 * bench/turns: answer submits (Action.Submit) through POST /api/messages on loopback, no auth,
 * against the real server on SQLite and on PostgreSQL, next to a bare botbuilder echo bot on the
 * same restify stack, measured in the same run. Replies go to a local Bot Connector stand-in.
 * The targets are measured in short alternating slices, so load from other processes on the
 * machine affects all of them alike. Target: Samskab >= 0.5 x the echo bot's throughput.
 *   Run: npx tsx bench/turns/run.ts   (BENCH_CONCURRENCY, BENCH_ROUNDS, BENCH_SLICE_SECONDS, BENCH_TARGETS)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type App, createApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { type ConnectorStandIn, startConnectorStandIn } from '../../tests/support/connector-stand-in';
import { startEchoBot } from './echo-bot';
import { type LoadSample, runLoad, summarize } from './load';
import { dropSchema, PG_URL, postgresReachable } from './postgres';
import { samskabSubmits, submitActivity } from './submits';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const SLICE_SECONDS = Number(process.env.BENCH_SLICE_SECONDS ?? 1);
const TARGETS = (process.env.BENCH_TARGETS ?? 'sqlite,postgres').split(',');
const TARGET_RATIO = 0.5;
const FIXED_NOW = new Date('2019-09-02T08:00:00.000Z');

interface Target {
  name: string;
  url: string;
  body: (i: number) => unknown;
  samples: LoadSample[];
  next: number;
}

async function main(): Promise<void> {
  // The tests' Bot Connector stand-in, without Teams' rate limits: the bench measures our turn
  // handling, and 429s (per conversation 7/s; the bench's 24 chats reply far faster) would cap it.
  const connector = await startConnectorStandIn({ enforceLimits: false });
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-bench-turns-'));
  const env = {
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SCHEDULER_ENABLED: 'false',
    SEED_EXAMPLE: 'true',
  } as const;
  const schema = `bench_turns_${process.pid}`;
  const apps: App[] = [];
  const targets: Target[] = [];
  const echo = await startEchoBot(loadConfig({ ...env, SQLITE_PATH: path.join(dir, 'unused.sqlite') }));
  try {
    const echoBody = (i: number) =>
      submitActivity(
        connector.url,
        i,
        { aadObjectId: `aad-${i % 24}`, id: `m${i % 24}` },
        { samskab: 'answer' },
      );
    targets.push({
      name: 'echo bot (baseline)',
      url: `${echo.url}/api/messages`,
      body: echoBody,
      samples: [],
      next: 0,
    });

    const start = async (name: string, appEnv: Record<string, string>) => {
      const app = await createApp(loadConfig(appEnv), { clock: { now: () => new Date(FIXED_NOW) } });
      apps.push(app);
      const url = await app.start();
      targets.push({
        name,
        url: `${url}/api/messages`,
        body: await samskabSubmits(app, connector.url),
        samples: [],
        next: 0,
      });
    };
    if (TARGETS.includes('sqlite'))
      await start('samskab, SQLite', { ...env, SQLITE_PATH: path.join(dir, 'bench.sqlite') });
    const reachable = TARGETS.includes('postgres') ? await postgresReachable() : 'not selected';
    if (reachable === true)
      await start('samskab, PostgreSQL', { ...env, DATABASE_URL: PG_URL, PG_SCHEMA: schema });
    else console.warn(`!! PostgreSQL at ${PG_URL}: ${reachable}; its row is SKIPPED`);

    for (const target of targets) await slice(target, SLICE_SECONDS);
    for (const target of targets) target.samples = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of round % 2 ? [...targets].reverse() : targets)
        target.samples.push(await slice(target, SLICE_SECONDS));
    }
    for (const app of apps) {
      const [forum] = await app.deps.store.listForums();
      const answers = forum ? await app.deps.store.listAnswers(forum.id) : [];
      console.log(
        `   ${app.deps.store.dialect}: ${answers.length} answers with ${answers.reduce((sum, a) => sum + a.revision, 0)} revisions stored`,
      );
    }
  } finally {
    await echo.close();
    for (const app of apps) await app.stop();
    if (TARGETS.includes('postgres')) await dropSchema(schema).catch(() => undefined);
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  }
  report(targets, connector);
}

async function slice(target: Target, seconds: number): Promise<LoadSample> {
  const sample = await runLoad({
    url: target.url,
    concurrency: CONCURRENCY,
    seconds,
    body: target.body,
    firstIndex: target.next,
  });
  target.next += sample.latencies.length + CONCURRENCY;
  return sample;
}

function report(targets: Target[], connector: ConnectorStandIn): void {
  const posts = connector.sends.length;
  const puts = connector.updates.length;
  const other = connector.stats.requests - posts - puts;
  const baseline = summarize(targets[0]!.samples);
  console.log(
    `\nbench/turns: answer submits via POST /api/messages, ${CONCURRENCY} concurrent, ${ROUNDS} alternating slices of ${SLICE_SECONDS} s per target`,
  );
  console.log(
    'target'.padEnd(24),
    'req/s'.padStart(8),
    'p50 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'errors'.padStart(7),
    'ratio'.padStart(7),
  );
  let ok = true;
  for (const [index, target] of targets.entries()) {
    const result = summarize(target.samples);
    const ratio = result.perSecond / baseline.perSecond;
    if (index > 0 && (ratio < TARGET_RATIO || result.errors > 0)) ok = false;
    console.log(
      target.name.padEnd(24),
      result.perSecond.toFixed(0).padStart(8),
      result.p50.toFixed(1).padStart(8),
      result.p99.toFixed(1).padStart(8),
      String(result.errors).padStart(7),
      ratio.toFixed(2).padStart(7),
    );
  }
  console.log(`connector stand-in received ${posts} replies and ${puts} card updates (${other} other)`);
  console.log(`${ok ? 'PASS' : 'FAIL'}: throughput >= ${TARGET_RATIO} x the echo bot's, no errors`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
