/**
 * A server of bench/turns in its own process, as in production: argv[2] is 'samskab' or 'echo',
 * the settings come from the environment. Forked by topology.ts.
 */
import { answerParent, runChild } from './answer-parent';
import { startServer, type ServerKind } from './servers';

runChild(async () => {
  const kind = process.argv[2] as ServerKind;
  const server = await startServer(kind, process.env);
  answerParent(
    { url: server.url, fixture: server.fixture },
    { stored: () => server.stored(), stop: () => server.close() },
  );
});
