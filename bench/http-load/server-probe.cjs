/**
 * Preloaded into the server by the HTTP benches only (NODE_OPTIONS="--require …/server-probe.cjs";
 * the app never loads it): measures the server's event-loop delay with
 * perf_hooks.monitorEventLoopDelay and answers the bench on a loopback port of its own, apart from
 * the app's routes. It announces the port with one JSON line on stdout, as the app's log lines are.
 *
 *   GET /loop     the delay since the last /loop (ms: p50, p99, max, mean; samples), then starts anew
 *   GET /memory   a full garbage collection (needs --expose-gc), then heapUsed and rss in bytes
 */
'use strict';
const http = require('node:http');
const { monitorEventLoopDelay } = require('node:perf_hooks');

const RESOLUTION_MS = 5;
const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
delay.enable();

const ms = (ns) => Math.round((ns / 1e6) * 10) / 10;

function loopReport() {
  const report = {
    p50: ms(delay.percentile(50)),
    p99: ms(delay.percentile(99)),
    max: ms(delay.max),
    mean: ms(delay.mean),
    samples: delay.count,
  };
  delay.reset();
  return report;
}

function memoryReport() {
  if (typeof globalThis.gc !== 'function') return { error: 'start the server with --expose-gc' };
  // Twice: the first collection can leave objects whose finalizers free more.
  globalThis.gc();
  globalThis.gc();
  const { heapUsed, rss, external, arrayBuffers } = process.memoryUsage();
  return { heapUsed, rss, external, arrayBuffers };
}

const probe = http.createServer((req, res) => {
  const routes = { '/loop': loopReport, '/memory': memoryReport };
  const route = routes[req.url ?? ''];
  const body = JSON.stringify(route ? route() : { error: 'not found' });
  res.writeHead(route ? 200 : 404, { 'content-type': 'application/json' });
  res.end(body);
});
probe.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ msg: 'bench probe', port: probe.address().port })}\n`);
});
// The probe never keeps the server alive on its own.
probe.unref();
