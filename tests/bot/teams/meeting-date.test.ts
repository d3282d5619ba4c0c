import { type Harness, organizer, startBotHarness } from './support/bot-harness';

let h: Harness;
beforeEach(async () => {
  h = await startBotHarness({ now: '2019-09-06T08:00:00.000Z' });
});
afterEach(() => h.close());

const inDepartment = (id: string, role: 'chef' | 'facilitator') =>
  h.members.filter((m) => m.role === role && m.departmentIds.includes(id));

describe('recording the facilitator meeting from the booking card', () => {
  it('a chef records the agreed date and time: stored, the nudges stop, audited', async () => {
    const d = h.departments[0]!;
    const chef = inDepartment(d.id, 'chef')[0]!;
    const result = await h.user(chef).execute('meetingDate', {
      forumId: h.forum.id,
      departmentId: d.id,
      meetingDate: '2019-10-22',
      meetingStart: '10:00',
      meetingEnd: '11:30',
    });
    expect(JSON.stringify(result.invoke?.body ?? result.texts)).toContain('22. oktober 2019 10:00–11:30');
    expect((await h.deps.store.getDepartment(d.id))!.facilitatorMeetingDate).toBe('2019-10-22');
    expect(await h.deps.meetings.getMeeting(d.id)).toMatchObject({
      date: '2019-10-22',
      startTime: '10:00',
      endTime: '11:30',
      recordedBy: chef.id,
    });
    const audit = await h.deps.store.listAudit(h.forum.id);
    expect(audit.find((e) => e.action === 'meeting.record')).toMatchObject({
      actorMemberId: chef.id,
      targetKind: 'department',
      targetId: d.id,
      details: expect.objectContaining({ date: '2019-10-22', previousDate: null, via: 'bot' }),
    });
  });

  it('the facilitator and organizers may record it too; a chef of another department may not (nothing changes)', async () => {
    const d = h.departments[0]!;
    const other = h.members.find((m) => m.role === 'chef' && !m.departmentIds.includes(d.id))!;
    const data = { forumId: h.forum.id, departmentId: d.id, meetingDate: '2019-10-22' };
    const refused = await h.user(other).execute('meetingDate', data);
    expect(JSON.stringify(refused.invoke?.body ?? refused.texts)).toContain('Kun afdelingens chefer');
    expect((await h.deps.store.getDepartment(d.id))!.facilitatorMeetingDate).toBeNull();
    await h.user(inDepartment(d.id, 'facilitator')[0]!).execute('meetingDate', data);
    expect((await h.deps.store.getDepartment(d.id))!.facilitatorMeetingDate).toBe('2019-10-22');
    await h.user(organizer(h)).execute('meetingDate', { ...data, meetingDate: '2019-10-24' });
    expect((await h.deps.store.getDepartment(d.id))!.facilitatorMeetingDate).toBe('2019-10-24');
  });

  it('a date outside the forum period, a bad time or an end before the start: a clear error, nothing changed', async () => {
    const d = h.departments[0]!;
    const chef = inDepartment(d.id, 'chef')[0]!;
    const base = { forumId: h.forum.id, departmentId: d.id };
    for (const bad of [
      { meetingDate: '2019-12-01' },
      { meetingDate: '2019-08-01' },
      { meetingDate: 'i morgen' },
      { meetingDate: '2019-10-22', meetingStart: '25:00' },
      { meetingDate: '2019-10-22', meetingStart: '11:00', meetingEnd: '10:00' },
      { meetingDate: '2019-10-22', meetingEnd: '10:00' },
    ]) {
      const result = await h.user(chef).execute('meetingDate', { ...base, ...bad });
      expect(JSON.stringify(result.invoke?.body ?? result.texts)).toContain('Intet er ændret');
    }
    expect((await h.deps.store.getDepartment(d.id))!.facilitatorMeetingDate).toBeNull();
    expect(await h.deps.meetings.getMeeting(d.id)).toBeNull();
  });

  it('notes: only the facilitator, only once the meeting is recorded', async () => {
    const d = h.departments[0]!;
    const facilitator = inDepartment(d.id, 'facilitator')[0]!;
    const chef = inDepartment(d.id, 'chef')[0]!;
    const data = {
      forumId: h.forum.id,
      departmentId: d.id,
      meetingNotes: 'Godt møde; fokus på spørgsmål 2.',
    };
    const early = await h.user(facilitator).execute('meetingNotes', data);
    expect(JSON.stringify(early.invoke?.body ?? early.texts)).toContain('Kun afdelingens facilitator');
    await h
      .user(chef)
      .execute('meetingDate', { forumId: h.forum.id, departmentId: d.id, meetingDate: '2019-10-22' });
    const byChef = await h.user(chef).execute('meetingNotes', data);
    expect(JSON.stringify(byChef.invoke?.body ?? byChef.texts)).toContain('Kun afdelingens facilitator');
    const saved = await h.user(facilitator).execute('meetingNotes', data);
    expect(JSON.stringify(saved.invoke?.body ?? saved.texts)).toContain('Dine noter er gemt.');
    expect((await h.deps.meetings.getMeeting(d.id))!.notes).toBe('Godt møde; fokus på spørgsmål 2.');
  });
});
