import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLUSTER_SIZE } from './cluster-run';
import { print, type FanoutFigures } from './measure';
import { runScenario, type Scenario, type ScenarioResult } from './scenario';
import { describeStandIn, teamsLikeStandIn } from './stand-in-options';

/**
 * Fan-out benchmark, two scenarios through the Bot Connector stand-in enforcing Teams' limits
 * (per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; per app ALLOWED/s) with a network round trip,
 * refused requests counting toward the limits and Retry-After to the millisecond (see
 * stand-in-options.ts): each once with Samskab's scheduler and once with the TeamsFx notification
 * template's naive loop, both measured against the allowed rate in the same run.
 * - "stress": 2,000 people in 1:1 chats and 20 group chats at 100/s (the per-app limit scaled up
 *   from Teams' ~50/s to keep the run short), and Samskab as deployed (three server processes on
 *   PostgreSQL sharing the app's allowance);
 * - "municipality": 300 chefs and 25 group chats at Teams' 50/s.
 *   Run: npx tsx bench/fanout/run.ts   (FANOUT_SCENARIOS=stress,municipality, FANOUT_PEOPLE, FANOUT_GROUPS,
 *        FANOUT_RATE for the stress scenario; FANOUT_LATENCY_MS, FANOUT_RETRY_AFTER, FANOUT_COUNT_REJECTED)
 */
const SCENARIOS: Scenario[] = [
  {
    name: 'stress',
    people: Number(process.env.FANOUT_PEOPLE ?? 2000),
    groups: Number(process.env.FANOUT_GROUPS ?? 20),
    allowed: Number(process.env.FANOUT_RATE ?? 100),
    cluster: true,
  },
  { name: 'municipality', people: 300, groups: 25, allowed: 50, cluster: false },
];
const SELECTED = (process.env.FANOUT_SCENARIOS ?? SCENARIOS.map((s) => s.name).join(',')).split(',');

async function main(): Promise<void> {
  const standIn = teamsLikeStandIn();
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-bench-'));
  const results: ScenarioResult[] = [];
  console.log(
    `fan-out bench; stand-in limits per conversation 7/1s, 8/2s, 60/30s, 1800/h and per app as below; ${describeStandIn(standIn)}`,
  );
  try {
    for (const scenario of SCENARIOS.filter((s) => SELECTED.includes(s.name))) {
      console.log(
        `\n=== ${scenario.name}: ${scenario.people} people in 1:1 chats + ${scenario.groups} group chats, per app ${scenario.allowed}/s`,
      );
      const result = await runScenario(scenario, standIn, dir);
      const rows: FanoutFigures[] = [result.ours, result.naive];
      if (result.cluster && 'skipped' in result.cluster)
        console.log(`\n${CLUSTER_SIZE} instances on PostgreSQL: SKIPPED, ${result.cluster.skipped}`);
      else if (result.cluster) rows.push(result.cluster);
      print(rows);
      results.push(result);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printSideBySide(results);
}

function printSideBySide(results: ScenarioResult[]): void {
  const rate = (f: FanoutFigures) => f.achievedPerSecond / f.allowedPerSecond;
  const share = (f: FanoutFigures) => (f.requests ? f.throttled / f.requests : 0);
  console.log(
    '\nside by side: send rate / allowed rate (Samskab vs TeamsFx loop), 429 share, duplicates, losses',
  );
  console.log(
    'scenario'.padEnd(34),
    'Samskab'.padStart(8),
    'TeamsFx'.padStart(8),
    'Samskab/TeamsFx'.padStart(16),
    '429 share'.padStart(16),
    'dup'.padStart(7),
    'lost'.padStart(7),
  );
  for (const { scenario, ours, naive, cluster } of results) {
    const line = (name: string, f: FanoutFigures) =>
      console.log(
        name.padEnd(34),
        rate(f).toFixed(3).padStart(8),
        rate(naive).toFixed(3).padStart(8),
        `${(rate(f) / rate(naive)).toFixed(1)}x`.padStart(16),
        `${share(f).toFixed(4)}/${share(naive).toFixed(4)}`.padStart(16),
        `${f.duplicates}/${naive.duplicates}`.padStart(7),
        `${f.losses}/${naive.losses}`.padStart(7),
      );
    const size = `${scenario.people}+${scenario.groups} at ${scenario.allowed}/s`;
    line(`${scenario.name} (${size})`, ours);
    if (cluster && !('skipped' in cluster)) line(`  ${CLUSTER_SIZE} instances on PostgreSQL`, cluster);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
