import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** A bench part in its own Node process, driven over IPC (see answer-parent.ts for its side). */
export interface ForkedChild<Ready> {
  name: string;
  /** What the child sent when it was ready. */
  ready: Ready;
  request<T>(type: string, payload?: Record<string, unknown>): Promise<T>;
  /** Asks the child to stop (its 'stop' handler), then waits for it to exit; kills it if it hangs. */
  stop(): Promise<void>;
}

/**
 * BENCH_CPU_PROF=dir: each server writes CPU profiles (.cpuprofile, for Chrome DevTools or
 * speedscope; one per thread, tsx's loader thread too) into a folder of dir named after it.
 */
function profileArgs(name: string): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  if (!dir || (!name.includes('samskab') && !name.includes('echo'))) return [];
  return ['--cpu-prof', `--cpu-prof-dir=${path.resolve(dir, name.replace(/\W+/g, '-'))}`];
}

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/**
 * Forks `entry` (a bench file, loaded by tsx) with only `env` (plus PATH and HOME) as its
 * environment, as a server gets in production, and waits for its ready message.
 */
export async function forkChild<Ready>(
  name: string,
  entry: string,
  args: string[],
  env: Record<string, string>,
  startTimeoutMs = 60_000,
): Promise<ForkedChild<Ready>> {
  const child: ChildProcess = fork(path.join(ROOT, entry), args, {
    cwd: ROOT,
    execArgv: ['--disable-warning=DEP0111', '--import', 'tsx', ...profileArgs(name)],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 1;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then((code) => {
    for (const p of pending.values()) p.reject(new Error(`${name} exited (${code})`));
    pending.clear();
  });
  let timer: NodeJS.Timeout | undefined;
  const ready = await Promise.race([
    new Promise<Ready>((resolve) =>
      child.on('message', (raw: { type?: string }) => {
        if (raw.type === 'ready') {
          const { type: _type, ...announced } = raw;
          return resolve(announced as Ready);
        }
        const message = raw as Reply;
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.ok) waiting?.resolve(message.result);
        else waiting?.reject(new Error(`${name}: ${message.error}`));
      }),
    ),
    exited.then((code) => Promise.reject(new Error(`${name} exited (${code}) before it was ready`))),
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${name} not ready in ${startTimeoutMs} ms`)),
        startTimeoutMs,
      );
    }),
  ]).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  clearTimeout(timer);
  const request = <T>(type: string, payload: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ ...payload, id, type });
    });
  return {
    name,
    ready,
    request,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await request('stop').catch(() => undefined);
      await exited;
      clearTimeout(kill);
    },
  };
}
