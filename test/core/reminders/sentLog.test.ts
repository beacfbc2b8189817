import { describe, expect, it } from 'vitest';
import { handledKeys, logRow, logTable, outcomeText, SENT_LOG_HEADERS, sentKey } from '../../../src/core/reminders/sentLog';

const T = new Date('2026-06-11T01:00:00Z');

describe('the sent-log', () => {
  it('a key names occurrence, stage and recipient; nobody is "-"', () => {
    expect(sentKey('3|Quý II', 'den-han', 'a@x.vn')).toBe('3|Quý II|den-han|a@x.vn');
    expect(sentKey('3|Quý II', 'den-han', '')).toBe('3|Quý II|den-han|-');
  });

  it('rows carry a Vietnamese result; only sent and undeliverable rows count as handled', () => {
    const rows = logTable([
      { time: T, to: 'a@x.vn', taskId: '1', label: 'Quý I', stage: 'Đến hạn hôm nay', outcome: 'sent', detail: '', key: 'k1' },
      { time: T, to: '', taskId: '2', label: 'Quý I', stage: 'Đến hạn hôm nay', outcome: 'undeliverable', detail: 'chưa có «E-mail trưởng ban»', key: 'k2' },
      { time: T, to: 'b@x.vn', taskId: '', label: '', stage: '3 mục', outcome: 'deferred-quota', detail: 'gửi ở lần chạy sau', key: '' },
      { time: T, to: 'c@x.vn', taskId: '', label: '', stage: '1 mục', outcome: 'failed', detail: 'Invalid email', key: 'k3-should-not-count' },
    ]);
    expect(rows[0]).toEqual([...SENT_LOG_HEADERS]);
    expect(rows[2]![5]).toBe('Không gửi được — chưa có «E-mail trưởng ban»');
    expect(handledKeys(rows)).toEqual(new Set(['k1', 'k2']));
  });

  it('finds its columns by header, whatever order the user left them in', () => {
    const rows = [
      ['Khóa', 'Ghi chú', 'KẾT QUẢ'],
      ['k1', 'x', 'Đã gửi'],
      ['k2', '', 'Hoãn: hết hạn mức gửi thư trong ngày'],
      ['', '', 'Đã gửi'],
    ];
    expect(handledKeys(rows)).toEqual(new Set(['k1']));
    expect(handledKeys([])).toEqual(new Set());
    expect(handledKeys([['Thời điểm', 'Người nhận']])).toEqual(new Set());
  });

  it('a row keeps the time as a Date for the sheet', () => {
    const row = logRow({ time: T, to: 'a@x.vn', taskId: '1', label: 'Quý I', stage: 's', outcome: 'sent', detail: '', key: 'k' });
    expect(row[0]).toBe(T);
    expect(outcomeText({ outcome: 'deferred-time', detail: '' })).toBe('Hoãn: hết thời gian chạy');
  });
});
