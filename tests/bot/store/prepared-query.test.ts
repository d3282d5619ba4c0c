import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { PreparedQuery } from '../../../bot/store/prepared-query';
import type { Database } from '../../../bot/store/schema';

describe('a prepared query (built and compiled once, run with new arguments)', () => {
  let db: Kysely<Database>;
  let compiled: number;

  beforeAll(async () => {
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) });
    await sql`create table takeaways (department_id text primary key, text text, version integer, updated_at text, updated_by text)`.execute(
      db,
    );
    for (const [id, version] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      await db
        .insertInto('takeaways')
        .values({ department_id: id, text: `t${id}`, version, updated_at: 'x', updated_by: null })
        .execute();
  });
  afterAll(() => db.destroy());

  const byVersion = new PreparedQuery((qb, args: { minVersion: number; departmentId?: string }) => {
    compiled++;
    return qb
      .selectFrom('takeaways')
      .select(['department_id', 'version'])
      .where('version', '>=', args.minVersion)
      .$if(args.departmentId !== undefined, (q) => q.where('department_id', '=', args.departmentId!))
      .orderBy('department_id');
  });

  it('builds once per shape and answers each call with its own arguments', async () => {
    compiled = 0;
    expect(await byVersion.execute(db, { minVersion: 2 })).toEqual([
      { department_id: 'b', version: 2 },
      { department_id: 'c', version: 3 },
    ]);
    expect(await byVersion.execute(db, { minVersion: 3 })).toEqual([{ department_id: 'c', version: 3 }]);
    expect(compiled).toBe(1);
    expect(await byVersion.execute(db, { minVersion: 1, departmentId: 'a' })).toEqual([
      { department_id: 'a', version: 1 },
    ]);
    expect(await byVersion.execute(db, { minVersion: 1, departmentId: 'b' })).toEqual([
      { department_id: 'b', version: 2 },
    ]);
    expect(compiled).toBe(2);
    expect(await byVersion.execute(db, { minVersion: 1, departmentId: undefined })).toHaveLength(3);
    expect(compiled).toBe(2);
  });

  it('keeps values Kysely placed itself, next to the arguments', async () => {
    const fixed = new PreparedQuery((qb, args: { id: string }) =>
      qb.selectFrom('takeaways').select('text').where('department_id', '=', args.id).where('version', '<', 3),
    );
    expect(await fixed.execute(db, { id: 'b' })).toEqual([{ text: 'tb' }]);
    expect(await fixed.execute(db, { id: 'c' })).toEqual([]);
  });

  it('refuses a build that turns an argument into something else or into SQL text', async () => {
    const changed = new PreparedQuery((qb, args: { id: string }) =>
      qb.selectFrom('takeaways').select('text').where('department_id', '=', `${args.id}!`),
    );
    await expect(changed.execute(db, { id: 'a' })).rejects.toThrow(/argument was changed/);
    const inlined = new PreparedQuery((qb, args: { id: string }) =>
      qb.selectFrom('takeaways').select('text').where(sql.ref('department_id'), '=', sql.lit(args.id)),
    );
    await expect(inlined.execute(db, { id: 'a' })).rejects.toThrow(/SQL text/);
  });
});
