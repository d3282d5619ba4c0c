import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CLIENT_ID, PUBLIC_URL, TENANT } from '../bot/api/support/entra-tokens';
import { startServerProcess, type ServerProcess } from '../bot/scheduler/server-process';
import type { FakeEntra } from './fake-entra';

/** The bot's managed identity (its client id is the bot's app id). */
export const BOT_CLIENT_ID = '0b0b0b0b-1111-4222-8333-444455556666';

const GUARD = path.resolve(__dirname, 'loopback-guard.cjs');
const GUARD_ACTIVE = 'loopback-guard: active';
const GUARD_REFUSED = 'loopback-guard: refused';

export interface ProductionEnvOptions {
  databaseUrl: string;
  schema: string;
  entra: FakeEntra;
  /** The app's share of Teams' per-app limit (SEND_RATE_PER_SECOND). */
  sendRatePerSecond: number;
  /** Anything else (scheduler tuning). */
  extra?: Record<string, string>;
}

/**
 * The environment of an App Service instance as infra/azure.bicep configures it: production,
 * the bot as a user-assigned managed identity (no BOT_PASSWORD), PostgreSQL with DATABASE_AUTH=entra,
 * Teams SSO. Only the
 * outside world is swapped for loopback: the managed-identity endpoint and the SSO signing keys
 * (FakeEntra), and every connection is checked by the loopback guard.
 */
export function productionEnv(options: ProductionEnvOptions): Record<string, string> {
  // As deployed: DATABASE_AUTH=entra, no password in the URL. A trust-auth test server never asks
  // for the password (the identity's token), so that path is not exercised here; a URL with a
  // password keeps password sign-in.
  const entraDatabaseAuth = new URL(options.databaseUrl).password === '';
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'debug',
    PUBLIC_URL,
    BOT_ID: BOT_CLIENT_ID,
    BOT_TYPE: 'UserAssignedMsi',
    BOT_TENANT_ID: TENANT,
    DATABASE_URL: options.databaseUrl,
    PG_SCHEMA: options.schema,
    ...(entraDatabaseAuth ? { DATABASE_AUTH: 'entra', AZURE_CLIENT_ID: BOT_CLIENT_ID } : {}),
    AAD_APP_CLIENT_ID: CLIENT_ID,
    AAD_APP_TENANT_ID: TENANT,
    ALLOWED_TENANT_IDS: TENANT,
    SEND_RATE_PER_SECOND: String(options.sendRatePerSecond),
    ...options.entra.env,
    ...options.extra,
    NODE_OPTIONS: `--require ${GUARD}`,
  };
}

/**
 * Which managed-identity source msal-node (the copy botbuilder's @azure/identity loads) picks in
 * this environment, asked in a child process with exactly that environment. Throws unless it is
 * "AppService" (IDENTITY_ENDPOINT on loopback): any other source would try Azure's instance
 * metadata service at 169.254.169.254, which a test must never reach.
 */
export function assertManagedIdentityOnLoopback(env: Record<string, string>): void {
  const endpoint = new URL(env.IDENTITY_ENDPOINT ?? 'http://missing');
  if (endpoint.hostname !== '127.0.0.1') {
    throw new Error(`IDENTITY_ENDPOINT must be on 127.0.0.1, got ${endpoint.host}`);
  }
  const script = `
    const path = require('node:path');
    const connector = path.dirname(require.resolve('botframework-connector'));
    const identity = path.dirname(require.resolve('@azure/identity', { paths: [connector] }));
    const msal = require(require.resolve('@azure/msal-node', { paths: [identity] }));
    const app = new msal.ManagedIdentityApplication({ managedIdentityIdParams: { userAssignedClientId: process.env.BOT_ID } });
    process.stdout.write(String(app.getManagedIdentitySource()));`;
  const probe = spawnSync(process.execPath, ['-e', script], {
    cwd: path.resolve(__dirname, '../..'),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (probe.status !== 0 || probe.stdout !== 'AppService') {
    throw new Error(
      `REFUSING TO START: msal-node would not use the loopback App Service managed-identity endpoint ` +
        `(source ${JSON.stringify(probe.stdout)}, exit ${probe.status}): ${probe.stderr.slice(-1000)}`,
    );
  }
}

/** A server process with production settings; fails unless the loopback guard is loaded in it. */
export async function startProductionInstance(env: Record<string, string>): Promise<ServerProcess> {
  // Three cold starts (tsx compiling the server) share two busy cores: allow for it.
  const server = await startServerProcess(env, { startTimeoutMs: 60_000 });
  if (!server.stderr.join('').includes(GUARD_ACTIVE)) {
    server.child.kill('SIGKILL');
    throw new Error(`the loopback guard is not active in the server process: ${server.stderr.join('')}`);
  }
  return server;
}

/** Connections the loopback guard refused in a server process (must stay empty). */
export function refusedConnections(server: ServerProcess): string[] {
  return server.stderr
    .join('')
    .split('\n')
    .filter((line) => line.includes(GUARD_REFUSED));
}

/** Starts `count` instances at once; if one fails, the others are killed too. */
export async function startProductionInstances(
  env: Record<string, string>,
  count: number,
): Promise<ServerProcess[]> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => startProductionInstance(env)));
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(servers.map((s) => s.kill('SIGKILL')));
    throw failed.reason;
  }
  return servers;
}

/** The base URL a started server process listens on (from its 'listening' log line). */
export function instanceUrl(server: ServerProcess): string {
  const line = server.logs.find((l) => l.msg === 'listening');
  if (!line || typeof line.url !== 'string') throw new Error('server has not logged its URL');
  return line.url;
}
