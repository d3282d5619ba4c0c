import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { serverNodeArgs } from '../support/server-command';
import { ConfigError, loadConfig, REQUIRED_IN_PRODUCTION } from '../../bot/config';

const productionEnv = {
  NODE_ENV: 'production',
  BOT_ID: '00000000-0000-0000-0000-000000000001',
  BOT_TYPE: 'UserAssignedMsi',
  DATABASE_URL: 'postgres://samskab@db.example:5432/samskab',
  AAD_APP_CLIENT_ID: '00000000-0000-0000-0000-000000000002',
  ALLOWED_TENANT_IDS: '00000000-0000-0000-0000-000000000003',
};

describe('configuration', () => {
  it('defaults to SQLite, port 3978, dev sign-in on localhost and the example forum', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.database).toEqual({ kind: 'sqlite', path: 'data/samskab.sqlite' });
    expect(config.host).toBe('127.0.0.1');
    expect(config.auth.mode).toBe('dev');
    expect(config.bot).toBeNull();
    expect(config.seedExample).toBe(true);
  });

  it('selects PostgreSQL from DATABASE_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://postgres@127.0.0.1/test' });
    expect(config.database.kind).toBe('postgres');
  });

  it.each([
    [{ DATABASE_URL: 'mysql://root@localhost/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DEFAULT_TIME_ZONE: 'Europe/Aarhus' }, 'DEFAULT_TIME_ZONE'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DEV_AUTH: 'true', HOST: '0.0.0.0' }, 'HOST'],
  ])('refuses %j naming %s', (env, setting) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${setting}: `));
  });

  it('refuses a lease too short for its heartbeat or shorter than a send request plus a margin', () => {
    expect(loadConfig({}).scheduler).toEqual(
      expect.objectContaining({ leaseMs: 60_000, sendRequestTimeoutMs: 30_000, sendRatePerSecond: 30 }),
    );
    expect(() => loadConfig({ SCHEDULER_LEASE_MS: '2999', SEND_REQUEST_TIMEOUT_MS: '1000' })).toThrow(
      /^SCHEDULER_LEASE_MS: 2999 is too short: at least 3000 \(/,
    );
    expect(() => loadConfig({ SCHEDULER_LEASE_MS: '30000' })).toThrow(
      /^SCHEDULER_LEASE_MS: 30000 is too short: at least 31000 .*SEND_REQUEST_TIMEOUT_MS 30000/,
    );
    expect(() => loadConfig({ SEND_REQUEST_TIMEOUT_MS: '500' })).toThrow(/^SEND_REQUEST_TIMEOUT_MS: /);
    const shortest = loadConfig({ SCHEDULER_LEASE_MS: '3000', SEND_REQUEST_TIMEOUT_MS: '2000' });
    expect(shortest.scheduler).toEqual(
      expect.objectContaining({ leaseMs: 3_000, sendRequestTimeoutMs: 2_000 }),
    );
    expect(() => loadConfig({ SCHEDULER_LEASE_MS: '1500' })).toThrow(ConfigError);
  });

  it('starts in production when everything is set, without dev sign-in or seeding', () => {
    const config = loadConfig(productionEnv);
    expect(config.production).toBe(true);
    expect(config.auth.mode).toBe('entra');
    expect(config.seedExample).toBe(false);
    expect(config.host).toBe('0.0.0.0');
  });

  it.each(REQUIRED_IN_PRODUCTION)('production refuses to start without %s', (name) => {
    const env: Record<string, string> = { ...productionEnv };
    delete env[name];
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${name}: is required in production`));
  });

  it('production refuses a bot password-less secret type and dev sign-in', () => {
    expect(() => loadConfig({ ...productionEnv, BOT_TYPE: 'SingleTenant' })).toThrow(/^BOT_PASSWORD/);
    expect(() => loadConfig({ ...productionEnv, DEV_AUTH: 'true' })).toThrow(/^DEV_AUTH/);
  });
});

describe('start-up with bad configuration', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, serverNodeArgs(), {
      cwd: path.join(__dirname, '../..'),
      env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it.each([
    [{ DATABASE_URL: 'mysql://root@localhost/x' }, /DATABASE_URL: unsupported scheme 'mysql:'/],
    [{ DEFAULT_TIME_ZONE: 'Mars/Olympus' }, /DEFAULT_TIME_ZONE: /],
    [{ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' }, /DATABASE_URL/],
    [{ NODE_ENV: 'production' }, /BOT_ID: is required in production/],
    [{ SCHEDULER_LEASE_MS: '1000' }, /SCHEDULER_LEASE_MS: 1000 is too short/],
  ])('exits non-zero with one clear line for %j', (env, pattern) => {
    const result = run(env);
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^samskab: cannot start: /);
    expect(lines[0]).toMatch(pattern);
    expect(lines[0]).not.toMatch(/password/i);
  });
});
