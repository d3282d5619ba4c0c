/**
 * Preloaded into the server by the HTTP benches only (NODE_OPTIONS="--require …/server-probe.cjs";
 * the app never loads it): measures the server's event-loop delay with
 * perf_hooks.monitorEventLoopDelay and answers the bench on a loopback port of its own, apart from
 * the app's routes. It announces the port with one JSON line on stdout, as the app's log lines are.
 *
 *   GET /loop     the delay since the last /loop (ms: p50, p99, max, mean; samples), then starts anew;
 *                 cpuP99 and cpuMax: the CPU time the process used between two ticks of the same
 *                 timer, i.e. how long the loop worked without a break, which time the machine
 *                 gives to other processes does not inflate (the wall-clock delay does)
 *   GET /memory   a full garbage collection (needs --expose-gc), then heapUsed and rss in bytes
 *   GET /profile/start, GET /profile/stop   a CPU profile (node:inspector) of what runs in between;
 *                 /profile/stop answers it as a .cpuprofile (Chrome DevTools, speedscope)
 */
'use strict';
const http = require('node:http');
const { createHistogram, monitorEventLoopDelay } = require('node:perf_hooks');

const RESOLUTION_MS = 5;
const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
delay.enable();

const ms = (ns) => Math.round((ns / 1e6) * 10) / 10;

// CPU microseconds (user + system) between two ticks of a RESOLUTION_MS timer.
const cpuTurns = createHistogram();
let lastCpu = process.cpuUsage();
setInterval(() => {
  const now = process.cpuUsage();
  cpuTurns.record(Math.max(1, now.user - lastCpu.user + now.system - lastCpu.system));
  lastCpu = now;
}, RESOLUTION_MS).unref();
const cpuMs = (us) => Math.round((us / 1e3) * 10) / 10;

function loopReport() {
  const report = {
    p50: ms(delay.percentile(50)),
    p99: ms(delay.percentile(99)),
    max: ms(delay.max),
    mean: ms(delay.mean),
    samples: delay.count,
    cpuP99: cpuMs(cpuTurns.percentile(99)),
    cpuMax: cpuMs(cpuTurns.max),
  };
  delay.reset();
  cpuTurns.reset();
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

const inspector = require('node:inspector');

let session = null;

/** Node's inspector session, posting one command; resolves with its result. */
function post(method, params) {
  return new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

async function profile(what) {
  if (what === 'start') {
    session ??= new inspector.Session();
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
    return { started: true };
  }
  if (!session) return { error: 'no profile started' };
  const { profile: taken } = await post('Profiler.stop');
  session.disconnect();
  return taken;
}

const probe = http.createServer((req, res) => {
  if (req.url === '/profile/start' || req.url === '/profile/stop') {
    profile(req.url.slice('/profile/'.length)).then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      },
      (error) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: String(error) }));
      },
    );
    return;
  }
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
