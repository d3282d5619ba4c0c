export * from './types';
export { createStatsAccumulator, type StatsAccumulator } from './question-stats';
export { buildDepartmentSummary, type DepartmentSummaryInput } from './build-department-summary';
export { buildForumOverview, type ForumOverviewInput } from './build-forum-overview';
