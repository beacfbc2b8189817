import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, attainment } from '../../src/core/evaluate';
import { describeTarget, parseTarget, type Target } from '../../src/core/target';
import { parseResultValue } from '../../src/core/value';

const RUNS = { numRuns: 500 };

const SEED_TARGETS = [
  '100%', '≥95%', '≥ 95 %', '>=95%', '> 80%', '95%', 'Tối thiểu 90%', 'ít nhất 01', 'tối thiểu 02 đợt/năm',
  'tối thiểu 01 chuyên đề/năm', 'tối thiểu 01 lần/quý', 'Mức 2 trở lên', 'từ mức 2 trở lên', 'đạt 100%', 'Phấn đấu 100%',
  '≤ 5%', 'không quá 2 sự cố', 'từ 90% đến 95%', 'Có', '$\\geq 80\\%$', '$> 100\\%$', 'ít nhất 01 hoạt động/sự kiện',
  'dưới 5%', 'trên 80%', 'ít nhất 0', '≥ 0%', '< 0%', 'từ 95% đến 90%',
  // issue 9 forms
  'Hoàn thành', 'Đạt', 'Ban hành quy chế', 'Được duy trì định kỳ', 'Kết nối thời gian thực', 'Triển khai đồng bộ',
  'Không để xảy ra sự cố mất an toàn thông tin', 'hoàn thành 100%', '100% hoàn thành', 'tối thiểu 01 lần/quý', '02 lần/tháng',
  'tối thiểu theo tháng', '01 lần/học kỳ', 'hằng tháng', 'Định kỳ hằng quý', 'quý/lần', 'Thường niên', 'mỗi học kỳ 01 lần',
  'toi thieu 01 lan/quy', '≥95 %', 'tối thiểu: 02 lần/ quý', 'Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề/năm',
  'mỗi lớp có 01 lớp học ảo', 'Từng giáo viên có tài khoản LMS', '02 đợt/năm (đầu năm và giữa năm)', '100% (trừ hồ sơ mật)',
  'giảm 5% so với năm học trước', 'tăng 10% so với năm 2025', 'tăng 10 điểm phần trăm so với năm học trước', 'giảm xuống còn 5%',
  '100% giáo viên đạt chuẩn đến năm 2030', '≥ 80% (giai đoạn 2026-2030)', 'Hoàn thiện hệ sinh thái số, giai đoạn 2026 – 2030',
];

/** Target-like text: known forms, Vietnamese words with numbers and operators, and arbitrary graphemes. */
const targetText = fc.oneof(
  fc.constantFrom(...SEED_TARGETS),
  fc.tuple(
    fc.constantFrom('', '≥', '>', '≤', '<', '>=', '=<', 'Tối thiểu ', 'ít nhất ', 'không quá ', 'trên ', 'dưới ', 'từ ', 'Mức ', 'đạt ', '$\\geq '),
    fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => String(n).replace('.', ',')),
    fc.constantFrom('', '%', ' %', '\\%$', ' đợt/năm', ' lần/quý', ' sự cố', ' trở lên', '% trở xuống', ' đến 95%', ' – 3 đợt',
      ' lần/ học kỳ', '% (ghi chú)', ' đến năm 2030', '% so với năm học trước', ' lần/tháng (trừ tháng 7)'),
  ).map((parts) => parts.join('')),
  fc.tuple(
    fc.constantFrom('Mỗi ', 'mỗi ', 'Từng ', 'tăng ', 'giảm ', 'hằng ', 'theo ', 'Hoàn thành ', 'Không ', 'Ban hành '),
    fc.constantFrom('tổ', 'lớp', 'quý', 'tháng', 'học kỳ', 'quy chế', '5%', '10 điểm phần trăm', 'giáo viên có'),
    fc.constantFrom('', ' 01 chuyên đề', ' so với năm 2025', ' (ghi chú)', ', giai đoạn 2026-2030', ' đồng bộ'),
  ).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme' }),
);

/** Result-like text: numbers as typed, yes/no words, units, and arbitrary graphemes. */
const resultText = fc.oneof(
  fc.constantFrom('Có', 'Chưa', 'Đã', 'Rồi', 'Hoàn thành', 'Không', 'x', 'Mức 3', '2 đợt', '95,5 %', '1.000', '0.95', 'Đạt'),
  fc.double({ noNaN: true }).map((n) => String(n)),
  fc.tuple(fc.nat(200), fc.constantFrom('', '%', ' %', ',5%', ' đợt', '.000')).map(([n, tail]) => `${n}${tail}`),
  fc.string({ unit: 'grapheme' }),
);

const targetOrArbitrary = fc.oneof(targetText, fc.string({ unit: 'grapheme' }));

describe('never throws', () => {
  it('parseTarget, parseResultValue and assess on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        parseTarget(a);
        assess(a, b);
        const target = parseTarget(b);
        if (target.ok) parseResultValue(a, target.value);
      }),
      RUNS,
    );
  });

  it('parseResultValue and assess on any cell value (numbers, NaN, dates, booleans, nested arrays, objects)', () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withMap: true, withSet: true, withNullPrototype: true, withBigInt: true }), targetText, (raw, text) => {
        const target = parseTarget(text);
        if (target.ok) parseResultValue(raw, target.value);
        assess(raw, text);
      }),
      RUNS,
    );
  });
});

describe('Unicode spelling does not matter', () => {
  it('NFC and NFD target text parse the same', () => {
    fc.assert(
      fc.property(targetOrArbitrary, (text) => {
        expect(parseTarget(text.normalize('NFD'))).toEqual(parseTarget(text.normalize('NFC')));
      }),
      RUNS,
    );
  });

  it('NFC and NFD result text read and assess the same', () => {
    fc.assert(
      fc.property(resultText, targetText, (raw, text) => {
        expect(assess(raw.normalize('NFD'), text.normalize('NFD'))).toEqual(assess(raw.normalize('NFC'), text.normalize('NFC')));
        const target = parseTarget(text);
        if (target.ok) expect(parseResultValue(raw.normalize('NFD'), target.value)).toEqual(parseResultValue(raw.normalize('NFC'), target.value));
      }),
      RUNS,
    );
  });
});

const unit = fc.constantFrom('percent' as const, 'count' as const, 'level' as const);
const anyNumber = fc.double();
const anyTarget: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ kind: fc.constantFrom('atLeast' as const, 'atMost' as const), value: anyNumber, unit, strict: fc.boolean() }),
  fc.record({ kind: fc.constant('range' as const), min: anyNumber, max: anyNumber, unit }),
  fc.constant({ kind: 'yesNo' as const }),
);

describe('ratios are finite', () => {
  it('for any number or boolean against any target, NaN and infinities included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.boolean()), anyTarget, (result, target) => {
        expect(Number.isFinite(attainment(result, target).ratio)).toBe(true);
      }),
      RUNS,
    );
  });

  it('for whatever assess accepts', () => {
    fc.assert(
      fc.property(fc.oneof(resultText, fc.double(), fc.boolean()), targetText, (raw, text) => {
        const assessed = assess(raw, text);
        if (assessed.ok && assessed.value) expect(Number.isFinite(assessed.value.ratio)).toBe(true);
      }),
      RUNS,
    );
  });
});

/** Targets as a plan would state them: whole counts and levels, percentages to a tenth. */
const tidyTarget: fc.Arbitrary<Target> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('atLeast' as const, 'atMost' as const),
    value: fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10 / 100),
    unit: fc.constant('percent' as const),
    strict: fc.boolean(),
  }),
  fc.record(
    {
      kind: fc.constantFrom('atLeast' as const, 'atMost' as const),
      value: fc.integer({ min: 0, max: 100_000 }),
      unit: fc.constant('count' as const),
      strict: fc.boolean(),
      unitLabel: fc.constantFrom('đợt', 'lần', 'chuyên đề', 'hoạt động/sự kiện', 'sự cố'),
      per: fc.constantFrom('năm', 'quý', 'tháng'),
    },
    { requiredKeys: ['kind', 'value', 'unit', 'strict'] },
  ),
  fc.record({ kind: fc.constantFrom('atLeast' as const, 'atMost' as const), value: fc.integer({ min: 1, max: 5 }), unit: fc.constant('level' as const), strict: fc.boolean() }),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([a, b]): Target => ({ kind: 'range', min: a / 100, max: b / 100, unit: 'percent' })),
  fc.constant<Target>({ kind: 'yesNo' }),
);

describe('display', () => {
  it('describeTarget reads back as the same target', () => {
    fc.assert(
      fc.property(tidyTarget, (target) => {
        expect(parseTarget(describeTarget(target))).toEqual({ ok: true, value: target });
      }),
      RUNS,
    );
  });
});

describe('issue 9: context and the new forms', () => {
  const context = fc.record({
    unit: fc.oneof(fc.constantFrom('', '%', 'Tỷ lệ %', 'tổ', 'lần'), fc.string({ unit: 'grapheme', maxLength: 6 })),
    baseline: fc.oneof(fc.constant(undefined), fc.double(), fc.constantFrom('40', '60%', '1.000 tờ', 'nhiều', ''), fc.string({ unit: 'grapheme', maxLength: 6 })),
  });

  it('parseTarget with any Đơn vị tính and baseline never throws, and NFC equals NFD', () => {
    fc.assert(
      fc.property(targetOrArbitrary, context, (text, ctx) => {
        const nfc = parseTarget(text.normalize('NFC'), { unit: ctx.unit.normalize('NFC'), baseline: ctx.baseline });
        const nfd = parseTarget(text.normalize('NFD'), { unit: ctx.unit.normalize('NFD'), baseline: typeof ctx.baseline === 'string' ? ctx.baseline.normalize('NFD') : ctx.baseline });
        expect(nfd).toEqual(nfc);
        if (nfc.ok) {
          for (const raw of ['6/8', 'Có', '3', '95%']) {
            const r = parseResultValue(raw, nfc.value);
            if (r.ok && r.value !== null) expect(Number.isFinite(attainment(r.value, nfc.value, { year: 2026, quarter: 3 }).ratio)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('a target with a digit never reads as a yes/no outcome', () => {
    fc.assert(
      fc.property(targetOrArbitrary, (text) => {
        const parsed = parseTarget(text);
        if (parsed.ok && parsed.value.kind === 'yesNo' && parsed.value.label !== undefined && parsed.value.horizon === undefined) {
          expect(/\d/.test(parsed.value.label.normalize('NFKC'))).toBe(false);
        }
      }),
      RUNS,
    );
  });
});
