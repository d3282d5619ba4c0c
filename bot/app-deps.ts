import type { Logger } from 'pino';
import type { Clock, IdGenerator } from '../core/model';
import type { Config } from './config';
import type { Keyring } from './keys/keyring';
import type { MeetingStore } from './store/meetings';
import type { ChangeFeed, Store } from './store/store';

/** What every service of the server is built from. Assembled in bot/app.ts only. */
export interface AppDeps {
  config: Config;
  store: Store;
  /** The facilitator meetings and the bot's messages about them (its own port). */
  meetings: MeetingStore;
  changes: ChangeFeed;
  /** Signing keys shared by every instance (confirmation codes, event tickets, dev sign-in). */
  keys: Keyring;
  clock: Clock;
  ids: IdGenerator;
  log: Logger;
}
