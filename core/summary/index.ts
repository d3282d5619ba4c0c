export * from './types';
export { createStatsAccumulator, type StatsAccumulator } from './question-stats';
export { buildDepartmentSummary, type DepartmentSummaryInput } from './build-department-summary';
export { buildForumOverview, type ForumOverviewInput } from './build-forum-overview';
export {
  CHART_TITLES,
  chartSeriesFor,
  chartTotal,
  shortLabel,
  type ChartKey,
  type ChartPoint,
  type ChartSeries,
} from './chart-series';
