import { COMMANDS } from '../../bot/teams/commands';
import { isPublicRoute, parseRoute } from '../../tab/src/routing/route';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readPng } from './png';

// @microsoft/app-manifest requires strip-bom 5, an ES module that jest's CommonJS runtime cannot
// load; our files have no BOM, so a pass-through stands in for it.
jest.mock('strip-bom', () => (text: string) => text);

const ROOT = join(__dirname, '..', '..');
const APP = join(ROOT, 'appPackage');
const SCHEMAS = join(ROOT, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Every placeholder the package may contain, with a sample value (what env/ provides at package time). */
const SAMPLE_ENV: Record<string, string> = {
  TEAMS_APP_ID: '0b7c6a44-5f3e-4c1a-9d2e-3a4b5c6d7e8f',
  BOT_ID: '1c8d7b55-6a4f-4d2b-8e3f-4b5c6d7e8f90',
  AAD_APP_CLIENT_ID: '2d9e8c66-7b5a-4e3c-9f4a-5c6d7e8f9a01',
  TAB_ENDPOINT: 'https://samskab-dev.azurewebsites.net',
  TAB_DOMAIN: 'samskab-dev.azurewebsites.net',
  APP_NAME_SUFFIX: '-dev',
};

const rawManifest = readFileSync(join(APP, 'manifest.json'), 'utf8');
const rawEnglish = readFileSync(join(APP, 'en.json'), 'utf8');
const fill = (text: string) =>
  text.replace(PLACEHOLDER, (_, name: string) => SAMPLE_ENV[name] ?? `<<${name}>>`);
const manifest = JSON.parse(fill(rawManifest));
const english: Record<string, string> = JSON.parse(fill(rawEnglish));

function newestBundledVersion(): string {
  const versions = readdirSync(SCHEMAS)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1).split('.').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return versions.at(-1)!.join('.');
}

function schema(kind: string) {
  return JSON.parse(
    readFileSync(join(SCHEMAS, `v${manifest.manifestVersion}`, `${kind}.schema.json`), 'utf8'),
  );
}

function localizationErrors(document: unknown): string[] {
  // Same validator as @microsoft/app-manifest (draft-04); unicodeRegExp off because some patterns
  // of the bundled localization schema are not valid in unicode mode.
  const pkg = require.resolve('@microsoft/app-manifest');
  const Ajv = require(require.resolve('ajv-draft-04', { paths: [pkg] }));
  const addFormats = require(require.resolve('ajv-formats', { paths: [pkg] }));
  const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  (addFormats.default ?? addFormats)(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema('MicrosoftTeams.Localization'));
  return validate(document)
    ? []
    : validate.errors.map((e: { instancePath: string; message: string }) => `${e.instancePath} ${e.message}`);
}

/** Reads a localization key such as `bots[0].commandLists[1].commands[2].title` from the manifest. */
function at(doc: unknown, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== '')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

function envKeys(file: string): Set<string> {
  const text = readFileSync(join(ROOT, 'env', file), 'utf8');
  return new Set([...text.matchAll(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/gm)].map((m) => m[1]!));
}

describe('app package manifest', () => {
  it('uses the newest manifest schema that @microsoft/app-manifest bundles (not devPreview)', () => {
    expect(manifest.manifestVersion).toBe(newestBundledVersion());
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
  });

  it('is valid against the bundled schema once its placeholders are filled (offline)', async () => {
    const { AppManifestUtils } =
      require('@microsoft/app-manifest') as typeof import('@microsoft/app-manifest');
    expect(await AppManifestUtils.validateAgainstSchema(manifest, schema('MicrosoftTeams'))).toEqual([]);
  });

  it('really validates: broken documents are rejected', async () => {
    const { AppManifestUtils } =
      require('@microsoft/app-manifest') as typeof import('@microsoft/app-manifest');
    const broken = { ...manifest, id: 'not-a-guid', bots: [{ ...manifest.bots[0], scopes: ['everywhere'] }] };
    expect(
      (await AppManifestUtils.validateAgainstSchema(broken, schema('MicrosoftTeams'))).length,
    ).toBeGreaterThanOrEqual(2);
    expect(
      localizationErrors({ ...english, 'name.short': 'x'.repeat(31), 'no.such.key': 'x' }).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('has Danish as default language and a valid English localization file', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'da',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    expect(localizationErrors(english)).toEqual([]);
    expect(english.$schema).toContain(
      `/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`,
    );
  });

  it('localizes only strings that exist in the manifest, and all the user-visible ones', () => {
    for (const key of Object.keys(english).filter((k) => k !== '$schema')) {
      expect([key, typeof at(manifest, key)]).toEqual([key, 'string']);
    }
    const visible = ['name.short', 'name.full', 'description.short', 'description.full'];
    manifest.bots[0].commandLists.forEach((list: { commands: unknown[] }, l: number) =>
      list.commands.forEach((_c, c) =>
        visible.push(
          `bots[0].commandLists[${l}].commands[${c}].title`,
          `bots[0].commandLists[${l}].commands[${c}].description`,
        ),
      ),
    );
    manifest.staticTabs.forEach(
      (tab: { name?: string }, i: number) => tab.name && visible.push(`staticTabs[${i}].name`),
    );
    expect(visible.filter((k) => !(k in english))).toEqual([]);
  });

  it('offers the bot commands in Danish and English', () => {
    const lists = manifest.bots[0].commandLists as { scopes: string[]; commands: { title: string }[] }[];
    const da = new Set(lists.flatMap((l) => l.commands.map((c) => c.title)));
    const en = new Set(
      lists.flatMap((l, i) =>
        l.commands.map((_c, j) => english[`bots[0].commandLists[${i}].commands[${j}].title`]),
      ),
    );
    // The manifest offers the bot's own words (bot/teams/commands.ts), the first word of each command.
    const understood = (locale: 'da' | 'en') => new Set(COMMANDS.map((c) => c.words[locale][0]));
    expect([...da].filter((title) => !understood('da').has(title))).toEqual([]);
    expect([...en].filter((title) => !understood('en').has(title))).toEqual([]);
    expect(da.size).toBe(en.size);
    for (const command of COMMANDS) expect(da.has(command.words.da[0]!)).toBe(true);
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.bots[0].scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  it('has the personal tabs and the configurable tab for chats, channels and meetings', () => {
    const tabs = Object.fromEntries(manifest.staticTabs.map((t: { entityId: string }) => [t.entityId, t]));
    expect(tabs.me).toMatchObject({ name: 'Mine svar', contentUrl: `${SAMPLE_ENV.TAB_ENDPOINT}/tab/#/me` });
    expect(tabs.admin).toMatchObject({
      name: 'Administration',
      contentUrl: `${SAMPLE_ENV.TAB_ENDPOINT}/tab/#/admin`,
    });
    expect(manifest.configurableTabs[0]).toMatchObject({
      configurationUrl: `${SAMPLE_ENV.TAB_ENDPOINT}/tab/#/config`,
      scopes: ['team', 'groupChat'],
    });
    expect([...manifest.configurableTabs[0].context].sort()).toEqual([
      'channelTab',
      'meetingChatTab',
      'meetingDetailsTab',
      'meetingSidePanel',
      'meetingStage',
      'privateChatTab',
    ]);
    expect(manifest.webApplicationInfo).toEqual({
      id: SAMPLE_ENV.AAD_APP_CLIENT_ID,
      resource: `api://${SAMPLE_ENV.TAB_DOMAIN}/${SAMPLE_ENV.AAD_APP_CLIENT_ID}`,
    });
    expect(manifest.validDomains).toContain(SAMPLE_ENV.TAB_DOMAIN);
  });

  it('links privacy and terms to tab pages that exist and open without sign-in', () => {
    for (const key of ['privacyUrl', 'termsOfUseUrl'] as const) {
      const url = new URL(manifest.developer[key] as string);
      expect([key, `${url.origin}${url.pathname}`]).toEqual([key, `${SAMPLE_ENV.TAB_ENDPOINT}/tab/`]);
      const route = parseRoute(url.hash);
      expect([key, route.name, isPublicRoute(route)]).toEqual([
        key,
        key === 'privacyUrl' ? 'privacy' : 'terms',
        true,
      ]);
    }
  });

  it('uses only known placeholders, each declared in the env templates', () => {
    const used = [...new Set([...(rawManifest + rawEnglish).matchAll(PLACEHOLDER)].map((m) => m[1]!))];
    expect(used.filter((name) => !(name in SAMPLE_ENV))).toEqual([]);
    for (const file of ['.env.dev', '.env.local', '.env.playground']) {
      const keys = envKeys(file);
      expect([file, used.filter((name) => !keys.has(name))]).toEqual([file, []]);
    }
  });
});

describe('app icons', () => {
  it('has a 192×192 colour icon', () => {
    const png = readPng(readFileSync(join(APP, manifest.icons.color)));
    expect([png.width, png.height, png.colorType]).toEqual([192, 192, 6]);
  });

  it('has a 32×32 outline icon: white on a transparent background', () => {
    const png = readPng(readFileSync(join(APP, manifest.icons.outline)));
    expect([png.width, png.height, png.colorType]).toEqual([32, 32, 6]);
    let drawn = 0;
    let transparent = 0;
    for (let i = 0; i < png.rgba.length; i += 4) {
      const alpha = png.rgba[i + 3]!;
      if (alpha === 0) transparent++;
      else {
        drawn++;
        expect([png.rgba[i], png.rgba[i + 1], png.rgba[i + 2]]).toEqual([255, 255, 255]);
      }
    }
    expect(png.rgba[3]).toBe(0); // top-left corner is transparent
    expect(drawn).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(drawn);
  });
});

describe('npm run package', () => {
  const out = mkdtempSync(join(tmpdir(), 'samskab-package-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const run = (env: Record<string, string>, dir = out) =>
    spawnSync(process.execPath, ['scripts/package-app.mjs', '--env', 'jest-none', '--out', dir], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
    });

  it('writes a zip with the filled manifest, the English file and both icons', async () => {
    const result = run(SAMPLE_ENV);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'appPackage.jest-none.zip')));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(packed.bots[0].botId).toBe(SAMPLE_ENV.BOT_ID);
    expect(JSON.stringify(packed)).not.toContain('${{');
  });

  it('fails clearly, naming the missing settings', () => {
    const { BOT_ID: _b, TAB_DOMAIN: _t, ...partial } = SAMPLE_ENV;
    const result = run(partial, join(out, 'failed'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/missing value for .*BOT_ID/);
    expect(result.stderr).toContain('TAB_DOMAIN');
    expect(existsSync(join(out, 'failed', 'appPackage.jest-none.zip'))).toBe(false);
  });
});
