export * from './types';
export * from './summary-tally';
export {
  addValueTally,
  bump,
  emptyValueTally,
  questionStats,
  tallyValue,
  type ValueTally,
} from './value-tally';
export {
  departmentSummaryFromTally,
  emptyDepartmentTally,
  forumOverviewFromTally,
  placeErased,
} from './assemble-summary';
export {
  buildDepartmentSummary,
  startDepartmentSummary,
  type DepartmentSummaryInput,
  type SummaryBuilder,
} from './build-department-summary';
export {
  buildForumOverview,
  OVERVIEW_LIST_LIMIT,
  startForumOverview,
  type ForumOverviewInput,
} from './build-forum-overview';
export { SUMMARY_LIST_LIMIT, type SummaryContext } from './department-accumulator';
export { summaryContext } from './build-department-summary';
export {
  CHART_TITLES,
  chartSeriesFor,
  chartTotal,
  shortLabel,
  type ChartKey,
  type ChartPoint,
  type ChartSeries,
} from './chart-series';
export {
  ANONYMOUS_AUTHOR,
  anonymityOf,
  answerVisible,
  DEFAULT_ANONYMITY,
  MIN_ANSWERS_RANGE,
  questionVisible,
  redactAuthor,
  WITHHELD_RESULTS,
  withheldBelow,
  withheldParts,
  type Authored,
  type Viewer,
  type WithholdablePart,
} from './anonymity';
