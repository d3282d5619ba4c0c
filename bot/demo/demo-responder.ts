import { validateAnswerValue } from '../../core/answers';
import {
  demoAnswer,
  demoAnswerDelayHours,
  EXAMPLE_FORUM_NAME,
  isSimulatedConversation,
} from '../../core/example-forum';
import type { Delivery, Member, Round } from '../../core/model';
import { localToInstant } from '../../core/time';
import type { AppDeps } from '../app-deps';
import { simulatedMembers } from './simulated-people';

const HOUR_MS = 3_600_000;

export interface DemoResponder {
  start(): void;
  stop(): Promise<void>;
  /** One pass: answers every question whose simulated chef's moment has come. Returns how many. */
  tick(): Promise<number>;
}

/** The instant each (member, question) was first put to a simulated chef, from the sent deliveries. */
function firstAsked(
  deliveries: readonly Delivery[],
  rounds: ReadonlyMap<string, Round>,
): Map<string, number> {
  const asked = new Map<string, number>();
  for (const d of deliveries) {
    if (d.state !== 'sent' || d.recipientKind !== 'member' || !isSimulatedConversation(d.sentConversationId))
      continue;
    const round = rounds.get(d.roundId);
    if (!round) continue;
    const at = Date.parse(d.dueAt);
    for (const questionId of round.questionIds) {
      const key = `${d.recipientId}|${questionId}`;
      asked.set(key, Math.min(asked.get(key) ?? Infinity, at));
    }
  }
  return asked;
}

/**
 * The living demo: the example's simulated chefs answer their prompts on their own as the demo
 * clock runs — some the same day, some after a reminder, some never — through the store as the
 * bot saves answers, so summaries, participation, reminders and the overview fill up live.
 */
export function createDemoResponder(
  deps: AppDeps,
  livePeople: readonly string[],
  everyMs = 1000,
): DemoResponder {
  const { store, clock, log, changes } = deps;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  async function tick(): Promise<number> {
    const forum = (await store.listForums()).find((f) => f.name.da === EXAMPLE_FORUM_NAME.da);
    if (!forum) return 0;
    const now = clock.now().getTime();
    if (now >= Date.parse(localToInstant(forum.finalMeetingDate, '00:00', forum.timeZone))) return 0;
    const [members, departments, questions, principles, rounds, deliveries, answers] = await Promise.all([
      store.listMembers(forum.id),
      store.listDepartments(forum.id),
      store.listQuestions(forum.id),
      store.listPrinciples(forum.id),
      store.listRounds(forum.id),
      store.listDeliveries({ forumId: forum.id, state: 'sent' }),
      store.listAnswers(forum.id),
    ]);
    const chefs = simulatedMembers(members, livePeople).filter((m) => m.role === 'chef');
    const answered = new Set(answers.map((a) => `${a.memberId}|${a.questionId}`));
    const asked = firstAsked(deliveries, new Map(rounds.map((r) => [r.id, r])));
    const sortedDepartments = [...departments].sort((a, b) => a.sortOrder - b.sortOrder);
    let saved = 0;
    for (const chef of chefs) {
      const departmentId = chef.departmentIds[0];
      if (!departmentId) continue;
      for (const question of questions) {
        const key = `${chef.id}|${question.id}`;
        const since = asked.get(key);
        if (since === undefined || answered.has(key)) continue;
        const delay = demoAnswerDelayHours(chef.aadObjectId, question.number);
        if (delay === null || now < since + delay * HOUR_MS) continue;
        if (await answerFor(chef, departmentId, question.id)) saved++;
      }
    }
    return saved;

    async function answerFor(chef: Member, departmentId: string, questionId: string): Promise<boolean> {
      const question = questions.find((q) => q.id === questionId)!;
      const departmentIndex = sortedDepartments.findIndex((d) => d.id === departmentId);
      const colleagues = members.filter((m) => m.role === 'chef' && m.departmentIds.includes(departmentId));
      const value = demoAnswer(question, departmentIndex, colleagues.indexOf(chef), forum!.finalMeetingDate);
      const checked = validateAnswerValue(value, question, principles);
      if (!checked.ok) {
        log.warn({ component: 'demo', questionNumber: question.number }, 'demo answer refused by validation');
        return false;
      }
      const result = await store.saveAnswer({
        forumId: forum!.id,
        departmentId,
        questionId,
        memberId: chef.id,
        value: checked.value,
        at: clock.now().toISOString(),
      });
      if (result.ok) await changes.publish({ forumId: forum!.id, departmentId, topic: 'answer' });
      return result.ok;
    }
  }

  const pass = () => {
    running ??= tick()
      .catch((error: unknown) => {
        log.warn({ component: 'demo', err: error }, 'demo responder pass failed');
        return 0;
      })
      .finally(() => {
        running = null;
      });
  };

  return {
    start() {
      timer ??= setInterval(pass, everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
    tick,
  };
}
