import { addMonthsLessOneDay, addYears, ageOn, halves, lenientDate, listItems, referenceKey, strictDate, twoDecimals, wholeNumber } from '../../../importers/ascwds/parse-values';

describe('parse-values', () => {
  test('whole numbers are digits only', () => {
    expect([wholeNumber('042'), wholeNumber(''), wholeNumber('1.0'), wholeNumber('-1'), wholeNumber(' 1'), wholeNumber('1234567890123456789')]).toEqual([42, null, null, null, null, 1234567890123456800]);
  });

  test('halves, two decimals and lists', () => {
    expect([halves('37.5'), halves('37.50'), halves('37.3'), halves('-1')]).toEqual([37.5, 37.5, null, null]);
    expect([twoDecimals('10.55'), twoDecimals('10.555')]).toEqual([10.55, null]);
    expect(listItems(' 1; 2 ;')).toEqual(['1', '2', '']);
    expect(listItems('')).toEqual([]);
    expect(referenceKey(' My  Home\t1 ')).toBe('MyHome1');
    expect(referenceKey('  ')).toBeNull();
  });

  test('strict and lenient dates', () => {
    expect([strictDate('29/02/2024'), strictDate('29/02/2023'), strictDate('1/2/2024'), strictDate('31/04/2024')]).toEqual(['2024-02-29', null, null, null]);
    expect([lenientDate('1/2/1980'), lenientDate('01-02-1980'), lenientDate('1980/02/01')]).toEqual(['1980-02-01', '1980-02-01', null]);
  });

  test('date arithmetic', () => {
    expect(addMonthsLessOneDay('2024-06-01', 12)).toBe('2025-05-31');
    expect(addMonthsLessOneDay('2024-01-31', 1)).toBe('2024-02-28');
    expect(addMonthsLessOneDay('2024-12-15', 999)).toBe('2108-03-14');
    expect(addYears('2008-02-29', 14)).toBe('2022-03-01');
    expect(addYears('2010-02-28', 14)).toBe('2024-02-28');
    expect([ageOn('1980-07-01', '2025-06-30'), ageOn('1980-06-30', '2025-06-30')]).toEqual([44, 45]);
  });
});
