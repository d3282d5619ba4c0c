import { parseTypedDate } from '../../../core/time/parse-date';

describe('parseTypedDate', () => {
  it('reads the ways Danes type a date, and ISO as date pickers send it', () => {
    for (const typed of [
      '2019-11-15',
      '15-11-2019',
      '15.11.2019',
      '15/11/2019',
      ' 15-11-2019 ',
      '15. november 2019',
    ]) {
      expect([typed, parseTypedDate(typed)]).toEqual([typed, '2019-11-15']);
    }
    expect(parseTypedDate('5-3-2020')).toBe('2020-03-05');
  });

  it('leaves what is no real date unchanged, so validation can name it', () => {
    for (const typed of ['31-02-2019', 'i morgen', '', '2019-13-01'])
      expect(parseTypedDate(typed)).toBe(typed);
    expect(parseTypedDate(20191115)).toBe(20191115);
    expect(parseTypedDate(null)).toBeNull();
  });
});
