export { InProcessChangeFeed } from './in-process-change-feed';
export {
  DEFAULT_CHANGE_CHANNEL,
  PostgresChangeFeed,
  type PostgresChangeFeedOptions,
} from './postgres-change-feed';
export { parseChangeNotice } from './notice';
