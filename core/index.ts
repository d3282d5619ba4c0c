/** The public surface of the pure domain (browser-safe: no Node modules, no I/O, no clock). */
export * from './model';
export * from './i18n';
export * from './example-forum';
export * from './time';
export * from './planner';
export * from './audience';
export * from './answers';
export * from './summary';
export * from './meetings';
