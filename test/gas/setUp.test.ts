import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setUpSpreadsheet } from '../../src/gas/setUp';
import { menuSetUp } from '../../src/main';
import { asGas, Button, installGasFakes, type FakeSpreadsheet, type FakeUi, type GasFakes } from '../fakes';
import { recomputeSpreadsheet } from '../../src/gas/recompute';
import { fillSpreadsheet, generatedPlan, markAsKhoiTaoWould } from '../support/sheetPlans';
import { QD4725_CRITERIA } from '../../src/core/dti/qd4725';
import { UNRECONCILED } from '../../src/core/dti/assessment';
import { MARK_KEY } from '../../src/gas/marks';
import { SELF_ASSESSMENT_TAB } from '../../src/sheet/schema';

const NOW = new Date('2026-10-15T03:00:00Z');

let fakes: GasFakes;
let ss: FakeSpreadsheet;
let ui: FakeUi;
beforeEach(() => {
  fakes = installGasFakes();
  ss = fakes.spreadsheetApp.spreadsheet;
  ui = fakes.spreadsheetApp.ui;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function setUp() {
  return setUpSpreadsheet(asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(ss), asGas<GoogleAppsScript.Base.Ui>(ui), NOW);
}

const TABS = ['Tổng quan', 'Chỉ tiêu', 'Nhiệm vụ', 'Tiến độ', 'Phân công', 'Tự đánh giá CĐS', 'Cấu hình', 'Nhật ký'];

describe('Khởi tạo on an empty spreadsheet', () => {
  it('with the sample: creates every tab laid out, fills the An Lão plan and computes it', () => {
    ui.alertResponse = Button.YES;
    const outcome = setUp();

    expect(outcome.cancelled).toBe(false);
    expect(outcome.sample).toBe(true);
    expect(ss.sheets.map((s) => s.name)).toEqual(TABS);
    // One question only (sample or blank); nothing existed, so nothing to keep.
    expect(ui.alerts).toHaveLength(1);
    expect(ui.alerts[0]!.buttons).toBe('YES_NO_CANCEL');

    const indicators = ss.sheet('Chỉ tiêu');
    expect(indicators.snapshot()[0]).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Phụ trách', 'Minh chứng', 'Ghi chú', 'Kết quả mới nhất', 'Tỷ lệ đạt', 'Đánh giá', 'Số liệu năm trước', 'Mã chỉ tiêu Sở']);
    expect(indicators.snapshot().filter((r) => typeof r[0] === 'number')).toHaveLength(22);
    expect(indicators.snapshot().filter((r) => r[13] === 'Đạt' || r[13] === 'Chưa đạt')).toHaveLength(22);
    expect(ss.sheet('Nhiệm vụ').snapshot().filter((r) => typeof r[0] === 'number')).toHaveLength(29);
    expect(ss.sheet('Cấu hình').snapshot()[2]).toEqual(['Tên đơn vị', 'Trường THPT An Lão', 'Ví dụ: Trường THPT An Lão']);
    const units = new Set(ss.sheet('Phân công').snapshot().slice(1).map((r) => r[0]));
    expect(units).toContain('Ban quản lý học bạ số');
    expect(ss.sheet('Phân công').snapshot().slice(1).every((r) => String(r[2]).endsWith('@example.edu.vn'))).toBe(true);

    // Layout: frozen headers, widths, number formats, dropdowns, conditional formats, protection.
    for (const name of TABS.slice(1)) expect(ss.sheet(name).frozenRows, name).toBe(1);
    expect(indicators.columnWidths.get(2)).toBe(380);
    expect(indicators.numberFormats.get('5,13')).toBe('0.0%');
    expect(indicators.numberFormats.get('5,4')).toBe('@');
    expect(indicators.numberFormats.get('3,5')).toBe('0%'); // indicator 1, Quý I: 0.92 shows as 92%
    expect(indicators.numberFormats.get('14,7')).toBe('General'); // indicator 10, Quý III: 70 (percentage points)
    const progress = ss.sheet('Tiến độ');
    const status = progress.validations.get('2,5')!;
    expect(status.kind).toBe('requireValueInList');
    expect(status.args[0]).toEqual(['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng']);
    expect(progress.validations.get('999,6')!.kind).toBe('requireDate');
    expect(ss.sheet('Phân công').validations.get('2,3')!.kind).toBe('requireTextIsEmail');
    expect(progress.numberFormats.get('2,4')).toBe('dd/mm/yyyy');
    expect(indicators.rules.map((r) => [r.kind, r.args[0], r.ranges[0]])).toEqual([
      ['whenTextEqualTo', 'Đạt', 'N2:N1000'],
      ['whenTextEqualTo', 'Chưa đạt', 'N2:N1000'],
      ['whenTextStartsWith', 'Lỗi', 'N2:N1000'],
    ]);
    expect(progress.rules.map((r) => r.args[0])).toEqual([
      0,
      'Hoàn thành',
      '=AND(ISNUMBER($D2),$D2<TODAY(),$E2<>"Hoàn thành")',
      '=AND(ISNUMBER($D2),$D2>=TODAY(),$D2-TODAY()<=7,$E2<>"Hoàn thành")',
    ]);
    expect(progress.protections.map((p) => [p.a1, p.warningOnly])).toEqual([
      ['B2:B1000', true],
      ['D2:D1000', true],
      ['I2:I1000', true],
      ['J2:J1000', true],
    ]);
    expect(ss.sheet('Tổng quan').charts).toHaveLength(2);
    expect(ss.sheet('Nhật ký').snapshot()[1]![1]).toBe('Khởi tạo bảng theo dõi');
    expect(outcome.message).toContain('Đã điền kế hoạch mẫu (22 chỉ tiêu, 29 nhiệm vụ');
  });

  it('without the sample: blank tabs with headers, and the setting names in Cấu hình', () => {
    ui.alertResponse = Button.NO;
    const outcome = setUp();
    expect(outcome.sample).toBe(false);
    expect(ss.sheets.map((s) => s.name)).toEqual(TABS);
    expect(ss.sheet('Chỉ tiêu').snapshot()).toHaveLength(1);
    expect(ss.sheet('Cấu hình').snapshot().map((r) => r[0])).toContain('Năm kế hoạch');
    expect(ss.sheet('Cấu hình').snapshot().slice(1).every((r) => r[1] === '')).toBe(true);
    expect(outcome.message).toContain('Tiếp theo: điền tab «Cấu hình»');
  });

  it('cancel changes nothing', () => {
    ui.alertResponse = Button.CANCEL;
    const outcome = setUp();
    expect(outcome.cancelled).toBe(true);
    expect(ss.sheets).toEqual([]);
    expect(fakes.log.count('Spreadsheet', 'insertSheet')).toBe(0);
  });

  it('through the menu ends with a message', () => {
    ui.alertResponse = Button.YES;
    menuSetUp();
    expect(ui.alerts.at(-1)!.title).toBe('Khởi tạo bảng theo dõi');
    expect(ui.alerts.at(-1)!.prompt).toMatch(/^Đã tạo: «Tổng quan», «Chỉ tiêu»/);
  });
});

describe('Khởi tạo on a spreadsheet that has data', () => {
  const typed = [
    ['TT', 'Nội dung chỉ tiêu', 'Mức đạt 2026', 'Kết quả quý I', 'Ghi chú'],
    ['I', 'Quản trị số', '', '', ''],
    [1, 'Hồ sơ xử lý trên môi trường điện tử', '100%', 0.9, 'nhập tay'],
  ];

  it('asks first; No leaves every tab as it was', () => {
    ss.addSheet('Chỉ tiêu', typed);
    ui.alertResponse = Button.NO;
    const outcome = setUp();
    expect(outcome.cancelled).toBe(true);
    expect(ui.alerts[0]!.prompt).toContain('sẽ được giữ nguyên, không ghi đè: «Chỉ tiêu»');
    expect(ss.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu']);
    expect(ss.sheet('Chỉ tiêu').snapshot()).toEqual(typed);
    expect(fakes.log.count('Range', 'setValues')).toBe(0);
  });

  it('Yes creates only the missing tabs, offers no sample, and writes nothing in the kept tab', () => {
    const kept = ss.addSheet('Chỉ tiêu', typed);
    ui.alertResponse = Button.YES;
    const outcome = setUp();
    expect(outcome.cancelled).toBe(false);
    expect(outcome.kept).toEqual(['Chỉ tiêu']);
    expect(ui.alerts).toHaveLength(1); // no sample question: the plan tabs are not all empty
    expect(ss.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu', 'Tổng quan', 'Nhiệm vụ', 'Tiến độ', 'Phân công', 'Tự đánh giá CĐS', 'Cấu hình', 'Nhật ký']);
    expect(kept.snapshot()).toEqual(typed);
    expect(kept.rules).toEqual([]);
    expect(kept.protections).toEqual([]);
    expect(fakes.log.of('Range', 'setValues').filter((c) => c.args[2] === 'Chỉ tiêu')).toEqual([]);
    expect(fakes.log.of('Range', 'setValues').length).toBeGreaterThan(0);
  });

  it('when every tab exists with data and Tổng quan, Nhật ký are its own, says so and changes nothing', () => {
    for (const name of TABS) markAsKhoiTaoWould(ss.addSheet(name, [['x']]));
    const outcome = setUp();
    expect(outcome.cancelled).toBe(true);
    expect(outcome.message).toContain('đã có đủ các tab');
    expect(ui.alerts).toHaveLength(0);
    expect(fakes.log.count('Range', 'setValues')).toBe(0);
  });
});

describe('Khởi tạo in a bounded number of service calls (issue 11)', () => {
  /*
   * Every call on a service object counts (builders, protections and the add-in's marks too).
   * Today's floor, fixed by the layout and independent of rows: 8 tabs; 53 column-width runs; 12
   * conditional formats (5 builder calls each) and 4 validations; 14 computed columns, each
   * protected (4 calls) and marked (2); Tổng quan with its two charts (about 50, gas/recompute.ts).
   * Tự đánh giá CĐS (issue 13) added a constant 65 calls to a new workbook (305 → 370 blank, 311 →
   * 376 with the sample: its 14 columns in 13 width runs, 5 computed columns protected and marked,
   * one validation, one setValues) and 33 to a re-run (102 → 135: its 5 column marks read, the tab read).
   */
  const BLANK_BUDGET = 325 + 65;
  const SAMPLE_BUDGET = 330 + 65;
  const RERUN_BUDGET = 130 + 33;

  it('blank and with the sample: a fixed number of calls, far below the 570 / 604 of one call per column and cell range', () => {
    ui.alertResponse = Button.NO;
    setUp();
    const blank = fakes.log.calls.length;
    expect(blank).toBeLessThanOrEqual(BLANK_BUDGET);

    vi.unstubAllGlobals();
    fakes = installGasFakes();
    ss = fakes.spreadsheetApp.spreadsheet;
    ui = fakes.spreadsheetApp.ui;
    ui.alertResponse = Button.YES;
    setUp();
    expect(fakes.log.calls.length).toBeLessThanOrEqual(SAMPLE_BUDGET);
    // Each tab is written once, its layout batched: no per-cell or per-column formatting.
    expect(fakes.log.count('Range', 'setValues')).toBe(8); // 7 laid-out tabs (Nhật ký's first row comes with its header) + Tổng quan
    expect(fakes.log.count('Sheet', 'setColumnWidth')).toBe(1); // Tổng quan's first column (gas/recompute.ts)
    expect(fakes.log.count('Range', 'setNumberFormat')).toBe(0);
    expect(fakes.log.count('Sheet', 'getMaxRows')).toBe(8);
    expect(fakes.log.count('Sheet', 'setConditionalFormatRules')).toBe(3);
    expect(fakes.log.count('SpreadsheetApp', 'newDataValidation')).toBe(4); // Tự đánh giá CĐS's Điểm tối đa: a number ≥ 0
  });

  function rerunCalls(rows: number): number {
    vi.unstubAllGlobals();
    fakes = installGasFakes();
    ss = fakes.spreadsheetApp.spreadsheet;
    ui = fakes.spreadsheetApp.ui;
    fillSpreadsheet(ss, generatedPlan(rows));
    ui.alertResponse = Button.YES;
    const outcome = setUp();
    expect(outcome.created).toEqual(['Tổng quan']);
    return fakes.log.calls.length;
  }

  it('re-run over a filled workbook: the same number of calls for a small and a large plan', () => {
    const small = rerunCalls(20);
    const large = rerunCalls(1_500);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(RERUN_BUDGET);
  });

  it('the computed columns it writes are what Cập nhật computes from the same cells', () => {
    ui.alertResponse = Button.YES;
    setUp();
    const before = new Map(ss.sheets.map((s) => [s.name, s.snapshot()]));
    recomputeSpreadsheet(asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(ss), NOW);
    for (const name of ['Chỉ tiêu', 'Nhiệm vụ', 'Tiến độ']) expect(ss.sheet(name).snapshot(), name).toEqual(before.get(name));
  });
});

const SA = 'Tự đánh giá CĐS';
const SA_HEADERS = SELF_ASSESSMENT_TAB.columns.map((c) => c.header);

/** The add-in's column marks on a tab: mark → column. */
function columnMarks(name: string): Map<string, number> {
  const sheet = ss.sheet(name);
  return new Map(ss.metadata.filter((m) => m.key === MARK_KEY && m.location.sheet === sheet && m.location.column !== undefined).map((m) => [String(m.value).replace(/^column:/, ''), m.location.column!]));
}

/** A workbook filled before issue 13: no Tự đánh giá CĐS tab, no «Tiêu chí 4725» column in Nhiệm vụ. */
function oldWorkbook(rows: number): void {
  markAsKhoiTaoWould(ss.addSheet('Tổng quan', [['TỔNG QUAN THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026']]));
  fillSpreadsheet(ss, generatedPlan(rows), { 'Nhiệm vụ': (r) => r.map((row) => row.slice(0, -1)) });
  ss.removeSheet(ss.sheet(SA));
}

describe('Khởi tạo and the self-assessment tab «Tự đánh giá CĐS» (issue 13)', () => {
  it('a new workbook gets the tab with the QĐ 4725 criteria, laid out like the others, its computed columns marked and computed', () => {
    ui.alertResponse = Button.NO;
    setUp();
    const rows = ss.sheet(SA).snapshot();
    expect(rows[0]).toEqual(SA_HEADERS);
    expect(rows.slice(1).map((r) => r[0])).toEqual(QD4725_CRITERIA.map((c) => c.code));
    const at = (h: string) => SA_HEADERS.indexOf(h);
    const row = (code: string) => rows.find((r) => r[0] === code)!;
    expect(row('1.1')[at('Bắt buộc')]).toBe('x');
    expect(row('1.1')[at('Điểm tối đa')]).toBe('');
    expect(row('1.5.1')[at('Điểm tối đa')]).toBe(15);
    expect(rows.slice(1).every((r) => r[at('Điểm tự đánh giá')] === '' && r[at('Phụ trách')] === '')).toBe(true);
    // Computed in the same write: the conditions not yet assessed, group 2 adding to 90 said plainly.
    expect(row('1.1')[at('Đạt điều kiện')]).toBe('Chưa đánh giá');
    expect(String(row('2.4.3')[at('Mức')])).toContain(UNRECONCILED);
    expect(String(row('1.4')[at('Mức')])).not.toContain(UNRECONCILED);
    expect(fakes.log.of('Range', 'setValues').filter((c) => c.args[2] === SA)).toHaveLength(1);
    // Laid out: frozen header, widths, the computed columns protected (warning only) and marked.
    const sheet = ss.sheet(SA);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.columnWidths.get(2)).toBe(380);
    const computed = SELF_ASSESSMENT_TAB.columns.flatMap((c, i) => (c.computed ? [[`selfAssessment.${c.key}`, i + 1] as const] : []));
    expect(computed).toHaveLength(5);
    expect([...columnMarks(SA)].sort()).toEqual([...computed].sort());
    expect(sheet.protections.map((p) => [p.a1, p.warningOnly])).toEqual(computed.map(([, c]) => [`${String.fromCharCode(64 + c)}2:${String.fromCharCode(64 + c)}1000`, true]));
    expect(sheet.validations.get(`2,${at('Điểm tối đa') + 1}`)!.kind).toBe('requireNumberGreaterThanOrEqualTo');
    // Tổng quan shows the block.
    expect(ss.sheet('Tổng quan').snapshot().some((r) => r[0] === 'Tự đánh giá mức độ CĐS (QĐ 4725)')).toBe(true);
  });

  it('a re-run never rewrites the tab once staff typed in it: scores, moved columns, a column of their own', () => {
    ui.alertResponse = Button.NO;
    setUp();
    const sheet = ss.sheet(SA);
    sheet.writeCell(4, 6, 5); // 1.3.1: 5 points
    sheet.writeCell(2, 6, 'Đạt'); // 1.1
    sheet.writeCell(2, 9, 'Tổ Toán');
    sheet.moveColumn(9, 1); // Phụ trách first
    sheet.writeCell(1, 16, 'Ý kiến của tổ');
    sheet.writeCell(3, 16, 'Đã họp tổ');
    const before = sheet.snapshot();
    fakes.log.clear();
    const outcome = setUp();
    expect(outcome.cancelled).toBe(true);
    expect(outcome.kept).toContain(SA);
    expect(sheet.snapshot()).toEqual(before);
    expect(fakes.log.count('Range', 'setValues')).toBe(0);
  });

  it('a workbook from before issue 13 gains the tab on Khởi tạo, after one question, and nothing else changes but one Nhật ký row', () => {
    oldWorkbook(20);
    const before = new Map(ss.sheets.map((s) => [s.name, s.snapshot()]));
    const marksBefore = ss.metadata.length;
    ui.alertResponse = Button.YES;
    fakes.log.clear();
    const outcome = setUp();
    expect(outcome.created).toEqual([SA]);
    expect(ui.alerts).toHaveLength(1);
    expect(ui.alerts[0]!.prompt).toContain(`Tạo (hoặc trình bày) các tab còn thiếu: «${SA}»?`);
    for (const [name, rows] of before) {
      if (name === 'Nhật ký') expect(ss.sheet(name).snapshot().slice(0, rows.length), name).toEqual(rows);
      else expect(ss.sheet(name).snapshot(), name).toEqual(rows);
    }
    expect(ss.sheet('Nhật ký').snapshot()).toHaveLength(before.get('Nhật ký')!.length + 1);
    expect(fakes.log.of('Range', 'setValues').map((c) => c.args[2])).toEqual([SA]);
    expect(ss.metadata.length - marksBefore).toBe(5); // the new tab's computed columns, nothing else marked
    expect(ss.sheet(SA).snapshot().slice(1).map((r) => r[0])).toEqual(QD4725_CRITERIA.map((c) => c.code));
    expect(outcome.message).toContain(`Tab «${SA}» có sẵn các tiêu chí tự đánh giá theo QĐ 4725`);
    expect(outcome.message).not.toContain('Tiếp theo: điền tab «Cấu hình»');
    // Cập nhật then computes the tab's columns (marked by Khởi tạo).
    recomputeSpreadsheet(asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(ss), NOW);
    const at = (h: string) => SA_HEADERS.indexOf(h);
    expect(ss.sheet(SA).snapshot().find((r) => r[0] === '1.2')![at('Đạt điều kiện')]).toBe('Chưa đánh giá');
    // A second Khởi tạo: every tab there, nothing to do.
    fakes.log.clear();
    expect(setUp().message).toContain('đã có đủ các tab');
    expect(fakes.log.count('Range', 'setValues')).toBe(0);
  });

  it('gaining the tab costs the same calls for a small and a large old workbook', () => {
    const calls = (rows: number): number => {
      vi.unstubAllGlobals();
      fakes = installGasFakes();
      ss = fakes.spreadsheetApp.spreadsheet;
      ui = fakes.spreadsheetApp.ui;
      oldWorkbook(rows);
      ui.alertResponse = Button.YES;
      fakes.log.clear();
      expect(setUp().created).toEqual([SA]);
      return fakes.log.calls.length;
    };
    const small = calls(20);
    expect(calls(1_500)).toBe(small);
  });
});
