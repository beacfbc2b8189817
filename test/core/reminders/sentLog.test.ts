import { describe, expect, it } from 'vitest';
import {
  findLogLayout,
  handledKeys,
  type LogRecord,
  logRow,
  logTable,
  outcomeOfText,
  outcomeText,
  readLogRows,
  rebuildKey,
  SENT_LOG_HEADERS,
  sentKey,
  sentLogState,
} from '../../../src/core/reminders/sentLog';

const T = new Date('2026-06-11T01:00:00Z');
const at = (minutes: number) => new Date(T.getTime() + minutes * 60_000);

function rec(extra: Partial<LogRecord>): LogRecord {
  return { time: T, to: 'a@x.vn', taskId: '1', label: 'Quý I', stage: 'Đến hạn hôm nay', outcome: 'sent', detail: '', key: '1|Quý I|den-han|a@x.vn', ...extra };
}

describe('the sent-log', () => {
  it('a key names occurrence, stage and recipient; nobody is "-"', () => {
    expect(sentKey('3|Quý II', 'den-han', 'a@x.vn')).toBe('3|Quý II|den-han|a@x.vn');
    expect(sentKey('3|Quý II', 'den-han', '')).toBe('3|Quý II|den-han|-');
  });

  it('rows carry a Vietnamese result; sent, undeliverable and possibly-sent rows count as handled', () => {
    const rows = logTable([
      rec({}),
      rec({ to: '', taskId: '2', outcome: 'undeliverable', detail: 'chưa có «E-mail trưởng ban»', key: '2|Quý I|den-han|-' }),
      rec({ to: 'b@x.vn', outcome: 'deferred-quota', detail: 'gửi ở lần chạy sau', key: '1|Quý I|den-han|b@x.vn' }),
      rec({ to: 'c@x.vn', outcome: 'failed', detail: 'Invalid email', key: '1|Quý I|den-han|c@x.vn' }),
      rec({ to: 'd@x.vn', outcome: 'uncertain', key: '1|Quý I|den-han|d@x.vn' }),
    ]);
    expect(rows[0]).toEqual([...SENT_LOG_HEADERS]);
    expect(rows[2]![5]).toBe('Không gửi được — chưa có «E-mail trưởng ban»');
    expect(handledKeys(rows)).toEqual(new Set(['1|Quý I|den-han|a@x.vn', '2|Quý I|den-han|-', '1|Quý I|den-han|d@x.vn']));
  });

  it('tells every outcome text apart, also with a detail after it', () => {
    for (const outcome of ['sent', 'undeliverable', 'uncertain', 'sending', 'failed', 'deferred-quota', 'deferred-time', 'deferred-failures', 'deferred-stopped'] as const) {
      expect(outcomeOfText(outcomeText({ outcome, detail: '' })), outcome).toBe(outcome);
      expect(outcomeOfText(outcomeText({ outcome, detail: 'vì sao' })), outcome).toBe(outcome);
    }
    expect(outcomeOfText('ĐÃ GỬI')).toBe('sent');
    expect(outcomeOfText('Đã nhắc miệng')).toBeUndefined();
    expect(outcomeOfText('Kết quả')).toBeUndefined();
  });

  it('finds its header row wherever it is, and reads rows by what they say', () => {
    const body = logTable([rec({}), rec({ to: 'b@x.vn', key: '1|Quý I|den-han|b@x.vn' })]);
    const titled = [['NHẬT KÝ'], [], ...body];
    expect(findLogLayout(titled)).toMatchObject({ time: 0, to: 1, outcome: 5, key: 6 });
    const sorted = [...body].sort((a, b) => String(b[1]).localeCompare(String(a[1]))); // header in the middle
    for (const rows of [titled, sorted]) expect(handledKeys(rows)).toEqual(new Set(['1|Quý I|den-han|a@x.vn', '1|Quý I|den-han|b@x.vn']));
    expect(handledKeys([['Khóa', 'Ghi chú', 'KẾT QUẢ', 'Người nhận'], ['1|Quý I|den-han|a@x.vn', 'x', 'Đã gửi', 'a@x.vn']])).toEqual(new Set(['1|Quý I|den-han|a@x.vn']));
    expect(handledKeys([])).toEqual(new Set());
    expect(handledKeys([['Thời điểm', 'Người nhận']])).toEqual(new Set());
  });

  it('with «Khóa» cleared, rebuilds each key from Mã NV, Kỳ, Mức nhắc and Người nhận', () => {
    const records: LogRecord[] = [
      rec({ stage: 'Nhắc trước hạn', key: '1|Quý I|truoc-han|a@x.vn' }),
      rec({ stage: 'Trước hạn 1 ngày', key: '1|Quý I|truoc-1-ngay|a@x.vn' }),
      rec({ stage: 'Quá hạn (tuần 3)', key: '1|Quý I|qua-han-tuan-3|a@x.vn' }),
      rec({ stage: 'Báo trưởng ban (quá hạn trên 14 ngày)', key: '1|Quý I|bao-truong-ban|a@x.vn' }),
      rec({ taskId: '-10', label: 'Hạn 15/06/2026', key: '-10|Hạn 15/06/2026|den-han|a@x.vn' }),
      rec({ taskId: '', label: 'Tuần từ 08/06/2026', stage: 'Tổng hợp tuần', key: 'tong-hop|2026-06-08|tong-hop-tuan|a@x.vn' }),
      rec({ to: '', key: '1|Quý I|den-han|-', outcome: 'undeliverable' }),
    ];
    const rows = logTable(records).map((r) => r.slice(0, 6));
    expect(readLogRows(rows).map((r) => r.key)).toEqual(records.map((r) => r.key));
    expect(rebuildKey('', 'Phân công: e-mail «abc» không hợp lệ.', 'Dữ liệu cần kiểm tra', 'h@x.vn')).toMatch(/^du-lieu\|[0-9a-z]+\|loi-du-lieu\|h@x\.vn$/);
    expect(rebuildKey('1', 'Quý I', 'Ghi chú riêng', 'a@x.vn')).toBe('');
  });

  it('a cell Sheets shows with its hidden apostrophe, or as a number, reads as its text', () => {
    const rows = [[...SENT_LOG_HEADERS], [T, "'a@x.vn", 7, "'Quý I", 'Đến hạn hôm nay', 'Đã gửi', "'=1+1|Quý I|den-han|a@x.vn"]];
    expect(readLogRows(rows).map((r) => [r.taskId, r.to, r.key])).toEqual([['7', 'a@x.vn', '=1+1|Quý I|den-han|a@x.vn']]);
  });

  it('a row keeps the time as a Date for the sheet', () => {
    const row = logRow(rec({}));
    expect(row[0]).toBe(T);
    expect(outcomeText({ outcome: 'deferred-time', detail: '' })).toBe('Hoãn: hết thời gian chạy');
  });
});

describe('what the log says', () => {
  it('an intent with nothing after it is unsettled: counted as sent, listed to be recorded as «Có thể đã gửi»', () => {
    const state = sentLogState([
      rec({ outcome: 'sending', key: 'k|1|a|a@x.vn' }),
      rec({ outcome: 'sending', key: 'k|2|a|a@x.vn' }),
      rec({ outcome: 'sent', key: 'k|2|a|a@x.vn', time: at(1) }),
      rec({ outcome: 'sending', key: 'k|3|a|a@x.vn' }),
      rec({ outcome: 'failed', key: 'k|3|a|a@x.vn', time: at(1) }),
    ]);
    expect(state.unsettled.map((r) => r.key)).toEqual(['k|1|a|a@x.vn']);
    expect([...state.handled].sort()).toEqual(['k|1|a|a@x.vn', 'k|2|a|a@x.vn']);
  });

  it('a failure, then a new intent that never settled: unsettled again', () => {
    const state = sentLogState([
      rec({ outcome: 'sending', key: 'k|1|a|a@x.vn' }),
      rec({ outcome: 'failed', key: 'k|1|a|a@x.vn', time: at(1) }),
      rec({ outcome: 'sending', key: 'k|1|a|a@x.vn', time: at(60) }),
    ]);
    expect(state.unsettled.map((r) => r.time)).toEqual([at(60)]);
  });

  it('waiting since: the first deferral after the last mail, for items still owed', () => {
    const state = sentLogState([
      rec({ to: 'a@x.vn', outcome: 'deferred-quota', key: 'k|1|a|a@x.vn', time: at(0) }),
      rec({ to: 'a@x.vn', outcome: 'sent', key: 'k|1|a|a@x.vn', time: at(10) }),
      rec({ to: 'a@x.vn', outcome: 'deferred-quota', key: 'k|2|a|a@x.vn', time: at(20) }),
      rec({ to: 'a@x.vn', outcome: 'deferred-time', key: 'k|3|a|a@x.vn', time: at(30) }),
      rec({ to: 'b@x.vn', outcome: 'deferred-quota', key: 'k|4|a|b@x.vn', time: at(5) }),
      rec({ to: 'c@x.vn', outcome: 'sent', key: 'k|5|a|c@x.vn', time: at(7) }),
    ]);
    expect(state.waitingSince).toEqual(new Map([['a@x.vn', at(20).getTime()], ['b@x.vn', at(5).getTime()]]));
    expect(state.lastMail).toEqual(new Map([['a@x.vn', at(10).getTime()], ['c@x.vn', at(7).getTime()]]));
    expect(state.deferred).toEqual(new Set(['k|1|a|a@x.vn', 'k|2|a|a@x.vn', 'k|3|a|a@x.vn', 'k|4|a|b@x.vn']));
  });
});
