/**
 * bench/voices: what the public voices page sustains, next to the same server's bare /healthz in
 * the same run, and the department's voices summary (GET /api/departments/:id/voices) with 10,000
 * voices. The real app in process (SQLite in a temp dir, dev sign-in); each POST comes from its own
 * source address (X-Forwarded-For from loopback), so the per-source limit does not stop the run,
 * and the per-link limit is raised for it (VOICE_LIMIT_PER_LINK): the bench measures the work of a
 * stored voice (round lookup, checks, rate-limit bookkeeping, insert), not refusals.
 *
 * Options: --seconds=N (default 3), --concurrency=N (default 16), --voices=N (default 10000).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { startTestApp } from '../../tests/support/app-harness';
import { cast, devToken } from '../../tests/bot/api/support/api-client';
import { DEFAULT_VOICE_GROUPS, DEFAULT_VOICE_QUESTION, voiceLinkCode } from '../../core/voices';

const option = (name: string, fallback: number) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : fallback;
};
const SECONDS = option('seconds', 3);
const CONCURRENCY = option('concurrency', 16);
const VOICES = option('voices', 10_000);

async function load(label: string, request: (i: number) => Promise<number>, ok: (status: number) => boolean) {
  const until = performance.now() + SECONDS * 1000;
  let done = 0;
  let failed = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const status = await request(next++);
        if (ok(status)) done++;
        else failed++;
      }
    }),
  );
  const perSecond = done / SECONDS;
  console.log(`${label.padEnd(34)} ${perSecond.toFixed(0).padStart(7)} req/s  (${failed} not ok)`);
  return perSecond;
}

/** A request on a fresh connection if the kept-alive one was closed while the bench was busy seeding. */
async function fetchOnce(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const app = await startTestApp({
    env: { VOICE_LIMIT_PER_LINK: '100000000', VOICE_LIMIT_PER_SOURCE: '1000' },
  });
  try {
    const [forum] = await app.deps.store.listForums();
    const people = await cast(app.deps, forum!.id);
    const dept = people.departments.find((d) => people.chefsOf(d.id).length > 0)!;
    const chef = people.chefsOf(dept.id)[0]!;
    const round = {
      id: 'bench-round',
      forumId: forum!.id,
      departmentId: dept.id,
      code: voiceLinkCode(randomBytes(16)),
      question: DEFAULT_VOICE_QUESTION,
      groups: [...DEFAULT_VOICE_GROUPS],
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      cap: 100_000_000,
      shared: false,
      createdAt: new Date().toISOString(),
      createdBy: chef.id,
      revokedAt: null,
    };
    await app.app.voices.createRound(round);
    console.log(`bench/voices: ${SECONDS} s per load, ${CONCURRENCY} concurrent, SQLite, in process`);

    const healthz = await load(
      'GET /healthz',
      async () => {
        const res = await fetch(`${app.url}/healthz`);
        await res.arrayBuffer();
        return res.status;
      },
      (s) => s === 200,
    );
    const submit = await load(
      'POST /stemmer/<code> (stored)',
      async (i) => {
        const res = await fetch(`${app.url}/stemmer/${round.code}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          },
          body: new URLSearchParams({
            group: 'borgere',
            text: `Stemme nummer ${i}: inviter os tidligt.`,
          }).toString(),
          redirect: 'manual',
        });
        await res.arrayBuffer();
        return res.status;
      },
      (s) => s === 303,
    );
    console.log(`submissions vs /healthz: ${(submit / healthz).toFixed(2)}`);

    const token = await devToken(app.url, chef.aadObjectId);
    const organizerToken = await devToken(app.url, people.organizer.aadObjectId);
    /** p50 of the forum overview (it carries each department's voices glance for the presentation). */
    const overviewP50 = async () => {
      const took: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        const res = await fetchOnce(`${app.url}/api/forums/${round.forumId}/overview`, {
          headers: { authorization: `Bearer ${organizerToken}` },
        });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`overview: ${res.status}`);
        took.push(performance.now() - started);
      }
      return percentile(took, 50);
    };
    const overviewBefore = await overviewP50();
    // 10,000 voices, most shown, spread over the groups, straight into the store.
    const existing = (await app.app.voices.listVoices({ departmentId: dept.id, limit: 1, offset: 0 })).total;
    const groups = DEFAULT_VOICE_GROUPS.map((g) => g.id);
    for (let i = existing; i < VOICES; i++) {
      await app.app.voices.submitVoice({
        voice: {
          id: `bench-voice-${i}`,
          roundId: round.id,
          forumId: round.forumId,
          departmentId: round.departmentId,
          groupId: groups[i % groups.length]!,
          text: `Stemme ${i}: giv medarbejderne mandat til at prøve nyt sammen med borgerne.`,
          state: 'waiting',
          createdAt: new Date(Date.now() - i * 1000).toISOString(),
          moderatedAt: null,
        },
        limits: [],
      });
    }
    const page = await app.app.voices.listVoices({
      departmentId: dept.id,
      state: 'waiting',
      limit: VOICES,
      offset: 0,
    });
    for (const [i, v] of page.voices.entries())
      await app.app.voices.moderateVoice(v.id, i % 10 === 0 ? 'hidden' : 'shown', new Date().toISOString());
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const started = performance.now();
      const res = await fetchOnce(`${app.url}/api/departments/${dept.id}/voices`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`summary: ${res.status}`);
      times.push(performance.now() - started);
      if (i === 0) console.log(`voices summary body: ${(body.byteLength / 1024).toFixed(1)} KiB`);
    }
    const total = (await app.app.voices.countVoices([dept.id])).reduce((n, c) => n + c.count, 0);
    // Shared with the forum: the overview's glance then carries texts and recurring words too.
    await app.app.voices.updateRound(round.id, { shared: true });
    const overviewAfter = await overviewP50();
    console.log(
      `GET /api/forums/:id/overview p50: ${overviewBefore.toFixed(1)} ms before the voices, ${overviewAfter.toFixed(1)} ms with ${total} (shared), ratio ${(overviewAfter / overviewBefore).toFixed(2)}`,
    );
    console.log(
      `GET /api/departments/:id/voices with ${total} voices: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
    );
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
