import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './router.js';

describe('routes', () => {
  it('reads the page, the id and the query', () => {
    const r = parseRoute('#/event/ev%3Adz-esper%3Ae1?x=1');
    expect(r.page).toBe('event');
    expect(r.id).toBe('ev:dz-esper:e1');
    expect(r.params.get('x')).toBe('1');
  });

  it('falls back to the timeline for an empty, unknown or id-less route', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/event', '#/entity/', '#main', '#/event/%E0%A4%A']) expect(parseRoute(hash).page).toBe('timeline');
  });

  it('keeps the filters of the timeline', () => {
    const r = parseRoute('#/timeline?country=DZ&with=US&from=2020');
    expect(Object.fromEntries(r.params)).toEqual({ country: 'DZ', with: 'US', from: '2020' });
  });

  it('writes links that parse back to the same route, without empty parameters', () => {
    const href = routeHref('entity', 'person:تبون/x', { q: '', country: 'DZ', with: null });
    expect(href).toBe(`#/entity/${encodeURIComponent('person:تبون/x')}?country=DZ`);
    const back = parseRoute(href);
    expect(back).toMatchObject({ page: 'entity', id: 'person:تبون/x' });
    expect(routeHref('timeline')).toBe('#/timeline');
  });
});
