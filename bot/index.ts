import { ConfigError, loadConfig } from './config';

/** Entry point: config -> store -> services -> http. Exits non-zero with one clear line when it cannot start. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { createApp } = await import('./app');
  const app = await createApp(config);
  await app.start();
  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) process.exit(1);
    app.deps.log.info({ signal }, 'shutting down');
    app
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        app.deps.log.error({ err: { message: (error as Error).message } }, 'unclean shutdown');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`samskab: cannot start: ${message}\n`);
  process.exit(1);
});
