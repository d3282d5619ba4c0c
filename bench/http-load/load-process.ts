/**
 * One autocannon run in a process of its own (so the load generators and the bench's bookkeeping
 * never share an event loop with each other or with the server). Reads its options as JSON from
 * argv[2] and prints the figures as one JSON line: see LoadFigures in load.ts.
 */
import autocannon from 'autocannon';
import type { LoadFigures, LoadOptions } from './load';

async function main() {
  const options = JSON.parse(process.argv[2]!) as LoadOptions;
  const result = await autocannon({
    url: options.url,
    headers: options.headers,
    connections: options.connections,
    duration: options.seconds,
    timeout: options.timeoutSeconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
  });
  const figures: LoadFigures = {
    ok: result['2xx'],
    perSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    bytesPerResponse: result['2xx'] ? Math.round(result.throughput.total / result['2xx']) : 0,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
