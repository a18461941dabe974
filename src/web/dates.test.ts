import { describe, expect, it } from 'vitest';
import { formatReading, machineDate, readTimex } from './dates.js';

describe('readTimex', () => {
  it('reads the precision the value was written at', () => {
    const cases: [string, string][] = [
      ['2020', 'year'],
      ['2020-Q3', 'quarter'],
      ['2020-SU', 'season'],
      ['2020-H1', 'half'],
      ['2020-09', 'month'],
      ['2020-W39', 'week'],
      ['2020-09-30', 'day'],
      ['2020-09-30T10:30', 'time'],
      ['2021-05-04TMO', 'time'],
      ['2020/2030', 'range'],
      ['XXXX-12-06', 'unanchored'],
      ['PAST_REF', 'reference'],
      ['nonsense', 'other'],
    ];
    for (const [value, precision] of cases) expect(readTimex(value).precision, value).toBe(precision);
  });

  it('reads both ends of a range', () => {
    const r = readTimex('2020-09/2020-10-02');
    expect(r.from).toMatchObject({ precision: 'month', year: 2020, month: 9 });
    expect(r.to).toMatchObject({ precision: 'day', day: 2 });
  });
});

describe('formatReading', () => {
  it('never shows more precision than the value has', () => {
    expect(formatReading(readTimex('2020'), 'en-GB')).toBe('2020');
    expect(formatReading(readTimex('2020-09'), 'en-GB')).toBe('September 2020');
    expect(formatReading(readTimex('2020-09-30'), 'en-GB')).toBe('30 September 2020');
    expect(formatReading(readTimex('2020-09-30T10:30'), 'en-GB')).toBe('30 September 2020 10:30');
  });

  it('leaves weeks and unanchored values to the raw value', () => {
    expect(formatReading(readTimex('2020-W39'), 'en-GB')).toBeNull();
    expect(formatReading(readTimex('XXXX-12-06'), 'en-GB')).toBeNull();
  });
});

describe('machineDate', () => {
  it('gives HTML datetime values only for forms HTML accepts', () => {
    expect(machineDate('2020-09')).toBe('2020-09');
    expect(machineDate('2020-W39')).toBe('2020-W39');
    expect(machineDate('2021-05-04TMO')).toBe('2021-05-04');
    expect(machineDate('2020/2030')).toBeNull();
    expect(machineDate('XXXX-12-06')).toBeNull();
  });
});
