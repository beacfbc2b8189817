import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from '../../src/core/number';

describe('parseNumber', () => {
  it.each([
    ['95', 95],
    ['02', 2],
    ['95,5', 95.5],
    ['0,95', 0.95],
    ['1.000', 1000],
    ['12.345', 12345],
    ['1.000.000', 1_000_000],
    ['1.000,5', 1000.5],
    ['1 000', 1000],
    ['1\u00a0000', 1000],
    ['0.95', 0.95],
    ['95.5', 95.5],
    ['95.50', 95.5],
    ['1.00', 1],
    ['0.950', 0.95],
    ['  95 ', 95],
    ['\u00a095,5\u00a0', 95.5],
    ['-5', -5],
    ['−2,5', -2.5],
    ['+3', 3],
    ['-0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each(['', ' ', 'abc', '95%', '1.000.5', '1.2.3', '1,000.5', '95,', ',5', '1 00', '5 đợt', 'NaN', 'Infinity', '1e3', '9'.repeat(400)])(
    'refuses %j',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );
});

describe('formatNumber', () => {
  it.each([
    [95, '95'],
    [95.5, '95,5'],
    [0.25, '0,25'],
    [1000, '1.000'],
    [1234567.5, '1.234.567,5'],
    [0.955 * 100, '95,5'],
    [-1500, '-1.500'],
  ])('writes %d as %j', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('reads back what it writes', () => {
    for (const value of [0, 2, 95.5, 1000, 12345.25, 0.125]) expect(parseNumber(formatNumber(value))).toBe(value);
  });
});
