import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendLog, loadPlan, readTabs } from '../../src/gas/workbook';
import { samplePlan } from '../../src/sample/anLao2026';
import { PLAN_TABS } from '../../src/sheet/schema';
import { asGas, installGasFakes, type FakeSpreadsheet, type GasFakes } from '../fakes';
import { fillSpreadsheet } from '../support/sheetPlans';

let fakes: GasFakes;
let ss: FakeSpreadsheet;
const gasSs = () => asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(ss);
beforeEach(() => {
  fakes = installGasFakes();
  ss = fakes.spreadsheetApp.spreadsheet;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readTabs', () => {
  it('reads every tab with one getValues each; date cells become the calendar day in the spreadsheet zone', () => {
    ss.addSheet('Tiến độ', [['Mã NV', 'Ngày hoàn thành'], [1, new Date('2026-04-04T17:00:00Z')]]);
    ss.addSheet('Ghi chép', [['x', null, true]]);
    fakes.log.clear();
    const tabs = readTabs(gasSs());
    expect([...tabs.keys()]).toEqual(['Tiến độ', 'Ghi chép']);
    expect(tabs.get('Tiến độ')![1]).toEqual([1, { year: 2026, month: 4, day: 5 }]);
    expect(tabs.get('Ghi chép')![0]).toEqual(['x', '', true]);
    expect(fakes.log.count('Range', 'getValues')).toBe(2);
  });

  it('can read only some tabs, found by name or alias', () => {
    ss.addSheet('Phụ lục 1', [['STT']]);
    ss.addSheet('Nhật ký', [['Thời điểm']]);
    expect([...readTabs(gasSs(), PLAN_TABS).keys()]).toEqual(['Phụ lục 1']);
  });
});

describe('loadPlan', () => {
  it('gives the plan with a row reference on every record', () => {
    fillSpreadsheet(ss, samplePlan());
    const { plan, problems } = loadPlan(gasSs());
    expect(problems).toEqual([]);
    expect(plan.indicators).toHaveLength(22);
    expect(plan.tasks).toHaveLength(29);
    expect(plan.progress.every((p) => /^Tiến độ!A\d+$/.test(p.ref ?? ''))).toBe(true);
    expect(plan.progress.find((p) => p.taskId === '1' && p.label === 'Quý I')).toMatchObject({ completedOn: { year: 2026, month: 4, day: 5 }, ref: 'Tiến độ!A2' });
  });
});

describe('appendLog', () => {
  it('creates Nhật ký when missing, then appends one row per event', () => {
    appendLog(gasSs(), 'Gửi nhắc việc', '3 thư');
    appendLog(gasSs(), 'Tạo báo cáo', 'Quý III/2026');
    const rows = ss.sheet('Nhật ký').snapshot();
    expect(rows[0]).toEqual(['Thời điểm', 'Sự kiện', 'Chi tiết', 'Người thực hiện']);
    expect(rows.slice(1).map((r) => [r[1], r[2]])).toEqual([['Gửi nhắc việc', '3 thư'], ['Tạo báo cáo', 'Quý III/2026']]);
    expect(rows[1]![0]).toBeInstanceOf(Date);
    expect(ss.sheet('Nhật ký').frozenRows).toBe(1);
  });

  it('never writes a tab staff named "Log" or a «Nhật ký» of their own: the row goes to «Nhật ký (CĐS)»', () => {
    const log = ss.addSheet('Log', [['Ngày', 'Việc'], ['01/10', 'họp tổ']]);
    const diary = ss.addSheet('Nhật ký', [['Ngày', 'Nội dung'], ['02/10', 'dự giờ']]);
    const [logBefore, diaryBefore] = [JSON.stringify(log.values), JSON.stringify(diary.values)];
    appendLog(gasSs(), 'Gửi nhắc việc', '3 thư');
    appendLog(gasSs(), 'Tạo báo cáo', 'Quý III/2026');
    expect([JSON.stringify(log.values), JSON.stringify(diary.values)]).toEqual([logBefore, diaryBefore]);
    const rows = ss.sheet('Nhật ký (CĐS)').snapshot();
    expect(rows[0]).toEqual(['Thời điểm', 'Sự kiện', 'Chi tiết', 'Người thực hiện']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Gửi nhắc việc', 'Tạo báo cáo']);
  });

  it('a «Nhật ký» staff made with the add-in\'s own headers is still theirs; the add-in\'s log is found by its mark, renamed or not', () => {
    const theirs = [['Thời điểm', 'Sự kiện', 'Chi tiết', 'Người thực hiện'], ['02/10/2026', 'Họp chi bộ', 'Biên bản số 5', 'Cô Lan']];
    const diary = ss.addSheet('Nhật ký', theirs.map((r) => [...r]));
    appendLog(gasSs(), 'Gửi nhắc việc', '3 thư');
    ss.sheet('Nhật ký (CĐS)').name = 'Nhật ký tiện ích';
    appendLog(gasSs(), 'Tạo báo cáo', 'Quý III/2026');
    expect(diary.snapshot()).toStrictEqual(theirs);
    expect(ss.sheet('Nhật ký tiện ích').snapshot().slice(1).map((r) => r[1])).toEqual(['Gửi nhắc việc', 'Tạo báo cáo']);
  });
});

describe('reading the plan: service calls (issue 11)', () => {
  it('loadPlan reads each plan tab once, looked up by name, at 100 and 10,000 rows alike', async () => {
    const { installGasFakes: install, asGas: gas } = await import('../fakes');
    const { fillSpreadsheet, generatedPlan } = await import('../support/sheetPlans');
    const { loadPlan } = await import('../../src/gas/workbook');
    const counts = (n: number): number => {
      const f = install();
      fillSpreadsheet(f.spreadsheetApp.spreadsheet, generatedPlan(n));
      f.log.clear();
      const read = loadPlan(gas<GoogleAppsScript.Spreadsheet.Spreadsheet>(f.spreadsheetApp.spreadsheet));
      expect(read.plan.tasks).toHaveLength(n);
      expect(f.log.count('Spreadsheet', 'getSheets')).toBe(0);
      return f.log.calls.length;
    };
    const small = counts(100);
    expect(counts(10_000)).toBe(small);
    // timezone 1 + 6 getSheetByName + Cấu hình, Phân công 1 each + Chỉ tiêu 4 + Nhiệm vụ, Tiến độ 3 each
    // + Tự đánh giá CĐS 4 (issue 13: values, formats and formulas, like Chỉ tiêu).
    expect(small).toBeLessThanOrEqual(18 + 5);
  });
});
