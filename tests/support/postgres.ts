/**
 * Skip reason: PostgreSQL tests skip (loudly) only where no server answers at TEST_DATABASE_URL
 * (default 127.0.0.1:5432); CI sets REQUIRE_POSTGRES=1 so there a missing server fails instead.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * PostgreSQL for tests: TEST_DATABASE_URL (default the local trust-auth server), a fresh schema
 * per run, and a loud skip when the server is not there (a failure when REQUIRE_POSTGRES=1).
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const POSTGRES_REQUIRED = process.env.REQUIRE_POSTGRES === '1';

/** A schema name no other run uses: t_<pid>_<random>. */
export function uniqueSchemaName(prefix = 't'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(schema: string, url = TEST_DATABASE_URL): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

let cachedReachability: { ok: true } | { ok: false; reason: string } | undefined;

/**
 * Whether the server answers, decided synchronously (jest must know while it collects tests),
 * by a short child process.
 */
export function postgresReachability(): { ok: true } | { ok: false; reason: string } {
  if (cachedReachability) return cachedReachability;
  const script = `
    const { Client } = require(${JSON.stringify(require.resolve('pg'))});
    const client = new Client({ connectionString: process.env.PROBE_URL, connectionTimeoutMillis: 3000 });
    client.connect().then(() => client.query('select 1')).then(() => client.end())
      .then(() => process.exit(0), (e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); });`;
  const probe = spawnSync(process.execPath, ['-e', script], {
    env: { ...process.env, PROBE_URL: TEST_DATABASE_URL },
    encoding: 'utf8',
    timeout: 10_000,
  });
  cachedReachability =
    probe.status === 0
      ? { ok: true }
      : { ok: false, reason: (probe.stderr || probe.error?.message || `exit ${probe.status}`).trim() };
  return cachedReachability;
}

/**
 * describe() that runs when PostgreSQL is reachable; otherwise skips with a loud warning,
 * or fails when REQUIRE_POSTGRES=1.
 */
export function describeWithPostgres(title: string, body: () => void): void {
  const reachability = postgresReachability();
  if (reachability.ok) {
    describe(title, body);
    return;
  }
  const where = redact(TEST_DATABASE_URL);
  if (POSTGRES_REQUIRED) {
    describe(title, () => {
      test('PostgreSQL is reachable (REQUIRE_POSTGRES=1)', () => {
        throw new Error(`PostgreSQL at ${where} is unreachable: ${reachability.reason}`);
      });
    });
    return;
  }
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!! SKIPPING "${title}": PostgreSQL at ${where} is unreachable`,
      `!! (${reachability.reason})`,
      '!! Set TEST_DATABASE_URL, or REQUIRE_POSTGRES=1 to make this a failure.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    ].join('\n'),
  );
  describe.skip(title, body);
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable TEST_DATABASE_URL)';
  }
}
