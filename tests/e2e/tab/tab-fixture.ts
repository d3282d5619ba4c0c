import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Department, Forum, Member, Question } from '../../../core/model';
import { launchBrowser, type LaunchedBrowser } from '../../support/browser';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { AppClient } from './app-client';
import { ensureTabBuilt } from './tab-build';

const ROOT = join(__dirname, '../../..');

export interface TabFixture {
  url: string;
  api: AppClient;
  connector: ConnectorStandIn;
  browser: LaunchedBrowser;
  forum: Forum;
  department: Department;
  questions: Question[];
  chefs: Member[];
  organizer: Member;
  stop(): Promise<void>;
}

/** The real server (its own process, via startTestApp), a Bot Connector stand-in and one Chromium. */
export async function startTabFixture(): Promise<TabFixture> {
  ensureTabBuilt();
  const [server, connector, browser] = await Promise.all([
    startServer(),
    startConnectorStandIn({ enforceLimits: false }),
    launchBrowser(),
  ]);
  const api = new AppClient(server.url);
  const { users } = await api.devUsers();
  const organizerUser = users.find((u) => u.memberships.some((m) => m.role === 'organizer'));
  if (!organizerUser) throw new Error('no organizer in the seeded forum');
  const forumId = organizerUser.memberships[0]!.forumId;
  const forumData = await api.forum(organizerUser.aadObjectId, forumId);
  const { members } = await api.members(organizerUser.aadObjectId, forumId);
  const department = [...forumData.departments].sort((a, b) => a.sortOrder - b.sortOrder)[0]!;
  return {
    url: server.url,
    api,
    connector,
    browser,
    forum: forumData.forum,
    department,
    questions: [...forumData.questions].sort((a, b) => a.number - b.number),
    chefs: members.filter(
      (m) => m.role === 'chef' && m.departmentIds.includes(department.id) && m.locale === 'da',
    ),
    organizer: members.find((m) => m.aadObjectId === organizerUser.aadObjectId)!,
    async stop() {
      await browser.close();
      await connector.close();
      await server.stop();
    },
  };
}

/** The server as its own process; `env` on top of the test's (e.g. TAB_TEST_SQLITE_PATH, TAB_TEST_PORT). */
export async function startServer(
  env: Record<string, string> = {},
): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, 'app-process.ts')],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'test', ...env },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`test app did not start in 60 s\n${stderr}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /READY (\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`test app exited with ${code}\n${stderr}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
