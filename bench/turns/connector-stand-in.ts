import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Bot Connector that accepts every reply (POST) and card update (PUT) and counts them; nothing else. */
export interface ConnectorStandIn {
  serviceUrl: string;
  counts: { posts: number; puts: number; other: number };
  close(): Promise<void>;
}

export async function startConnectorStandIn(): Promise<ConnectorStandIn> {
  const counts = { posts: 0, puts: 0, other: 0 };
  let next = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const isActivity = /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(req.url ?? '');
      if (isActivity && req.method === 'POST') counts.posts++;
      else if (isActivity && req.method === 'PUT') counts.puts++;
      else counts.other++;
      res.writeHead(isActivity ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `stand-in-${++next}` }));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
