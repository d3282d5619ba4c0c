/**
 * The summary shapes the API returns: exactly what core/summary builds
 * (aliases, so the API contract follows core/summary as it evolves).
 */
import type { DepartmentSummary, ForumOverview } from '../summary/types';

export type ApiSummary = DepartmentSummary;
export type ApiOverview = ForumOverview;
