import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, isValidCalendarDate } from '../../src/core/date';
import { parseSchedule } from '../../src/core/schedule';
import { parseStatus } from '../../src/core/status';

/** A timing as a person might type it, with the calendar year its occurrences must fall in (undefined: the plan year). */
interface Timing {
  readonly text: string;
  readonly year?: number;
}

const quarterToken = fc.constantFrom('I', 'II', 'III', 'IV', 'i', 'iv', '1', '2', '3', '4', 'V', '5', 'IIII');
const quarterWord = fc.constantFrom('Quý', 'Quí', 'quý', 'QUÝ', 'quy');
const joiner = fc.constantFrom(', ', ',', '-', ' - ', ' – ', ' và ', ' đến ');
const namedYear = fc.integer({ min: 1990, max: 2100 });
const yearSuffix = fc.option(
  fc.tuple(fc.constantFrom('/', ' năm ', ' '), namedYear).map(([sep, year]) => ({ sep, year })),
  { nil: undefined },
);

function withYear(text: string, suffix: { sep: string; year: number } | undefined): Timing {
  return suffix ? { text: `${text}${suffix.sep}${suffix.year}`, year: suffix.year } : { text };
}

const quarters: fc.Arbitrary<Timing> = fc
  .tuple(quarterWord, fc.array(quarterToken, { minLength: 1, maxLength: 3 }), joiner, yearSuffix)
  .map(([word, tokens, join, suffix]) => withYear(`${word} ${tokens.join(join)}`, suffix));

const months: fc.Arbitrary<Timing> = fc
  .tuple(fc.constantFrom('Tháng', 'tháng', 'THÁNG'), fc.array(fc.integer({ min: 0, max: 13 }), { minLength: 1, maxLength: 3 }), joiner, yearSuffix)
  .map(([word, numbers, join, suffix]) => withYear(`${word} ${numbers.join(join)}`, suffix));

const wholeOrHalf: fc.Arbitrary<Timing> = fc
  .tuple(fc.constantFrom('6 tháng đầu năm', '6 tháng cuối năm', 'Cả năm', 'Hàng năm', 'Hằng năm'), fc.option(namedYear, { nil: undefined }))
  .map(([text, year]) => (year === undefined ? { text } : { text: `${text} ${year}`, year }));

const recurring: fc.Arbitrary<Timing> = fc
  .tuple(fc.constantFrom('Hàng quý', 'Hằng quý', 'hàng tháng', 'hằng tháng', 'Mỗi quý'), yearSuffix)
  .map(([text, suffix]) => withYear(text, suffix && { ...suffix, sep: ' năm ' }));

const dayOfEveryMonth: fc.Arbitrary<Timing> = fc
  .integer({ min: 0, max: 33 })
  .map((day) => ({ text: `trước ngày ${day} hàng tháng` }));

const fixedDay: fc.Arbitrary<Timing> = fc
  .tuple(
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 13 }),
    fc.option(namedYear, { nil: undefined }),
    fc.constantFrom('', 'trước ngày ', 'Trước ngày ', 'trước ', 'hạn '),
    fc.constantFrom('', ' hằng năm'),
  )
  .map(([day, month, year, prefix, every]) =>
    year === undefined ? { text: `${prefix}${day}/${month}${every}` } : { text: `${prefix}${day}/${month}/${year}${every}`, year });

const isoDay: fc.Arbitrary<Timing> = fc
  .tuple(namedYear, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => ({ text: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, year: y }));

/** Case, spacing, a trailing period, <b> tags and NFD, as conversions and people leave them. */
function decorated(timing: fc.Arbitrary<Timing>): fc.Arbitrary<Timing> {
  return fc
    .tuple(timing, fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.constantFrom(' ', '  ', '\u00a0'))
    .map(([t, upper, period, bold, nfd, space]) => {
      let text = t.text.replace(/ /g, space);
      if (upper) text = text.toUpperCase();
      if (period) text = `${text}.`;
      if (bold) text = `<b>${text}</b>`;
      if (nfd) text = text.normalize('NFD');
      return { ...t, text };
    });
}

const timings = decorated(fc.oneof(quarters, months, wholeOrHalf, recurring, dayOfEveryMonth, fixedDay, isoDay));
const planYear = fc.integer({ min: 2000, max: 2099 });

const vietnameseish = fc.string({
  unit: fc.constantFrom(...'QuýíthángĂăÂâĐđÊêÔôƠơƯưáàảãạếềểễệ0123456789IVX /-,.–<>b'.split('')),
  maxLength: 24,
});
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), vietnameseish, timings.map((t) => t.text));

describe('parseSchedule properties', () => {
  it('never throws, whatever the cell holds', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (cell, year) => {
      parseSchedule(cell as string, year as number);
      parseSchedule(cell as string, 2026);
    }));
    fc.assert(fc.property(anyText, planYear, (text, year) => {
      parseSchedule(text, year);
    }));
  });

  it('gives the same result for NFC and NFD spellings', () => {
    fc.assert(fc.property(anyText, planYear, (text, year) => {
      expect(parseSchedule(text.normalize('NFD'), year)).toEqual(parseSchedule(text.normalize('NFC'), year));
    }));
  });

  it('puts every occurrence on a real day of the stated year', () => {
    fc.assert(fc.property(timings, planYear, (timing, year) => {
      const r = parseSchedule(timing.text, year);
      if (!r.ok || r.value.kind === 'ongoing') return;
      expect(r.value.occurrences.length).toBeGreaterThan(0);
      for (const { due, label } of r.value.occurrences) {
        expect(isValidCalendarDate(due.year, due.month, due.day)).toBe(true);
        expect(due.year).toBe(timing.year ?? year);
        expect(label.length).toBeGreaterThan(0);
      }
    }));
  });

  it('reads the well-formed timings it generates', () => {
    const wellFormed = decorated(fc.oneof(recurring, wholeOrHalf));
    fc.assert(fc.property(wellFormed, planYear, (timing, year) => {
      expect(parseSchedule(timing.text, year).ok).toBe(true);
    }));
  });

  it('orders a recurring schedule strictly by due date, with distinct labels', () => {
    fc.assert(fc.property(timings, planYear, (timing, year) => {
      const r = parseSchedule(timing.text, year);
      if (!r.ok || r.value.kind === 'ongoing' || !r.value.recurring) return;
      const { occurrences } = r.value;
      for (let i = 1; i < occurrences.length; i++) {
        expect(compareDates(occurrences[i - 1]!.due, occurrences[i]!.due)).toBeLessThan(0);
      }
      expect(new Set(occurrences.map((o) => o.label)).size).toBe(occurrences.length);
    }));
  });
});

describe('parseStatus properties', () => {
  it('never throws, whatever the cell holds', () => {
    fc.assert(fc.property(fc.anything(), (value) => {
      parseStatus(value);
    }));
    fc.assert(fc.property(anyText, (text) => {
      parseStatus(text);
    }));
  });

  it('gives the same result for NFC and NFD spellings', () => {
    const statusText = fc.oneof(
      anyText,
      fc.constantFrom('Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng', 'đã hoàn thành', 'Tạm dừng.'),
    );
    fc.assert(fc.property(statusText, (text) => {
      expect(parseStatus(text.normalize('NFD'))).toEqual(parseStatus(text.normalize('NFC')));
    }));
  });
});
