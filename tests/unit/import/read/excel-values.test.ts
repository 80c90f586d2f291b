import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatNumber, formatSerial, numberDisplay } from '../../../../src-main/core/import/read/excel-values.js';

describe('how Excel shows a number', () => {
  it('tells date, time and plain formats apart, built-in and custom', () => {
    expect(numberDisplay(0, undefined)).toBe('number');
    expect(numberDisplay(14, undefined)).toBe('date');
    expect(numberDisplay(22, undefined)).toBe('dateTime');
    expect(numberDisplay(20, undefined)).toBe('time');
    expect(numberDisplay(164, 'dd/mm/yyyy')).toBe('date');
    expect(numberDisplay(165, '[$-4009]d mmmm yyyy;@')).toBe('date');
    expect(numberDisplay(166, 'hh:mm AM/PM')).toBe('time');
    expect(numberDisplay(167, 'yyyy-mm-dd hh:mm')).toBe('dateTime');
    expect(numberDisplay(168, '0000000000')).toBe('number');
    expect(numberDisplay(169, '"Mobile: "0')).toBe('number');
    expect(numberDisplay(170, '[Red]#,##0.00')).toBe('number');
  });

  it('writes numbers plainly, never in E notation', () => {
    expect(formatNumber('9876543210')).toBe('9876543210');
    expect(formatNumber('9.87654321E+9')).toBe('9876543210');
    expect(formatNumber('0.30000000000000004')).toBe('0.3');
    expect(formatNumber('1E-7')).toBe('0.0000001');
    expect(formatNumber('-12.5')).toBe('-12.5');
    expect(formatNumber('not a number')).toBe('not a number');
  });

  it('turns serial days into dates, keeping Excel\'s 29 February 1900 and the 1904 system', () => {
    expect(formatSerial('1', 'date', false)).toBe('1900-01-01');
    expect(formatSerial('59', 'date', false)).toBe('1900-02-28');
    expect(formatSerial('60', 'date', false)).toBe('1900-02-29');
    expect(formatSerial('61', 'date', false)).toBe('1900-03-01');
    expect(formatSerial('45366', 'date', false)).toBe('2024-03-15');
    expect(formatSerial('0', 'date', true)).toBe('1904-01-01');
    expect(formatSerial('45366.75', 'dateTime', false)).toBe('2024-03-15 18:00');
    expect(formatSerial('45366', 'dateTime', false)).toBe('2024-03-15');
    expect(formatSerial('0.4375', 'time', false)).toBe('10:30');
    expect(formatIsoDate('2024-03-15T00:00:00')).toBe('2024-03-15');
  });
});
