export * from './principles';
export * from './questions';
export * from './departments';
export * from './forum';
export * from './members';
export * from './new-forum';
