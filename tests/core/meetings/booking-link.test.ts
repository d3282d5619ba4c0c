import { facilitatorBookingLink, meetingPeople, newMeetingDeepLink, type Forum } from '../../../core';
import { example } from '../helpers';

function queryOf(url: string): Record<string, string> {
  const [base, query] = url.split('?') as [string, string];
  expect(base).toBe('https://teams.microsoft.com/l/meeting/new');
  return Object.fromEntries(
    query.split('&').map((pair) => {
      const [k, v] = pair.split('=') as [string, string];
      return [k, v];
    }),
  );
}

describe('the Teams deep link to a new meeting', () => {
  test('every value is percent-encoded on its own; attendees are joined by a literal comma', () => {
    const url = newMeetingDeepLink({
      subject: 'Møde & opfølgning?',
      attendees: ['anne+cfia@aarhus.dk', 'lars.øst@aarhus.dk'],
      startTime: '2019-09-09T10:00:00+02:00',
      endTime: '2019-09-09T11:00:00+02:00',
      content: 'Se https://x.test/tab/#/department/d 1',
    });
    const q = queryOf(url);
    expect(q.subject).toBe('M%C3%B8de%20%26%20opf%C3%B8lgning%3F');
    expect(q.attendees).toBe('anne%2Bcfia%40aarhus.dk,lars.%C3%B8st%40aarhus.dk');
    expect(q.startTime).toBe('2019-09-09T10%3A00%3A00%2B02%3A00');
    expect(q.endTime).toBe('2019-09-09T11%3A00%3A00%2B02%3A00');
    expect(decodeURIComponent(q.content!)).toBe('Se https://x.test/tab/#/department/d 1');
    // Nothing unencoded that a URL parser would read differently.
    expect(url).not.toMatch(/[ +#]/);
    const parsed = new URL(url);
    expect(parsed.searchParams.get('startTime')).toBe('2019-09-09T10:00:00+02:00');
    expect(parsed.searchParams.get('attendees')!.split(',')).toEqual([
      'anne+cfia@aarhus.dk',
      'lars.øst@aarhus.dk',
    ]);
  });
});

describe('the facilitator meeting booking link of a department', () => {
  const { forum, departments, members } = example();
  const department = departments[0]!;
  const summaryUrl = 'https://samskab.test/tab/#/department/' + department.id;

  test("attendees: the department's chefs, then its facilitator, by their stored addresses", () => {
    const link = facilitatorBookingLink({
      forum,
      department,
      members,
      summaryUrl,
      today: '2019-09-06',
      locale: 'da',
    });
    const people = meetingPeople(members, department.id);
    expect(people.map((p) => p.role)).toEqual([
      ...people.filter((p) => p.role === 'chef').map(() => 'chef'),
      'facilitator',
    ]);
    expect(link.attendees).toEqual(people.map((p) => p.email));
    expect(new URL(link.url).searchParams.get('attendees')).toBe(people.map((p) => p.email).join(','));
    expect(link.withoutAddress).toEqual([]);
    // No chef of another department.
    const others = members.filter((m) => m.role === 'chef' && !m.departmentIds.includes(department.id));
    for (const o of others) expect(link.attendees).not.toContain(o.email);
  });

  test('subject and description in the reader language, the description linking the summary', () => {
    const da = new URL(
      facilitatorBookingLink({ forum, department, members, summaryUrl, today: '2019-09-06', locale: 'da' })
        .url,
    );
    expect(da.searchParams.get('subject')).toBe(`Møde med facilitator: ${department.name.da}`);
    expect(da.searchParams.get('content')).toContain(summaryUrl);
    const en = new URL(
      facilitatorBookingLink({ forum, department, members, summaryUrl, today: '2019-09-06', locale: 'en' })
        .url,
    );
    expect(en.searchParams.get('subject')).toBe(`Meeting with the facilitator: ${department.name.en}`);
  });

  test("times: the next working day at the configured start, with the forum zone's offset (summer and winter)", () => {
    // Friday 6 Sep 2019 -> Monday 9 Sep, CEST.
    const summer = facilitatorBookingLink({
      forum,
      department,
      members,
      summaryUrl,
      today: '2019-09-06',
      locale: 'da',
    });
    expect(summer.proposed).toEqual({ date: '2019-09-09', time: '10:00' });
    const s = new URL(summer.url).searchParams;
    expect(s.get('startTime')).toBe('2019-09-09T10:00:00+02:00');
    expect(s.get('endTime')).toBe('2019-09-09T11:00:00+02:00');
    // Friday 25 Oct 2019 -> Monday 28 Oct, after the change to CET.
    const winter = new URL(
      facilitatorBookingLink({ forum, department, members, summaryUrl, today: '2019-10-25', locale: 'da' })
        .url,
    ).searchParams;
    expect(winter.get('startTime')).toBe('2019-10-28T10:00:00+01:00');
    // Another zone, another offset; a configured length of 90 minutes.
    const helsinki: Forum = {
      ...forum,
      timeZone: 'Europe/Helsinki',
      settings: { ...forum.settings, meetings: { meetingMinutes: 90, meetingStartTime: '13:30' } },
    };
    const h = new URL(
      facilitatorBookingLink({
        forum: helsinki,
        department,
        members,
        summaryUrl,
        today: '2019-09-06',
        locale: 'da',
      }).url,
    ).searchParams;
    expect(h.get('startTime')).toBe('2019-09-09T13:30:00+03:00');
    expect(h.get('endTime')).toBe('2019-09-09T15:00:00+03:00');
  });

  test('skips holidays and blackout days; a start within quiet hours moves to their end', () => {
    // Friday 11 Oct 2019: the week after is the autumn blackout -> Monday 21 Oct.
    const link = facilitatorBookingLink({
      forum,
      department,
      members,
      summaryUrl,
      today: '2019-10-11',
      locale: 'da',
    });
    expect(link.proposed.date).toBe('2019-10-21');
    const early: Forum = {
      ...forum,
      settings: { ...forum.settings, meetings: { meetingStartTime: '07:00' } },
    };
    // 23 Dec 2019 -> 24-26 Dec are closed -> 27 Dec; 07:00 is quiet (17-08) -> 08:00.
    const dec = facilitatorBookingLink({
      forum: early,
      department,
      members,
      summaryUrl,
      today: '2019-12-23',
      locale: 'da',
    });
    expect(dec.proposed).toEqual({ date: '2019-12-27', time: '08:00' });
    expect(new URL(dec.url).searchParams.get('startTime')).toBe('2019-12-27T08:00:00+01:00');
  });

  test('people without a stored address are named, not invited; an address is invited once', () => {
    const chef = members.find((m) => m.role === 'chef' && m.departmentIds.includes(department.id))!;
    const changed = members.map((m) =>
      m.id === chef.id
        ? { ...m, email: null }
        : m.role === 'facilitator'
          ? { ...m, email: ' ANNE@x.dk ' }
          : m,
    );
    const twice = [
      ...changed,
      { ...changed.find((m) => m.role === 'facilitator')!, id: 'other', email: 'anne@x.dk' },
    ];
    const link = facilitatorBookingLink({
      forum,
      department,
      members: twice,
      summaryUrl,
      today: '2019-09-06',
      locale: 'da',
    });
    expect(link.withoutAddress).toEqual([chef.name]);
    expect(link.attendees.filter((a) => a.toLowerCase() === 'anne@x.dk')).toEqual(['ANNE@x.dk']);
  });
});
