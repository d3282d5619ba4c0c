import { actorOf, changedFields, createAuditLog, sanitizeDetails } from '../../../bot/audit';
import { createSqliteStore } from '../../../bot/store';
import type { Store } from '../../../bot/store/store';
import { forum } from '../store/fixtures';

describe('the audit log', () => {
  let store: Store;
  beforeEach(async () => {
    store = createSqliteStore({ path: ':memory:' });
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
  });

  test('records who did what to what, when, with the injected clock and ids', async () => {
    const f = forum();
    await store.saveForum(f);
    let n = 0;
    const log = createAuditLog(store, {
      clock: { now: () => new Date('2019-09-02T07:00:00Z') },
      ids: () => `a-${++n}`,
    });
    const entry = await log.record({
      forumId: f.id,
      actorMemberId: 'm-1',
      action: 'member.delete',
      target: { kind: 'member', id: 'm-2' },
      details: { answersKept: 3 },
    });
    expect(entry).toEqual({
      id: 'a-1',
      forumId: f.id,
      at: '2019-09-02T07:00:00.000Z',
      actorKind: 'member',
      actorMemberId: 'm-1',
      actorAadObjectId: null,
      action: 'member.delete',
      targetKind: 'member',
      targetId: 'm-2',
      details: { answersKept: 3 },
    });
    expect(await store.listAudit(f.id)).toEqual([entry]);
    const byUser = await log.record({
      forumId: f.id,
      actorAadObjectId: 'aad-1',
      action: 'privacy.export',
      target: { kind: 'member', id: 'm-2' },
    });
    expect(byUser).toMatchObject({ actorKind: 'user', actorAadObjectId: 'aad-1', actorMemberId: null });
  });

  test('details keep ids, counts, flags and field names; long text and objects are dropped', () => {
    const answer = 'x'.repeat(500);
    expect(
      sanitizeDetails({
        id: 'd-1',
        n: 2,
        ok: true,
        none: null,
        fields: ['name', 'email', answer],
        text: answer,
        value: { text: 'hemmelig' },
        inf: Infinity,
      }),
    ).toEqual({ id: 'd-1', n: 2, ok: true, none: null, fields: ['name', 'email'] });
  });

  test('changedFields names the fields that changed, never their values', () => {
    expect(
      changedFields({ a: 1, b: { c: 2 }, updatedAt: 'x' }, { a: 1, b: { c: 3 }, d: 'new', updatedAt: 'y' }),
    ).toEqual(['b', 'd']);
  });

  test('actorOf: the membership in that forum, else the Entra id', () => {
    const caller = { identity: { aadObjectId: 'aad-1' }, members: [{ id: 'm-1', forumId: 'f-1' }] };
    expect(actorOf(caller, 'f-1')).toEqual({ actorMemberId: 'm-1' });
    expect(actorOf(caller, 'f-2')).toEqual({ actorAadObjectId: 'aad-1' });
  });

  test('the port offers no way to change or remove an entry', () => {
    const methods = Object.keys(store).filter((m) => /audit/i.test(m));
    expect(methods.sort()).toEqual(['appendAudit', 'listAudit']);
  });
});
