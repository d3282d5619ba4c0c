import restify, { type Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { sendError } from './errors';

/** A restify server with the cross-cutting parts: body limits, request ids, access logs, error shape. */
export function createHttpServer(config: Config, log: Logger): Server {
  const server = restify.createServer({ name: 'samskab', handleUncaughtExceptions: false });
  server.pre((req, res, next) => {
    res.header('x-request-id', req.id());
    res.header('x-content-type-options', 'nosniff');
    res.header('referrer-policy', 'no-referrer');
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(
    restify.plugins.bodyParser({
      maxBodySize: config.bodyLimitBytes,
      mapParams: false,
      mapFiles: false,
      rejectUnknown: false,
    }),
  );
  server.on('after', (req, res, route, error) => {
    const level = res.statusCode >= 500 ? 'error' : 'debug';
    log[level](
      {
        requestId: req.id(),
        method: req.method,
        route: route?.path ?? req.path(),
        status: res.statusCode,
        ms: Date.now() - req.time(),
        err: error && res.statusCode >= 500 ? { message: (error as Error).message } : undefined,
      },
      'request',
    );
  });
  server.on('restifyError', (req, res, error, callback) => {
    if (!res.headersSent) {
      sendError(req, res, error, log);
    }
    return callback();
  });
  return server;
}
