import path from 'node:path';
import { startServerProcess, waitFor, type ServerProcess } from '../../tests/bot/scheduler/server-process';
import { CLIENT_ID, PUBLIC_URL, TENANT } from '../../tests/bot/api/support/entra-tokens';
import { startFakeEntra, type FakeEntra } from '../../tests/support/fake-entra';
import type { DatasetLocation } from '../summary/databases';

const PROBE = path.resolve(__dirname, 'server-probe.cjs');

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
  mean: number;
  samples: number;
  /** CPU time (ms) between two ticks of the probe's timer: work without a break, whatever the machine's load. */
  cpuP99: number;
  cpuMax: number;
}

export interface Memory {
  heapUsed: number;
  rss: number;
}

export interface BenchServer {
  url: string;
  /** A Teams SSO token for the person (as the tab sends it), signed with the stand-in Entra's key. */
  token(aadObjectId: string): Promise<string>;
  /** The server's event-loop delay since the last call (server-probe.cjs). */
  loopDelay(): Promise<LoopDelay>;
  /** The server's heap and RSS after a full garbage collection. */
  memory(): Promise<Memory>;
  /** Starts a CPU profile of the server; `stopProfile` ends it and answers the .cpuprofile's JSON. */
  startProfile(): Promise<void>;
  stopProfile(): Promise<unknown>;
  process: ServerProcess;
  stop(): Promise<void>;
}

/**
 * The real server (bot/index.ts) as a child process on the dataset's database, as deployed in what
 * the tab's requests meet: Teams SSO (RS256 tokens checked against a JWKS, through the test seam on
 * loopback), the scheduler off (the benches measure the tab's API), info logs. The event-loop and
 * memory probe is preloaded; --expose-gc lets it collect garbage on request.
 */
export async function startBenchServer(location: DatasetLocation): Promise<BenchServer> {
  const entra: FakeEntra = await startFakeEntra({ botClientId: 'unused-by-the-bench' });
  let server: ServerProcess;
  try {
    server = await startServerProcess(
      {
        ...location,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        PUBLIC_URL,
        AAD_APP_CLIENT_ID: CLIENT_ID,
        ALLOWED_TENANT_IDS: TENANT,
        DEV_AUTH: 'false',
        TEST_SSO_JWKS_URL: entra.env.TEST_SSO_JWKS_URL!,
        SAMSKAB_TEST_SEAMS: '1',
        SCHEDULER_ENABLED: 'false',
        // The admission of heavy routes as configured (bot/api/http/admission.ts), e.g. 1000 to compare without a limit.
        ...(process.env.API_HEAVY_CONCURRENCY
          ? { API_HEAVY_CONCURRENCY: process.env.API_HEAVY_CONCURRENCY }
          : {}),
        NODE_OPTIONS: `--require ${PROBE} --expose-gc`,
      },
      { startTimeoutMs: 60_000 },
    );
  } catch (error) {
    await entra.close();
    throw error;
  }
  const listening = server.logs.find((l) => l.msg === 'listening')!;
  await waitFor(() => server.logs.some((l) => l.msg === 'bench probe'), 10_000, 'the bench probe');
  const probePort = server.logs.find((l) => l.msg === 'bench probe')!.port as number;
  const ask = async <T>(what: string): Promise<T> => {
    const res = await fetch(`http://127.0.0.1:${probePort}/${what}`);
    if (!res.ok) throw new Error(`probe /${what}: ${res.status}`);
    return (await res.json()) as T;
  };
  return {
    url: listening.url as string,
    token: (aadObjectId) => entra.sign({ oid: aadObjectId, name: 'Bench' }),
    loopDelay: () => ask<LoopDelay>('loop'),
    memory: () => ask<Memory>('memory'),
    startProfile: async () => void (await ask('profile/start')),
    stopProfile: () => ask('profile/stop'),
    process: server,
    async stop() {
      await server.kill('SIGTERM');
      await entra.close();
    },
  };
}
