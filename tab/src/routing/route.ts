/**
 * The tab's hash routes: #/config, #/department/:id, #/me, #/admin, #/overview, #/present, #/meeting, and the
 * public pages #/privacy and #/terms (the manifest's links; shown without sign-in).
 */
export type Route =
  | { name: 'home' }
  | { name: 'config' }
  | { name: 'department'; id: string }
  | { name: 'me' }
  | { name: 'admin' }
  | { name: 'overview' }
  | { name: 'present'; slide: number }
  | { name: 'meeting' }
  | { name: 'privacy' }
  | { name: 'terms' }
  | { name: 'notFound'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => safeDecode(p));
  const [head, arg] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (head === 'config' && parts.length === 1) return { name: 'config' };
  if (head === 'department' && arg && parts.length === 2) return { name: 'department', id: arg };
  if (head === 'me' && parts.length === 1) return { name: 'me' };
  if (head === 'admin' && parts.length === 1) return { name: 'admin' };
  if (head === 'overview' && parts.length === 1) return { name: 'overview' };
  if (head === 'meeting' && parts.length === 1) return { name: 'meeting' };
  if (head === 'privacy' && parts.length === 1) return { name: 'privacy' };
  if (head === 'terms' && parts.length === 1) return { name: 'terms' };
  if (head === 'present' && parts.length <= 2) {
    const slide = arg ? Number.parseInt(arg, 10) : 1;
    return { name: 'present', slide: Number.isFinite(slide) && slide > 0 ? slide : 1 };
  }
  return { name: 'notFound', path };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'department':
      return `#/department/${encodeURIComponent(route.id)}`;
    case 'present':
      return `#/present/${route.slide}`;
    case 'notFound':
      return `#/${route.path}`;
    default:
      return `#/${route.name}`;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Pages anyone may read without signing in. */
export function isPublicRoute(route: Route): route is { name: 'privacy' } | { name: 'terms' } {
  return route.name === 'privacy' || route.name === 'terms';
}
