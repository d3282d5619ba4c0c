import type { RoundsService } from './rounds-service';

/**
 * The organizer operations of the scheduler that the HTTP API and the bot's commands use. Each
 * throws HttpError on bad input.
 */
export type RoundsPort = Pick<
  RoundsService,
  | 'acceptPlan'
  | 'createRound'
  | 'moveRound'
  | 'cancelRound'
  | 'sendNow'
  | 'retryDelivery'
  | 'cancelDelivery'
  | 'deliveryStatus'
>;
