/**
 * Issue 8 item 8: the sent-log is the add-in's own tab (found by its mark), survives what staff do
 * to it (a title row, sorting with the header, a cleared «Khóa», a new name), leaves a staff tab
 * of the same name untouched, and keeps its keys as text (Sheets parses what is written as typing:
 * the fake spreadsheet here does too).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../src/core/plan';
import { SENT_LOG_TAB } from '../../../src/core/reminders/sentLog';
import { type ReminderDeps, sendRemindersIn } from '../../../src/gas/reminders/run';
import type { FakeSheet } from '../../fakes';
import { installReminderFakes, type ReminderFakes } from '../../fakes/reminderGas';
import { person, plan, task } from '../../support/reminderPlans';
import { clearColumn, columnOf, insertTitleRow, sortRows } from '../../support/reminderSheets';

const PEOPLE = [
  person('Tổ Toán', 'Nguyễn Văn An', 'an@truong.edu.vn'),
  person('Tổ Văn', 'Trần Thị Bình', 'binh@truong.edu.vn'),
  person('Tổ Anh', 'Lê Thị Chi', 'chi@truong.edu.vn'),
];
const TASKS = [
  task('1', 'Soạn đề kiểm tra', 'Tổ Toán', '15/06/2026'),
  task('2', 'Cập nhật học liệu số', 'Tổ Văn', '01/06/2026'),
  task('3', 'Kiểm tra trực tuyến', 'Tổ Anh', '12/06/2026'),
];
/** 08:00 on Thursday 11/06/2026 in Hà Nội, and the mornings after. */
const morning = (day: number) => new Date(Date.UTC(2026, 5, day, 1, 0));

let f: ReminderFakes;
beforeEach(() => {
  f = installReminderFakes();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function deps(p: Plan = plan(TASKS, PEOPLE), day = 11): ReminderDeps {
  return { loadPlan: () => ({ plan: p, problems: [] }), now: () => morning(day) };
}

const ss = () => f.spreadsheetApp.getActiveSpreadsheet();
const mails = () => f.mailApp.outbox.length;

/** The tab the add-in wrote its log to: the one sheet, other than those given, that has any «Đã gửi» row. */
function logTab(...not: FakeSheet[]): FakeSheet {
  const tabs = f.spreadsheetApp.spreadsheet.sheets.filter((s) => !not.includes(s) && s.snapshot().some((r) => r.includes('Đã gửi')));
  expect(tabs).toHaveLength(1);
  return tabs[0]!;
}

describe('the sent-log survives what staff do to it (issue 8 item 8)', () => {
  const edits: readonly [string, (sheet: FakeSheet) => void][] = [
    ['a title row added above the header', (s) => insertTitleRow(s, 'SỔ THEO DÕI THƯ NHẮC VIỆC NĂM HỌC 2025–2026')],
    ['the tab sorted together with its header row', (s) => sortRows(s, columnOf(s, 'Người nhận'), true)],
    ['«Khóa» cleared, header and all', (s) => clearColumn(s, columnOf(s, 'Khóa'))],
    ['the tab renamed', (s) => void (s.name = 'Thư đã gửi')],
    ['the header row deleted (the column marks still say which column is which)', (s) => {
      const header = s.values.findIndex((r) => r.includes('Kết quả'));
      s.values.splice(header, 1);
      s.values.push(new Array<unknown>(s.maxColumns).fill(''));
    }],
    ['all of these at once', (s) => {
      clearColumn(s, columnOf(s, 'Khóa'));
      sortRows(s, columnOf(s, 'Kỳ'));
      insertTitleRow(s, 'Nhật ký');
      s.name = 'Lưu trữ nhắc việc';
    }],
  ];
  for (const [what, edit] of edits) {
    it(`${what}: a second run the same day sends nothing, and the next day only what is new`, () => {
      sendRemindersIn(ss(), deps());
      const first = mails();
      expect(first).toBe(4);
      edit(logTab());
      sendRemindersIn(ss(), deps());
      expect(mails()).toBe(first);
      // The next day: nothing new is owed to An, Bình or the head (Chi's task is due tomorrow: «Trước hạn 1 ngày»).
      sendRemindersIn(ss(), deps(undefined, 12));
      expect(f.mailApp.outbox.slice(first).map((m) => m.to)).toEqual(['chi@truong.edu.vn']);
    });
  }

  it('a staff tab already named «Nhật ký nhắc việc» is left byte-identical, and nothing is sent twice over a week', () => {
    const staff = f.spreadsheetApp.spreadsheet.addSheet(SENT_LOG_TAB, [
      ['SỔ GHI NHẬN NHẮC VIỆC CỦA TỔ VĂN PHÒNG'],
      ['Thời điểm', 'Người nhận', 'Mã NV', 'Kỳ', 'Mức nhắc', 'Kết quả', 'Khóa'],
      ['01/06/2026', 'Cô Hoa', 'Văn bản đến', '', '', 'Đã nhắc miệng', ''],
    ]);
    const before = structuredClone(staff.values);
    let total = 0;
    for (let day = 11; day <= 17; day++) {
      sendRemindersIn(ss(), deps(undefined, day));
      const sentThatDay = mails() - total;
      sendRemindersIn(ss(), deps(undefined, day));
      expect(mails() - total, `ngày ${day}/06`).toBe(sentThatDay);
      total = mails();
    }
    expect(staff.values).toEqual(before);
    expect(f.log.of('Range', 'setValues').filter((c) => c.args[2] === SENT_LOG_TAB)).toEqual([]);
    expect(logTab(staff).name).not.toBe(SENT_LOG_TAB);
  });

  it('keys and task ids stay text in Sheets: STT «-10», «=1+1», «+84 912 345 678», «1.10», «01»', () => {
    f.spreadsheetApp.spreadsheet.parsesInput = true;
    const ids = ['-10', '=1+1', '+84 912 345 678', '1.10', '01'];
    const p = plan(ids.map((id) => task(id, `Nhiệm vụ ${id}`, 'Tổ Toán', '15/06/2026', { ref: undefined })), PEOPLE);
    sendRemindersIn(ss(), deps(p));
    expect(mails()).toBe(2); // An (five items) and the head's summary
    const rows = logTab().snapshot();
    const flat = rows.flat();
    expect(flat).not.toContain('#ERROR!');
    for (const id of ids) expect(flat, id).toContain(id);
    sendRemindersIn(ss(), deps(p));
    expect(mails()).toBe(2);
  });
});
