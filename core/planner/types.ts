import type { Localized, Round } from '../model';
import type { Params } from '../i18n';
import type { PlannerMessageKey } from './messages';

export type PlanWarningCode =
  | 'invalidTimeZone'
  | 'invalidDates'
  | 'invalidSendTime'
  | 'noQuestions'
  | 'noDepartments'
  | 'noWorkingDays'
  | 'questionsCombined'
  | 'sendTimeMoved'
  | 'reminderDropped'
  | 'finalCallDropped';

export interface PlanWarning {
  code: PlanWarningCode;
  /** 'error': the plan is empty because of it; 'warning': the organizer should look; 'info': a decision was made. */
  severity: 'error' | 'warning' | 'info';
  params: Params;
  message: Localized;
}

export interface PlanResult {
  /** Sorted by dueAt, then prompt < reminder < finalCall. */
  rounds: Round[];
  warnings: PlanWarning[];
}

export interface RoundIssue<Code extends string = string> {
  code: Code;
  field: 'localDate' | 'localTime' | 'departmentId' | 'questionIds' | 'kind';
  params: Params;
  message: Localized;
}

export type { PlannerMessageKey };
