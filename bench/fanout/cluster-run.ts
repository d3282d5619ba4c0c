import { createPostgresStore } from '../../bot/store';
import { waitFor, type ServerProcess } from '../../tests/bot/scheduler/server-process';
import { promptDueNow, seedFanoutForum } from '../../tests/bot/scheduler/fanout-fixture';
import { type ConnectorStandInOptions, startConnectorStandIn } from '../../tests/support/connector-stand-in';
import { startFakeEntra } from '../../tests/support/fake-entra';
import {
  dropSchema,
  postgresReachability,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../../tests/support/postgres';
import {
  assertManagedIdentityOnLoopback,
  BOT_CLIENT_ID,
  productionEnv,
  refusedConnections,
  startProductionInstances,
} from '../../tests/support/production-instance';
import { figures, type FanoutFigures } from './measure';

export const CLUSTER_SIZE = 3;

/**
 * The fan-out as the app ships: CLUSTER_SIZE server processes (bot/index.ts) with production
 * settings (managed identity, no bot password) on one PostgreSQL schema, SEND_RATE_PER_SECOND set
 * to the whole app's allowance, behind the same stand-in. `skipped` when PostgreSQL is unreachable.
 */
export async function runCluster(
  people: number,
  groups: number,
  allowed: number,
  standInOptions: ConnectorStandInOptions,
): Promise<FanoutFigures | { skipped: string }> {
  const reachable = postgresReachability();
  if (!reachable.ok) return { skipped: `PostgreSQL unreachable (${reachable.reason})` };
  const schema = uniqueSchemaName('bench');
  const entra = await startFakeEntra({ botClientId: BOT_CLIENT_ID });
  const standIn = await startConnectorStandIn({
    ...standInOptions,
    globalPerSecond: allowed,
    bearerToken: entra.botToken,
  });
  const { store } = await createPostgresStore({ connectionString: TEST_DATABASE_URL, schema });
  const servers: ServerProcess[] = [];
  try {
    await store.migrate();
    const seeded = await seedFanoutForum(store, {
      serviceUrl: standIn.url,
      chefs: people,
      groupChats: groups,
      now: new Date().toISOString(),
    });
    const env = productionEnv({
      databaseUrl: TEST_DATABASE_URL,
      schema,
      entra,
      sendRatePerSecond: allowed,
      extra: { LOG_LEVEL: 'info', SCHEDULER_TICK_MS: '20', SCHEDULER_BATCH_SIZE: '100' },
    });
    assertManagedIdentityOnLoopback(env);
    servers.push(...(await startProductionInstances(env, CLUSTER_SIZE)));
    const round = promptDueNow(seeded.forum.id, seeded.questions[0]!.id, seeded.forum.timeZone);
    const started = performance.now();
    const startedWall = Date.now();
    await store.saveRound(round);
    const expected = people + groups;
    await waitFor(
      async () => {
        const all = await store.listDeliveries({ roundId: round.id });
        return all.length >= expected && all.every((d) => d.state !== 'pending' && d.state !== 'leased');
      },
      (expected / allowed) * 1000 * 5 + 60_000,
      'every delivery settled',
      200,
    );
    const unsent = (await store.listDeliveries({ roundId: round.id })).filter((d) => d.state !== 'sent');
    for (const d of unsent.slice(0, 5))
      console.log(`  not sent: ${d.state} after ${d.attempts} attempt(s): ${d.lastError ?? ''}`);
    const refused = servers.flatMap(refusedConnections);
    if (refused.length > 0) throw new Error(`a server tried to leave loopback: ${refused.join('; ')}`);
    return figures(
      `Samskab, ${CLUSTER_SIZE} instances on PostgreSQL (production settings, managed identity; SEND_RATE_PER_SECOND=${allowed} for the app), ${((performance.now() - started) / 1000).toFixed(1)} s`,
      standIn,
      expected,
      startedWall,
      allowed,
    );
  } finally {
    await Promise.all(servers.map((s) => s.kill('SIGKILL')));
    await store.close();
    await standIn.close();
    await entra.close();
    await dropSchema(schema);
  }
}
