import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema, loadConfig, REQUIRED_IN_PRODUCTION } from '../../bot/config';

// There is no bicep CLI here: these tests read infra/azure.bicep as text. They rely on its layout:
// one `param` per line, app settings as `KEY: value` lines in the `webAppSettings` resource.
const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const bicep = read('infra/azure.bicep');
const parametersJson = JSON.parse(read('infra/azure.parameters.json')) as {
  parameters: Record<string, { value: unknown }>;
};
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

interface Param {
  name: string;
  type: string;
  hasDefault: boolean;
  secure: boolean;
  allowed: string[] | null;
}

function params(text: string): Param[] {
  const lines = text.split('\n');
  const out: Param[] = [];
  lines.forEach((line, i) => {
    const m = /^param\s+(\w+)\s+(\w+)\s*(=.*)?$/.exec(line.trim());
    if (!m) return;
    const decorators: string[] = [];
    for (let j = i - 1; j >= 0 && lines[j]!.trim().startsWith('@'); j--) decorators.push(lines[j]!.trim());
    const allowed = decorators.find((d) => d.startsWith('@allowed('));
    out.push({
      name: m[1]!,
      type: m[2]!,
      hasDefault: m[3] !== undefined,
      secure: decorators.includes('@secure()'),
      allowed: allowed ? [...allowed.matchAll(/'([^']*)'/g)].map((a) => a[1]!) : null,
    });
  });
  return out;
}

/** `KEY: value` lines of the properties of the webAppSettings resource. */
function appSettings(text: string): Map<string, string> {
  const start = text.indexOf("resource webAppSettings 'Microsoft.Web/sites/config@");
  expect(start).toBeGreaterThanOrEqual(0);
  const body = text.slice(text.indexOf('properties: {', start) + 'properties: {'.length);
  const block = body.slice(0, body.indexOf('\n  }'));
  return new Map(
    [...block.matchAll(/^\s*([A-Za-z_][A-Za-z0-9_]*):\s*(.+)$/gm)].map((m) => [m[1]!, m[2]!.trim()]),
  );
}

function outputs(text: string): string[] {
  return [...text.matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]!);
}

function envKeys(file: string): Set<string> {
  return new Set([...read(file).matchAll(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/gm)].map((m) => m[1]!));
}

/**
 * What the server needs on Azure: bot/config.ts's REQUIRED_IN_PRODUCTION plus the settings that make
 * production correct (identity type, tenant, public URL, logging, telemetry).
 */
const NEEDED = [
  ...REQUIRED_IN_PRODUCTION,
  'NODE_ENV',
  'BOT_TENANT_ID',
  'BOT_TYPE',
  'AAD_APP_TENANT_ID',
  'PUBLIC_URL',
  'LOG_LEVEL',
  'TAB_ENDPOINT',
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
];
/** App settings that are not the server's own: App Service / Application Insights agent / toolkit names. */
const PLATFORM = new Set([
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'ApplicationInsightsAgent_EXTENSION_VERSION',
  'SCM_DO_BUILD_DURING_DEPLOYMENT',
  'WEBSITE_RUN_FROM_PACKAGE',
  'TAB_ENDPOINT',
]);

describe('infra/azure.bicep and infra/azure.parameters.json', () => {
  const declared = params(bicep);
  const given = Object.keys(parametersJson.parameters);

  it('declares parameters (sanity check of the parser)', () => {
    expect(declared.map((p) => p.name)).toEqual(
      expect.arrayContaining(['resourceBaseName', 'postgresEntraAdminObjectId', 'location']),
    );
  });

  it('sets every parameter that has no default', () => {
    const missing = declared.filter((p) => !p.hasDefault && !given.includes(p.name)).map((p) => p.name);
    expect(missing).toEqual([]);
  });

  it('sets only declared parameters', () => {
    expect(given.filter((name) => !declared.some((p) => p.name === name))).toEqual([]);
  });

  it('takes secure parameters (if any) only from SECRET_ placeholders and never outputs them', () => {
    const secure = declared.filter((p) => p.secure).map((p) => p.name);
    for (const name of secure) {
      expect([name, parametersJson.parameters[name]?.value]).toEqual([
        name,
        expect.stringMatching(/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/),
      ]);
      expect(bicep).not.toMatch(new RegExp(`^output .*\\b${name}\\b`, 'm'));
    }
    expect(outputs(bicep).some((o) => /PASSWORD|SECRET|DATABASE_URL/.test(o))).toBe(false);
  });

  it('sets every setting the server needs in production as an app setting', () => {
    const settings = appSettings(bicep);
    expect(NEEDED.filter((name) => !settings.has(name))).toEqual([]);
    expect(settings.get('NODE_ENV')).toBe("'production'");
    expect(settings.get('BOT_TYPE')).toBe("'UserAssignedMsi'");
  });

  it("connects to PostgreSQL as the app identity's own role with an Entra token: no password anywhere", () => {
    const settings = appSettings(bicep);
    expect(settings.get('DATABASE_AUTH')).toBe("'entra'");
    expect(settings.get('AZURE_CLIENT_ID')).toBe('identity.properties.clientId');
    expect(settings.get('PG_SCHEMA')).toBe('postgresAppSchema');
    // The user is the managed identity's role; the URL has no password part (user:password@).
    expect(settings.get('DATABASE_URL')).toMatch(
      /^'postgres:\/\/\$\{identity\.name\}@\$\{postgres\.properties\.fullyQualifiedDomainName\}:5432\//,
    );
    expect(settings.get('DATABASE_URL')).not.toMatch(/:\/\/[^@]*:[^@]*@/);
    for (const [key, value] of settings)
      expect([key, value]).not.toEqual([key, expect.stringMatching(/[Pp]assword|[Ss]ecret/)]);
    // The server has no administrator password, only Entra sign-in; its Entra admin is the operator's group.
    expect(bicep).not.toMatch(/administratorLoginPassword|@secure\(\)/);
    expect(bicep).toMatch(/authConfig: \{ activeDirectoryAuth: 'Enabled', passwordAuth: 'Disabled'/);
    expect(bicep).toContain("'Microsoft.DBforPostgreSQL/flexibleServers/administrators@");
    expect(bicep).toMatch(/name: postgresEntraAdminObjectId\n/);
    // The schema the app owns is the one the role setup creates.
    expect(declared.find((p) => p.name === 'postgresAppSchema')).toBeDefined();
    expect(bicep).toContain("param postgresAppSchema string = 'samskab'");
    expect(read('infra/postgres-app-role.sql')).toContain(
      'CREATE SCHEMA IF NOT EXISTS :"app_schema" AUTHORIZATION :"app_role"',
    );
  });

  it('runs on Node 22 LTS while package.json engines keep Node 20 (CI) and 22 (App Service)', () => {
    expect(bicep).toContain("linuxFxVersion: 'NODE|22-lts'");
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    const satisfies = (version: string) =>
      engines.split(/\s+/).every((part) => {
        const m = /^(>=|<|<=|>)?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(part)!;
        const want = [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
        const have = version.split('.').map(Number);
        const cmp = have[0]! - want[0]! || have[1]! - want[1]! || have[2]! - want[2]!;
        return m[1] === '>='
          ? cmp >= 0
          : m[1] === '<'
            ? cmp < 0
            : m[1] === '<='
              ? cmp <= 0
              : m[1] === '>'
                ? cmp > 0
                : cmp === 0;
      });
    expect(['20.19.0', '20.20.2', '22.0.0', '22.22.0'].filter((v) => !satisfies(v))).toEqual([]);
    expect(satisfies(process.versions.node)).toBe(true);
  });

  it('sets only settings the server (or the platform) knows, so a typo cannot hide', () => {
    const known = new Set(Object.keys(configSchema.shape));
    expect([...appSettings(bicep).keys()].filter((k) => !known.has(k) && !PLATFORM.has(k))).toEqual([]);
  });

  it('gives settings that bot/config.ts accepts in production', () => {
    const sample: Record<string, string> = {
      DATABASE_URL:
        'postgres://samskab-identity@samskab-pg.postgres.database.azure.com:5432/samskab?sslmode=verify-full',
      AZURE_CLIENT_ID: '1c8d7b55-6a4f-4d2b-8e3f-4b5c6d7e8f90',
      PG_SCHEMA: 'samskab',
      PUBLIC_URL: 'https://samskab-app.azurewebsites.net',
      BOT_ID: '1c8d7b55-6a4f-4d2b-8e3f-4b5c6d7e8f90',
      AAD_APP_CLIENT_ID: '2d9e8c66-7b5a-4e3c-9f4a-5c6d7e8f9a01',
      ALLOWED_TENANT_IDS: '3e0f9d77-8c6b-4f4d-8a5b-6d7e8f9a0b12',
    };
    const env: Record<string, string> = {};
    for (const [key, value] of appSettings(bicep)) {
      const literal = /^'([^'$]*)'$/.exec(value);
      env[key] = literal ? literal[1]! : (sample[key] ?? 'from-bicep');
    }
    env.LOG_LEVEL = 'info';
    // Set by App Service itself for an app with a managed identity (not app settings).
    env.IDENTITY_ENDPOINT = 'http://127.0.0.1:41741/msi/token';
    env.IDENTITY_HEADER = 'set-by-app-service';
    const config = loadConfig(env);
    expect(config.production).toBe(true);
    expect(config.database).toEqual(
      expect.objectContaining({
        kind: 'postgres',
        schema: 'samskab',
        entra: expect.objectContaining({ clientId: '1c8d7b55-6a4f-4d2b-8e3f-4b5c6d7e8f90' }),
      }),
    );
    expect(config.auth.mode).toBe('entra');
    expect(config.bot?.type).toBe('UserAssignedMsi');
  });

  it('allows exactly the log levels the server accepts', () => {
    const logLevel = declared.find((p) => p.name === 'logLevel');
    expect(logLevel?.allowed?.sort()).toEqual([...configSchema.shape.LOG_LEVEL.unwrap().options].sort());
  });

  it('creates the resources of the design', () => {
    for (const type of [
      'Microsoft.ManagedIdentity/userAssignedIdentities',
      'Microsoft.Web/serverfarms',
      'Microsoft.Web/sites',
      'Microsoft.BotService/botServices',
      'Microsoft.BotService/botServices/channels',
      'Microsoft.DBforPostgreSQL/flexibleServers',
      'Microsoft.DBforPostgreSQL/flexibleServers/databases',
      'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules',
      'Microsoft.Insights/components',
      'Microsoft.OperationalInsights/workspaces',
    ]) {
      expect([type, bicep.includes(`'${type}@`)]).toEqual([type, true]);
    }
    expect(bicep).toContain("msaAppType: 'UserAssignedMSI'");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
    expect(bicep).toContain("version: '16'");
    expect(bicep).toMatch(/sslmode=verify-full/);
  });
});

describe('Agents Toolkit layout', () => {
  const devKeys = envKeys('env/.env.dev');

  it('writes every bicep output to a key of env/.env.dev', () => {
    expect(outputs(bicep).filter((o) => !devKeys.has(o))).toEqual([]);
  });

  it('uses in m365agents.yml, the parameters and the Entra manifest only variables env/.env.dev declares (or SECRET_ ones)', () => {
    const text =
      read('m365agents.yml') + read('infra/azure.parameters.json') + read('infra/aad.manifest.json');
    const used = [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
    expect(used.filter((name) => !devKeys.has(name) && !name.startsWith('SECRET_'))).toEqual([]);
  });

  it('keeps secrets out of the committed env templates', () => {
    for (const file of ['env/.env.dev', 'env/.env.local', 'env/.env.playground']) {
      const withValue = [...read(file).matchAll(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+)/gm)]
        .map((m) => m[1]!)
        .filter((k) => /SECRET|PASSWORD|CONNECTION_STRING|DATABASE_URL/.test(k));
      expect([file, withValue]).toEqual([file, []]);
    }
    const gitignore = read('.gitignore');
    expect(gitignore).toMatch(/^env\/\.env\.\*\.user$/m);
  });

  it('provisions and deploys with the expected actions', () => {
    const yml = read('m365agents.yml');
    for (const action of [
      'aadApp/create',
      'teamsApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/zipAppPackage',
      'teamsApp/update',
      'cli/runNpmCommand',
      'azureAppService/zipDeploy',
    ]) {
      expect([action, yml.includes(`uses: ${action}`)]).toEqual([action, true]);
    }
    expect(read('m365agents.local.yml')).toContain('uses: botAadApp/create');
  });
});
