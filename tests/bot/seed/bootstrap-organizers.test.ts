import { randomUUID } from 'node:crypto';
import { bootstrapOrganizers } from '../../../bot/seed/bootstrap-organizers';
import { seedExampleForum } from '../../../bot/seed/seed-example';
import { createSqliteStore, SQLITE_MEMORY } from '../../../bot/store';
import type { Store } from '../../../bot/store';

const clock = { now: () => new Date('2026-01-05T09:00:00Z') };
const ORGANIZER = '11111111-2222-4333-8444-555555555555';

describe('seeding and bootstrapping', () => {
  let store: Store;
  beforeEach(async () => {
    store = createSqliteStore({ path: SQLITE_MEMORY });
    await store.migrate();
  });
  afterEach(() => store.close());

  it('seeds the example forum once, with its demo people and a proposed plan', async () => {
    expect((await seedExampleForum(store, clock, randomUUID)).seeded).toBe(true);
    expect((await seedExampleForum(store, clock, randomUUID)).seeded).toBe(false);
    const [forum] = await store.listForums();
    expect(forum!.kickoffDate).toBe('2019-08-30');
    expect(await store.listDepartments(forum!.id)).toHaveLength(6);
    expect(await store.listQuestions(forum!.id)).toHaveLength(6);
    expect((await store.listMembers(forum!.id)).length).toBeGreaterThan(6);
    expect((await store.listRounds(forum!.id)).length).toBeGreaterThan(6);
  });

  it('creates a new forum with the first organizers in an empty production database', async () => {
    const result = await bootstrapOrganizers(store, clock, randomUUID, [ORGANIZER], 'Europe/Copenhagen');
    expect(result.createdForumId).toBeDefined();
    const [forum] = await store.listForums();
    expect(forum!.kickoffDate).toBe('2026-01-05');
    expect(forum!.finalMeetingDate > forum!.kickoffDate).toBe(true);
    expect(await store.listDepartments(forum!.id)).toHaveLength(0);
    expect(await store.listQuestions(forum!.id)).toHaveLength(6);
    const [organizer] = await store.findMembersByAadObjectId(ORGANIZER);
    expect(organizer).toMatchObject({ role: 'organizer', forumId: forum!.id });
  });

  it('adds a missing organizer to existing forums and is idempotent', async () => {
    await seedExampleForum(store, clock, randomUUID);
    expect(
      (await bootstrapOrganizers(store, clock, randomUUID, [ORGANIZER], 'Europe/Copenhagen')).addedOrganizers,
    ).toBe(1);
    expect(
      (await bootstrapOrganizers(store, clock, randomUUID, [ORGANIZER], 'Europe/Copenhagen')).addedOrganizers,
    ).toBe(0);
    expect(await store.listForums()).toHaveLength(1);
  });
});
