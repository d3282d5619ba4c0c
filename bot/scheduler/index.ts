export { createScheduler, type Scheduler, type SchedulerOptions, type TickReport } from './scheduler';
export { RoundsService, type RoundChangeResult, type AcceptPlanResult } from './rounds-service';
export type { CreateRoundInput, SendNowInput } from './round-input';
export type { RoundsPort } from './rounds-port';
