import { SHARED_VIEW_VOICE_RIGHTS } from '../../../bot/authz/rules';
import type { VoiceStore } from '../../../bot/store/voices/voice-store';
import { glanceOf, loadVoiceSection } from '../../../bot/voices/voice-section';
import type { ForumOverviewResponse } from '../../../core/api';
import type { Department } from '../../../core/model';
import { DEFAULT_VOICE_GROUPS, type VoiceState } from '../../../core/voices';
import { call, cast, devToken } from '../api/support/api-client';
import { startApiServer, type ApiServer } from '../api/support/api-server';
import { voiceRound } from '../store/voices/voice-fixtures';

const AT = '2019-09-05T08:00:00.000Z';

/**
 * The forum overview and the forum's Word and PowerPoint count the voices of all departments in
 * one read, and build from it what they built before from a read per department.
 */
describe('forum-wide views count the voices once', () => {
  let s: ApiServer;
  let token: string;
  let departments: Department[];
  const countCalls: string[][] = [];
  const counting = (voices: VoiceStore): VoiceStore =>
    new Proxy(voices, {
      get(target, prop, receiver) {
        if (prop !== 'countVoices') return Reflect.get(target, prop, receiver);
        return (ids: readonly string[]) => {
          countCalls.push([...ids]);
          return target.countVoices(ids);
        };
      },
    });

  /** A shared round in the department with voices in these states (one group each, cycling). */
  const seedVoices = async (department: Department, states: VoiceState[]) => {
    const roundId = `round-${department.id}`;
    await s.voices.createRound(
      voiceRound({
        id: roundId,
        forumId: s.forumId,
        departmentId: department.id,
        closesAt: '2019-09-30T22:00:00.000Z',
        shared: true,
        createdAt: AT,
        createdBy: 'organizer',
      }),
    );
    for (const [i, state] of states.entries()) {
      const id = `${roundId}-v${i}`;
      await s.voices.submitVoice({
        voice: {
          id,
          roundId,
          forumId: s.forumId,
          departmentId: department.id,
          groupId: DEFAULT_VOICE_GROUPS[i % DEFAULT_VOICE_GROUPS.length]!.id,
          text: `Stemme ${i} fra ${department.id}`,
          state: 'waiting',
          createdAt: AT,
          moderatedAt: null,
        },
        limits: [],
      });
      if (state !== 'waiting') await s.voices.moderateVoice(id, state, AT);
    }
  };

  beforeAll(async () => {
    s = await startApiServer({ wrapVoices: counting, clock: { now: () => new Date(AT) } });
    const people = await cast(s.deps, s.forumId);
    departments = people.departments;
    token = await devToken(s.url, people.organizer.aadObjectId);
    await seedVoices(departments[0]!, ['shown', 'shown', 'shown', 'hidden', 'waiting']);
    await seedVoices(departments[1]!, ['shown', 'waiting']);
    await seedVoices(departments[2]!, ['waiting', 'hidden']);
  });
  afterAll(async () => s?.stop());
  beforeEach(() => {
    countCalls.length = 0;
  });

  it('the overview: one count of every department, and the glances a per-department read gives', async () => {
    const res = await call<ForumOverviewResponse>(s.url, `/api/forums/${s.forumId}/overview`, { token });
    expect(res.status).toBe(200);
    expect(countCalls).toEqual([departments.map((d) => d.id)]);
    const [first, second] = departments;
    expect(res.body.voicesShown).toEqual({ [first!.id]: 3, [second!.id]: 1 });
    const perDepartment = async (d: Department) =>
      glanceOf(await loadVoiceSection(s.voices, d.id, SHARED_VIEW_VOICE_RIGHTS));
    countCalls.length = 0;
    expect(res.body.voices).toEqual({
      [first!.id]: await perDepartment(first!),
      [second!.id]: await perDepartment(second!),
    });
    expect(countCalls).toHaveLength(2);
    expect(res.body.voices[first!.id]!.total).toEqual({ shown: 3, waiting: 1, hidden: 1 });
  });

  it.each(['docx', 'pptx'])('the forum’s %s: one count of every department', async (kind) => {
    const res = await fetch(`${s.url}/api/forums/${s.forumId}/export.${kind}?locale=da`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(countCalls).toEqual([departments.map((d) => d.id)]);
  });
});
