import { describe, expect, it } from 'vitest';
import { QD4725_CRITERIA } from '../../src/core/dti/qd4725';
import type { DtiCriterion } from '../../src/core/dti/selfAssessment';
import type { Plan } from '../../src/core/plan';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';
import { formulaCells } from '../../src/sheet/formulaCells';
import { planTabs } from '../../src/sheet/planTabs';
import { applyBlocks, recompute } from '../../src/sheet/recompute';
import { computedColumnMark, SELF_ASSESSMENT_TAB } from '../../src/sheet/schema';
import type { Cell, Rows } from '../../src/sheet/workbook';

const TAB = 'Tự đánh giá CĐS';

/** Scores as a school might type them: numbers, «4,5», «Đạt»/«Chưa đạt», blanks. */
const SCORES: Record<string, unknown> = {
  '1.1': 'Đạt', '1.2': 'Chưa đạt',
  '1.3.1': 6, '1.3.2': 6, '1.3.3': 3, '1.3.4': 3, '1.3.5': 0, '1.4': 8, '1.5.1': 10, '1.5.2': 5,
  '1.6.1': 7, '1.6.2': '4,5', '1.6.3': '4,5', '1.7.1': 8, '1.7.2': 5, '1.7.3': 0,
  '2.1': 'đạt', '2.2': '',
  '2.3.1': 6, '2.3.2': 6, '2.3.3': 10, '2.3.4': 6, '2.3.5': 5, '2.3.6': 0, '2.3.7': 6, '2.3.8': 6, '2.4.1': 8, '2.4.2': '', '2.4.3': 0,
};

function scoredPlan(): Plan {
  const plan = samplePlan();
  const criteria: DtiCriterion[] = QD4725_CRITERIA.map((c) => ({
    code: c.code, name: c.name, group: c.group, maxPoints: c.maxPoints ?? '', mandatory: c.mandatory ? 'x' : '',
    score: SCORES[c.code] ?? '', evidence: c.code === '1.4' ? 'https://drive.google.com/hoc-lieu' : '', note: '', owner: c.code.startsWith('1') ? 'Tổ Tin' : 'Văn phòng',
  }));
  // Task 1 serves the whole of 1.3 and 2.3.8; task 2 (the yearly self-assessment itself) serves 2.2.
  // (These replace the sample's own illustrative links.)
  const tasks = plan.tasks.map(({ criteria: _sample, ...t }) => (t.id === '1' ? { ...t, criteria: '1.3; 2.3.8' } : t.id === '2' ? { ...t, criteria: '2.2' } : t));
  return { ...plan, tasks, selfAssessment: { criteria } };
}

function column(rows: Rows, header: string): Cell[] {
  const c = rows[0]!.indexOf(header);
  expect(c, header).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => r[c] ?? '');
}

function byCode(rows: Rows, header: string): Map<string, Cell> {
  const codes = column(rows, 'Mã');
  const values = column(rows, header);
  return new Map(codes.map((code, i) => [String(code), values[i]!]));
}

describe('the computed columns of «Tự đánh giá CĐS»', () => {
  const plan = scoredPlan();
  const tabs = planTabs(plan);
  const result = recompute(tabs, SAMPLE_AS_OF, { fallbackYear: 2026 });
  const rows = applyBlocks(tabs, result.blocks).get(TAB)!;

  it('Đạt điều kiện: «Đạt», «Chưa đạt», «Chưa đánh giá» for the mandatory conditions, blank for the scored criteria', () => {
    const met = byCode(rows, 'Đạt điều kiện');
    expect([met.get('1.1'), met.get('1.2'), met.get('2.1'), met.get('2.2')]).toEqual(['Đạt', 'Chưa đạt', 'Đạt', 'Chưa đánh giá']);
    expect(met.get('1.4')).toBe('');
  });

  it('Điểm nhóm and Mức on every row of the group; a group whose maximums add to 90 says so', () => {
    const score = byCode(rows, 'Điểm nhóm');
    const level = byCode(rows, 'Mức');
    // 6+6+3+3+0 + 8 + 10+5 + 7+4,5+4,5 + 8+5+0 = 70 of 100.
    for (const code of ['1.1', '1.3.1', '1.7.3']) {
      expect(score.get(code)).toBe('70/100');
      expect(level.get(code)).toBe('Mức 2 (đáp ứng cơ bản)');
    }
    // 6+6+10+6+5+0+6+6 + 8+0 = 53 of 90, 2.4.2 still blank.
    for (const code of ['2.1', '2.4.3']) {
      expect(score.get(code)).toBe('53/90 (còn 1 tiêu chí chưa chấm)');
      expect(level.get(code)).toBe('Mức 2 (đáp ứng cơ bản), tạm tính; tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725');
    }
  });

  it('Nhiệm vụ liên quan lists the tasks naming the criterion or a code above it, with their state', () => {
    const linked = byCode(rows, 'Nhiệm vụ liên quan');
    const task1 = plan.tasks.find((t) => t.id === '1')!;
    expect(String(linked.get('1.3.1'))).toMatch(new RegExp(`^1\\. ${task1.name.slice(0, 20)}.* — `));
    expect(linked.get('1.3.5')).toBe(linked.get('1.3.1'));
    expect(linked.get('2.3.8')).toBe(linked.get('1.3.1'));
    expect(String(linked.get('2.2'))).toMatch(/^2\. .* — Hoàn thành$/);
    expect(linked.get('1.4')).toBe('');
  });

  it('Minh chứng từ nhiệm vụ offers the evidence of the done occurrences; the staff «Minh chứng» is left as typed', () => {
    const offered = byCode(rows, 'Minh chứng từ nhiệm vụ');
    expect(String(offered.get('1.3.2')).split('\n')).toEqual([
      'NV 1, Quý I: https://example.edu.vn/minh-chung/nv01-1',
      'NV 1, Quý II: https://example.edu.vn/minh-chung/nv01-2',
      'NV 1, Quý III: https://example.edu.vn/minh-chung/nv01-3',
    ]);
    expect(offered.get('2.2')).toBe('NV 2, Quý I–II: https://example.edu.vn/minh-chung/nv02-1');
    const evidence = byCode(rows, 'Minh chứng');
    expect(evidence.get('1.4')).toBe('https://drive.google.com/hoc-lieu');
    expect(evidence.get('1.3.2')).toBe('');
    expect(result.blocks.filter((b) => b.tab === TAB).every((b) => b.column >= 10)).toBe(true);
  });

  it('a blank template (no plan): the default criteria, unscored', () => {
    const blank = planTabs(undefined);
    const filled = applyBlocks(blank, recompute(blank, SAMPLE_AS_OF, { fallbackYear: 2026 }).blocks).get(TAB)!;
    const score = byCode(filled, 'Điểm nhóm');
    const level = byCode(filled, 'Mức');
    expect(score.get('1.4')).toBe('Chưa chấm (tối đa 100)');
    expect(level.get('1.4')).toBe('Chưa đánh giá');
    expect(level.get('2.3.1')).toBe('Chưa đánh giá; tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725');
    expect(byCode(filled, 'Đạt điều kiện').get('1.1')).toBe('Chưa đánh giá');
  });
});

describe('never overwritten', () => {
  /** A school's own layout: columns moved and renamed, its own «Mức» column, a formula, an extra staff row. */
  function schoolTab(): Cell[][] {
    const plan = scoredPlan();
    return [
      ['TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ NĂM 2026'],
      ['Mã tiêu chí', 'Nội dung tiêu chí', 'Điểm tự chấm', 'Điểm chuẩn', 'Điều kiện bắt buộc', 'Nhóm tiêu chí', 'Hồ sơ minh chứng', 'Mức', 'Điểm nhóm', 'Đạt điều kiện', 'Ghi chú của tổ'],
      ...plan.selfAssessment!.criteria.map((c) => [c.code, c.name, c.score as Cell, c.maxPoints as Cell, c.mandatory as Cell, c.group, c.evidence, c.code === '1.4' ? 'Tổ tự xếp mức 3' : '', '', '', '']),
      ['', 'Tổng cộng', '=SUM(C3:C31)', 190, '', '', '', '', 'giữ nguyên', '', ''],
    ];
  }

  it('a staff column named like a computed one (no mark) is never written; a formula cell is left alone; rows that are not criteria are left alone', () => {
    const plan = scoredPlan();
    const tabs = planTabs(plan);
    tabs.delete(TAB);
    const school = schoolTab();
    tabs.set('Đánh giá 4725', school);
    const formulaRow = school.findIndex((r) => r[0] === '1.3.2');
    const formulas = new Map([['Đánh giá 4725', formulaCells(school.map((r, i) => r.map((_, c) => (i === formulaRow && c === 8 ? '=I3' : i === school.length - 1 && c === 2 ? '=SUM(C3:C31)' : ''))))]]);
    // The add-in's marks: Điểm nhóm (I) and Đạt điều kiện (J) are its own; «Mức» (H) is the school's.
    const mark = (key: string) => computedColumnMark(SELF_ASSESSMENT_TAB, SELF_ASSESSMENT_TAB.columns.find((c) => c.key === key)!);
    const columnMarks = new Map([['Đánh giá 4725', new Map([[mark('groupScore'), [9]], [mark('met'), [10]]])]]);
    const result = recompute(tabs, SAMPLE_AS_OF, { fallbackYear: 2026, formulas, columnMarks });
    const after = applyBlocks(applyBlocks(tabs, result.headers), result.blocks).get('Đánh giá 4725')!;
    // «Mức» typed by the school stays; the add-in says why it does not write there and adds its own columns at the right.
    expect(after[school.findIndex((r) => r[0] === '1.4')]![7]).toBe('Tổ tự xếp mức 3');
    expect(result.read.unmarked.filter((u) => u.tab === 'Đánh giá 4725').map((u) => u.header)).toEqual(['Mức']);
    expect(result.headers.find((h) => h.tab === 'Đánh giá 4725')?.values).toEqual([['Nhiệm vụ liên quan', 'Minh chứng từ nhiệm vụ']]);
    // Điểm nhóm written on the criteria rows, but neither in the formula cell nor in the «Tổng cộng» row.
    expect(after[school.findIndex((r) => r[0] === '1.3.3')]![8]).toBe('70/100');
    expect(after[formulaRow]![8]).toBe('');
    expect(after[school.length - 1]!.slice(8, 10)).toEqual(['giữ nguyên', '']);
    expect(result.blocks.some((b) => b.tab === 'Đánh giá 4725' && b.row <= formulaRow + 1 && formulaRow + 1 < b.row + b.values.length && b.column <= 9 && 9 < b.column + b.values[0]!.length)).toBe(false);
    // No block touches a staff column: A–H, K.
    for (const b of result.blocks.filter((x) => x.tab === 'Đánh giá 4725')) {
      const columns = Array.from({ length: b.values[0]!.length }, (_, i) => b.column + i);
      expect(columns.every((c) => c === 9 || c === 10 || c >= 12), `${b.column}`).toBe(true);
    }
  });
});
