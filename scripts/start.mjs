#!/usr/bin/env node
// `npm start`: the newcomer's one command. Builds the tab if needed, starts the server (dev mode,
// SQLite) and the Microsoft 365 Agents Playground (an offline Teams client), waits until both are
// ready and prints where to chat with the bot and where to open the tab.
//
//   npm start                          PORT (default 3978), PLAYGROUND_PORT (default 56150)
//   npm start -- --demo-speed 3600     play the example period 3600× faster (DEMO_SPEED; default 1:
//                                      real speed, starting on the example's kickoff morning)
//   npm start -- --as "Hanne Juul"     be another example person in the Playground (the organizer, a
//                                      second chef, the facilitator); the tab's sign-in offers the same
//   npm start -- --skip-tab-build      do not (re)build tab/dist
//   npm start -- --verbose             echo the server's log lines here too
//
// Ctrl-C / SIGTERM stops both. If either dies, the other is stopped and this exits non-zero.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOG_DIR = join(ROOT, 'devTools');
const TAIL_LINES = 30;
const STOP_GRACE_MS = 10_000;

function parseArgs(argv) {
  // The example forum's dates lie in 2019: the demo clock always runs, from its kickoff morning.
  const args = { demoSpeed: process.env.DEMO_SPEED || '1', skipTabBuild: false, verbose: false, as: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (flag === '--demo-speed') {
      const value = inline ?? argv[++i];
      if (!value || !(Number(value) > 0))
        fail(`--demo-speed kræver et positivt tal / needs a positive number (fik / got: ${value})`);
      args.demoSpeed = value;
    } else if (flag === '--as') {
      const value = inline ?? argv[++i];
      if (!value) fail('--as kræver et navn / needs a name, fx / e.g. --as "Hanne Juul"');
      args.as = value;
    } else if (flag === '--skip-tab-build') args.skipTabBuild = true;
    else if (flag === '--verbose') args.verbose = true;
    else fail(`ukendt tilvalg / unknown option: ${argv[i]}`);
  }
  return args;
}

function say(line) {
  process.stdout.write(`samskab: ${line}\n`);
}

function fail(message, code = 1) {
  process.stderr.write(`samskab: ${message}\n`);
  process.exit(code);
}

function portFrom(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    fail(`${name}=${raw} er ikke en port / is not a port`);
  return port;
}

function portIsFree(port) {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, () => probe.close(() => done(true)));
  });
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Builds tab/dist when it is missing or older than its sources; a failed build only warns. */
function ensureTab() {
  const built = join(ROOT, 'tab', 'dist', 'index.html');
  const sources = ['tab/src', 'tab/build', 'tab/index.html', 'tab/vite.config.ts', 'core'].map((p) =>
    join(ROOT, p),
  );
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (builtAt > 0 && builtAt >= Math.max(...sources.map(newestMtime))) return;
  say(
    builtAt
      ? 'fanen er forældet, bygger … / the tab is stale, building …'
      : 'bygger fanen … / building the tab …',
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build:tab'], {
    cwd: ROOT,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (result.status === 0) return;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
    .trim()
    .split('\n')
    .slice(-TAIL_LINES)
    .join('\n');
  process.stderr.write(
    `samskab: ADVARSEL: fanen kunne ikke bygges; botten virker, fanen måske ikke.\n` +
      `samskab: WARNING: the tab could not be built; the bot works, the tab may not.\n${output}\n`,
  );
}

/** A child process in its own process group, its output kept (last lines) and written to a log file. */
function startChild(name, command, args, options, { echo = false, logFile }) {
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  const tail = [];
  const log = logFile ? createWriteStream(logFile) : null;
  const collect = (chunk) => {
    log?.write(chunk);
    if (echo) process.stdout.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  exited.then(() => log?.end());
  return { name, child, tail, exited, running: () => child.exitCode === null && child.signalCode === null };
}

function signalGroup(proc, signal) {
  if (!proc.running()) return;
  try {
    if (process.platform === 'win32') proc.child.kill(signal);
    else process.kill(-proc.child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopChild(proc) {
  signalGroup(proc, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(proc, 'SIGKILL'), STOP_GRACE_MS);
  await proc.exited;
  clearTimeout(timer);
}

/** Polls url until check(status, body) holds; rejects when the child exits first or on timeout. */
async function waitFor(proc, url, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!proc.running()) throw new Error(`${proc.name} stoppede under opstart / exited while starting`);
    try {
      const res = await fetch(url, { signal: globalThis.AbortSignal.timeout(2000) });
      if (check(res.status, await res.text())) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${proc.name} blev ikke klar / did not become ready within ${timeoutMs / 1000} s (${url})`);
}

/** The child's last output lines; for the Playground also the end of its log file, where its errors go. */
function printTail(proc, where) {
  let lines = proc.tail;
  if (proc.externalLog && existsSync(join(ROOT, proc.externalLog))) {
    const log = readFileSync(join(ROOT, proc.externalLog), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    lines = [...lines, ...log.slice(-TAIL_LINES)];
  }
  process.stderr.write(`\n--- ${proc.name}: sidste linjer / last lines${where ? ` (${where})` : ''} ---\n`);
  process.stderr.write(`${lines.join('\n') || '(ingen output / no output)'}\n`);
}

function banner(port, playgroundPort, demoSpeed, as) {
  const chat = `http://localhost:${playgroundPort}`;
  const tab = `http://localhost:${port}/tab/`;
  const speedDa = `\n  Demo-ur: eksemplets forløb fra morgenen på opstartsdagen, ${demoSpeed} gange hurtigere end virkeligheden.`;
  const speedEn = `\n  Demo clock: the example period from its kickoff morning, ${demoSpeed} times real speed.`;
  return [
    '',
    '  Samskab kører i udviklingstilstand (lokal SQLite, lokal log-ind – kun til udvikling).',
    `  Chat med botten:  ${chat}   (Microsoft 365 Agents Playground; skriv "hjælp")`,
    `  Åbn fanen:        ${tab}${speedDa}`,
    ...(as ? [`  Du er ${as} i Playground; log ind i fanen som samme person.`] : []),
    '  Stop med Ctrl-C.',
    '',
    '  Samskab is running in dev mode (local SQLite, local sign-in – for development only).',
    `  Chat with the bot: ${chat}   (Microsoft 365 Agents Playground; type "help")`,
    `  Open the tab:      ${tab}${speedEn}`,
    ...(as ? [`  You are ${as} in the Playground; sign in to the tab as the same person.`] : []),
    `  Stop with Ctrl-C. Logs: devTools/server.log, devTools/m365agentsplayground.log`,
    '',
  ].join('\n');
}

/**
 * The Playground's config with `name` (default: the first Playground person) at the keyboard,
 * written by scripts/playground-config.ts, and the environment that tells the Playground and the
 * server who is live; the other example people are simulated by the server's living demo.
 */
function playgroundAs(name) {
  mkdirSync(LOG_DIR, { recursive: true });
  const out = join(LOG_DIR, 'playground-as.yml');
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const result = spawnSync(
    process.execPath,
    [tsx, 'scripts/playground-config.ts', ...(name ? ['--as', name] : []), '--out', out],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) fail((result.stderr || result.stdout || 'playground-config failed').trim(), 2);
  const { people, as } = JSON.parse(result.stdout);
  return {
    as,
    playground: { M365_AGENTS_PLAYGROUND_CONFIG_PATH: out },
    server: { DEMO_LIVE_PEOPLE: people.join(','), DEMO_AS: as },
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const port = portFrom('PORT', 3978);
  const playgroundPort = portFrom('PLAYGROUND_PORT', 56150);
  if (!existsSync(join(ROOT, 'bot', 'index.ts'))) fail('bot/index.ts mangler / is missing');
  for (const [name, p] of [
    ['PORT', port],
    ['PLAYGROUND_PORT', playgroundPort],
  ]) {
    if (!(await portIsFree(p)))
      fail(
        `port ${p} er optaget; vælg en anden med ${name}=… / port ${p} is in use; choose another with ${name}=…`,
      );
  }
  // A Playground config given in the environment is used as it is (and the default demo people).
  const as = process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH && !args.as ? null : playgroundAs(args.as);
  if (!args.skipTabBuild) ensureTab();
  mkdirSync(LOG_DIR, { recursive: true });

  const children = [];
  let stopping = false;
  const stopAll = async (exitCode) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(children.map(stopChild));
    process.exit(exitCode);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (stopping) children.forEach((c) => signalGroup(c, 'SIGKILL'));
      else say('stopper … / stopping …');
      void stopAll(0);
    });
  }
  const watch = (proc, where) =>
    proc.exited.then(({ code, signal }) => {
      if (stopping) return;
      process.stderr.write(
        `samskab: ${proc.name} stoppede uventet / exited unexpectedly (${signal ?? `code ${code}`})\n`,
      );
      printTail(proc, where);
      void stopAll(code || 1);
    });

  const serverEnv = { ...process.env, PORT: String(port), NODE_ENV: 'development', ...as?.server };
  if (args.demoSpeed) serverEnv.DEMO_SPEED = args.demoSpeed;
  const server = startChild(
    'server',
    process.execPath,
    ['--disable-warning=DEP0111', '--import', 'tsx', 'bot/index.ts'],
    { env: serverEnv },
    {
      echo: args.verbose,
      logFile: join(LOG_DIR, 'server.log'),
    },
  );
  children.push(server);
  watch(server, 'devTools/server.log');
  try {
    await waitFor(server, `http://127.0.0.1:${port}/readyz`, (status) => status === 200, 90_000);
  } catch (error) {
    if (stopping) return;
    process.stderr.write(`samskab: ${error.message}\n`);
    printTail(server, 'devTools/server.log');
    return stopAll(1);
  }
  say(`server klar / server ready on http://127.0.0.1:${port}`);

  const playgroundCli = join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  const playground = startChild(
    'playground',
    process.execPath,
    [
      playgroundCli,
      '-e',
      `http://127.0.0.1:${port}/api/messages`,
      '-c',
      'msteams',
      '-p',
      String(playgroundPort),
      '--disable-telemetry',
    ],
    { env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', ...as?.playground } },
    {},
  );
  playground.externalLog = join('devTools', 'm365agentsplayground.log');
  children.push(playground);
  watch(playground, 'devTools/m365agentsplayground.log');
  try {
    await waitFor(
      playground,
      `http://127.0.0.1:${playgroundPort}/_debug/ping`,
      (s, body) => s === 200 && body.trim() === 'pong',
      60_000,
    );
  } catch (error) {
    if (stopping) return;
    process.stderr.write(`samskab: ${error.message}\n`);
    printTail(playground, 'devTools/m365agentsplayground.log');
    return stopAll(1);
  }
  say(`playground klar / playground ready on http://127.0.0.1:${playgroundPort}`);
  process.stdout.write(`${banner(port, playgroundPort, args.demoSpeed, as?.as)}\n`);
}

main().catch((error) => fail(error?.stack ?? String(error)));
