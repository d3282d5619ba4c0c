import { isPublicRoute, parseRoute, routeHref } from '../../tab/src/routing/route';

describe('tab hash routes', () => {
  it('parses every page of the tab', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/config')).toEqual({ name: 'config' });
    expect(parseRoute('#/department/d-1')).toEqual({ name: 'department', id: 'd-1' });
    expect(parseRoute('#/me')).toEqual({ name: 'me' });
    expect(parseRoute('#/admin?section=schedule')).toEqual({ name: 'admin' });
    expect(parseRoute('#/overview')).toEqual({ name: 'overview' });
    expect(parseRoute('#/present')).toEqual({ name: 'present', slide: 1 });
    expect(parseRoute('#/present/3')).toEqual({ name: 'present', slide: 3 });
    expect(parseRoute('#/meeting')).toEqual({ name: 'meeting' });
    expect(parseRoute('#/privacy')).toEqual({ name: 'privacy' });
    expect(parseRoute('#/terms')).toEqual({ name: 'terms' });
  });

  it('marks only the privacy and terms pages public (shown without sign-in)', () => {
    const publicNames = [
      '#/',
      '#/config',
      '#/me',
      '#/admin',
      '#/overview',
      '#/present',
      '#/privacy',
      '#/terms',
      '#/privacy/x',
    ]
      .map(parseRoute)
      .filter(isPublicRoute)
      .map((r) => r.name);
    expect(publicNames).toEqual(['privacy', 'terms']);
  });

  it('decodes ids and round-trips them through routeHref', () => {
    const route = { name: 'department' as const, id: 'afd/æøå 1' };
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('falls back safely on junk', () => {
    expect(parseRoute('#/present/-4')).toEqual({ name: 'present', slide: 1 });
    expect(parseRoute('#/department')).toEqual({ name: 'notFound', path: '/department' });
    expect(parseRoute('#/department/%E0%A4%A')).toEqual({ name: 'department', id: '%E0%A4%A' });
    expect(parseRoute('#/nope/x/y').name).toBe('notFound');
  });
});
