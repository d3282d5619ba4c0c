import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { browserAvailable, launchBrowser } from '../support/browser';

const ROOT = join(__dirname, '..', '..');
const haveServer = existsSync(join(ROOT, 'bot', 'index.ts'));
const haveProc = existsSync('/proc/self/stat');
if (!haveServer || !haveProc) {
  console.warn(
    `SKIPPING tests/scripts/start.test.ts: ${!haveServer ? 'bot/index.ts does not exist yet' : 'no /proc (needs Linux to find child processes)'}`,
  );
}
const describeStart = haveServer && haveProc ? describe : describe.skip;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Direct children of a process (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

interface Started {
  proc: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  port: number;
  playgroundPort: number;
}

async function start(
  extraArgs: string[] = [],
  extraEnv: Record<string, string> = {},
  { skipTabBuild = true } = {},
): Promise<Started> {
  const port = await freePort();
  const playgroundPort = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'samskab-start-'));
  const proc = spawn(
    process.execPath,
    ['scripts/start.mjs', ...(skipTabBuild ? ['--skip-tab-build'] : []), ...extraArgs],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        PLAYGROUND_PORT: String(playgroundPort),
        SQLITE_PATH: join(dataDir, 'db.sqlite'),
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  proc.stdout!.on('data', (c: Buffer) => (text += c.toString()));
  proc.stderr!.on('data', (c: Buffer) => (text += c.toString()));
  const exited = new Promise<number | null>((resolve) =>
    proc.once('exit', (code) => {
      rmSync(dataDir, { recursive: true, force: true });
      resolve(code);
    }),
  );
  const deadline = Date.now() + 150_000;
  while (!/playground ready/.test(text)) {
    if (proc.exitCode !== null)
      throw new Error(`start.mjs exited early (${proc.exitCode}):\n${text}\n${playgroundLog()}`);
    if (Date.now() > deadline) {
      proc.kill('SIGINT');
      throw new Error(`start.mjs did not get ready:\n${text}\n${playgroundLog()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { proc, output: () => text, exited, port, playgroundPort };
}

function playgroundLog(): string {
  const file = join(ROOT, 'devTools', 'm365agentsplayground.log');
  return existsSync(file)
    ? `--- devTools/m365agentsplayground.log ---\n${readFileSync(file, 'utf8').slice(-3000)}`
    : '';
}

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return false;
  } catch {
    return true;
  }
}

describeStart('npm start (scripts/start.mjs)', () => {
  jest.setTimeout(240_000);

  it('starts the server and the Playground, says where to go, and stops both on Ctrl-C', async () => {
    const s = await start(['--demo-speed', '3600']);
    expect(s.output()).toMatch(/server ready/);
    expect(s.output()).toContain(`http://localhost:${s.playgroundPort}`);
    expect(s.output()).toContain(`http://localhost:${s.port}/tab/`);
    expect(s.output().indexOf('Chat med botten')).toBeLessThan(s.output().indexOf('Chat with the bot'));

    expect((await fetch(`http://127.0.0.1:${s.port}/healthz`)).status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${s.playgroundPort}/_debug/ping`)).text()).toBe('pong');
    const { config } = (await (
      await fetch(`http://127.0.0.1:${s.playgroundPort}/_internal/v1/config`)
    ).json()) as {
      config: {
        currentUser: { id: string; aadObjectId: string };
        users: unknown[];
        personalChat: { id: string };
      };
    };
    // Our .m365agentsplayground.yml was loaded: stable demo people and chat ids.
    expect(config.currentUser).toMatchObject({
      id: '29:samskab-mette-noergaard',
      aadObjectId: 'dee86cac-cebe-40d6-93ac-698e4b02975c',
    });
    expect(config.users).toHaveLength(5);
    expect(config.personalChat.id).toBe('a:samskab-personal-mette-noergaard');

    const kids = childrenOf(s.proc.pid!);
    expect(kids).toHaveLength(2);
    const environs = kids.map((pid) => readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0'));
    expect(environs.some((env) => env.includes('DEMO_SPEED=3600'))).toBe(true);
    expect(environs.some((env) => env.includes('TEAMSAPPTESTER_BROWSER=none'))).toBe(true);

    s.proc.kill('SIGINT');
    expect(await s.exited).toBe(0);
    expect(kids.filter(alive)).toEqual([]);
    expect(await refused(`http://127.0.0.1:${s.port}/healthz`)).toBe(true);
    expect(await refused(`http://127.0.0.1:${s.playgroundPort}/_debug/ping`)).toBe(true);
  });

  it('does what the README tells a newcomer: npm start, chat "hjælp" in the Playground, open the tab', async () => {
    const s = await start([], {}, { skipTabBuild: false });
    try {
      const playground = `http://127.0.0.1:${s.playgroundPort}`;
      const { config } = (await (await fetch(`${playground}/_internal/v1/config`)).json()) as {
        config: { currentUser: { id: string }; personalChat: { id: string } };
      };
      const replies: Array<{ text?: string; attachments?: Array<{ content: unknown }> }> = [];
      const socket = new WebSocket(
        `ws://127.0.0.1:${s.playgroundPort}/_ws_conversation/v1/conversations/stream`,
      );
      socket.on('message', (data) => {
        const event = JSON.parse(data.toString()) as { action?: string; message?: (typeof replies)[number] };
        if (event.action === 'createMessage' && event.message) replies.push(event.message);
      });
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const chat = encodeURIComponent(config.personalChat.id);
      const said = await fetch(`${playground}/_conversation/v1/conversations/${chat}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ from: { id: config.currentUser.id }, text: 'hjælp', textFormat: 'plain' }),
      });
      expect(said.ok).toBe(true);
      const deadline = Date.now() + 20_000;
      while (!replies.some((r) => /spørgsmål/i.test(JSON.stringify(r))) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
      }
      socket.close();
      expect(replies.some((r) => /spørgsmål/i.test(JSON.stringify(r)))).toBe(true);

      const tab = await fetch(`http://localhost:${s.port}/tab/`);
      expect(tab.status).toBe(200);
      expect(await tab.text()).toMatch(/<div id="root">/);
      const people = await fetch(`http://localhost:${s.port}/api/dev/users`);
      expect(people.status).toBe(200);
    } finally {
      s.proc.kill('SIGINT');
      expect(await s.exited).toBe(0);
    }
  });

  it('--as makes the Playground and the tab the same other example person (Chromium)', async () => {
    const s = await start(['--as', 'Hanne Juul']);
    const browser = browserAvailable() ? await launchBrowser() : null;
    try {
      expect(s.output()).toContain('Du er Hanne Juul i Playground');
      const playground = `http://127.0.0.1:${s.playgroundPort}`;
      const { config } = (await (await fetch(`${playground}/_internal/v1/config`)).json()) as {
        config: { currentUser: { id: string; name: string }; users: unknown[]; personalChat: { id: string } };
      };
      expect(config.currentUser).toMatchObject({ id: '29:samskab-hanne-juul', name: 'Hanne Juul' });
      expect(config.users).toHaveLength(5);

      // Hanne is the organizer: an organizer command in her Playground chat is answered as to an organizer.
      const replies: string[] = [];
      const socket = new WebSocket(
        `ws://127.0.0.1:${s.playgroundPort}/_ws_conversation/v1/conversations/stream`,
      );
      socket.on('message', (data) => replies.push(data.toString()));
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const chat = encodeURIComponent(config.personalChat.id);
      await fetch(`${playground}/_conversation/v1/conversations/${chat}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          from: { id: config.currentUser.id },
          text: 'leveringer',
          textFormat: 'plain',
        }),
      });
      const deadline = Date.now() + 20_000;
      while (!replies.some((r) => r.includes('createMessage')) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
      }
      socket.close();
      const reply = replies.find((r) => r.includes('createMessage')) ?? '';
      expect(reply).not.toMatch(/kun forummets arrangører|Only the forum organizers/);
      expect(reply).toMatch(/createMessage/);

      const { users } = (await (await fetch(`http://127.0.0.1:${s.port}/api/dev/users`)).json()) as {
        users: Array<{ name: string; inPlayground?: boolean }>;
      };
      expect(users[0]).toMatchObject({ name: 'Hanne Juul', inPlayground: true });
      if (browser) {
        const page = await browser.context.newPage();
        await page.goto(`http://localhost:${s.port}/tab/#/`);
        const first = page.getByRole('listitem').first();
        await first.getByText('Samme person som i Playground').waitFor();
        await first.getByRole('button', { name: 'Log ind som Hanne Juul' }).click();
        await page.getByText('Logget ind som Hanne Juul').first().waitFor();
      }
    } finally {
      await browser?.close();
      s.proc.kill('SIGINT');
      expect(await s.exited).toBe(0);
    }
  });

  it('refuses --as with a name that is not an example person, naming who is', async () => {
    const proc = spawn(process.execPath, ['scripts/start.mjs', '--skip-tab-build', '--as', 'Ukendt Person'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(await freePort()), PLAYGROUND_PORT: String(await freePort()) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    proc.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => proc.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('"Ukendt Person" er ikke en af eksemplets personer');
    expect(err).toContain('Hanne Juul');
  });

  it('stops the Playground and exits non-zero with the last log lines when the server dies', async () => {
    const s = await start();
    const kids = childrenOf(s.proc.pid!);
    const serverPid = kids.find((pid) =>
      readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('bot/index.ts'),
    )!;
    expect(serverPid).toBeDefined();
    process.kill(-serverPid, 'SIGKILL');
    expect(await s.exited).not.toBe(0);
    expect(s.output()).toMatch(/server .*(unexpectedly|uventet)/);
    expect(s.output()).toContain('last lines');
    expect(kids.filter(alive)).toEqual([]);
  });

  it('stops the server and shows the reason from the Playground log when the Playground cannot start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samskab-pgconf-'));
    const broken = join(dir, 'broken.yml');
    writeFileSync(
      broken,
      readFileSync(join(ROOT, '.m365agentsplayground.yml'), 'utf8').replace(
        /^version: .*$/m,
        "version: '9.9'",
      ),
    );
    const port = await freePort();
    const env = { M365_AGENTS_PLAYGROUND_CONFIG_PATH: broken, PORT: String(port) };
    await expect(start([], env)).rejects.toThrow(
      /exited early \(1\)[\s\S]*ConfigFileParseError[\s\S]*\/version/,
    );
    expect(await refused(`http://127.0.0.1:${port}/healthz`)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a bad --demo-speed before starting anything', async () => {
    const proc = spawn(process.execPath, ['scripts/start.mjs', '--demo-speed', 'fast'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    proc.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => proc.once('exit', resolve));
    expect(code).toBe(1);
    expect(err).toContain('--demo-speed');
  });
});
