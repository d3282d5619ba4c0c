import { spawn, type ChildProcess } from 'node:child_process';
import { serverNodeArgs } from '../../support/server-command';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

export interface ServerProcess {
  child: ChildProcess;
  /** Parsed JSON log lines so far. */
  logs: Array<Record<string, unknown>>;
  stderr: string[];
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/**
 * The real server entry (bot/index.ts) as a child process, TypeScript loaded by tsx. A process that
 * does not log 'listening' within `startTimeoutMs` is killed and the start fails.
 */
export async function startServerProcess(
  env: Record<string, string>,
  { startTimeoutMs = 60_000 }: { startTimeoutMs?: number } = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, serverNodeArgs(), {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'test',
      PORT: '0',
      SEED_EXAMPLE: 'false',
      LOG_LEVEL: 'debug',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  const stderr: string[] = [];
  let buffer = '';
  let listening!: () => void;
  const ready = new Promise<void>((resolve) => (listening = resolve));
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === 'listening') listening();
      } catch {
        /* not a log line */
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ready,
      exited.then((code) => {
        throw new Error(`server exited (${code}) before listening: ${stderr.join('').slice(-2000)}`);
      }),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`server did not start: ${stderr.join('').slice(-2000)}`)),
          startTimeoutMs,
        );
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return {
    child,
    logs,
    stderr,
    exited,
    kill: (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}

/** Polls until `check` is true (or throws after `timeoutMs`). */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
  everyMs = 25,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
