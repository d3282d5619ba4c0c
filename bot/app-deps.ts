import type { Logger } from 'pino';
import type { Clock, IdGenerator } from '../core/model';
import type { Config } from './config';
import type { ChangeFeed, Store } from './store/store';

/** What every service of the server is built from. Assembled in bot/app.ts only. */
export interface AppDeps {
  config: Config;
  store: Store;
  changes: ChangeFeed;
  clock: Clock;
  ids: IdGenerator;
  log: Logger;
}
