import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

/**
 * The Microsoft 365 Agents Playground (pinned 0.2.28) as a test's Teams client: started offline in a
 * temp dir on a free port, talking to our bot endpoint. Its HTTP/WebSocket API is the one its own web
 * client uses (undocumented; see /work/shared/playground.md).
 */
export interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export interface PlaygroundConfig {
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChats: Array<{ id: string; name: string; members: string[] }>;
}

export interface StreamMessage {
  action: string;
  message?: {
    messageId?: string;
    id?: string;
    from?: { id: string };
    text?: string;
    attachments?: Array<{ contentType: string; content: any }>;
    conversation?: { id: string };
  };
  [key: string]: unknown;
}

export interface Playground {
  url: string;
  config: PlaygroundConfig;
  /** Every message the WebSocket stream delivered so far. */
  received: StreamMessage[];
  waitFor(
    predicate: (m: StreamMessage) => boolean,
    timeoutMs?: number,
    what?: string,
  ): Promise<StreamMessage>;
  install(conversationId: string): Promise<void>;
  /** A typed message; in a group chat the bot is @mentioned first. */
  say(conversationId: string, fromId: string, text: string): Promise<void>;
  /** Action.Submit: a message with `value` replying to the card message. */
  submit(
    conversationId: string,
    fromId: string,
    replyToId: string,
    value: Record<string, unknown>,
  ): Promise<void>;
  /** Action.Execute: returns the bot's invoke response body ({ statusCode, type, value }). */
  execute(
    conversationId: string,
    fromId: string,
    replyToId: string,
    verb: string,
    data: Record<string, unknown>,
  ): Promise<any>;
  /** The Playground's own log (print it when a test fails). */
  log(): string;
  stop(): Promise<void>;
}

const CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPlayground(options: {
  botEndpoint: string;
  conversationId?: string;
  timeoutMs?: number;
}): Promise<Playground> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-playground-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [CLI, '-e', options.botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'];
  if (options.conversationId) args.push('--conversation-id', options.conversationId);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: dir,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const logFile = path.join(dir, 'devTools', 'm365agentsplayground.log');
  const log = () => {
    const file = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '(no log file)';
    return `--- playground output ---\n${output}\n--- ${logFile} (last 20000 characters) ---\n${file.slice(-20_000)}\n`;
  };

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await until(
      async () =>
        (await fetch(`${url}/_debug/ping`)
          .then((r) => r.text())
          .catch(() => '')) === 'pong',
      options.timeoutMs ?? 20_000,
      () => child.exitCode !== null,
    );
  } catch (error) {
    const text = log();
    await stop();
    throw new Error(`the Playground did not start: ${(error as Error).message}\n${text}`);
  }
  const config = ((await (await fetch(`${url}/_internal/v1/config`)).json()) as { config: PlaygroundConfig })
    .config;

  const received: StreamMessage[] = [];
  const waiters = new Set<() => void>();
  const socket = new WebSocket(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`);
  socket.on('message', (data) => {
    try {
      received.push(JSON.parse(String(data)) as StreamMessage);
    } catch {
      return;
    }
    for (const wake of waiters) wake();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });

  const post = async (route: string, body: unknown) => {
    const response = await fetch(`${url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${route} -> ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };

  return {
    url,
    config,
    received,
    waitFor(predicate, timeoutMs = 15_000, what = 'a message') {
      return new Promise((resolve, reject) => {
        let seen = 0;
        const check = () => {
          for (; seen < received.length; seen++) {
            if (predicate(received[seen]!)) {
              cleanup();
              resolve(received[seen]!);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `timed out waiting for ${what}; stream so far:\n${JSON.stringify(received, null, 1).slice(0, 4000)}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    async install(conversationId) {
      await post(`/_debug/conversation/${encodeURIComponent(conversationId)}/installation`, {});
    },
    async say(conversationId, fromId, text) {
      // As in Teams, the bot only hears group and channel messages that @mention it.
      const personal = conversationId === config.personalChat.id;
      const mention = `<at>${config.bot.name}</at>`;
      const body = personal
        ? { from: { id: fromId }, text, textFormat: 'plain' }
        : {
            from: { id: fromId },
            text: `${mention} ${text}`,
            textFormat: 'plain',
            mentions: [{ mentioned: { id: config.bot.id }, text: mention }],
          };
      await post(`/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, body);
    },
    async submit(conversationId, fromId, replyToId, value) {
      await post('/_conversation/v1/submit', {
        conversation: { id: conversationId },
        from: { id: fromId },
        replyToId,
        value,
      });
    },
    async execute(conversationId, fromId, replyToId, verb, data) {
      return post('/_conversation/v1/invoke', {
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        from: { id: fromId },
        conversation: { id: conversationId },
        replyToId,
      });
    },
    log,
    async stop() {
      socket.close();
      await stop();
    },
  };
}

async function until(check: () => Promise<boolean>, timeoutMs: number, failed: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (failed()) throw new Error('the process exited');
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not ready after ${timeoutMs} ms`);
}
