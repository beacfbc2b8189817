import { describe, expect, it } from 'vitest';
import {
  addDays, calendarDate, calendarDateOf, daysBetween, formatDdMmYyyy, fromSerialDay, isoWeekday,
  dayPartsOf, isValidCalendarDate, lastDayOfMonth, midnightIn, parseDateText, toSerialDay,
} from '../../src/core/date';

describe('calendar dates', () => {
  it('knows month lengths, leap years included', () => {
    expect(lastDayOfMonth(2026, 2)).toEqual(calendarDate(2026, 2, 28));
    expect(lastDayOfMonth(2028, 2)).toEqual(calendarDate(2028, 2, 29));
    expect(isValidCalendarDate(2026, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2026, 4, 31)).toBe(false);
  });

  it('counts days across months and years', () => {
    expect(daysBetween(calendarDate(2026, 3, 31), calendarDate(2026, 4, 1))).toBe(1);
    expect(addDays(calendarDate(2026, 12, 31), 1)).toEqual(calendarDate(2027, 1, 1));
    expect(isoWeekday(calendarDate(2026, 11, 23))).toBe(1); // a Monday
  });

  it('formats dates as staff write them', () => {
    expect(formatDdMmYyyy(calendarDate(2026, 4, 5))).toBe('05/04/2026');
  });

  it('maps Sheets serial days both ways (1899-12-30 epoch)', () => {
    expect(toSerialDay(calendarDate(2026, 11, 22))).toBe(46348);
    expect(fromSerialDay(46348)).toEqual(calendarDate(2026, 11, 22));
  });

  it('reads the day a Sheets date cell means in the spreadsheet zone', () => {
    // Sheets in Asia/Ho_Chi_Minh sends 05/04/2026 as 2026-04-04T17:00:00Z.
    const cell = new Date('2026-04-04T17:00:00Z');
    expect(calendarDateOf(cell, 'Asia/Ho_Chi_Minh')).toEqual(calendarDate(2026, 4, 5));
    expect(calendarDateOf(cell, 'UTC')).toEqual(calendarDate(2026, 4, 4));
    expect(midnightIn(calendarDate(2026, 4, 5), 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-04-04T17:00:00.000Z');
  });
});

describe('parseDateText: one reader for every typed day', () => {
  it('reads the ways staff type a day', () => {
    const day = calendarDate(2026, 4, 15);
    for (const text of ['15/4/2026', '15/04/2026', '15/4/26', '15-04-2026', '15.04.2026', '15.4.26', '2026-04-15', '2026-4-15', ' 15 / 4 / 2026 ', '15 tháng 4 năm 2026', 'ngày 15 tháng 4 năm 2026', 'Ngày 15/4/2026', '15/4/2026.']) {
      expect(parseDateText(text), text).toEqual(day);
    }
    expect(parseDateText('15 tháng 4 năm 2026'.normalize('NFD'))).toEqual(day);
  });

  it('refuses what is not a whole, real day', () => {
    for (const text of ['15/4', '31/02/2026', '2026-13-01', '4-5', 'Quý II', '', '15/4/20266', '0/4/2026']) {
      expect(parseDateText(text), text).toBeUndefined();
    }
  });

  it('gives the parts of a day whose year may be left out', () => {
    expect(dayPartsOf('trước ngày 05/12')).toBeUndefined();
    expect(dayPartsOf('05/12')).toEqual({ day: 5, month: 12, year: undefined });
    expect(dayPartsOf('5 tháng 12')).toEqual({ day: 5, month: 12, year: undefined });
    expect(dayPartsOf('31/02/2026')).toEqual({ day: 31, month: 2, year: 2026 });
  });
});
