/**
 * bench/turns/count-calls: database round trips per answer submit. Posts BENCH_SUBMITS submits
 * (warm, after one untimed pass over the same chats) and counts the calls that reach the store
 * under the bot's caches, and change notices published, per turn.
 *   Run: npx tsx bench/turns/count-calls.ts   (BENCH_TARGETS=sqlite,postgres, BENCH_SUBMITS)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { openStore } from '../../bot/store';
import { countingStore } from '../../tests/bot/teams/support/counting-store';
import { startConnectorStandIn } from '../../tests/support/connector-stand-in';
import { dropSchema, PG_URL, postgresReachable } from './postgres';
import { readSubmitFixture, submitBodies } from './submits';

const TARGETS = (process.env.BENCH_TARGETS ?? 'sqlite,postgres').split(',');
const SUBMITS = Number(process.env.BENCH_SUBMITS ?? 48);
const FIXED_NOW = new Date('2019-09-02T08:00:00.000Z');

async function main(): Promise<void> {
  const connector = await startConnectorStandIn({ enforceLimits: false });
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-bench-calls-'));
  const schema = `bench_calls_${process.pid}`;
  try {
    for (const target of TARGETS) {
      if (target === 'postgres') {
        const reachable = await postgresReachable();
        if (reachable !== true) {
          console.warn(`!! PostgreSQL at ${PG_URL}: ${reachable}; SKIPPED`);
          continue;
        }
      }
      const env: Record<string, string> = {
        NODE_ENV: 'test',
        PORT: '0',
        LOG_LEVEL: 'silent',
        SCHEDULER_ENABLED: 'false',
        SEED_EXAMPLE: 'true',
        ...(target === 'postgres'
          ? { DATABASE_URL: PG_URL, PG_SCHEMA: schema }
          : { SQLITE_PATH: path.join(dir, 'calls.sqlite') }),
      };
      const config = loadConfig(env);
      const opened = await openStore({
        databaseUrl: config.database.kind === 'postgres' ? config.database.url : undefined,
        pgSchema: config.database.kind === 'postgres' ? config.database.schema : undefined,
        sqlitePath: config.database.kind === 'sqlite' ? config.database.path : '',
      });
      const counted = countingStore(opened);
      const app = await createApp(config, {
        store: counted.store,
        changes: counted.changes,
        meetings: opened.meetings,
        clock: { now: () => new Date(FIXED_NOW) },
      });
      const url = `${await app.start()}/api/messages`;
      try {
        const body = submitBodies(await readSubmitFixture(app.deps.store), connector.url);
        const post = async (i: number) => {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body(i)),
          });
          await response.arrayBuffer();
          if (response.status >= 300) throw new Error(`submit ${i}: HTTP ${response.status}`);
        };
        const report = (label: string) => {
          const rows = [...counted.calls].sort((a, b) => b[1] - a[1]);
          const total = rows.reduce((sum, [, n]) => sum + n, 0);
          console.log(
            `\n${target}: ${(total / SUBMITS).toFixed(2)} store/feed calls per submit turn (${label})`,
          );
          for (const [name, n] of rows) console.log(`  ${name.padEnd(32)} ${(n / SUBMITS).toFixed(2)}`);
          counted.calls.clear();
        };
        counted.calls.clear();
        for (let i = 0; i < SUBMITS; i++) await post(i);
        report("first pass, with each chat's first contact");
        for (let i = SUBMITS; i < 2 * SUBMITS; i++) await post(i);
        report('warm');
      } finally {
        await app.stop();
      }
    }
  } finally {
    if (TARGETS.includes('postgres')) await dropSchema(schema).catch(() => undefined);
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
