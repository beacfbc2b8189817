/**
 * Issue 8 item 9: numbering that restarts in each group (I.1, II.1) gives two tasks the same STT;
 * each must still be its own task, with its own keys, and both must be mentioned. Driven through
 * the real workbook reader and the Apps Script shell.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isCalendarDate, midnightIn } from '../../../src/core/date';
import type { Plan } from '../../../src/core/plan';
import { DEFAULT_DEPS, sendRemindersIn } from '../../../src/gas/reminders/run';
import { loadPlan } from '../../../src/gas/workbook';
import { planTabs } from '../../../src/sheet/planTabs';
import { installReminderFakes, type ReminderFakes } from '../../fakes/reminderGas';
import { person, plan, task } from '../../support/reminderPlans';

const TASKS = [
  task('1', 'Ban hành quy chế sử dụng hồ sơ điện tử', 'Tổ Toán', '15/06/2026', { group: { numeral: 'I', name: 'Thể chế số' } }),
  task('2', 'Rà soát quy trình nội bộ', 'Tổ Văn', '20/06/2026', { group: { numeral: 'I', name: 'Thể chế số' } }),
  task('1', 'Số hóa sổ điểm của tổ', 'Tổ Toán', '15/06/2026', { group: { numeral: 'II', name: 'Dữ liệu số' } }),
  task('2', 'Cập nhật học liệu số', 'Tổ Văn', '20/06/2026', { group: { numeral: 'II', name: 'Dữ liệu số' } }),
];
const PLAN: Plan = plan(TASKS, [person('Tổ Toán', 'Nguyễn Văn An', 'an@truong.edu.vn'), person('Tổ Văn', 'Trần Thị Bình', 'binh@truong.edu.vn')]);

let f: ReminderFakes;
beforeEach(() => {
  f = installReminderFakes();
  for (const [name, rows] of planTabs(PLAN)) {
    f.spreadsheetApp.spreadsheet.addSheet(name, rows.map((row) => row.map((cell) => (isCalendarDate(cell) ? midnightIn(cell) : cell))));
  }
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const at = (iso: string) => ({ ...DEFAULT_DEPS, refresh: undefined, now: () => new Date(iso) });

describe('tasks with the same STT in different groups (issue 8 item 9)', () => {
  it('are read as two tasks, both are mentioned, each under keys of its own, and neither is lost later', () => {
    const ss = f.spreadsheetApp.getActiveSpreadsheet();
    sendRemindersIn(ss, at('2026-06-11T01:00:00Z'));
    const an = f.mailApp.outbox.find((m) => m.to === 'an@truong.edu.vn')!;
    expect(an.body).toContain('Ban hành quy chế sử dụng hồ sơ điện tử');
    expect(an.body).toContain('Số hóa sổ điểm của tổ');
    // The day before the due day each is mentioned again at its new stage, both of them.
    f.mailApp.outbox.length = 0;
    sendRemindersIn(ss, at('2026-06-14T01:00:00Z'));
    const again = f.mailApp.outbox.find((m) => m.to === 'an@truong.edu.vn')!;
    expect(again.body).toContain('Ban hành quy chế sử dụng hồ sơ điện tử');
    expect(again.body).toContain('Số hóa sổ điểm của tổ');
    // Bình's two «2»s come into the reminder window (due 20/06): both in one mail.
    const binh = f.mailApp.outbox.find((m) => m.to === 'binh@truong.edu.vn')!;
    expect(binh.body).toContain('Rà soát quy trình nội bộ');
    expect(binh.body).toContain('Cập nhật học liệu số');

    // Ids staff can see: the STT, qualified by its group numeral where the STT repeats an earlier group's.
    const ids = loadPlan(ss).plan.tasks.map((t) => t.id);
    expect(ids).toEqual(['1', '2', 'II.1', 'II.2']);
    // The sent-log names each task by that id: two rows for An each day, under different keys.
    const log = f.spreadsheetApp.spreadsheet.sheets.find((s) => s.snapshot().some((r) => r.includes('Đã gửi')))!.snapshot();
    const anRows = log.filter((r) => r.includes('an@truong.edu.vn') && r.includes('Đã gửi'));
    expect(anRows.map((r) => r[2]).sort()).toEqual(['1', '1', 'II.1', 'II.1']);
    expect(new Set(anRows.map((r) => r[6])).size).toBe(4);
  });
});
