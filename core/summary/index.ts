export * from './types';
export { createStatsAccumulator, type StatsAccumulator } from './question-stats';
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
export { SUMMARY_LIST_LIMIT } from './department-accumulator';
export {
  CHART_TITLES,
  chartSeriesFor,
  chartTotal,
  shortLabel,
  type ChartKey,
  type ChartPoint,
  type ChartSeries,
} from './chart-series';
