import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import { prepareOnPostgres } from './postgres/named-statements';
import type { Database } from './schema';

/** Where a compiled query takes an argument, or a value Kysely put there itself. */
type Slot = { arg: string } | { value: unknown };

interface Template {
  sql: string;
  slots: Slot[];
}

const MARK = '\u0000';
const placeholder = (name: string) => `${MARK}${name}${MARK}`;

/**
 * A query that Kysely builds and compiles once per dialect and shape, and that then runs with new
 * arguments: for the queries of every answer turn, where building and compiling cost more CPU
 * than the database spends answering. `build` gets placeholders in place of the defined arguments
 * (undefined ones stay undefined) and must pass each on only as a value, which Kysely turns into
 * a parameter. The shape is which arguments are defined, unless the caller names it (and `build`
 * gets it): whatever else makes `build` choose a different query must be part of the shape.
 * On PostgreSQL each compiled query also runs as a named prepared statement (named-statements.ts).
 */
export class PreparedQuery<A extends object, Row> {
  /** Per dialect (Kysely's adapter, shared by a database and its transactions), per shape. */
  private readonly templates = new WeakMap<object, Map<string, Template>>();

  constructor(private readonly build: (db: Kysely<Database>, args: A, shape: string) => Compilable<Row>) {}

  async execute(db: Kysely<Database>, args: A, shape = definedKeys(args)): Promise<Row[]> {
    const values = args as Record<string, unknown>;
    const adapter = db.getExecutor().adapter;
    let byShape = this.templates.get(adapter);
    if (!byShape) this.templates.set(adapter, (byShape = new Map()));
    let template = byShape.get(shape);
    if (!template) byShape.set(shape, (template = this.compile(db, args, shape)));
    const parameters = template.slots.map((slot) => ('arg' in slot ? values[slot.arg] : slot.value));
    const result = await db.executeQuery<Row>(CompiledQuery.raw(template.sql, parameters));
    return result.rows;
  }

  private compile(db: Kysely<Database>, args: A, shape: string): Template {
    const names = new Map<string, string>();
    const placeholders: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(args)) {
      if (value === undefined) continue;
      names.set(placeholder(name), name);
      placeholders[name] = placeholder(name);
    }
    const compiled = this.build(db, placeholders as A, shape).compile();
    const slots = compiled.parameters.map((value): Slot => {
      const name = typeof value === 'string' ? names.get(value) : undefined;
      if (name !== undefined) return { arg: name };
      if (typeof value === 'string' && value.includes(MARK))
        throw new Error(`PreparedQuery: an argument was changed before it became a parameter: ${value}`);
      return { value };
    });
    if (compiled.sql.includes(MARK))
      throw new Error('PreparedQuery: an argument went into the SQL text instead of a parameter');
    prepareOnPostgres(compiled.sql);
    return { sql: compiled.sql, slots };
  }
}

function definedKeys(args: object): string {
  return Object.entries(args)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key)
    .sort()
    .join(',');
}
