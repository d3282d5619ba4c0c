/**
 * bench/turns: answer submits (Action.Submit) through POST /api/messages on loopback, no auth,
 * against the real server on SQLite and on PostgreSQL, next to a bare botbuilder echo bot on the
 * same restify stack, measured in the same run. Replies go to a local Bot Connector stand-in.
 * Target: Samskab's throughput >= 0.5 x the echo bot's.   Run: npx tsx bench/turns/run.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import type { Member, Question } from '../../core/model';
import { startConnectorStandIn } from './connector-stand-in';
import { startEchoBot } from './echo-bot';
import { type LoadResult, runLoad } from './load';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = 1;
const TARGET_RATIO = 0.5;
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TARGETS = (process.env.BENCH_TARGETS ?? 'sqlite,postgres').split(',');
const FIXED_NOW = new Date('2019-09-02T08:00:00.000Z');

interface Row {
  name: string;
  result: LoadResult;
}

async function main(): Promise<void> {
  const connector = await startConnectorStandIn();
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-bench-turns-'));
  const rows: Row[] = [];
  try {
    const env = { NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', SCHEDULER_ENABLED: 'false', SEED_EXAMPLE: 'true' } as const;

    const echo = await startEchoBot(loadConfig({ ...env, SQLITE_PATH: path.join(dir, 'unused.sqlite') }));
    const echoBody = (i: number) => submitActivity(connector.serviceUrl, i, { aadObjectId: `aad-${i % 24}`, id: `m${i % 24}` }, { samskab: 'answer' });
    rows.push({ name: 'echo bot (baseline)', result: await measure(`${echo.url}/api/messages`, echoBody) });
    await echo.close();

    if (TARGETS.includes('sqlite')) {
      rows.push({ name: 'samskab, SQLite', result: await measureSamskab(connector.serviceUrl, { ...env, SQLITE_PATH: path.join(dir, 'bench.sqlite') }) });
    }

    const schema = `bench_turns_${process.pid}`;
    const reachable = TARGETS.includes('postgres') ? await postgresReachable() : 'not selected';
    if (reachable === true) {
      try {
        rows.push({ name: 'samskab, PostgreSQL', result: await measureSamskab(connector.serviceUrl, { ...env, DATABASE_URL: PG_URL, PG_SCHEMA: schema }) });
      } finally {
        await dropSchema(schema);
      }
    } else {
      console.warn(`!! PostgreSQL at ${PG_URL} is not reachable (${reachable}); its row is SKIPPED`);
    }
  } finally {
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  }
  report(rows, connector.counts);
}

async function measure(url: string, body: (i: number) => unknown): Promise<LoadResult> {
  await runLoad({ url, concurrency: CONCURRENCY, seconds: WARMUP_SECONDS, body });
  return runLoad({ url, concurrency: CONCURRENCY, seconds: SECONDS, body: (i) => body(i + 1_000_000) });
}

async function measureSamskab(serviceUrl: string, env: Record<string, string>): Promise<LoadResult> {
  const app = await createApp(loadConfig(env), { clock: { now: () => new Date(FIXED_NOW) } });
  const url = await app.start();
  try {
    const store = app.deps.store;
    const [forum] = await store.listForums();
    if (!forum) throw new Error('the example forum was not seeded');
    const chefs = (await store.listMembers(forum.id)).filter((m) => m.role === 'chef' && m.departmentIds.length > 0);
    const questions = (await store.listQuestions(forum.id)).filter((q) => q.shape.kind === 'textWithPrinciples' || q.shape.kind === 'textWithLeadershipStyle');
    const body = (i: number) => {
      const member = chefs[i % chefs.length]!;
      const question = questions[Math.floor(i / chefs.length) % questions.length]!;
      return submitActivity(serviceUrl, i, member, {
        samskab: 'answer',
        forumId: forum.id,
        questionId: question.id,
        departmentId: member.departmentIds[0],
        ...inputs(question, `Svar nummer ${i}`),
      });
    };
    const result = await measure(`${url}/api/messages`, body);
    const answers = await store.listAnswers(forum.id);
    const revisions = answers.reduce((sum, a) => sum + a.revision, 0);
    console.log(`   ${store.dialect}: ${answers.length} answers, ${revisions} revisions stored`);
    return result;
  } finally {
    await app.stop();
  }
}

function submitActivity(serviceUrl: string, i: number, member: Pick<Member, 'aadObjectId' | 'id'>, value: Record<string, unknown>) {
  return {
    type: 'message',
    id: `activity-${i}`,
    channelId: 'msteams',
    serviceUrl,
    locale: 'da-DK',
    from: { id: `29:${member.aadObjectId}`, aadObjectId: member.aadObjectId },
    recipient: { id: '28:bench-bot' },
    conversation: { id: `a:bench-${member.id}`, conversationType: 'personal', tenantId: 'bench-tenant' },
    replyToId: `card-${i}`,
    value,
  };
}

function inputs(question: Question, text: string): Record<string, string> {
  const p = `q${question.number}_`;
  return question.shape.kind === 'textWithPrinciples'
    ? { [`${p}text`]: text, [`${p}principles`]: '1,3' }
    : { [`${p}text`]: text, [`${p}style`]: 'facilitating' };
}

async function postgresReachable(): Promise<true | string> {
  const client = new Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

function report(rows: Row[], counts: { posts: number; puts: number; other: number }): void {
  const baseline = rows[0]!.result;
  console.log(`\nbench/turns: answer submits via POST /api/messages, ${CONCURRENCY} concurrent, ${SECONDS} s each (after ${WARMUP_SECONDS} s warm-up)`);
  console.log('target'.padEnd(24), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(7), 'ratio'.padStart(7));
  let ok = true;
  for (const { name, result } of rows) {
    const ratio = result.perSecond / baseline.perSecond;
    if (result !== baseline && (ratio < TARGET_RATIO || result.errors > 0)) ok = false;
    console.log(
      name.padEnd(24),
      result.perSecond.toFixed(0).padStart(8),
      result.p50.toFixed(1).padStart(8),
      result.p99.toFixed(1).padStart(8),
      String(result.errors).padStart(7),
      ratio.toFixed(2).padStart(7),
    );
  }
  console.log(`connector stand-in received ${counts.posts} replies and ${counts.puts} card updates (${counts.other} other)`);
  console.log(`${ok ? 'PASS' : 'FAIL'}: throughput ratio target >= ${TARGET_RATIO} of the echo bot, no errors`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
