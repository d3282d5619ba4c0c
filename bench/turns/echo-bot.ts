import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Config } from '../../bot/config';
import { createHttpServer } from '../../bot/http/create-server';

/** The baseline: a bare botbuilder echo bot on the same restify stack (no auth, no store). */
export async function startEchoBot(config: Config): Promise<{ url: string; close(): Promise<void> }> {
  const server = createHttpServer(config, pino({ level: 'silent' }));
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(
      `echo: ${context.activity.text ?? JSON.stringify(context.activity.value ?? null).slice(0, 40)}`,
    );
    await next();
  });
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
