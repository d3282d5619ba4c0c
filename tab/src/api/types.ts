/** The API contract lives in core/api; the tab only re-exports what it uses. */
export type * from '../../../core/api/types';
