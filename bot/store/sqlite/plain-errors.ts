import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** A better-sqlite3 error re-thrown as an ordinary Error; `code` is SQLite's (e.g. SQLITE_CONSTRAINT_FOREIGNKEY). */
export class SqliteStoreError extends Error {
  override readonly name = 'SqliteStoreError';
  constructor(
    message: string,
    readonly code: string | undefined,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

/**
 * better-sqlite3 builds its SqliteError with a function constructor and hands it to the native
 * addon once per process, so under Jest (one module registry per test file) its errors are not
 * `instanceof Error` in later files. Wrapping the database makes every error a plain Error, everywhere.
 */
export function withPlainErrors(database: SqliteDatabase): SqliteDatabase {
  return {
    close: () => database.close(),
    prepare: (sql) => guard(() => wrapStatement(database.prepare(sql))),
  };
}

function wrapStatement(statement: SqliteStatement): SqliteStatement {
  return {
    reader: statement.reader,
    all: (parameters) => guard(() => statement.all(parameters)),
    run: (parameters) => guard(() => statement.run(parameters)),
    iterate: (parameters) => guard(() => statement.iterate(parameters)),
  };
}

function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toPlainError(error);
  }
}

function toPlainError(error: unknown): Error {
  if (typeof error !== 'object' || error === null) return new Error(String(error));
  const { message, code } = error as { message?: unknown; code?: unknown };
  return new SqliteStoreError(String(message ?? error), typeof code === 'string' ? code : undefined, {
    cause: error,
  });
}
