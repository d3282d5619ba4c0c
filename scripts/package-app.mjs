#!/usr/bin/env node
// `npm run package`: fills the ${{VAR}} placeholders in appPackage/ from the environment,
// validates the manifest offline against the schema bundled by @microsoft/app-manifest and
// writes appPackage/build/appPackage.<env>.zip (plus the filled manifest.<env>.json beside it).
//
// Environment: env/.env.<TEAMSFX_ENV, default "local"> then process.env (which wins unless empty).
// Options: --env <name> (instead of TEAMSFX_ENV), --out <dir> (default appPackage/build).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const APP_DIR = join(ROOT, 'appPackage');
const TEXT_FILES = ['manifest.json', 'en.json'];
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Parses a dotenv file: KEY=value lines, # comments, optional single or double quotes. */
export function parseEnvFile(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    let value = m[2];
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    out[m[1]] = value;
  }
  return out;
}

/** Names of all placeholders in a text, in order of first appearance. */
export function placeholdersIn(text) {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** Replaces placeholders; returns the text and the names that had no (non-empty) value. */
export function fillPlaceholders(text, env) {
  const missing = new Set();
  const filled = text.replace(PLACEHOLDER, (whole, name) => {
    const value = env[name];
    if (value === undefined || (value === '' && name !== 'APP_NAME_SUFFIX')) {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text: filled, missing: [...missing] };
}

export function loadEnv(envName, processEnv = process.env) {
  const file = join(ROOT, 'env', `.env.${envName}`);
  const fromFile = existsSync(file) ? parseEnvFile(readFileSync(file, 'utf8')) : {};
  const merged = { ...fromFile };
  for (const [k, v] of Object.entries(processEnv)) if (v !== undefined && v !== '') merged[k] = v;
  return { env: merged, file: existsSync(file) ? file : null };
}

function bundledSchema(manifestVersion, kind) {
  const file = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/${kind}.schema.json`,
  );
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Validates a manifest against the schema of its manifestVersion bundled by @microsoft/app-manifest (no network). */
export async function validateManifest(manifest) {
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  return AppManifestUtils.validateAgainstSchema(
    manifest,
    bundledSchema(manifest.manifestVersion, 'MicrosoftTeams'),
  );
}

/**
 * Validates a language file against the bundled localization schema. Compiled here with the same
 * draft-04 validator the package uses, but with unicodeRegExp off: some of that schema's patterns
 * (activities.activityTypes) are not valid regular expressions in unicode mode.
 */
export function validateLocalization(document, manifestVersion) {
  const fromPackage = createRequire(require.resolve('@microsoft/app-manifest'));
  const Ajv = fromPackage('ajv-draft-04');
  const addFormats = fromPackage('ajv-formats');
  const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  (addFormats.default ?? addFormats)(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(bundledSchema(manifestVersion, 'MicrosoftTeams.Localization'));
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const envName = argValue('--env') ?? process.env.TEAMSFX_ENV ?? 'local';
  const outDir = resolve(argValue('--out') ?? join(APP_DIR, 'build'));
  const { env, file } = loadEnv(envName);
  const filled = {};
  const missing = new Set();
  for (const name of TEXT_FILES) {
    const result = fillPlaceholders(readFileSync(join(APP_DIR, name), 'utf8'), env);
    result.missing.forEach((m) => missing.add(m));
    filled[name] = result.text;
  }
  if (missing.size > 0) {
    console.error(
      `package-app: missing value for ${[...missing].join(', ')}\n` +
        `  set ${missing.size > 1 ? 'them' : 'it'} in ${file ?? `env/.env.${envName} (not found)`} or in the environment` +
        ` (environment "${envName}"; choose another with TEAMSFX_ENV or --env).`,
    );
    process.exit(1);
  }
  const manifest = JSON.parse(filled['manifest.json']);
  const errors = (await validateManifest(manifest)).map((e) => `manifest.json: ${e}`);
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const doc = JSON.parse(filled[language.file] ?? readFileSync(join(APP_DIR, language.file), 'utf8'));
    const found = validateLocalization(doc, manifest.manifestVersion);
    errors.push(...found.map((e) => `${language.file}: ${e}`));
  }
  if (errors.length > 0) {
    console.error(`package-app: the filled manifest is not valid:\n  ${errors.join('\n  ')}`);
    process.exit(1);
  }
  const JSZip = require('jszip');
  const zip = new JSZip();
  for (const name of TEXT_FILES) zip.file(name, filled[name]);
  for (const icon of [manifest.icons.color, manifest.icons.outline])
    zip.file(icon, readFileSync(join(APP_DIR, icon)));
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  writeFileSync(join(outDir, `manifest.${envName}.json`), filled['manifest.json']);
  console.log(`package-app: wrote ${zipPath}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`package-app: ${error?.message ?? error}`);
    process.exit(1);
  });
}
