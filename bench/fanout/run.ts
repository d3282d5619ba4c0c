import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteStore } from '../../bot/store';
import { buildRoundActivity } from '../../bot/teams/cards';
import { seedFanoutForum } from '../../tests/bot/scheduler/fanout-fixture';
import { startConnectorStandIn } from '../../tests/support/connector-stand-in';
import { CLUSTER_SIZE, runCluster } from './cluster-run';
import { figures, print, type FanoutFigures } from './measure';
import { runNaiveTeamsFx } from './naive-teamsfx-run';
import { runSamskab } from './samskab-run';

/**
 * Fan-out benchmark: 2,000 recipients in 1:1 chats and 20 group chats, through the Bot Connector
 * stand-in enforcing Teams' limits (per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; per app
 * ALLOWED/s), once with Samskab's scheduler and once with the TeamsFx notification template's
 * naive loop, and then as deployed: three server processes on PostgreSQL sharing the app's
 * allowance. Each run gets its own stand-in (fresh windows), same recipients, same limits.
 */
const PEOPLE = Number(process.env.FANOUT_PEOPLE ?? 2000);
const GROUPS = Number(process.env.FANOUT_GROUPS ?? 20);
const ALLOWED = Number(process.env.FANOUT_RATE ?? 100);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-bench-'));
  const rows: FanoutFigures[] = [];
  console.log(
    `fan-out bench: ${PEOPLE} people in 1:1 chats + ${GROUPS} group chats; stand-in limits per conversation 7/1s, 8/2s, 60/30s, 1800/h and per app ${ALLOWED}/s`,
  );
  console.log(
    `(the per-app limit is scaled up from Teams' ~30-50/s to ${ALLOWED}/s to keep the run short; both runs get the same limit)`,
  );
  try {
    // Samskab
    {
      const standIn = await startConnectorStandIn({ globalPerSecond: ALLOWED });
      const store = createSqliteStore({ path: path.join(dir, 'ours.sqlite') });
      await store.migrate();
      const seeded = await seedFanoutForum(store, {
        serviceUrl: standIn.url,
        chefs: PEOPLE,
        groupChats: GROUPS,
        now: new Date().toISOString(),
      });
      const started = performance.now();
      const startedWall = Date.now();
      await runSamskab(store, seeded.forum.id, seeded.questions[0]!.id, ALLOWED, PEOPLE + GROUPS);
      rows.push(
        figures(
          `Samskab scheduler (leases + limiter at ${ALLOWED}/s), ${((performance.now() - started) / 1000).toFixed(1)} s`,
          standIn,
          PEOPLE + GROUPS,
          startedWall,
          ALLOWED,
        ),
      );
      await store.close();
      await standIn.close();
    }
    // Baseline: the TeamsFx notification template's loop
    {
      const standIn = await startConnectorStandIn({ globalPerSecond: ALLOWED });
      const store = createSqliteStore({ path: path.join(dir, 'naive.sqlite') });
      await store.migrate();
      const seeded = await seedFanoutForum(store, {
        serviceUrl: standIn.url,
        chefs: PEOPLE,
        groupChats: GROUPS,
        now: new Date().toISOString(),
      });
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
      const card = (activity.attachments?.[0]?.content ?? {}) as Record<string, unknown>;
      const started = performance.now();
      const startedWall = Date.now();
      const { thrown } = await runNaiveTeamsFx(store, card);
      rows.push(
        figures(
          `TeamsFx template loop (getPagedInstallations + sendAdaptiveCard, botbuilder retries), ${((performance.now() - started) / 1000).toFixed(1)} s, ${thrown} sends threw`,
          standIn,
          PEOPLE + GROUPS,
          startedWall,
          ALLOWED,
        ),
      );
      await store.close();
      await standIn.close();
    }
    // Samskab as deployed: several instances on one PostgreSQL database, one allowance for the app
    const cluster = await runCluster(PEOPLE, GROUPS, ALLOWED);
    if ('skipped' in cluster)
      console.log(`\n${CLUSTER_SIZE} instances on PostgreSQL: SKIPPED, ${cluster.skipped}`);
    else rows.push(cluster);
    print(rows);
    const [ours, naive] = rows;
    console.log(
      `\nside by side (Samskab / TeamsFx loop): send-rate ratio ${(ours!.achievedPerSecond / ours!.allowedPerSecond).toFixed(3)} vs ${(naive!.achievedPerSecond / naive!.allowedPerSecond).toFixed(3)}; 429 share ${(ours!.throttled / ours!.requests).toFixed(4)} vs ${(naive!.throttled / naive!.requests).toFixed(4)}; duplicates ${ours!.duplicates} vs ${naive!.duplicates}; losses ${ours!.losses} vs ${naive!.losses}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
