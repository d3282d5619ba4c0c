import { createApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { startEchoBot } from './echo-bot';
import { readSubmitFixture, type SubmitFixture } from './submits';

/** The clock the Samskab servers run on: inside the example forum's answering period. */
const FIXED_NOW = new Date('2019-09-02T08:00:00.000Z');

export type ServerKind = 'echo' | 'samskab';

/** A server under load, wherever it runs: where to post, what to post, what it stored. */
export interface ServerUnderTest {
  url: string;
  fixture: SubmitFixture;
  /** One line on what the server stored (Samskab), or null (echo bot). */
  stored(): Promise<string | null>;
  close(): Promise<void>;
}

/** The same start in the bench's own process and in a server's child process. */
export async function startServer(
  kind: ServerKind,
  env: Record<string, string | undefined>,
): Promise<ServerUnderTest> {
  const config = loadConfig(env);
  if (kind === 'echo') {
    const echo = await startEchoBot(config);
    return { url: `${echo.url}/api/messages`, fixture: null, stored: async () => null, close: echo.close };
  }
  const app = await createApp(config, { clock: { now: () => new Date(FIXED_NOW) } });
  const url = `${await app.start()}/api/messages`;
  const fixture = await readSubmitFixture(app.deps.store);
  return {
    url,
    fixture,
    async stored() {
      const answers = await app.deps.store.listAnswers(fixture.forumId);
      const revisions = answers.reduce((sum, a) => sum + a.revision, 0);
      return `${app.deps.store.dialect}: ${answers.length} answers with ${revisions} revisions stored`;
    },
    close: () => app.stop(),
  };
}
