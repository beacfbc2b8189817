/**
 * Issue 9 on a whole tiểu học plan with per-unit targets and letter/decimal groups (fixture:
 * tieuHocPerUnit.ts), through readWorkbook → evaluatePlan → Kiểm tra dữ liệu, Cập nhật, the report
 * and the summary. Hand-computed: «6/8» against «Mỗi tổ … tối thiểu 01 …» is 75%; «giảm 5% so
 * với năm học trước» with a baseline of 200 is at most 190; «tăng 10% so với năm 2025» with 50 is
 * at least 55; «02 đợt/năm (đầu năm và giữa năm)» with 1 is 50%, shown «1 đợt»; targets «đến năm
 * 2030» / «giai đoạn 2026-2030» are long-term in 2026. Two deliberate problems: a relative target
 * without its baseline (row 13) and a bare «8» reported against a per-unit target (row 18).
 */
import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../../src/core/date';
import {
  BASELINE_HEADER, duesOf, indicatorOf, indicatorRowOf, NEVER_SHOWN, occurrencesOf, Q3_2026, readingProblems, report, round4, run,
  shownAsLongTerm, truthfulRollUps, verdictColumn, YEAR_2026,
} from './pipeline';
import { BARE_EIGHT_ROW, NO_BASELINE_ROW, tieuHocTabs } from './tieuHocPerUnit';

const SEP30 = calendarDate(2026, 9, 30);
const DEC31 = calendarDate(2026, 12, 31);

describe('a tiểu học plan: letter/decimal groups, per-unit and relative targets, long-term targets', () => {
  const tabs = tieuHocTabs();
  const sep = run(tabs, SEP30);

  it('reads «A», «B», «1.», «1.1» rows with only a name as groups, and every numbered row below as a record', () => {
    expect(sep.read.problems).toEqual([]);
    expect(sep.read.plan.indicators.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']);
    expect(sep.read.plan.tasks.map((t) => t.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    // Each record belongs to the nearest group row above it.
    expect(sep.read.plan.indicators.map((i) => `${i.id} ${i.group.name}`)).toEqual([
      '1 Mục tiêu chung', '2 Mục tiêu chung',
      '3 Thể chế số', '4 Thể chế số',
      '5 Dữ liệu số', '6 Dữ liệu số', '7 Dữ liệu số',
      '8 Nhân lực số', '9 Nhân lực số', '10 Nhân lực số', '11 Nhân lực số',
      '12 Học liệu số và kiểm tra, đánh giá', '13 Học liệu số và kiểm tra, đánh giá', '14 Học liệu số và kiểm tra, đánh giá',
    ]);
    expect(sep.read.plan.tasks.map((t) => `${t.id} ${t.group.name}`)).toEqual([
      '1 Công tác chỉ đạo, điều hành', '2 Công tác chỉ đạo, điều hành',
      '3 Hạ tầng và dữ liệu số', '4 Hạ tầng và dữ liệu số', '5 Hạ tầng và dữ liệu số', '6 Hạ tầng và dữ liệu số', '7 Hạ tầng và dữ liệu số',
      '8 Bồi dưỡng giáo viên', '9 Bồi dưỡng giáo viên',
      '10 Kiểm tra, đánh giá', '11 Kiểm tra, đánh giá', '12 Kiểm tra, đánh giá',
    ]);
  });

  it('names exactly the two deliberate problems, each at its tab, row and column, in Vietnamese', () => {
    const problems = readingProblems(sep.problems);
    expect(problems.map((p) => `${p.tab} ${p.row}`)).toEqual([`Chỉ tiêu ${NO_BASELINE_ROW}`, `Chỉ tiêu ${BARE_EIGHT_ROW}`]);
    const [noBaseline, bareEight] = problems;
    expect(['Chỉ tiêu cần đạt', BASELINE_HEADER]).toContain(noBaseline!.column);
    expect(noBaseline!.message).toMatch(/năm học trước/);
    expect(bareEight!.column).toBe('Quý III');
    // Quotes what was typed, and says how to type it.
    expect(bareEight!.message).toMatch(/[«']8[»']/);
    expect(bareEight!.message).toMatch(/\d+\/\d+/);
    for (const p of problems) expect(p.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
  });

  it('a deliberate problem is «Chưa đánh giá được» with no ratio, never 800% and never a guess', () => {
    const model = report(tabs, Q3_2026);
    for (const id of ['7', '10']) {
      expect(indicatorRowOf(model, id).verdict, `chỉ tiêu ${id}`).toBe('Chưa đánh giá được');
      expect(indicatorRowOf(model, id).ratio, `chỉ tiêu ${id}`).toBe('');
      expect(indicatorOf(sep.ev, id).attainment).toBeUndefined();
    }
    const cells = verdictColumn(tabs, SEP30);
    expect(cells.get('7')).toMatch(/^Lỗi:/);
    expect(cells.get('10')).toMatch(/^Lỗi:/);
    expect(model.issues.join('\n')).not.toMatch(/800/);
  });

  it('assesses per-unit targets by the units that meet them: «6/8» and «6/8 tổ» are 75%, «8/8 tổ» is met', () => {
    const q3 = report(tabs, Q3_2026);
    expect(`${indicatorRowOf(q3, '8').verdict} ${indicatorRowOf(q3, '8').ratio}`).toBe('Chưa đạt 75%');
    expect(`${indicatorRowOf(q3, '9').verdict} ${indicatorRowOf(q3, '9').ratio}`).toBe('Chưa đạt 75%');
    const year = report(tabs, YEAR_2026);
    expect(`${indicatorRowOf(year, '9').verdict} ${indicatorRowOf(year, '9').ratio}`).toBe('Đạt 100%');
  });

  it('keeps a trailing remark out of the result: «02 đợt/năm (đầu năm và giữa năm)» with 1 prints «1 đợt», 50%', () => {
    const row = indicatorRowOf(report(tabs, Q3_2026), '11');
    expect(row.result).toBe('1 đợt');
    expect(`${row.verdict} ${row.ratio}`).toBe('Chưa đạt 50%');
  });

  it('reads relative targets against the baseline column: 180 ≤ 200 − 5% is met; 44 against 50 + 10% is 80%', () => {
    const model = report(tabs, Q3_2026);
    expect(`${indicatorRowOf(model, '4').verdict} ${indicatorRowOf(model, '4').ratio}`).toBe('Đạt 100%');
    expect(`${indicatorRowOf(model, '6').verdict} ${indicatorRowOf(model, '6').ratio}`).toBe('Chưa đạt 80%');
  });

  it('shows targets due «đến năm 2030» / «giai đoạn 2026-2030» as long-term, never «Chưa đạt», in 2026\'s reports', () => {
    for (const period of [Q3_2026, YEAR_2026]) {
      const model = report(tabs, period);
      for (const id of ['2', '12']) {
        expect(shownAsLongTerm(indicatorRowOf(model, id)), `chỉ tiêu ${id}: ${indicatorRowOf(model, id).verdict}`).toBe(true);
        expect(model.issues.some((l) => l.startsWith(`- Chỉ tiêu ${id} «`) && l.includes('chưa đạt'))).toBe(false);
      }
    }
    // Unmet by 30/09: 6 (80%), 8 and 9 (75%), 11 (50%); by 31/12 9 is met. The long-term 2 and 12 are not counted.
    expect(report(tabs, Q3_2026).indicators.overview[0]).toMatch(/; 4 chỉ tiêu chưa đạt;/);
    expect(report(tabs, YEAR_2026).indicators.overview[0]).toMatch(/; 3 chỉ tiêu chưa đạt;/);
    const cells = verdictColumn(tabs, SEP30);
    expect(cells.get('2')).not.toBe('Chưa đạt');
    expect(cells.get('12')).not.toBe('Chưa đạt');
  });

  it('gives each decimal group its own capped average, and prints no group without indicators', () => {
    const groups = new Map(sep.ev.groups.map((g) => [g.group.name, g]));
    expect([groups.get('Thể chế số')].map((g) => [g?.met, g?.total, round4(g?.meanRatio)])).toEqual([[2, 2, 1]]);
    expect([groups.get('Dữ liệu số')].map((g) => [g?.met, g?.total, round4(g?.meanRatio)])).toEqual([[1, 3, 0.9]]); // (1 + 0,8) ÷ 2; 7 not assessable
    expect([groups.get('Nhân lực số')].map((g) => [g?.met, g?.total, round4(g?.meanRatio)])).toEqual([[0, 4, round4(2 / 3)]]); // (0,75 + 0,75 + 0,5) ÷ 3
    expect(sep.ev.groups.every((g) => g.total > 0)).toBe(true);
    const model = report(tabs, Q3_2026);
    expect(model.indicators.byGroup.filter((l) => /đạt 0\/0/.test(l))).toEqual([]);
    expect(model.indicators.byGroup.join('\n')).not.toMatch(/\.\.|\.\s*\./);
  });

  it('puts tasks on the dates their timings name, multi-year ones at the end of the horizon', () => {
    expect(duesOf(sep.ev, '1')).toEqual(['31/01/2026']);
    expect(duesOf(sep.ev, '2')).toEqual(['31/03/2026']);
    expect(duesOf(sep.ev, '3')).toEqual(['31/05/2026']); // Tháng 4, 5
    expect(duesOf(sep.ev, '5')).toEqual(['30/09/2026']); // Quý II-III
    expect(duesOf(sep.ev, '6')).toEqual(['31/12/2030']); // giai đoạn 2026-2030
    expect(duesOf(sep.ev, '7')).toEqual(['31/12/2030']); // đến năm 2030
    expect(duesOf(sep.ev, '9')).toHaveLength(12);
    expect(duesOf(sep.ev, '10')).toEqual(['30/04/2026']);
  });

  it('reads completion dates typed «15/4/26», «15/7/26» as days of 2026, on time or late', () => {
    expect(sep.ev.occurrences.flatMap((o) => o.errors)).toEqual([]);
    const [kiemTra] = occurrencesOf(sep.ev, '10');
    expect(kiemTra).toMatchObject({ completedOn: { year: 2026, month: 4, day: 15 }, timeliness: 'Đúng hạn' });
    const [soGoc] = occurrencesOf(sep.ev, '4');
    expect(soGoc).toMatchObject({ completedOn: { year: 2026, month: 7, day: 15 }, timeliness: 'Trễ hạn' });
  });

  it('finds nothing overdue on 30/09, and on 31/12 only the occurrences past and undone (2030 ones are not)', () => {
    const overdue = (asOf: CalendarDate) => run(tabs, asOf).ev.overdue.map((o) => `${o.task.id} ${o.due!.day}/${o.due!.month} ${o.overdueDays}`).sort();
    expect(overdue(SEP30)).toEqual([]);
    expect(sep.summary).toContain('Không có nhiệm vụ quá hạn.');
    // 30/09 → 31/12: 92; 31/10 → 31/12: 61; 30/11 → 31/12: 31.
    expect(overdue(DEC31)).toEqual(['11 30/11 31', '5 30/9 92', '9 30/11 31', '9 30/9 92', '9 31/10 61']);
  });

  it('no group, plan or dashboard figure passes 100%, and no report says NaN, undefined or «Nhóm . :»', () => {
    for (const [asOf, period] of [[SEP30, Q3_2026], [DEC31, YEAR_2026]] as const) {
      const t = truthfulRollUps(tabs, asOf, period);
      expect(t.means.filter((m) => m > 1)).toEqual([]);
      expect(t.rollUpPercents.filter((p) => p > 100)).toEqual([]);
      for (const bad of NEVER_SHOWN) expect(t.shown).not.toMatch(bad);
      expect(t.shown).not.toMatch(/800\s?%/);
    }
  });
});
