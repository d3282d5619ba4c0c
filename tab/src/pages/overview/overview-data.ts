import type { ForumOverviewResponse } from '../../api/types';

export type OverviewData = ForumOverviewResponse;

export function asOverviewData(response: ForumOverviewResponse): OverviewData {
  return response;
}
