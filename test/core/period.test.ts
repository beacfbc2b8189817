import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import {
  formatNd30Date, formatPlaceDate, formatShortDate, fromRoman, lastFinishedQuarter, nextPeriod, parsePeriodSlug, periodLabel,
  periodRange, periodSlug, quarterEnd, quarterOf, toRoman, type ReportPeriod,
} from '../../src/core/period';

const q = (year: number, quarter: 1 | 2 | 3 | 4): ReportPeriod => ({ kind: 'quarter', year, quarter });

describe('quarters', () => {
  it('puts months 1–3 in quý I … 10–12 in quý IV', () => {
    expect(quarterOf(calendarDate(2026, 1, 1))).toBe(1);
    expect(quarterOf(calendarDate(2026, 3, 31))).toBe(1);
    expect(quarterOf(calendarDate(2026, 4, 1))).toBe(2);
    expect(quarterOf(calendarDate(2026, 9, 30))).toBe(3);
    expect(quarterOf(calendarDate(2026, 10, 1))).toBe(4);
    expect(quarterOf(calendarDate(2026, 12, 31))).toBe(4);
  });

  it('ends each quarter on the last day of its third month', () => {
    expect(quarterEnd(2026, 1)).toEqual(calendarDate(2026, 3, 31));
    expect(quarterEnd(2026, 2)).toEqual(calendarDate(2026, 6, 30));
    expect(quarterEnd(2026, 3)).toEqual(calendarDate(2026, 9, 30));
    expect(quarterEnd(2026, 4)).toEqual(calendarDate(2026, 12, 31));
  });
});

describe('Roman numerals', () => {
  it('writes the numerals plans use', () => {
    expect(toRoman(1)).toBe('I');
    expect(toRoman(4)).toBe('IV');
    expect(toRoman(9)).toBe('IX');
    expect(toRoman(12)).toBe('XII');
    expect(toRoman(40)).toBe('XL');
    expect(toRoman(1994)).toBe('MCMXCIV');
    expect(toRoman(3999)).toBe('MMMCMXCIX');
  });

  it('falls back to Arabic digits where there is no Roman numeral', () => {
    expect(toRoman(0)).toBe('0');
    expect(toRoman(4000)).toBe('4000');
    expect(toRoman(2.5)).toBe('2.5');
  });

  it('reads numerals tolerantly of case and spaces, strictly of spelling', () => {
    expect(fromRoman('IV')).toBe(4);
    expect(fromRoman('iv')).toBe(4);
    expect(fromRoman(' III ')).toBe(3);
    expect(fromRoman('I V')).toBe(4);
    expect(fromRoman('II.')).toBe(2);
    expect(fromRoman('XII')).toBe(12);
    expect(fromRoman('IIII')).toBeUndefined();
    expect(fromRoman('VX')).toBeUndefined();
    expect(fromRoman('IC')).toBeUndefined();
    expect(fromRoman('')).toBeUndefined();
    expect(fromRoman('4')).toBeUndefined();
    expect(fromRoman('Quý I')).toBeUndefined();
  });

  it('round-trips 1..3999', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3999 }), (n) => fromRoman(toRoman(n)) === n));
  });
});

describe('NĐ 30 dates', () => {
  it('writes days below 10 and months 1–2 with a leading 0', () => {
    expect(formatNd30Date(calendarDate(2020, 1, 5))).toBe('ngày 05 tháng 01 năm 2020');
    expect(formatNd30Date(calendarDate(2019, 6, 29))).toBe('ngày 29 tháng 6 năm 2019');
    expect(formatNd30Date(calendarDate(2026, 2, 2))).toBe('ngày 02 tháng 02 năm 2026');
    expect(formatNd30Date(calendarDate(2026, 3, 4))).toBe('ngày 04 tháng 3 năm 2026');
    expect(formatNd30Date(calendarDate(2026, 4, 5))).toBe('ngày 05 tháng 4 năm 2026');
    expect(formatNd30Date(calendarDate(2026, 2, 15))).toBe('ngày 15 tháng 02 năm 2026');
    expect(formatNd30Date(calendarDate(2026, 12, 31))).toBe('ngày 31 tháng 12 năm 2026');
  });
  it('the short form follows the same rule for the day and the month', () => {
    expect(formatShortDate(calendarDate(2026, 9, 30))).toBe('30/9/2026');
    expect(formatShortDate(calendarDate(2026, 6, 5))).toBe('05/6/2026');
    expect(formatShortDate(calendarDate(2026, 2, 15))).toBe('15/02/2026');
  });

  it('puts the place before the date', () => {
    expect(formatPlaceDate('An Lão', calendarDate(2026, 4, 5))).toBe('An Lão, ngày 05 tháng 4 năm 2026');
    expect(formatPlaceDate('  Xã Nguyễn Bình  Khiêm ', calendarDate(2026, 3, 4)))
      .toBe('Xã Nguyễn Bình Khiêm, ngày 04 tháng 3 năm 2026');
    expect(formatPlaceDate('An Lão'.normalize('NFD'), calendarDate(2026, 4, 5))).toBe('An Lão, ngày 05 tháng 4 năm 2026');
    expect(formatPlaceDate('', calendarDate(2026, 4, 5))).toBe('ngày 05 tháng 4 năm 2026');
  });
});

describe('report periods', () => {
  it('spans quarters, the first half and the year, both ends inclusive', () => {
    expect(periodRange(q(2026, 3))).toEqual({ start: calendarDate(2026, 7, 1), end: calendarDate(2026, 9, 30) });
    expect(periodRange(q(2026, 1))).toEqual({ start: calendarDate(2026, 1, 1), end: calendarDate(2026, 3, 31) });
    expect(periodRange({ kind: 'half', year: 2026 })).toEqual({ start: calendarDate(2026, 1, 1), end: calendarDate(2026, 6, 30) });
    expect(periodRange({ kind: 'year', year: 2026 })).toEqual({ start: calendarDate(2026, 1, 1), end: calendarDate(2026, 12, 31) });
  });

  it('names periods as report titles do', () => {
    expect(periodLabel(q(2026, 3))).toBe('quý III năm 2026');
    expect(periodLabel(q(2026, 1))).toBe('quý I năm 2026');
    expect(periodLabel({ kind: 'half', year: 2026 })).toBe('6 tháng đầu năm 2026');
    expect(periodLabel({ kind: 'year', year: 2026 })).toBe('năm 2026');
  });

  it('has ASCII slugs that read back', () => {
    expect(periodSlug(q(2026, 3))).toBe('quy-3-2026');
    expect(periodSlug({ kind: 'half', year: 2026 })).toBe('6-thang-2026');
    expect(periodSlug({ kind: 'year', year: 2026 })).toBe('nam-2026');
    for (const p of [q(2026, 1), q(2026, 4), { kind: 'half', year: 2027 } as const, { kind: 'year', year: 2025 } as const]) {
      expect(parsePeriodSlug(periodSlug(p))).toEqual({ ok: true, value: p });
      expect(parsePeriodSlug(periodLabel(p))).toEqual({ ok: true, value: p });
    }
  });

  it('reads slugs and labels as people type them', () => {
    expect(parsePeriodSlug('QUY-III-2026')).toEqual({ ok: true, value: q(2026, 3) });
    expect(parsePeriodSlug('Quý II năm 2026'.normalize('NFD'))).toEqual({ ok: true, value: q(2026, 2) });
    expect(parsePeriodSlug('quí 4 2026')).toEqual({ ok: true, value: q(2026, 4) });
    expect(parsePeriodSlug('6 tháng 2026')).toEqual({ ok: true, value: { kind: 'half', year: 2026 } });
    expect(parsePeriodSlug('Năm 2026')).toEqual({ ok: true, value: { kind: 'year', year: 2026 } });
  });

  it('rejects what is not a period, in Vietnamese', () => {
    for (const bad of ['quy-5-2026', 'quy-0-2026', 'quy-v-2026', 'quy-3', '2026', '', 'nam-26', 'nam-0001', 'hoc-ky-1-2026']) {
      const r = parsePeriodSlug(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error).toContain('không hiểu kỳ báo cáo');
    }
  });

  it('finds the last finished quarter', () => {
    expect(lastFinishedQuarter(calendarDate(2026, 11, 15))).toEqual(q(2026, 3));
    expect(lastFinishedQuarter(calendarDate(2027, 1, 5))).toEqual(q(2026, 4));
    expect(lastFinishedQuarter(calendarDate(2026, 3, 31))).toEqual(q(2025, 4));
    expect(lastFinishedQuarter(calendarDate(2026, 4, 1))).toEqual(q(2026, 1));
    expect(lastFinishedQuarter(calendarDate(2026, 12, 31))).toEqual(q(2026, 3));
  });

  it('steps to the following period of the same kind', () => {
    expect(nextPeriod(q(2026, 3))).toEqual(q(2026, 4));
    expect(nextPeriod(q(2026, 4))).toEqual(q(2027, 1));
    expect(nextPeriod({ kind: 'half', year: 2026 })).toEqual({ kind: 'half', year: 2027 });
    expect(nextPeriod({ kind: 'year', year: 2026 })).toEqual({ kind: 'year', year: 2027 });
  });
});

describe('month periods (Báo cáo tháng)', () => {
  const m = (year: number, month: number): ReportPeriod => ({ kind: 'month', year, month } as ReportPeriod);

  it('spans the calendar month, February and 31-day months included', () => {
    expect(periodRange(m(2026, 11))).toEqual({ start: calendarDate(2026, 11, 1), end: calendarDate(2026, 11, 30) });
    expect(periodRange(m(2026, 2))).toEqual({ start: calendarDate(2026, 2, 1), end: calendarDate(2026, 2, 28) });
    expect(periodRange(m(2028, 2)).end).toEqual(calendarDate(2028, 2, 29));
    expect(periodRange(m(2026, 12)).end).toEqual(calendarDate(2026, 12, 31));
  });

  it('is named «tháng 11 năm 2026» and slugged thang-11-2026', () => {
    expect(periodLabel(m(2026, 11))).toBe('tháng 11 năm 2026');
    expect(periodLabel(m(2026, 1))).toBe('tháng 1 năm 2026');
    expect(periodSlug(m(2026, 11))).toBe('thang-11-2026');
    expect(periodSlug(m(2026, 3))).toBe('thang-3-2026');
  });

  it('reads the slug, the label and the ways people write a month', () => {
    for (const text of ['thang-11-2026', 'Tháng 11 năm 2026', 'tháng 11/2026', 'THANG 11 2026', 'Tháng 11 - 2026', 'thang-11-nam-2026']) {
      expect(parsePeriodSlug(text), text).toEqual({ ok: true, value: m(2026, 11) });
    }
    expect(parsePeriodSlug('tháng 03/2026')).toEqual({ ok: true, value: m(2026, 3) });
    for (let month = 1; month <= 12; month++) expect(parsePeriodSlug(periodSlug(m(2026, month)))).toEqual({ ok: true, value: m(2026, month) });
  });

  it('rejects a month that does not exist or has no year', () => {
    for (const bad of ['thang-13-2026', 'thang-0-2026', 'thang-11', 'thang-2026', 'thang-11-26']) {
      const r = parsePeriodSlug(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error).toContain('thang-11-2026');
    }
  });

  it('steps to the next month, December to January of the next year', () => {
    expect(nextPeriod(m(2026, 11))).toEqual(m(2026, 12));
    expect(nextPeriod(m(2026, 12))).toEqual(m(2027, 1));
  });
});
