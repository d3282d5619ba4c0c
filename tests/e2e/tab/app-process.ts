/**
 * Runs the real server (startTestApp: SQLite, seeded example forum, dev sign-in) as its own
 * process for the browser tests, printing `READY <url>` once it listens; SIGTERM stops it.
 * A separate process keeps the server's ESM-only and dynamic-import dependencies out of Jest's
 * module system — and is closer to how the tab meets the server in real life.
 */
import { manualClock, startTestApp } from '../../support/app-harness';

/** Inside the example forum's period (kickoff 2019-08-30, final meeting 2019-11-21), so answers are open. */
const NOW = process.env.TAB_TEST_NOW ?? '2019-10-15T08:00:00.000Z';

async function main(): Promise<void> {
  const clock = manualClock(NOW);
  // A restart test passes the database file and the port of the instance it replaces.
  const env: Record<string, string> = {};
  if (process.env.TAB_TEST_SQLITE_PATH) env.SQLITE_PATH = process.env.TAB_TEST_SQLITE_PATH;
  if (process.env.TAB_TEST_PORT) env.PORT = process.env.TAB_TEST_PORT;
  const app = await startTestApp({ clock, env });
  // Time moves on in real time from NOW (edit times and token lifetimes behave normally).
  const started = Date.now();
  setInterval(() => clock.set(new Date(Date.parse(NOW) + Date.now() - started)), 250).unref();
  process.stdout.write(`READY ${app.url}\n`);
  const stop = () => {
    void app.stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`test app failed to start: ${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
