import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, isValidCalendarDate } from '../../src/core/date';
import { parseSchedule } from '../../src/core/schedule';
import { parseStatus } from '../../src/core/status';

/** A timing as a person might type it, with the calendar year its occurrences must fall in (undefined: the plan year). */
interface Timing {
  readonly text: string;
  readonly year?: number;
  /** A school-year phrase: due in the school year starting in this year (the plan year's neighbours when none is named). */
  readonly schoolYear?: number | 'around';
  /** An on-demand phrase: never a due date. */
  readonly ongoing?: boolean;
  /** Only the last occurrence is bound to `year` (a range may start the year before). */
  readonly lastYear?: boolean;
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

/** School-year phrases: due in the school years around the plan year, never in the plan year's stated year. */
const schoolYearName = fc.integer({ min: 1995, max: 2098 }).chain((y) =>
  fc.constantFrom(`${y}-${y + 1}`, `${y} - ${y + 1}`, `${y}–${String(y + 1).slice(2)}`, `${y}-${y + 2}`).map((name) => ({ name, start: y })));
const schoolYear: fc.Arbitrary<Timing> = fc
  .tuple(
    fc.constantFrom('Học kỳ I', 'HK II', 'học kì 2', 'HKI', 'Học kỳ III', 'Cuối năm học', 'Đầu năm học', 'Năm học', 'Mỗi học kỳ',
      'Trước khi khóa học kỳ II', 'trước khi khoá sổ năm học', 'Cuối học kỳ', 'Trước khai giảng', '01 lần/học kỳ', 'Học kỳ I và II'),
    fc.option(fc.tuple(fc.constantFrom(' năm học ', ' ', ' (', '/'), schoolYearName), { nil: undefined }),
  )
  .map(([text, named]) => (named ? { text: `${text}${named[0]}${named[1].name}`, schoolYear: named[1].start } : { text, schoolYear: 'around' as const }));

const frequencies: fc.Arbitrary<Timing> = fc
  .tuple(
    fc.constantFrom('', 'tối thiểu ', 'Ít nhất ', 'Định kỳ '),
    fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 13 }), fc.constantFrom(' lần/', ' lần / ', ' lần mỗi '), fc.constantFrom('quý', 'tháng', 'tuần', 'năm'))
        .map(([n, sep, unit]) => `${String(n).padStart(2, '0')}${sep}${unit}`),
      fc.tuple(fc.constantFrom('', '1 ', '01 ', '2 ', '3 ', '6 ', '5 '), fc.constantFrom('quý', 'tháng', 'tuần', 'năm'), fc.constantFrom('/lần', '/ lần'))
        .map(([n, unit, tail]) => `${n}${unit}${tail}`),
      fc.constantFrom('hằng tuần', 'hàng tuần', 'theo tháng', 'định kỳ hằng quý', 'thường niên'),
    ),
  )
  .map(([lead, text]) => ({ text: `${lead}${text}` }));

const onDemand: fc.Arbitrary<Timing> = fc
  .constantFrom('Khi có yêu cầu', 'theo yêu cầu', 'Đột xuất', 'Khi có văn bản chỉ đạo', 'Theo chỉ đạo của cấp trên', 'Định kỳ và đột xuất', 'Hằng ngày')
  .map((text) => ({ text, ongoing: true }));

const ranges: fc.Arbitrary<Timing> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 13 }), namedYear, fc.constantFrom(' đến ', ' - ', '-'))
    .map(([d1, m1, d2, m2, y, sep]) => ({ text: `Từ ${d1}/${m1}${sep}${d2}/${m2}/${y}`, year: y, lastYear: true })),
  fc.tuple(fc.integer({ min: 0, max: 13 }), namedYear, fc.integer({ min: 0, max: 13 }), namedYear, fc.constantFrom(' - ', ' đến tháng ', '–'))
    .map(([m1, y1, m2, y2, sep]) => ({ text: `Tháng ${m1}/${y1}${sep}${m2}/${y2}`, year: y2, lastYear: true })),
);

const horizons: fc.Arbitrary<Timing> = fc
  .tuple(fc.integer({ min: 1995, max: 2100 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom('Giai đoạn ', 'giai đoạn ', 'Đến năm ', 'đến hết năm '))
  .map(([first, span, word]) => (word.toLowerCase().startsWith('giai')
    ? { text: `${word}${first}-${first + span}`, year: first + span }
    : { text: `${word}${first + span}`, year: first + span }));

/** A timing with leading words or a bracketed remark, as plans write them. */
function dressed(timing: fc.Arbitrary<Timing>, tails: readonly string[] = ['', ' (dự kiến)', ' (tháng 1-3)']): fc.Arbitrary<Timing> {
  return fc
    .tuple(timing, fc.constantFrom('', 'Thời gian: ', 'Thực hiện: ', 'Báo cáo gửi '), fc.constantFrom(...tails))
    .map(([t, lead, tail]) => ({ ...t, text: `${lead}${t.text}${tail}` }));
}

const timings = decorated(fc.oneof(quarters, months, wholeOrHalf, recurring, dayOfEveryMonth, fixedDay, isoDay));
const newForms = decorated(dressed(fc.oneof(schoolYear, frequencies, onDemand, ranges, horizons, quarters, months)));
const planYear = fc.integer({ min: 2000, max: 2099 });

const vietnameseish = fc.string({
  unit: fc.constantFrom(...'QuýíthángĂăÂâĐđÊêÔôƠơƯưáàảãạếềểễệ0123456789IVX /-,.–<>b'.split('')),
  maxLength: 24,
});
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), vietnameseish, timings.map((t) => t.text), newForms.map((t) => t.text));

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

  it('new forms: real days, ordered occurrences with distinct labels, in the year they name', () => {
    fc.assert(fc.property(newForms, planYear, (timing, year) => {
      const r = parseSchedule(timing.text, year);
      if (!r.ok) {
        expect(r.error).toMatch(/^không hiểu thời gian '|^chưa nhập/);
        return;
      }
      if (timing.ongoing) expect(r.value.kind).toBe('ongoing');
      if (r.value.kind === 'ongoing') return;
      const { occurrences } = r.value;
      expect(occurrences.length).toBeGreaterThan(0);
      for (let i = 0; i < occurrences.length; i++) {
        const { due, label } = occurrences[i]!;
        expect(isValidCalendarDate(due.year, due.month, due.day)).toBe(true);
        expect(label.length).toBeGreaterThan(0);
        if (i > 0) expect(compareDates(occurrences[i - 1]!.due, due)).toBeLessThan(0);
        if (timing.schoolYear !== undefined) {
          const start = timing.schoolYear === 'around' ? year - 1 : timing.schoolYear;
          expect(due.year).toBeGreaterThanOrEqual(start);
          expect(due.year).toBeLessThanOrEqual(start + (timing.schoolYear === 'around' ? 2 : 1));
        } else if (timing.year !== undefined && (!timing.lastYear || i === occurrences.length - 1)) expect(due.year).toBe(timing.year);
        else if (timing.year === undefined) expect(due.year).toBe(year);
      }
      expect(new Set(occurrences.map((o) => o.label)).size).toBe(occurrences.length);
    }));
  });

  it('reads the on-demand and frequency forms it generates, whatever their decoration', () => {
    const wellFormed = decorated(dressed(fc.oneof(onDemand, fc.constantFrom<Timing>(
      { text: '02 lần/quý' }, { text: 'quý/lần' }, { text: 'hằng tuần' }, { text: 'Học kỳ I năm học 2025-2026' }, { text: 'giai đoạn 2026-2030' },
    )), ['', ' (dự kiến)']));
    fc.assert(fc.property(wellFormed, planYear, (timing, year) => {
      expect(parseSchedule(timing.text, year).ok).toBe(true);
    }));
  });

  it('gives the same answers whatever the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      fc.assert(fc.property(fc.oneof(newForms, timings), planYear, (timing, year) => {
        process.env.TZ = 'UTC';
        const utc = parseSchedule(timing.text, year);
        process.env.TZ = 'Asia/Ho_Chi_Minh';
        const hanoi = parseSchedule(timing.text, year);
        process.env.TZ = 'America/Los_Angeles';
        expect(parseSchedule(timing.text, year)).toEqual(utc);
        expect(hanoi).toEqual(utc);
      }));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
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
