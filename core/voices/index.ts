export * from './model';
export * from './defaults';
export * from './round-status';
export * from './link-code';
export * from './submission';
export * from './summary';
export * from './messages';
export * from './notice-timing';
