import path from 'node:path';
import { createSqliteStore } from '../../bot/store';
import type { KyselyStore } from '../../bot/store';
import { buildRoundActivity } from '../../bot/teams/cards';
import { type FanoutForum, seedFanoutForum } from '../../tests/bot/scheduler/fanout-fixture';
import { type ConnectorStandInOptions, startConnectorStandIn } from '../../tests/support/connector-stand-in';
import { runCluster } from './cluster-run';
import { figures, type FanoutFigures } from './measure';
import { runNaiveTeamsFx } from './naive-teamsfx-run';
import { runSamskab } from './samskab-run';

export interface Scenario {
  name: string;
  people: number;
  groups: number;
  /** The per-app limit, requests per second. */
  allowed: number;
  /** Also run Samskab as deployed: CLUSTER_SIZE server processes on PostgreSQL. */
  cluster: boolean;
}

export interface ScenarioResult {
  scenario: Scenario;
  ours: FanoutFigures;
  naive: FanoutFigures;
  cluster: FanoutFigures | { skipped: string } | null;
}

/**
 * One scenario, each run with a stand-in of its own (fresh windows), the same recipients and
 * limits: Samskab's scheduler, the TeamsFx notification template's loop, and (if asked) Samskab
 * as deployed, several server processes on PostgreSQL sharing the app's allowance.
 */
export async function runScenario(
  scenario: Scenario,
  standInOptions: ConnectorStandInOptions,
  dir: string,
): Promise<ScenarioResult> {
  const { people, groups, allowed } = scenario;
  const expected = people + groups;
  const withStandIn = async (
    label: string,
    run: (store: KyselyStore, seeded: FanoutForum) => Promise<string>,
  ): Promise<FanoutFigures> => {
    const standIn = await startConnectorStandIn({ ...standInOptions, globalPerSecond: allowed });
    const store = createSqliteStore({ path: path.join(dir, `${scenario.name}-${label}.sqlite`) });
    try {
      await store.migrate();
      const seeded = await seedFanoutForum(store, {
        serviceUrl: standIn.url,
        chefs: people,
        groupChats: groups,
        now: new Date().toISOString(),
      });
      const started = performance.now();
      const startedWall = Date.now();
      const detail = await run(store, seeded);
      return figures(
        `${detail}, ${((performance.now() - started) / 1000).toFixed(1)} s`,
        standIn,
        expected,
        startedWall,
        allowed,
      );
    } finally {
      await store.close();
      await standIn.close();
    }
  };
  const ours = await withStandIn('ours', async (store, seeded) => {
    await runSamskab(store, seeded.forum.id, seeded.questions[0]!.id, allowed, expected);
    return `Samskab scheduler (leases + limiter at ${allowed}/s)`;
  });
  const naive = await withStandIn('naive', async (store, seeded) => {
    const { thrown } = await runNaiveTeamsFx(store, await roundCard(store, seeded));
    return `TeamsFx template loop (getPagedInstallations + sendAdaptiveCard, botbuilder retries), ${thrown} sends threw`;
  });
  const cluster = scenario.cluster ? await runCluster(people, groups, allowed, standInOptions) : null;
  return { scenario, ours, naive, cluster };
}

/** The card of the round's first question, as the naive loop sends it to everyone. */
async function roundCard(store: KyselyStore, seeded: FanoutForum): Promise<Record<string, unknown>> {
  const members = await store.listMembers(seeded.forum.id);
  const activity = buildRoundActivity({
    forum: seeded.forum,
    department: null,
    round: {
      id: 'bench',
      forumId: seeded.forum.id,
      departmentId: null,
      kind: 'prompt',
      questionIds: [seeded.questions[0]!.id],
      localDate: '2019-09-02',
      localTime: '09:00',
      dueAt: new Date().toISOString(),
      state: 'materialized',
      createdAt: '',
      updatedAt: '',
    },
    questions: seeded.questions,
    principles: await store.listPrinciples(seeded.forum.id),
    member: members[0]!,
    answers: [],
    locale: 'da',
    tabUrl: '',
  });
  return (activity.attachments?.[0]?.content ?? {}) as Record<string, unknown>;
}
