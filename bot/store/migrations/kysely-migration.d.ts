/**
 * Kysely 0.29 exports its migrator from the subpath 'kysely/migration' (package "exports"), which
 * TypeScript's classic `moduleResolution: node` cannot see. This points the types at the file the
 * subpath maps to; at run time Node and Jest resolve the subpath themselves.
 */
declare module 'kysely/migration' {
  export * from 'kysely/dist/migration/index';
}
