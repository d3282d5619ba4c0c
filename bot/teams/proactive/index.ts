export { SendRateLimiter, type SendRateLimiterOptions } from './send-rate-limiter';
export {
  LimiterUnavailableError,
  LocalRateLimitError,
  type SendLimiter,
  type SendPermit,
} from './send-limiter';
export { StoreSendLimiter, type StoreSendLimiterOptions } from './store-send-limiter';
export { TEAMS_PER_CONVERSATION_LIMITS, globalLimit, type RateWindow } from './teams-rate-limits';
export { classifySendError, type SendFailure } from './send-error';
export { backoffMs, DEFAULT_BACKOFF, type BackoffOptions } from './retry-policy';
export { realTimer, type MonotonicTimer } from './monotonic-timer';
export {
  createProactiveSender,
  type ProactiveSender,
  type ProactiveSenderOptions,
  type SendOptions,
  type SendResult,
  type CreateConversationResult,
  type CreatePersonalConversationInput,
} from './proactive-sender';
