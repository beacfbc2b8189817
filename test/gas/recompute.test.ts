import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recomputeMessage, recomputeSpreadsheet } from '../../src/gas/recompute';
import { setUpSpreadsheet } from '../../src/gas/setUp';
import { RECOMPUTE_BUSY_MESSAGE } from '../../src/gas/sheetActions';
import { menuRecompute } from '../../src/main';
import { samplePlan } from '../../src/sample/anLao2026';
import { asGas, Button, FakeLockService, installGasFakes, type FakeSheet, type FakeSpreadsheet, type GasFakes } from '../fakes';
import { fillSpreadsheet, generatedPlan } from '../support/sheetPlans';

/** 15/10/2026 10:00 in Việt Nam: the sample's "as of" day. */
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

function run(now = NOW) {
  return recomputeSpreadsheet(asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(ss), now);
}

/** Column values of a sheet by header (row 1), from row 2 to the last row. */
function column(name: string, header: string): unknown[] {
  const rows = ss.sheet(name).snapshot();
  const c = rows[0]!.indexOf(header);
  if (c < 0) throw new Error(`no ${header} in ${name}`);
  return rows.slice(1).map((r) => r[c]);
}

function rowOf(name: string, predicate: (row: unknown[]) => boolean): unknown[] {
  const row = ss.sheet(name).snapshot().find(predicate);
  if (!row) throw new Error('row not found');
  return row;
}

describe('Cập nhật đánh giá & tiến độ on the sample plan', () => {
  beforeEach(() => fillSpreadsheet(ss, samplePlan()));

  it('fills Kết quả mới nhất, Tỷ lệ đạt and Đánh giá of every indicator, and the group roll-ups', () => {
    run();
    const header = ss.sheet('Chỉ tiêu').snapshot()[0]!;
    const at = (h: string) => header.indexOf(h);
    const indicator = (stt: number) => rowOf('Chỉ tiêu', (r) => r[0] === stt);
    expect(indicator(1)[at('Kết quả mới nhất')]).toBe('100% (Quý III)');
    expect(indicator(1)[at('Tỷ lệ đạt')]).toBe(1);
    expect(indicator(1)[at('Đánh giá')]).toBe('Đạt');
    // ≥90% with "70" typed in Quý III: 70 percentage points, 0.7 / 0.9 of the target.
    expect(indicator(10)[at('Kết quả mới nhất')]).toBe('70% (Quý III)');
    expect(indicator(10)[at('Tỷ lệ đạt')]).toBeCloseTo(0.7 / 0.9, 10);
    expect(indicator(10)[at('Đánh giá')]).toBe('Chưa đạt');
    expect(indicator(21)[at('Kết quả mới nhất')]).toBe('Có (Quý III)');
    const verdicts = column('Chỉ tiêu', 'Đánh giá').filter((v) => v === 'Đạt' || v === 'Chưa đạt');
    expect(verdicts).toHaveLength(22);
    const group = rowOf('Chỉ tiêu', (r) => r[0] === 'I');
    expect(group[at('Đánh giá')]).toMatch(/^\d+\/6 đạt$/);
  });

  it('fills Hạn gần nhất and Tình trạng of every task', () => {
    run();
    const header = ss.sheet('Nhiệm vụ').snapshot()[0]!;
    const task = (stt: number) => rowOf('Nhiệm vụ', (r) => r[0] === stt);
    // Task 25, Quý III, not started: due 30/09/2026, 15 days overdue on 15/10.
    expect(task(25)[header.indexOf('Tình trạng')]).toBe('Quá hạn 15 ngày (Quý III)');
    expect(task(25)[header.indexOf('Hạn gần nhất')]).toEqual(new Date('2026-09-29T17:00:00Z'));
    expect(task(4)[header.indexOf('Tình trạng')]).toBe('Hoàn thành');
    expect(task(4)[header.indexOf('Hạn gần nhất')]).toBe('');
    expect(task(7)[header.indexOf('Tình trạng')]).toBe('Đang thực hiện (0/4 kỳ xong)');
    expect(column('Nhiệm vụ', 'Tình trạng').filter((v) => v !== '')).toHaveLength(29);
  });

  it('writes Quá hạn (ngày) per occurrence and adds no rows when Tiến độ is complete', () => {
    const before = ss.sheet('Tiến độ').snapshot().length;
    const outcome = run();
    expect(outcome.appendedRows).toBe(0);
    expect(ss.sheet('Tiến độ').snapshot()).toHaveLength(before);
    const header = ss.sheet('Tiến độ').snapshot()[0]!;
    const row = rowOf('Tiến độ', (r) => r[0] === 25);
    expect(row[header.indexOf('Quá hạn (ngày)')]).toBe(15);
    expect(column('Tiến độ', 'Lưu ý của hệ thống').every((v) => v === '')).toBe(true);
  });

  it('writes Tổng quan with attainment by group, status counts, the overdue list and two charts', () => {
    run();
    const dash = ss.sheet('Tổng quan');
    const rows = dash.snapshot();
    const text = rows.map((r) => r.join(' | ')).join('\n');
    expect(text).toContain('TỔNG QUAN THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026');
    expect(text).toContain('I. Thể chế và quản trị số | 6 | 6');
    expect(text).toContain('Toàn kế hoạch | 22 | 22');
    expect(text).toMatch(/Hoàn thành \| \d+/);
    expect(text).toContain('Hoàn thiện hồ sơ xác định cấp độ an toàn hệ thống thông tin ngành | 25 | Quý III');
    expect(dash.charts.map((c) => c.type)).toEqual(['bar', 'pie']);
    expect(dash.charts[0]!.options.title).toBe('Tỷ lệ đạt bình quân theo nhóm chỉ tiêu');
    // A second run replaces the charts rather than adding two more.
    run();
    expect(ss.sheet('Tổng quan').charts).toHaveLength(2);
  });

  it('reads a target Sheets turned into a number (90% typed in a plain cell) as the percentage shown', () => {
    const sheet = ss.sheet('Chỉ tiêu');
    const r = sheet.values.findIndex((row) => row[0] === 10) + 1;
    sheet.values[r - 1]![3] = 0.9;
    sheet.numberFormats.set(`${r},4`, '0%');
    run();
    const header = sheet.snapshot()[0]!;
    expect(sheet.values[r - 1]![header.indexOf('Đánh giá')]).toBe('Chưa đạt');
    expect(sheet.values[r - 1]![header.indexOf('Tỷ lệ đạt')]).toBeCloseTo(0.7 / 0.9, 10);
    expect(sheet.values[r - 1]![3]).toBe(0.9); // the cell itself is untouched
  });

  it('adds back a computed column staff deleted, to the right of everything used, and fills it', () => {
    const sheet = ss.sheet('Chỉ tiêu');
    for (const row of sheet.values) row.splice(13, 1); // column N (Đánh giá) deleted
    sheet.values[4]![15] = 'ghi chú ở cột P';
    const outcome = run();
    const rows = sheet.snapshot();
    expect(rows[0]![16]).toBe('Đánh giá');
    expect(rows[2]![16]).toBe('Đạt');
    expect(rows[4]![15]).toBe('ghi chú ở cột P');
    expect(recomputeMessage(outcome)).toContain('• Tab Chỉ tiêu thiếu cột «Đánh giá»: đã thêm vào bên phải bảng.');
    expect(outcome.result.headers).toHaveLength(1);
    expect(run().result.headers).toEqual([]);
  });

  it('never writes a staff column: every cell outside the computed columns is unchanged', () => {
    const before = new Map(ss.sheets.map((s) => [s.name, s.snapshot()]));
    run();
    for (const [name, computed] of [
      ['Chỉ tiêu', ['Kết quả mới nhất', 'Tỷ lệ đạt', 'Đánh giá']],
      ['Nhiệm vụ', ['Hạn gần nhất', 'Tình trạng']],
      ['Tiến độ', ['Nhiệm vụ', 'Hạn', 'Quá hạn (ngày)', 'Lưu ý của hệ thống']],
      ['Phân công', []],
      ['Cấu hình', []],
    ] as const) {
      const old = before.get(name)!;
      const now = ss.sheet(name).snapshot();
      const skip = new Set(computed.map((h) => old[0]!.indexOf(h)));
      old.forEach((row, r) => row.forEach((v, c) => {
        if (!skip.has(c)) expect(now[r]![c], `${name} ${r + 1}:${c + 1}`).toEqual(v);
      }));
    }
  });
});

describe('Tiến độ regeneration', () => {
  it('appends the missing occurrences and marks rows whose task timing changed, keeping what staff typed', () => {
    fillSpreadsheet(ss, samplePlan());
    // Task 10 was "Quý III" (a row with a note); the board moves it to "Quý IV".
    const tasks = ss.sheet('Nhiệm vụ');
    const taskRow = tasks.values.findIndex((r) => r[0] === 10);
    tasks.values[taskRow]![5] = 'Quý IV';
    const progress = ss.sheet('Tiến độ');
    const oldRowIndex = progress.values.findIndex((r) => r[0] === 10);
    const oldRow = [...progress.values[oldRowIndex]!];
    const lastBefore = progress.snapshot().length;

    const outcome = run();

    expect(outcome.appendedRows).toBe(1);
    const rows = progress.snapshot();
    expect(rows).toHaveLength(lastBefore + 1);
    const added = rows[lastBefore]!;
    expect(added.slice(0, 5)).toEqual([10, 'Xây dựng, hoàn thiện hệ thống dashboard phục vụ lãnh đạo Sở theo dõi, chỉ đạo điều hành', 'Quý IV', new Date('2026-12-30T17:00:00Z'), '']);
    const kept = rows[oldRowIndex]!;
    expect(kept.slice(0, 8)).toEqual(oldRow.slice(0, 8));
    expect(kept[9]).toMatch(/Thời gian của nhiệm vụ đã đổi: kỳ «Quý III» không còn/);
    // Re-running adds nothing more.
    expect(run().appendedRows).toBe(0);
  });
  it('writes nothing when a row was typed below Tiến độ while it ran (the new rows would overwrite it)', () => {
    fillSpreadsheet(ss, samplePlan());
    const tasks = ss.sheet('Nhiệm vụ');
    tasks.values[tasks.values.findIndex((r) => r[0] === 10)]![5] = 'Quý IV';
    const progress = ss.sheet('Tiến độ');
    const typed = [12, '', 'Quý IV', '', 'Đang thực hiện', '', '', 'dòng vừa gõ'];
    const lastRow = progress.snapshot().length + 1;
    const read = progress.getDataRange.bind(progress);
    // Another teacher adds a row right after Cập nhật has read the tab.
    progress.getDataRange = () => {
      const range = read();
      typed.forEach((v, c) => (progress.values[lastRow - 1]![c] = v));
      return range;
    };
    const before = ss.sheets.map((s) => [s.name, s.snapshot()]);
    expect(() => run()).toThrow(`Tab «Tiến độ» vừa có thêm dòng ${lastRow} trong lúc cập nhật`);
    const after = progress.snapshot();
    expect(after).toHaveLength(lastRow);
    expect(after[lastRow - 1]!.slice(0, typed.length)).toEqual(typed);
    const unchanged = (rows: unknown[][], name: string) => (name === 'Tiến độ' ? rows.slice(0, lastRow - 1).map((r) => r.slice(0, typed.length)) : rows);
    expect(ss.sheets.map((s) => [s.name, unchanged(s.snapshot(), s.name)])).toEqual(before.map(([name, rows]) => [name, unchanged(rows as unknown[][], name as string)]));
  });
});

/** Everything the fake keeps of a sheet, to compare before and after ("byte for byte"). */
function state(sheet: FakeSheet): string {
  const { values, numberFormats, fontWeights, backgrounds, columnWidths, charts, frozenRows, maxRows, maxColumns, rules } = sheet;
  return JSON.stringify({
    values,
    numberFormats: [...numberFormats],
    fontWeights: [...fontWeights],
    backgrounds: [...backgrounds],
    columnWidths: [...columnWidths],
    charts: charts.length,
    frozenRows,
    maxRows,
    maxColumns,
    rules: rules.length,
  });
}

describe('text the add-in copies into Tiến độ stays text', () => {
  it('a Mã NV «1.10» (an STT formatted as text) is written so that Sheets keeps it, and the next Cập nhật finds its rows', () => {
    fillSpreadsheet(ss, samplePlan());
    ss.parsesInput = true;
    const tasks = ss.sheet('Nhiệm vụ');
    tasks.values[tasks.values.findIndex((r) => r[0] === 10)]![0] = '1.10';
    const first = run();
    expect(first.appendedRows).toBeGreaterThan(0);
    const ids = ss.sheet('Tiến độ').snapshot().map((r) => r[0]);
    expect(ids).toContain('1.10');
    expect(ids).not.toContain(1.1);
    expect(run(new Date('2026-10-16T03:00:00Z')).appendedRows).toBe(0);
  });
});

describe('Tổng quan never overwrites a tab staff made', () => {
  const typed = [
    ['Bảng tổng hợp của tổ Tin', 'Số liệu'],
    ['Máy tính hỏng', 3],
    ['Ghi chú', 'nhập tay, không được xoá'],
  ];
  const title = (sheet: FakeSheet) => String(sheet.snapshot()[0]![0]);

  it('a tab named "Dashboard" is the school\'s, not Tổng quan: it survives unchanged, Tổng quan is made beside it', () => {
    fillSpreadsheet(ss, samplePlan());
    const mine = ss.addSheet('Dashboard', typed);
    mine.fontWeights.set('1,1', 'bold');
    const before = state(mine);
    run();
    expect(state(mine)).toBe(before);
    expect(title(ss.sheet('Tổng quan'))).toMatch(/^TỔNG QUAN THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026/);
    expect(ss.sheet('Tổng quan').charts).toHaveLength(2);
  });

  it('a «Tổng quan» staff typed before set-up (kept by Khởi tạo) survives; Tổng quan goes to «Tổng quan (CĐS)», and the message says so', () => {
    const mine = ss.addSheet('Tổng quan', typed);
    fakes.spreadsheetApp.ui.alertResponse = Button.YES;
    setUpSpreadsheet(asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(ss), asGas<GoogleAppsScript.Base.Ui>(fakes.spreadsheetApp.ui), NOW);
    const before = state(mine);
    expect(mine.snapshot()).toEqual(typed);

    const outcome = run();
    expect(state(mine)).toBe(before);
    const own = ss.sheet('Tổng quan (CĐS)');
    expect(title(own)).toMatch(/^TỔNG QUAN THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026/);
    expect(own.charts).toHaveLength(2);
    expect(recomputeMessage(outcome)).toContain('• Tab «Tổng quan» không phải do tiện ích tạo nên được giữ nguyên; tổng quan được ghi vào tab «Tổng quan (CĐS)».');

    // The next Cập nhật refreshes «Tổng quan (CĐS)» in place and still leaves «Tổng quan» alone.
    const tabs = ss.sheets.length;
    run(new Date('2026-10-20T03:00:00Z'));
    expect(state(mine)).toBe(before);
    expect(ss.sheets).toHaveLength(tabs);
    expect(String(own.snapshot()[1]![0])).toContain('Số liệu tính đến ngày 20/10/2026.');
    expect(own.charts).toHaveLength(2);
  });

  it('when both names hold staff\'s tabs, Tổng quan goes to the next free name, and the message says so', () => {
    fillSpreadsheet(ss, samplePlan());
    const a = ss.addSheet('Tổng quan', typed);
    const b = ss.addSheet('Tổng quan (CĐS)', typed);
    const [beforeA, beforeB] = [state(a), state(b)];
    const outcome = run();
    expect([state(a), state(b)]).toEqual([beforeA, beforeB]);
    expect(title(ss.sheet('Tổng quan (CĐS) 2'))).toMatch(/^TỔNG QUAN THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026/);
    expect(recomputeMessage(outcome)).toContain('• Tab «Tổng quan», «Tổng quan (CĐS)» không phải do tiện ích tạo nên được giữ nguyên; tổng quan được ghi vào tab «Tổng quan (CĐS) 2».');
  });

  it('a tab staff made with the add-in\'s own title and note in A1:A2 is still theirs: only the mark counts', () => {
    fillSpreadsheet(ss, samplePlan());
    run();
    const lookalike = ss.addSheet('Tổng quan (CĐS)', ss.sheet('Tổng quan').snapshot());
    ss.sheet('Tổng quan').name = 'Tổng quan cũ';
    const before = state(lookalike);
    run(new Date('2026-10-20T03:00:00Z'));
    expect(state(lookalike)).toBe(before);
    expect(String(ss.sheet('Tổng quan cũ').snapshot()[1]![0])).toContain('Số liệu tính đến ngày 20/10/2026.');
  });

  it('a copy staff made of Tổng quan is theirs, though «Sao chép» copies the mark, and stays so once the original is deleted', () => {
    fillSpreadsheet(ss, samplePlan());
    run();
    const copy = ss.duplicateSheet(ss.sheet('Tổng quan'), 'Tổng quan tháng 9 (họp HĐ)');
    copy.values[40]![0] = 'Ý kiến hội đồng: đề nghị bổ sung minh chứng';
    const before = state(copy);
    run(new Date('2026-10-20T03:00:00Z'));
    expect(state(copy)).toBe(before);
    expect(String(ss.sheet('Tổng quan').snapshot()[1]![0])).toContain('Số liệu tính đến ngày 20/10/2026.');

    ss.removeSheet(ss.sheet('Tổng quan'));
    run(new Date('2026-10-21T03:00:00Z'));
    expect(state(copy)).toBe(before);
    expect(String(ss.sheet('Tổng quan').snapshot()[1]![0])).toContain('Số liệu tính đến ngày 21/10/2026.');
  });

  it('the add-in\'s own Tổng quan is refreshed in place, also after staff rename it', () => {
    fillSpreadsheet(ss, samplePlan());
    run();
    const own = ss.sheet('Tổng quan');
    expect(title(own)).toMatch(/^TỔNG QUAN THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026/);
    own.values[200]![5] = 'sót lại từ lần trước';
    own.name = 'Tổng hợp CĐS';
    const outcome = run(new Date('2026-10-20T03:00:00Z'));
    expect(ss.sheets.filter((s) => s.name.startsWith('Tổng')).map((s) => s.name)).toEqual(['Tổng hợp CĐS']);
    expect(String(own.snapshot()[1]![0])).toContain('Số liệu tính đến ngày 20/10/2026.');
    expect(own.snapshot().flat()).not.toContain('sót lại từ lần trước'); // cleared, as before
    expect(own.charts).toHaveLength(2);
    expect(recomputeMessage(outcome)).not.toContain('giữ nguyên;');
  });
});

describe('«Cập nhật» from the menu holds the document lock', () => {
  let locks: FakeLockService;
  beforeEach(() => {
    locks = new FakeLockService(fakes.log);
    vi.stubGlobal('LockService', locks);
    fillSpreadsheet(ss, samplePlan());
    // A task moved to Quý IV: Cập nhật would append a Tiến độ row.
    const tasks = ss.sheet('Nhiệm vụ');
    tasks.values[tasks.values.findIndex((r) => r[0] === 10)]![5] = 'Quý IV';
  });

  it('while another update or reminder run holds it: says so in Vietnamese and writes nothing', () => {
    locks.documentLock.heldElsewhere = true;
    const before = ss.sheets.map((s) => [s.name, state(s)]);
    fakes.log.clear();
    menuRecompute();
    expect(fakes.spreadsheetApp.ui.alerts.map((a) => a.prompt)).toEqual([RECOMPUTE_BUSY_MESSAGE]);
    expect(ss.sheets.map((s) => [s.name, state(s)])).toEqual(before);
    expect(fakes.log.count('Range', 'setValues')).toBe(0);
    expect(fakes.log.count('Range', 'getValues')).toBe(0);
  });

  it('when free: takes it before reading, releases it after the last write, before the closing message', () => {
    fakes.log.clear();
    menuRecompute();
    const order = fakes.log.calls.map((c) => `${c.service}.${c.method}`);
    expect(order.indexOf('Lock.tryLock')).toBeLessThan(order.indexOf('Range.getValues'));
    expect(order.lastIndexOf('Range.setValues')).toBeLessThan(order.indexOf('Lock.releaseLock'));
    expect(order.indexOf('Lock.releaseLock')).toBeLessThan(order.indexOf('Ui.alert'));
    expect(fakes.spreadsheetApp.ui.alerts[0]!.prompt).toContain('Đã thêm 1 dòng mới vào cuối tab Tiến độ.');
    expect(locks.documentLock.tryLock(0)).toBe(true); // released
  });

  it('applies its writes (SpreadsheetApp.flush) before releasing, so the next holder reads them', () => {
    fakes.log.clear();
    menuRecompute();
    const order = fakes.log.calls.map((c) => `${c.service}.${c.method}`);
    expect(order.lastIndexOf('Range.setValues')).toBeLessThan(order.lastIndexOf('SpreadsheetApp.flush'));
    expect(order.lastIndexOf('SpreadsheetApp.flush')).toBeLessThan(order.indexOf('Lock.releaseLock'));
  });
});

describe('service calls', () => {
  function callsFor(n: number, staff: (ss: FakeSpreadsheet) => void = () => {}): Map<string, number> {
    const f = installGasFakes();
    fillSpreadsheet(f.spreadsheetApp.spreadsheet, generatedPlan(n));
    staff(f.spreadsheetApp.spreadsheet);
    f.log.clear();
    recomputeSpreadsheet(asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(f.spreadsheetApp.spreadsheet), NOW);
    const counts = new Map<string, number>();
    for (const c of f.log.calls) counts.set(`${c.service}.${c.method}`, (counts.get(`${c.service}.${c.method}`) ?? 0) + 1);
    return counts;
  }

  it('are the same for 10 and 5,000 tasks: each plan tab read once, each computed block written once', () => {
    const small = callsFor(10);
    const large = callsFor(5000);
    // A sheet has a fixed number of rows (1,000 when new): appending past them needs one
    // insertRowsAfter for the tab, whatever the number of rows appended.
    expect(small.get('Sheet.insertRowsAfter')).toBeUndefined();
    expect(large.get('Sheet.insertRowsAfter')).toBe(1);
    large.delete('Sheet.insertRowsAfter');
    expect(large).toEqual(small);
    // Chỉ tiêu, Nhiệm vụ, Tiến độ, Tự đánh giá CĐS with their formulas (Chỉ tiêu and Tự đánh giá CĐS
    // also their formats); Cấu hình and Phân công values alone.
    expect(small.get('Range.getValues')).toBe(4);
    expect(small.get('Range.getFormulas')).toBe(4);
    expect(small.get('Range.getNumberFormats')).toBe(2);
    expect(small.get('Sheet.getSheetValues')).toBe(2);
    expect(small.get('Spreadsheet.getSheetByName')).toBe(6); // each plan tab looked up by its name
    // Tự đánh giá CĐS (issue 13) added a constant 34 calls (125 → 159): its 5 column marks read
    // (25), the tab looked up and read (5), its computed block written (2), its sheet's name and id.
    expect([...small.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(125 + 34);
    expect(small.get('DeveloperMetadataFinder.find')).toBe(1); // the add-in's marks, read once
    // Appended Tiến độ rows (1) + computed blocks (Chỉ tiêu 1, Nhiệm vụ 1, Tiến độ 2, Tự đánh giá CĐS 1) + Tổng quan (1).
    expect(small.get('Range.setValues')).toBe(7);
    expect(small.get('Range.setValue')).toBeUndefined();
  });

  it('a formula in a computed column splits its block once, whatever the number of rows (issue 8 item 4)', () => {
    // Staff's formula in the Đánh giá cell of the 5th indicator: the Chỉ tiêu block becomes three
    // (above it, its row without it, below it).
    const formula = (ss: FakeSpreadsheet): void => {
      const sheet = ss.sheet('Chỉ tiêu');
      sheet.putFormula(sheet.values.findIndex((r) => r[0] === 5) + 1, 14, '=IF(M7>=1;"Đạt";"Chưa đạt")', 'Đạt');
    };
    const small = callsFor(10, formula);
    const large = callsFor(5000, formula);
    large.delete('Sheet.insertRowsAfter');
    expect(large).toEqual(small);
    expect(small.get('Range.setValues')).toBe(7 + 2);
  });

  it('a formula down a whole computed column (the .xlsx template\'s «Quá hạn (ngày)») costs the same calls at 10 and 2,000 tasks (review round 2, item 4)', () => {
    // A school uploading the CLI's template to Google Sheets has «Quá hạn (ngày)» as a TODAY()
    // formula in every Tiến độ row: the formulas stay, the other computed cells are still
    // written a column block at a time, never row by row.
    const formulas = (ss: FakeSpreadsheet): void => {
      const progress = ss.sheet('Tiến độ');
      const column = progress.values[0]!.indexOf('Quá hạn (ngày)') + 1;
      for (let r = 2; r <= progress.extent().lastRow; r++) progress.putFormula(r, column, `=IF(F${r}="";MAX(0;TODAY()-D${r});0)`, 0);
    };
    const plain = callsFor(10);
    const small = callsFor(10, formulas);
    const large = callsFor(2000, formulas);
    for (const calls of [plain, small, large]) calls.delete('Sheet.insertRowsAfter');
    expect(large).toEqual(small);
    expect(small.get('Range.setValues')).toBe(plain.get('Range.setValues'));
    expect([...small.values()].reduce((a, b) => a + b, 0)).toBe([...plain.values()].reduce((a, b) => a + b, 0));
  });

});

describe('Cập nhật and «Tự đánh giá CĐS» (issue 13)', () => {
  const SA = 'Tự đánh giá CĐS';
  /**
   * Over the sample's illustrative scores: group 1 scored to exactly 50 (1.3.1–1.3.5 and 1.4 in
   * full, 10 of 15 for 1.5.1, the rest 0), its conditions met; condition 2.1 cleared.
   */
  const TYPED: Readonly<Record<string, unknown>> = {
    '1.1': 'Đạt', '1.2': 'Đạt', '1.3.1': 6, '1.3.2': 6, '1.3.3': 6, '1.3.4': 6, '1.3.5': 6, '1.4': 10, '1.5.1': 10,
    '1.5.2': 0, '1.6.1': 0, '1.6.2': 0, '1.6.3': 0, '1.7.1': 0, '1.7.2': 0, '1.7.3': 0, '2.1': '',
  };

  beforeEach(() => {
    fillSpreadsheet(ss, samplePlan());
    const sheet = ss.sheet(SA);
    const header = sheet.snapshot()[0]!;
    const score = header.indexOf('Điểm tự đánh giá') + 1;
    sheet.snapshot().forEach((r, i) => {
      const typed = TYPED[String(r[0])];
      if (typed !== undefined) sheet.writeCell(i + 1, score, typed);
    });
  });

  function cellOf(code: string, header: string): unknown {
    const rows = ss.sheet(SA).snapshot();
    return rows.find((r) => r[0] === code)![rows[0]!.indexOf(header)];
  }

  it('writes Đạt điều kiện, Điểm nhóm and Mức from the scores typed, and nothing in the staff columns', () => {
    const sheet = ss.sheet(SA);
    const header = sheet.snapshot()[0]!;
    const staff = header.flatMap((h, i) => (['Đạt điều kiện', 'Điểm nhóm', 'Mức', 'Nhiệm vụ liên quan', 'Minh chứng từ nhiệm vụ'].includes(String(h)) ? [] : [i]));
    const staffCells = () => sheet.snapshot().map((r) => staff.map((i) => r[i]));
    const before = staffCells();
    run();
    expect(staffCells()).toEqual(before);
    expect(cellOf('1.1', 'Đạt điều kiện')).toBe('Đạt');
    expect(cellOf('2.1', 'Đạt điều kiện')).toBe('Chưa đánh giá');
    expect(cellOf('1.4', 'Điểm nhóm')).toBe('50/100');
    expect(cellOf('1.4', 'Mức')).toBe('Mức 2 (đáp ứng cơ bản)');
    expect(String(cellOf('2.4.3', 'Mức'))).toContain('chưa đối chiếu đủ với QĐ 4725');
    const board = ss.sheet('Tổng quan').snapshot();
    const group1 = board.find((r) => r[0] === 'Chuyển đổi số trong dạy, học')!;
    expect(group1.slice(0, 4)).toEqual(['Chuyển đổi số trong dạy, học', 50, 100, '50/100 điểm — Mức 2 (đáp ứng cơ bản)']);
  });

  it('writes only the computed columns carrying its mark: a «Mức» column staff typed into and unmarked is theirs', () => {
    const sheet = ss.sheet(SA);
    const column = sheet.snapshot()[0]!.indexOf('Mức') + 1;
    const mark = ss.metadata.findIndex((m) => m.location.sheet === sheet && m.location.column === column);
    expect(mark).toBeGreaterThanOrEqual(0);
    ss.metadata.splice(mark, 1);
    for (let r = 2; r <= 6; r++) sheet.writeCell(r, column, 'tổ tự ghi');
    const before = sheet.snapshot().map((r) => r[column - 1]);
    const outcome = run();
    expect(sheet.snapshot().map((r) => r[column - 1])).toEqual(before);
    expect(cellOf('1.4', 'Điểm nhóm')).toBe('50/100');
    expect(recomputeMessage(outcome)).toContain('«Mức»');
  });

  it('never writes over a formula staff put in a computed cell', () => {
    const sheet = ss.sheet(SA);
    const rows = sheet.snapshot();
    const row = rows.findIndex((r) => r[0] === '1.4') + 1;
    const column = rows[0]!.indexOf('Điểm nhóm') + 1;
    sheet.putFormula(row, column, '=SUM(F2:F20)&"/100"', '50/100');
    run();
    expect(sheet.formulaAt(row, column)).toBe('=SUM(F2:F20)&"/100"');
    expect(cellOf('1.3.1', 'Điểm nhóm')).toBe('50/100');
  });
});
