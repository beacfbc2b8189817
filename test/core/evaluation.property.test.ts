import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import { evaluatePlan } from '../../src/core/evaluation';
import type { Group, Indicator, Plan } from '../../src/core/plan';
import { SAMPLE_SETTINGS } from '../../src/sample/anLao2026';

/** Targets of every kind a plan writes, the issue 9 forms included, and some noise. */
const targetText = fc.oneof(
  fc.constantFrom(
    '100%', '≥95%', '> 80%', '≤ 5%', 'Mức 2 trở lên', 'tối thiểu 02 đợt/năm', 'không quá 2 sự cố', 'từ 90% đến 95%', 'Có',
    'Hoàn thành', 'Ban hành quy chế', 'Không để xảy ra sự cố', 'tối thiểu 01 lần/quý', '02 lần/tháng', 'tối thiểu theo tháng',
    '01 lần/học kỳ', 'hằng tuần', 'Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề', 'mỗi lớp có 01 lớp học ảo',
    '02 đợt/năm (đầu năm và giữa năm)', '95', 'giảm 5% so với năm học trước', 'tăng 10% so với năm 2025',
    '100% giáo viên đạt chuẩn đến năm 2030', '≥ 80% (giai đoạn 2026-2030)', '> 100%', '≥ 0%', 'hoàn thành 100%', 'khoảng 9x',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

/** Results as staff type them, of every shape, and noise. */
const resultCell = fc.oneof(
  fc.constantFrom('', 'Có', 'Chưa', 'Đạt', 'Đã ban hành', 'x', '6/8', '8/8 tổ', '0/3', 'Mức 3', '2 đợt', '95,5 %', '120%', 'Không'),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 500 }),
  fc.boolean(),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

const group = fc.constantFrom<Group>({ numeral: 'I', name: 'Một' }, { numeral: 'II', name: 'Hai' }, { numeral: '', name: '' });

const indicator: fc.Arbitrary<Indicator> = fc.record({
  id: fc.nat(99).map(String),
  group,
  name: fc.constant('Chỉ tiêu'),
  unit: fc.constantFrom('', '%', 'lần', 'Tỷ lệ %', 'tổ'),
  targetText,
  quarterResults: fc.tuple(resultCell, resultCell, resultCell, resultCell),
  owner: fc.constant(''),
  evidence: fc.constant(''),
  note: fc.constant(''),
  baseline: fc.oneof(fc.constant(undefined), fc.constant(''), fc.double({ min: -10, max: 1e6 }), fc.constantFrom('40', '60%', 'nhiều')),
});

describe('evaluatePlan on any generated plan', () => {
  it('never throws, and no group or overall mean is above 100% (or below 0)', () => {
    fc.assert(
      fc.property(fc.array(indicator, { maxLength: 12 }), fc.integer({ min: 1, max: 365 }), (indicators, day) => {
        const plan: Plan = { settings: SAMPLE_SETTINGS, indicators, tasks: [], progress: [], assignments: [] };
        const asOf = calendarDate(2026, Math.min(12, Math.ceil(day / 30.5)), 1);
        const ev = evaluatePlan(plan, asOf);
        for (const s of [ev.overall, ...ev.groups]) {
          if (s.meanRatio !== undefined) {
            expect(s.meanRatio).toBeLessThanOrEqual(1);
            expect(s.meanRatio).toBeGreaterThanOrEqual(0);
          }
          expect(s.met).toBeLessThanOrEqual(s.assessed);
          expect(s.assessed + s.longTerm).toBeLessThanOrEqual(s.total);
        }
      }),
      { numRuns: 300 },
    );
  });
});
