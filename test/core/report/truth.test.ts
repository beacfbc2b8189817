/**
 * Issue 10, items 1–3: what the report says is true on the day it is made, says what is known,
 * and keeps the tool's own diagnostics out of the official text.
 */
import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../../../src/core/date';
import { buildReport, type IndicatorRow, type ReportModel } from '../../../src/core/report/model';
import { periodNotes } from '../../../src/core/report/dialogState';
import { reportText } from '../../plans/pipeline';
import { officialTextProblems } from '../../support/officialText';
import { GROUP_B, indicator, plan, progress, task } from '../../support/reportPlans';

const Q1 = { kind: 'quarter', year: 2026, quarter: 1 } as const;
const Q2 = { kind: 'quarter', year: 2026, quarter: 2 } as const;
const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;
const YEAR = { kind: 'year', year: 2026 } as const;
const UNGROUPED = { numeral: '', name: '' };

/** The official text of a model: what the document prints (the diagnostics of `notes` are not). */
function official(model: ReportModel): string {
  const { notes: _notes, missing: _missing, ...rest } = model as ReportModel & { notes?: unknown };
  return reportText(rest as ReportModel);
}

describe('a report made before its period ends (issue 10 item 1)', () => {
  // An annual report made on 02/12: the monthly report of December and a task due 31/12 are not late yet.
  const p = plan({
    tasks: [
      task('1', { timing: '31/12/2026', name: 'Tổng kết công tác chuyển đổi số năm 2026' }),
      task('2', { timing: 'Trước ngày 15/11/2026', name: 'Rà soát hồ sơ an toàn thông tin' }),
      task('3', { timing: 'Tháng 12/2026', name: 'Cập nhật dữ liệu ngành tháng 12' }),
    ],
    progress: [progress('2', 'Hạn 15/11/2026', 'Hoàn thành', { completedOn: d(2026, 11, 10) }), progress('3', 'Tháng 12', 'Đang thực hiện')],
    indicators: [indicator('1', { quarterResults: [0.5, 0.7, 0.9, 0.95] })],
  });
  const model = buildReport(p, YEAR, d(2026, 12, 2));

  it('is as of the day it is made, and says the period has not ended', () => {
    expect(model.asOf).toEqual(d(2026, 12, 2));
    expect(model.evaluation.asOf).toEqual(d(2026, 12, 2));
    expect(model.header.placeDate).toBe('An Lão, ngày 02 tháng 12 năm 2026');
    expect(model.opening).toContain('tính đến ngày 02/12/2026');
    expect(model.opening).not.toContain('31/12/2026');
    expect(model.indicators.overview[0]).toMatch(/^Tính đến ngày 02\/12\/2026, /);
  });

  it('calls nothing not yet due late: not in the table, not under Tồn tại, not in Phương hướng', () => {
    const row = model.tasks.rows.find((r) => r.stt === '1')!;
    expect(row.status).toBe('Chưa đến hạn');
    expect(model.tasks.rows.find((r) => r.stt === '3')!.status).toMatch(/^Đang thực hiện/);
    expect(model.issues.join('\n')).not.toMatch(/Nhiệm vụ [13] /);
    expect(model.directions.join('\n')).not.toMatch(/còn chậm/);
    expect(model.tasks.counts).toMatchObject({ due: 1, doneOnTime: 1, notYetDue: 2 });
    expect(model.tasks.overview.join(' ')).toContain('2 lượt nhiệm vụ chưa đến hạn');
  });

  it('a report made after its period ends is still as of the period end', () => {
    const after = buildReport(p, Q3, d(2026, 12, 2));
    expect(after.asOf).toEqual(d(2026, 9, 30));
    expect(after.opening).toContain('(số liệu tính từ ngày 01/7/2026 đến ngày 30/9/2026)');
  });
});

describe('a completion after the cut-off (issue 10 item 1)', () => {
  const p = plan({
    tasks: [task('1', { timing: 'Quý I' }), task('2', { timing: 'Quý I' }), task('3', { timing: 'Quý I' })],
    progress: [
      progress('1', 'Quý I', 'Hoàn thành', { completedOn: d(2026, 4, 5) }),
      progress('2', 'Quý I', 'Hoàn thành', { completedOn: '10/4/2026' }),
      progress('3', 'Quý I', 'Hoàn thành', { completedOn: d(2026, 3, 20) }),
    ],
  });
  const model = buildReport(p, Q1, d(2026, 4, 15));

  it('counts as not done in the quý I report «tính đến 31/3»', () => {
    expect(model.asOf).toEqual(d(2026, 3, 31));
    expect(model.tasks.counts).toMatchObject({ due: 3, doneOnTime: 1, doneLate: 0 });
    expect(model.tasks.overview[0]).toMatch(/^Trong quý I năm 2026 có 3 lượt nhiệm vụ đến hạn: 1 hoàn thành \(1 đúng hạn\), 2 chưa hoàn thành/);
    const row = model.tasks.rows.find((r) => r.stt === '1')!;
    expect(row.status).not.toMatch(/^Hoàn thành/);
    expect(row.completedOn).toBe('');
    expect(model.issues.some((l) => l.startsWith('- Nhiệm vụ 1 ') && l.includes('chưa hoàn thành'))).toBe(true);
  });

  it('the quý II report, made later, still does not call it done in quý I', () => {
    const q2 = buildReport(p, Q2, d(2026, 7, 5));
    expect(q2.issues.join('\n')).not.toMatch(/Nhiệm vụ [12] .*chưa hoàn thành/);
  });
});

describe('statuses that say what is known (issue 10 item 2)', () => {
  it('an occurrence with no Tiến độ row, or a blank status, is «Chưa cập nhật», not «Chưa thực hiện»', () => {
    const p = plan({
      tasks: [task('1'), task('2'), task('3'), task('4')],
      progress: [progress('2', 'Quý III', ''), progress('3', 'Quý III', 'Chưa thực hiện'), progress('4', 'Quý III', 'Hoàn thành', { completedOn: d(2026, 9, 1) })],
    });
    const model = buildReport(p, Q3, d(2026, 10, 5));
    const status = (stt: string) => model.tasks.rows.find((r) => r.stt === stt)!.status;
    expect(status('1')).toBe('Chưa cập nhật');
    expect(status('2')).toBe('Chưa cập nhật');
    expect(status('3')).toBe('Chưa thực hiện');
    expect(status('4')).toBe('Hoàn thành (đúng hạn)');
    expect(model.tasks.overview[0]).toBe('Trong quý III năm 2026 có 4 lượt nhiệm vụ đến hạn: 1 hoàn thành (1 đúng hạn), 1 chưa thực hiện, 2 chưa cập nhật tiến độ.');
    expect(model.issues.find((l) => l.startsWith('- Nhiệm vụ 1 '))).toContain('tình trạng: chưa cập nhật');
    expect(official(model)).not.toMatch(/Nhiệm vụ 1 .*chưa thực hiện/);
  });

  it('completed occurrences say «đúng hạn» or «trễ hạn»', () => {
    const p = plan({
      tasks: [task('1'), task('2', { timing: '31/7/2026' })],
      progress: [progress('1', 'Quý III', 'Hoàn thành', { completedOn: d(2026, 9, 30) }), progress('2', 'Hạn 31/07/2026', 'Hoàn thành', { completedOn: d(2026, 8, 12) })],
    });
    expect(buildReport(p, Q3, d(2026, 10, 5)).tasks.rows.map((r) => r.status)).toEqual(['Hoàn thành (đúng hạn)', 'Hoàn thành (trễ hạn)']);
  });

  it('an unreadable target with a result shows its result and counts as «chưa đánh giá được», not as missing', () => {
    const p = plan({
      indicators: [
        indicator('1', { group: GROUP_B, targetText: 'Phấn đấu ở mức cao nhất có thể', quarterResults: ['', '', 0.97, ''] }),
        indicator('2', { group: GROUP_B, targetText: 'Cao hơn năm trước', quarterResults: ['', '', 100, ''] }),
      ],
    });
    const model = buildReport(p, Q3, d(2026, 10, 5));
    const rows = model.indicators.rows.filter((r): r is IndicatorRow => r.kind === 'indicator');
    expect(rows.map((r) => [r.result, r.verdict])).toEqual([
      ['97%', 'Chưa đánh giá được'],
      ['100%', 'Chưa đánh giá được'],
    ]);
    expect(model.indicators.byGroup).toEqual(['- Nhóm II. Hạ tầng và dữ liệu số: 2 chỉ tiêu đã có kết quả, chưa đánh giá được mức độ đạt.']);
    expect(official(model)).not.toContain('chưa có kết quả');
    expect(official(model)).not.toMatch(/đạt 0\/\d/);
    expect(model.indicators.overview[0]).toBe('Tính đến ngày 30/9/2026, nhà trường có 2 chỉ tiêu đã có kết quả, chưa đánh giá được mức độ đạt.');
    // With an assessed indicator in the group, the line keeps its count and mean and adds the rest.
    const mixed = buildReport(plan({ indicators: [...p.indicators, indicator('3', { group: GROUP_B, quarterResults: ['', '', 0.95, ''] })] }), Q3, d(2026, 10, 5));
    expect(mixed.indicators.byGroup).toEqual(['- Nhóm II. Hạ tầng và dữ liệu số: đạt 1/3 chỉ tiêu, tỷ lệ đạt trung bình 100%; 2 chỉ tiêu đã có kết quả, chưa đánh giá được mức độ đạt.']);
  });
});

describe('diagnostics stay out of the official text (issue 10 item 3)', () => {
  const p = plan({
    indicators: [indicator('1', { targetText: 'khoảng chừng', quarterResults: ['', '', 0.5, ''] }), indicator('2', { quarterResults: ['', '', 'đang tổng hợp', ''] }), indicator('3')],
    tasks: [task('1', { timing: 'khi nào xong thì thôi' }), task('2', { timing: 'Hạn: 15/8/2026' }), task('3')],
    progress: [progress('3', 'Quý III', 'Xong rồi nhé')],
  });
  const model = buildReport(p, Q3, d(2026, 10, 5));

  it('no «không hiểu», «Lỗi», tool notes or deadline twice in what the document prints', () => {
    expect(officialTextProblems(official(model))).toEqual([]);
    expect(official(model)).not.toContain('chưa theo dõi được tiến độ');
    expect(official(model)).not.toContain('ghi chưa đúng');
  });

  it('the notes the dialog and the CLI show carry them, with the place to fix', () => {
    const notes = model.notes.join('\n');
    expect(notes).toContain('Nhiệm vụ 1');
    expect(notes).toContain('khi nào xong thì thôi');
    expect(notes).toContain("Chỉ tiêu 1");
    const dialog = periodNotes(p, Q3, d(2026, 10, 5)).join('\n');
    expect(dialog).toContain('khi nào xong thì thôi');
  });

  it('a text date prints its deadline once', () => {
    const line = model.issues.find((l) => l.startsWith('- Nhiệm vụ 2 '))!;
    expect(line).toContain('(hạn 15/8/2026)');
    expect(line).not.toMatch(/Hạn 15\/08\/2026/);
  });

  it('the appendix, when asked for, lists what still has no data in administrative words', () => {
    expect(model.appendix).toEqual([]);
    const withAppendix = buildReport(p, Q3, d(2026, 10, 5), { appendix: true });
    const text = withAppendix.appendix.join('\n');
    expect(text).toContain('Chỉ tiêu chưa có kết quả');
    expect(text).toMatch(/3/);
    expect(text).toContain('Nhiệm vụ');
    expect(officialTextProblems(text)).toEqual([]);
  });
});

describe('a plan with no groups (issue 10)', () => {
  it('names no group anywhere and has no «Nhóm . »', () => {
    const p = plan({
      indicators: [indicator('1', { group: UNGROUPED, quarterResults: ['', '', 0.95, ''] }), indicator('2', { group: UNGROUPED, targetText: 'cao', quarterResults: ['', '', 1, ''] })],
      tasks: [task('1', { group: UNGROUPED })],
    });
    const model = buildReport(p, Q3, d(2026, 10, 5));
    expect(model.indicators.byGroup).toEqual([]);
    expect(model.indicators.chart).toEqual([]);
    expect(officialTextProblems(official(model))).toEqual([]);
  });
});
