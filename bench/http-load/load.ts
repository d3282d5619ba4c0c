import { spawn } from 'node:child_process';
import path from 'node:path';

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  timeoutSeconds: number;
  /** Requests per second over all connections; unset: as fast as the server answers. */
  rate?: number;
}

export interface LoadFigures {
  /** 2xx answers, and per second. */
  ok: number;
  perSecond: number;
  /** Latency of the answered requests, ms. */
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  /** Connection errors other than timeouts. */
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
}

const CHILD = path.resolve(__dirname, 'load-process.ts');

/** Runs autocannon in a child process (load-process.ts) and resolves with its figures. */
export function runLoad(options: LoadOptions): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`load process exited ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as LoadFigures);
    });
  });
}
