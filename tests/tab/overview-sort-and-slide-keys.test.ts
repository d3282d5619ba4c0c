import { nextSort, sortRows, type OverviewRow } from '../../tab/src/pages/overview/overview-rows';
import { overviewRow as row } from './support/overview-row';
import { slideAfter, slideMoveOf } from '../../tab/src/pages/present/slide-keys';

describe('the overview sorts its departments', () => {
  const rows = [
    row('Ældre', { rate: 0.9, actions: 4, overdue: 0, indicators: 2, voices: 7 }),
    row('Børn', { rate: 0.1, actions: 2, overdue: 2, indicators: 5, voices: 0 }),
    row('Aarhus', { rate: 0.5, actions: 3, overdue: 1, indicators: 2, voices: 3 }),
  ];
  const names = (r: OverviewRow[]) => r.map((x) => x.name);

  it('by name in Danish alphabetical order (Æ, Ø, Å last) and back', () => {
    expect(names(sortRows(rows, { key: 'name', direction: 'ascending' }, 'da'))).toEqual([
      'Børn',
      'Ældre',
      'Aarhus',
    ]);
    expect(names(sortRows(rows, { key: 'name', direction: 'descending' }, 'da'))).toEqual([
      'Aarhus',
      'Ældre',
      'Børn',
    ]);
  });

  it('by participation, by overdue actions, by indicators; ties keep the forum’s order; no sort keeps it all', () => {
    expect(names(sortRows(rows, { key: 'participation', direction: 'ascending' }, 'da'))).toEqual([
      'Børn',
      'Aarhus',
      'Ældre',
    ]);
    expect(names(sortRows(rows, { key: 'actions', direction: 'descending' }, 'da'))).toEqual([
      'Børn',
      'Aarhus',
      'Ældre',
    ]);
    expect(names(sortRows(rows, { key: 'indicators', direction: 'ascending' }, 'da'))).toEqual([
      'Ældre',
      'Aarhus',
      'Børn',
    ]);
    expect(names(sortRows(rows, { key: 'voices', direction: 'descending' }, 'da'))).toEqual([
      'Ældre',
      'Aarhus',
      'Børn',
    ]);
    expect(names(sortRows(rows, null, 'da'))).toEqual(['Ældre', 'Børn', 'Aarhus']);
  });

  it('a second click on a column turns its direction; another column starts ascending', () => {
    const first = nextSort(null, 'participation');
    expect(first).toEqual({ key: 'participation', direction: 'ascending' });
    expect(nextSort(first, 'participation')).toEqual({ key: 'participation', direction: 'descending' });
    expect(nextSort(first, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });
});

describe('presentation keys (keyboards and clickers)', () => {
  it('maps arrows, Page Up/Down, Space and Home/End; other keys do nothing', () => {
    expect(['ArrowRight', 'PageDown', ' ', 'ArrowDown'].map((k) => slideMoveOf(k, false))).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'PageUp', 'ArrowUp'].map((k) => slideMoveOf(k, false))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect(slideMoveOf(' ', true)).toBe('previous');
    expect([slideMoveOf('Home', false), slideMoveOf('End', false), slideMoveOf('a', false)]).toEqual([
      'first',
      'last',
      null,
    ]);
  });

  it('stays within the deck', () => {
    expect(slideAfter('next', 7, 7)).toBe(7);
    expect(slideAfter('previous', 1, 7)).toBe(1);
    expect(slideAfter('last', 2, 7)).toBe(7);
    expect(slideAfter('first', 5, 7)).toBe(1);
    expect(slideAfter('next', 3, 7)).toBe(4);
  });
});
