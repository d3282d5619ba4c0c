export * from './principles';
export * from './questions';
export * from './departments';
export * from './forum';
export * from './members';
export * from './new-forum';
export * from './demo-answers';
export * from './demo-behaviour';
