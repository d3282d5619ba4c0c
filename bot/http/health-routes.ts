import type { Server } from 'restify';
import type { AppDeps } from '../app-deps';

/** Liveness says the process answers; readiness says it can reach its store. */
export function registerHealthRoutes(server: Server, deps: AppDeps): void {
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    try {
      await deps.store.ping();
      res.send(200, { status: 'ready', store: deps.store.dialect });
    } catch (error) {
      deps.log.warn({ err: { message: (error as Error).message } }, 'store unreachable');
      res.send(503, { status: 'unavailable', store: deps.store.dialect });
    }
  });
}
