export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RouteAccess = 'none' | 'self' | 'member' | 'department' | 'organizer';

export interface RouteSpec {
  method: HttpMethod;
  path: string;
  access: RouteAccess;
  auth: 'bearer' | 'ticket' | 'none';
  /** Readable by every forum member when forum.settings.shareSummaries. */
  sharable?: boolean;
  /** Request body schema name in core/api/schemas.ts. */
  body?: string;
  /** Response type name in core/api/types.ts (or the media type for files). */
  response: string;
  devOnly?: boolean;
}

/** Declares one route, checked against RouteSpec. */
export const r = (spec: RouteSpec) => spec;
