import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import { cellText, idOf, percentText } from '../../src/sheet/cells';

describe('percentText', () => {
  it('shows a %-formatted number as staff see it, decimal comma, no float noise', () => {
    expect(percentText(1)).toBe('100%');
    expect(percentText(0.955)).toBe('95,5%');
    expect(percentText(0.07)).toBe('7%');
    expect(percentText(0.123456789)).toBe('12,345679%');
    expect(percentText(12.5)).toBe('1.250%');
  });
});

describe('cellText and idOf', () => {
  it('a cell as text (cleaned; a date or nothing is blank) and an STT as an id', () => {
    expect(cellText('  Tổ   Toán ')).toBe('Tổ Toán');
    expect(cellText(5)).toBe('5');
    expect(cellText(true)).toBe('true');
    expect(cellText(calendarDate(2026, 5, 31))).toBe('');
    expect(cellText(undefined)).toBe('');
    expect([1, '01', '1.', '1)', '2.3', 'II.1', ' 05 '].map(idOf)).toEqual(['1', '1', '1', '1', '2.3', 'II.1', '5']);
  });
});
