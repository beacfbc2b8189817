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
];

/** Target-like text: known forms, Vietnamese words with numbers and operators, and arbitrary graphemes. */
const targetText = fc.oneof(
  fc.constantFrom(...SEED_TARGETS),
  fc.tuple(
    fc.constantFrom('', '≥', '>', '≤', '<', '>=', '=<', 'Tối thiểu ', 'ít nhất ', 'không quá ', 'trên ', 'dưới ', 'từ ', 'Mức ', 'đạt ', '$\\geq '),
    fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => String(n).replace('.', ',')),
    fc.constantFrom('', '%', ' %', '\\%$', ' đợt/năm', ' lần/quý', ' sự cố', ' trở lên', '% trở xuống', ' đến 95%', ' – 3 đợt'),
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
