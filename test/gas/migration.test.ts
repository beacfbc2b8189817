/**
 * Review round 2, item 7: a workbook from before the add-in marked its columns. Cập nhật takes
 * back, silently, the computed columns a previous version provably wrote (every filled cell is
 * exactly what it writes today); it names the others in one paragraph with one instruction, and
 * Khởi tạo asks about them as before.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CalendarDate, calendarDate } from '../../src/core/date';
import { MARK_KEY } from '../../src/gas/marks';
import { recomputeMessage, recomputeSpreadsheet } from '../../src/gas/recompute';
import { setUpSpreadsheet } from '../../src/gas/setUp';
import { toSheetValues } from '../../src/gas/sheetValues';
import { samplePlan } from '../../src/sample/anLao2026';
import { describeColumn } from '../../src/sheet/ownedColumns';
import { planTabs } from '../../src/sheet/planTabs';
import { applyBlocks, recompute } from '../../src/sheet/recompute';
import type { Cell } from '../../src/sheet/workbook';
import { asGas, Button, installGasFakes, type FakeSheet, type FakeSpreadsheet, type GasFakes } from '../fakes';

/** 15/10/2026 10:00 in Việt Nam. */
const NOW = new Date('2026-10-15T03:00:00Z');

let fakes: GasFakes;
let ss: FakeSpreadsheet;
beforeEach(() => {
  fakes = installGasFakes();
  ss = fakes.spreadsheetApp.spreadsheet;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const gasSs = () => asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(ss);

/**
 * The sample's tabs as a version from before the marks left them after its last Cập nhật on
 * `lastRun`: every computed column written by its header, no mark anywhere. A Tiến độ row for
 * a task that no longer exists gives «Lưu ý của hệ thống» something to say.
 */
function preUpgrade(lastRun: CalendarDate, edit: (tabs: Map<string, Cell[][]>) => void = () => {}): void {
  const tabs = planTabs(samplePlan());
  // A workbook from before the marks is from before «Tự đánh giá CĐS» (issue 13) too.
  tabs.delete('Tự đánh giá CĐS');
  const progress = tabs.get('Tiến độ')!;
  progress.push(progress[0]!.map((h) => (h === 'Mã NV' ? 99 : h === 'Kỳ' ? 'Quý I' : '')));
  const written = applyBlocks(tabs, recompute(tabs, lastRun, { fallbackYear: 2026 }).blocks) as Map<string, Cell[][]>;
  edit(written);
  for (const [name, rows] of written) ss.addSheet(name, toSheetValues(rows, ss.timeZone));
}

function columnMarks(): number {
  return ss.metadata.filter((m) => m.key === MARK_KEY && m.location.column !== undefined).length;
}

function cellsUnder(sheet: FakeSheet, header: string): unknown[] {
  const rows = sheet.snapshot();
  const c = rows[0]!.indexOf(header);
  return rows.slice(1).map((r) => r[c]);
}

describe('a workbook from before the marks', () => {
  it('Cập nhật the same day: the 9 computed columns the previous version wrote are taken back and marked, nothing to hand over', () => {
    preUpgrade(calendarDate(2026, 10, 15));
    const outcome = recomputeSpreadsheet(gasSs(), NOW);
    expect(outcome.result.adopted.map(describeColumn)).toEqual([
      '«Kết quả mới nhất» (tab «Chỉ tiêu», cột L)',
      '«Tỷ lệ đạt» (tab «Chỉ tiêu», cột M)',
      '«Đánh giá» (tab «Chỉ tiêu», cột N)',
      '«Hạn gần nhất» (tab «Nhiệm vụ», cột G)',
      '«Tình trạng» (tab «Nhiệm vụ», cột H)',
      '«Nhiệm vụ» (tab «Tiến độ», cột B)',
      '«Hạn» (tab «Tiến độ», cột D)',
      '«Quá hạn (ngày)» (tab «Tiến độ», cột I)',
      '«Lưu ý của hệ thống» (tab «Tiến độ», cột J)',
    ]);
    expect(columnMarks()).toBe(9);
    expect(outcome.result.read.columnProblems).toEqual([]);
    const message = recomputeMessage(outcome);
    expect(message).toContain('• Đã nhận lại 9 cột do phiên bản trước của tiện ích ghi (mọi ô đã có đều đúng bằng kết quả tính hôm nay) và gắn dấu của tiện ích: «Kết quả mới nhất» (tab «Chỉ tiêu», cột L), ');
    expect(message).not.toContain('Khởi tạo bảng theo dõi');
    // The next run finds them marked.
    expect(recomputeSpreadsheet(gasSs(), NOW).result.adopted).toEqual([]);
  });

  it('Cập nhật two weeks later: the columns whose cells changed since are named in one paragraph with one instruction, and left as they are', () => {
    preUpgrade(calendarDate(2026, 9, 30));
    const progress = ss.sheet('Tiến độ');
    const overdue = cellsUnder(progress, 'Quá hạn (ngày)');
    const outcome = recomputeSpreadsheet(gasSs(), NOW);
    const left = outcome.result.read.unmarked;
    expect(left.map(describeColumn)).toContain('«Quá hạn (ngày)» (tab «Tiến độ», cột I)');
    expect(outcome.result.adopted.map(describeColumn)).toContain('«Hạn» (tab «Tiến độ», cột D)');
    expect(cellsUnder(progress, 'Quá hạn (ngày)')).toStrictEqual(overdue);
    const message = recomputeMessage(outcome);
    expect(message.split('Khởi tạo bảng theo dõi')).toHaveLength(2);
    expect(message).toContain(
      `• ${left.length} cột có tiêu đề của cột do tiện ích tính nhưng không mang dấu của tiện ích, nên tiện ích không ghi vào: ${left.map(describeColumn).join(', ')}. ` +
        'Nếu các cột này để tiện ích tính: chọn «Chuyển đổi số → Khởi tạo bảng theo dõi» và đồng ý giao cột cho tiện ích. ' +
        'Nếu có cột thầy cô tự nhập: đổi tên tiêu đề cột đó (ví dụ thêm «của tổ»), tiện ích sẽ thêm cột của mình ở bên phải bảng.',
    );
    expect(message.length).toBeLessThan(1600);
    // Khởi tạo asks about exactly those, and «Có» hands them over.
    fakes.spreadsheetApp.ui.alertResponse = Button.YES;
    setUpSpreadsheet(gasSs(), asGas<GoogleAppsScript.Base.Ui>(fakes.spreadsheetApp.ui), NOW);
    expect(fakes.spreadsheetApp.ui.alerts[0]!.prompt).toContain(left.map(describeColumn).join(', '));
    expect(recomputeSpreadsheet(gasSs(), NOW).result.read.unmarked).toEqual([]);
  });

  it('a column one cell of which differs from what the add-in writes is staff\'s: not taken, not written', () => {
    preUpgrade(calendarDate(2026, 10, 15), (tabs) => {
      const rows = tabs.get('Chỉ tiêu')!;
      const verdict = rows[0]!.indexOf('Đánh giá');
      const row = rows.findIndex((r) => r[0] === 3);
      rows[row]![verdict] = 'Đạt (tổ đánh giá lại)';
    });
    const indicators = ss.sheet('Chỉ tiêu');
    const typed = cellsUnder(indicators, 'Đánh giá');
    const outcome = recomputeSpreadsheet(gasSs(), NOW);
    expect(outcome.result.adopted.map((c) => c.header)).not.toContain('Đánh giá');
    expect(outcome.result.read.unmarked.map((c) => c.header)).toEqual(['Đánh giá']);
    expect(cellsUnder(indicators, 'Đánh giá')).toStrictEqual(typed);
  });

  it('a column with the header and nothing in it (staff will type their own) is not taken', () => {
    preUpgrade(calendarDate(2026, 10, 15), (tabs) => {
      const rows = tabs.get('Chỉ tiêu')!;
      const verdict = rows[0]!.indexOf('Đánh giá');
      rows.forEach((r, i) => i > 0 && (r[verdict] = ''));
    });
    const outcome = recomputeSpreadsheet(gasSs(), NOW);
    expect(outcome.result.read.unmarked.map((c) => c.header)).toEqual(['Đánh giá']);
    expect(cellsUnder(ss.sheet('Chỉ tiêu'), 'Đánh giá').every((v) => v === '')).toBe(true);
  });
});
