export * from './types';
export * from './messages';
export * from './send-time';
export * from './propose-plan';
export * from './validate-round-change';
export * from './retime-rounds';
