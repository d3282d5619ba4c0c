/** The HTTP API contract between the server (bot/api) and the tab: routes, request schemas, response types. */
export * from './routes';
export * from './schemas';
export * from './types';
export * from './summary-types';
export * from './messages';
