/**
 * A server of bench/turns in its own process, as in production: argv[2] is 'samskab' or 'echo',
 * the settings come from the environment. Forked by topology.ts.
 */
import { answerParent, runChild } from './answer-parent';
import type { CpuReading } from './load';
import { postgresBackendCpuMs } from './postgres-cpu';
import { startServer, type ServerKind } from './servers';

runChild(async () => {
  const kind = process.argv[2] as ServerKind;
  const server = await startServer(kind, process.env);
  answerParent(
    { url: server.url, fixture: server.fixture },
    {
      stored: () => server.stored(),
      cpuMs: async (): Promise<CpuReading> => {
        const { user, system } = process.cpuUsage();
        const { DATABASE_URL: url, PGAPPNAME: name } = process.env;
        const postgres = url && name ? await postgresBackendCpuMs(url, name) : null;
        return { server: (user + system) / 1000, postgres };
      },
      stop: () => server.close(),
    },
  );
});
