// node-diff3 declares its types through package.json "exports", which the project's `node`
// module resolution does not read; this points TypeScript at the same declarations.
declare module 'node-diff3' {
  export * from 'node-diff3/src/diff3';
}
