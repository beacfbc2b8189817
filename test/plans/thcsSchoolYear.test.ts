/**
 * Issue 9 on a whole THCS plan written in school-year terms (fixture: thcsSchoolYear.ts), through
 * readWorkbook → evaluatePlan → Kiểm tra dữ liệu, the report, the summary and the dashboard.
 * Expected dates and figures are computed by hand from the issue's rules: the Bộ's default school
 * year (khai giảng 05/9, học kỳ I ends 18/01, the school year 31/5), outcome targets 1/0, a bare
 * «90» in a «%» row is 90%, averages capped at 100% per indicator.
 */
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import {
  duesOf, indicatorRowOf, NEVER_SHOWN, occurrencesOf, Q3_2026, readingProblems, report, round4, run, truthfulRollUps, YEAR_2026,
} from './pipeline';
import { thcsTabs } from './thcsSchoolYear';

const SEP30 = calendarDate(2026, 9, 30);
const DEC31 = calendarDate(2026, 12, 31);

/**
 * A bare «Học kỳ I» / «Cuối năm học» in a calendar-year plan resolves by the README's rule: a term
 * is the one lying mostly in the plan year (học kỳ I 2026-2027), the end of the school year is that
 * of the school year ending in the plan year (2025-2026).
 */
const BARE_TERM_I = ['18/01/2027'];
const BARE_YEAR_END = ['31/05/2026'];

/** The same plan with two more tasks timed by a bare school-year phrase. */
function withBareSchoolYearTasks() {
  const tabs = thcsTabs();
  const tasks = tabs.get('Nhiệm vụ')!;
  tabs.set('Nhiệm vụ', [
    ...tasks,
    [17, 'Kiểm tra hồ sơ chuyên môn điện tử của giáo viên', 'Biên bản kiểm tra', 'Ban Giám hiệu', 'Tổ Toán - Tin', 'Học kỳ I'],
    [18, 'Rà soát, cập nhật dữ liệu học sinh lên CSDL ngành', 'Dữ liệu cập nhật', 'Văn phòng', 'Giáo viên chủ nhiệm', 'Cuối năm học'],
  ]);
  return tabs;
}

describe('a THCS plan in school-year terms (Học kỳ, năm học, khi có yêu cầu, outcome targets)', () => {
  const tabs = thcsTabs();
  const sep = run(tabs, SEP30);

  it('reads every target, result and timing as the school wrote them: Kiểm tra dữ liệu finds nothing to fix', () => {
    expect(readingProblems(sep.problems)).toEqual([]);
    expect(sep.ev.taskProblems.map((p) => `${p.task.id}: ${p.error}`)).toEqual([]);
    expect(sep.ev.indicators.filter((i) => i.state === 'invalid').map((i) => `${i.indicator.id}: ${i.error}`)).toEqual([]);
    expect(sep.ev.occurrences.flatMap((o) => o.errors)).toEqual([]);
    expect(sep.read.plan.indicators).toHaveLength(13);
    expect(sep.read.plan.tasks).toHaveLength(16);
  });

  it('puts school-year timings on the Bộ\'s default dates (khai giảng 05/9, học kỳ I 18/01, năm học 31/5)', () => {
    expect(duesOf(sep.ev, '1')).toEqual(['30/09/2026']); // Đầu năm học 2026-2027: the end of the month of khai giảng
    expect(duesOf(sep.ev, '2')).toEqual(['30/09/2026']); // Thời gian: tháng 9/2026
    expect(duesOf(sep.ev, '3')).toEqual(['18/01/2026']); // Học kỳ I năm học 2025-2026
    expect(duesOf(sep.ev, '4')).toEqual(['31/05/2026']); // Cuối năm học 2025-2026
    expect(duesOf(sep.ev, '7')).toEqual(['31/05/2026']); // Học kỳ II năm học 2025-2026
    expect(duesOf(sep.ev, '9')).toEqual(['31/05/2026']); // Năm học 2025-2026
    expect(duesOf(sep.ev, '10')).toEqual(['31/05/2026']); // Trước khi khóa năm học 2025-2026
    expect(duesOf(sep.ev, '11')).toEqual(['18/01/2027']); // Trước khi khóa học kỳ I năm học 2026-2027
    expect(duesOf(sep.ev, '12')).toEqual(['18/01/2027']); // Cuối học kỳ I năm học 2026-2027
    expect(duesOf(sep.ev, '15')).toEqual(['31/12/2026']); // Quý IV
    expect(duesOf(sep.ev, '16')).toEqual(['31/08/2026']); // Tháng 8/2026
  });

  it('«Mỗi học kỳ» recurs at the end of each term lying mostly in the plan year (README rule)', () => {
    // Học kỳ II 2025-2026 (19/01–31/05/2026) and học kỳ I 2026-2027 (05/09/2026–18/01/2027).
    expect(duesOf(sep.ev, '8')).toEqual(['31/05/2026', '18/01/2027']);
  });

  it('a bare «Học kỳ I» and «Cuối năm học» give one occurrence on a school-year date, shown as the task\'s due date', () => {
    const bare = run(withBareSchoolYearTasks(), SEP30);
    expect(readingProblems(bare.problems)).toEqual([]);
    const [termI] = duesOf(bare.ev, '17');
    const [yearEnd] = duesOf(bare.ev, '18');
    expect(duesOf(bare.ev, '17')).toHaveLength(1);
    expect(duesOf(bare.ev, '18')).toHaveLength(1);
    expect(BARE_TERM_I).toContain(termI);
    expect(BARE_YEAR_END).toContain(yearEnd);
    // Overdue exactly when the date chosen is past.
    for (const id of ['17', '18']) {
      const [o] = occurrencesOf(bare.ev, id);
      expect(o!.overdueDays > 0).toBe(o!.due!.year === 2026);
    }
  });

  it('«khi có yêu cầu», «Theo yêu cầu», «đột xuất» and «Thường xuyên» have no due date and are never overdue', () => {
    const dec = run(tabs, DEC31);
    for (const id of ['5', '6', '13', '14']) {
      expect(duesOf(dec.ev, id), `NV ${id}`).toEqual(['—', '—', '—', '—']);
      expect(occurrencesOf(dec.ev, id).map((o) => o.overdueDays)).toEqual([0, 0, 0, 0]);
      expect(dec.summary).not.toMatch(new RegExp(`- NV ${id} \\(`));
    }
  });

  it('finds overdue only what is past its date and not done, on 30/09 and on 31/12', () => {
    const overdue = (asOf: typeof SEP30) => run(tabs, asOf).ev.overdue.map((o) => `${o.task.id} ${o.due!.day}/${o.due!.month} ${o.overdueDays}`);
    // 31/05 → 30/09: 30 + 31 + 31 + 30 = 122 days; task 2 is due on 30/09 itself (not overdue).
    expect(overdue(SEP30)).toEqual(['8 31/5 122']);
    // 31/05 → 31/12: 214 days; 30/09 → 31/12: 92 days; Quý IV (31/12) is due that day; 18/01/2027 is not due yet.
    expect(overdue(DEC31)).toEqual(['8 31/5 214', '2 30/9 92']);
  });

  it('reads completion dates typed with a two-digit year and tells on-time from late', () => {
    const [tongKet] = occurrencesOf(sep.ev, '4');
    expect(tongKet).toMatchObject({ completedOn: { year: 2026, month: 5, day: 28 }, timeliness: 'Đúng hạn', errors: [] });
    const [hocBa] = occurrencesOf(sep.ev, '7');
    expect(hocBa).toMatchObject({ completedOn: { year: 2026, month: 6, day: 2 }, timeliness: 'Trễ hạn' });
  });

  it('assesses outcome targets as yes/no and a bare «90» in a «%» row as 90% (report of quý III)', () => {
    const model = report(tabs, Q3_2026);
    const shown = (id: string) => {
      const row = indicatorRowOf(model, id);
      return `${row.verdict} ${row.ratio}`;
    };
    expect(shown('1')).toBe('Đạt 100%');
    expect(shown('2')).toBe('Đạt 100%'); // Ban hành quy chế ← «Đã ban hành» (quý II)
    expect(shown('3')).toBe('Chưa đạt 0%'); // Hoàn thành ← «Chưa»
    expect(shown('4')).toBe('Đạt 100%'); // Kết nối thời gian thực ← «Có»
    expect(shown('5')).toBe('Chưa đạt 97,9%'); // 0,93 ÷ 0,95
    expect(shown('6')).toBe('Đạt 102,2%'); // «92%» ÷ «90» (a % row)
    expect(shown('7')).toBe('Đạt 100%'); // hoàn thành 100% ← 100%
    expect(shown('8')).toBe('Đạt 100%'); // Triển khai đồng bộ ← «x»
    expect(shown('9')).toBe('Đạt 100%'); // Đạt ← «Đạt»
    expect(shown('10')).toBe('Chưa đạt 97,8%'); // 0,88 ÷ 0,90
    expect(shown('11')).toBe('Đạt 100%');
    expect(shown('12')).toBe('Chưa đạt 0%'); // Được duy trì định kỳ ← «Không»
    expect(shown('13')).toBe('Chưa có kết quả ');
  });

  it('averages each indicator capped at 100%, per group and for the plan, on 30/09 and 31/12', () => {
    const at = (asOf: typeof SEP30) => {
      const ev = run(tabs, asOf).ev;
      return [...ev.groups.map((g) => [g.group.numeral, g.met, g.total, round4(g.meanRatio)]), ['Toàn kế hoạch', ev.overall.met, ev.overall.total, round4(ev.overall.meanRatio)]];
    };
    // 30/09: I (1, 1, 0, 1); II (0,9789, 1 [102,2% capped], 1, 1, 1); III (0,9778, 1, 0; 13 pending).
    expect(at(SEP30)).toEqual([
      ['I', 3, 4, 0.75],
      ['II', 4, 5, round4((0.93 / 0.95 + 4) / 5)],
      ['III', 1, 4, round4((0.88 / 0.9 + 1) / 3)],
      ['Toàn kế hoạch', 8, 13, round4((3 + 0.93 / 0.95 + 4 + 0.88 / 0.9 + 1) / 12)],
    ]);
    // 31/12: 5 and 10 reach their targets (capped at 1); 3 and 12 stay «Chưa»/«Không».
    expect(at(DEC31)).toEqual([
      ['I', 3, 4, 0.75],
      ['II', 5, 5, 1],
      ['III', 2, 4, round4(2 / 3)],
      ['Toàn kế hoạch', 10, 13, round4(10 / 12)],
    ]);
    expect(sep.summary).toContain('II. Dạy học số: đạt 4/5 chỉ tiêu, tỷ lệ đạt trung bình 99,6%');
    expect(sep.summary).toContain('Toàn kế hoạch: đạt 8/13 chỉ tiêu, tỷ lệ đạt trung bình 83%; 1 chỉ tiêu chưa đánh giá được');
  });

  it('no group, plan or dashboard figure passes 100%, and no report says NaN, undefined or «Nhóm . :»', () => {
    for (const [asOf, period] of [[SEP30, Q3_2026], [DEC31, YEAR_2026]] as const) {
      const t = truthfulRollUps(tabs, asOf, period);
      expect(t.means.filter((m) => m > 1)).toEqual([]);
      expect(t.rollUpPercents.filter((p) => p > 100)).toEqual([]);
      for (const bad of NEVER_SHOWN) expect(t.shown).not.toMatch(bad);
    }
  });
});
