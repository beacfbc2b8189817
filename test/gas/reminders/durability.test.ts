/**
 * Issue 8 item 7: a crash at any point of a run, or a sent-log write that fails after mails went
 * out, never sends a mail twice and never loses one silently. Driven through the Apps Script shell
 * (sendRemindersIn) against the fakes, with faults injected into the calls: a log write that
 * throws, or a hard kill (from some call on, every call throws: no clean-up reaches a service).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../src/core/plan';
import { outcomeMessage } from '../../../src/core/reminders/run';
import { type ReminderDeps, sendRemindersIn } from '../../../src/gas/reminders/run';
import type { Call } from '../../fakes';
import { installReminderFakes, type ReminderFakes } from '../../fakes/reminderGas';
import { HEAD, person, plan, task } from '../../support/reminderPlans';

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
const ALL = ['an@truong.edu.vn', 'binh@truong.edu.vn', 'chi@truong.edu.vn', HEAD].sort();
/** 08:00 on Thursday 11/06/2026 in Hà Nội. */
const MORNING = new Date('2026-06-11T01:00:00Z');

let f: ReminderFakes;
beforeEach(() => {
  f = installReminderFakes();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function deps(p: Plan = plan(TASKS, PEOPLE)): ReminderDeps {
  return { loadPlan: () => ({ plan: p, problems: [] }), now: () => MORNING };
}

const ss = () => f.spreadsheetApp.getActiveSpreadsheet();
const delivered = () => f.mailApp.outbox.map((m) => m.to!);

/** A hard kill right after the n-th call that `at` matches: that call happens, every later one throws. */
function killAfter(at: (call: Call) => boolean, n: number): void {
  let seen = 0;
  let dead = false;
  f.log.failWhen = (call) => {
    if (dead) return new Error('Exceeded maximum execution time');
    if (at(call) && ++seen === n) dead = true;
    return undefined;
  };
}

function runSurvivingCrash(): void {
  try {
    sendRemindersIn(ss(), deps());
  } catch {
    // The crashed execution: what matters is what the next one does.
  }
  f.log.failWhen = undefined;
  f.lockService.endExecution();
}

const isSend = (c: Call) => c.service === 'MailApp' && c.method === 'sendEmail';

describe('a failed sent-log write or a crash never sends twice (issue 8 item 7)', () => {
  it('the log tab cannot be written after the mails went out: the next run sends none of them again', () => {
    f.log.failWhen = (call) =>
      call.service === 'Range' && call.method === 'setValues' ? new Error('Service Spreadsheets failed while accessing document with id fake-spreadsheet-id.') : undefined;
    runSurvivingCrash();
    const first = delivered();
    expect(first.length).toBeGreaterThan(0);
    sendRemindersIn(ss(), deps());
    expect(delivered()).toHaveLength(new Set(delivered()).size); // nobody twice
    expect([...new Set(delivered())].sort()).toEqual(ALL); // and nobody lost
  });

  for (const n of [1, 2, 3, 4]) {
    it(`a hard kill right after mail ${n} went out: the next run sends only the others`, () => {
      killAfter(isSend, n);
      runSurvivingCrash();
      expect(delivered()).toHaveLength(n);
      sendRemindersIn(ss(), deps());
      expect(delivered()).toHaveLength(new Set(delivered()).size);
      expect([...new Set(delivered())].sort()).toEqual(ALL);
    });
  }

  it('killed between the recorded intent and the send: that mail is not sent again (at most once) and the log says «Có thể đã gửi»', () => {
    killAfter((c) => c.service === 'Properties' && c.method === 'setProperty', 2); // the second mail's intent is written; its send never happens
    runSurvivingCrash();
    expect(delivered()).toHaveLength(1);
    const next = sendRemindersIn(ss(), deps());
    expect(delivered()).toHaveLength(3); // the two others; not the one that may have gone
    expect(next.status === 'done' && next.uncertain).toHaveLength(1);
    expect(outcomeMessage(next)).toContain('có thể đã gửi hoặc chưa');
    const rows = f.spreadsheetApp.spreadsheet.sheets.find((sh) => sh.name === 'Nhật ký nhắc việc')!.snapshot();
    expect(rows.filter((r) => String(r[5]).startsWith('Có thể đã gửi')).map((r) => r[1])).toEqual(next.status === 'done' ? [...new Set(next.uncertain)] : []);
    sendRemindersIn(ss(), deps());
    expect(delivered()).toHaveLength(3);
  });

  it('the intent cannot be written: nothing is sent, the reason is given in Vietnamese, and the next run sends all', () => {
    f.log.failWhen = (call) => (call.service === 'Properties' && call.method === 'setProperty' ? new Error('Bạn đã vượt quá hạn mức lưu trữ thuộc tính.') : undefined);
    const outcome = sendRemindersIn(ss(), deps());
    expect(delivered()).toEqual([]);
    expect(outcomeMessage(outcome)).toContain('Không ghi được nhật ký gửi thư (Bạn đã vượt quá hạn mức lưu trữ thuộc tính.)');
    f.log.failWhen = undefined;
    sendRemindersIn(ss(), deps());
    expect([...delivered()].sort()).toEqual(ALL);
  });
});
