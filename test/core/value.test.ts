import { describe, expect, it } from 'vitest';
import { parseTarget, type Target } from '../../src/core/target';
import { calendarDate } from '../../src/core/date';
import { formatResult, parseResultValue } from '../../src/core/value';

function target(text: string): Target {
  const result = parseTarget(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const percent = target('≥95%');
const count = target('tối thiểu 02 đợt/năm');
const level = target('Mức 2 trở lên');
const yesNo = target('Có');

describe('parseResultValue: no result yet', () => {
  it.each([['', ''], ['null', null], ['undefined', undefined], ['spaces', '   '], ['NBSP', '\u00a0'], ['zero-width space', '\u200b']])(
    '%s is blank',
    (_name, raw) => {
      for (const t of [percent, count, level, yesNo]) expect(parseResultValue(raw, t)).toEqual({ ok: true, value: null });
    },
  );
});

describe('parseResultValue: a percent target', () => {
  it.each<[unknown, number]>([
    [0.95, 0.95], // a Sheets percent cell
    [1, 1],
    [0, 0],
    [90, 0.9], // percentage points
    [100, 1],
    [95.5, 0.955],
    ['95%', 0.95],
    ['95 %', 0.95],
    ['95,5 %', 0.955],
    ['95,5%', 0.955],
    ['0,95', 0.95],
    ['0.95', 0.95],
    ['90', 0.9],
    ['100%', 1],
    ['\u00a092\u00a0%\u00a0', 0.92],
    ['８０％', 0.8],
  ])('reads %j as %d', (raw, expected) => {
    expect(parseResultValue(raw, percent)).toEqual({ ok: true, value: expected });
  });

  it('refuses a bare number above 100', () => {
    expect(parseResultValue(150, percent)).toEqual({ ok: false, error: "kết quả '150' vượt quá 100% (cần một tỷ lệ %, ví dụ 95%)" });
    expect(parseResultValue('1.000', percent)).toEqual({ ok: false, error: "kết quả '1.000' vượt quá 100% (cần một tỷ lệ %, ví dụ 95%)" });
    expect(parseResultValue('120%', percent)).toEqual({ ok: false, error: "kết quả '120%' vượt quá 100% (cần một tỷ lệ %, ví dụ 95%)" });
  });

  it('refuses a negative number', () => {
    expect(parseResultValue(-0.5, percent)).toEqual({ ok: false, error: "kết quả '-0,5' là số âm (cần một tỷ lệ %, ví dụ 95%)" });
  });

  it.each(['Có', 'x', '2 đợt', 'Mức 3', 'khoảng 90%', '≥ 95%', 'chín mươi'])('refuses %j and says a percentage is expected', (raw) => {
    expect(parseResultValue(raw, percent)).toEqual({ ok: false, error: `không hiểu kết quả '${raw}' (cần một tỷ lệ %, ví dụ 95%)` });
  });

  it('refuses a checkbox', () => {
    expect(parseResultValue(true, percent)).toEqual({ ok: false, error: "không hiểu kết quả 'TRUE' (cần một tỷ lệ %, ví dụ 95%)" });
  });
});

describe('parseResultValue: a count target', () => {
  it.each<[unknown, number]>([
    [2, 2],
    [0, 0],
    ['2 đợt', 2],
    ['02', 2],
    ['3 lần', 3],
    ['1.000', 1000],
    ['1 000', 1000],
    ['2 đợt/năm', 2],
    [150, 150], // no 100 ceiling for counts
  ])('reads %j as %d', (raw, expected) => {
    expect(parseResultValue(raw, count)).toEqual({ ok: true, value: expected });
  });

  it.each(['95%', 'Mức 3', 'Có', 'hai đợt'])('refuses %j and shows an example with the unit', (raw) => {
    expect(parseResultValue(raw, count)).toEqual({ ok: false, error: `không hiểu kết quả '${raw}' (cần một số, ví dụ 2 đợt)` });
  });
});

describe('parseResultValue: a level target', () => {
  it.each<[unknown, number]>([['Mức 3', 3], ['mức 2', 2], ['mức độ 3', 3], [3, 3], ['3', 3]])('reads %j as %d', (raw, expected) => {
    expect(parseResultValue(raw, level)).toEqual({ ok: true, value: expected });
  });

  it.each(['3%', '2 đợt', 'Mức ba'])('refuses %j', (raw) => {
    expect(parseResultValue(raw, level)).toEqual({ ok: false, error: `không hiểu kết quả '${raw}' (cần một mức, ví dụ Mức 3)` });
  });
});

describe('parseResultValue: a yes/no target', () => {
  it.each(['Có', 'có', 'CÓ', 'x', 'X', 'Đã', 'Rồi', 'Đạt', 'Hoàn thành', 'Đã hoàn thành', 'true', 'TRUE', '1', '✓', true, 1, 'Có'.normalize('NFD')])(
    '%j means yes',
    (raw) => {
      expect(parseResultValue(raw, yesNo)).toEqual({ ok: true, value: true });
    },
  );

  it.each(['Chưa', 'Không', 'chưa đạt', 'Chưa hoàn thành', 'false', 'FALSE', '0', false, 0])('%j means no', (raw) => {
    expect(parseResultValue(raw, yesNo)).toEqual({ ok: true, value: false });
  });

  it.each<[unknown, string]>([
    [0.5, '0,5'],
    [2, '2'],
    ['95%', '95%'],
    ['có lẽ', 'có lẽ'],
  ])('refuses %j', (raw, shown) => {
    expect(parseResultValue(raw, yesNo)).toEqual({ ok: false, error: `không hiểu kết quả '${shown}' (cần Có hoặc Chưa)` });
  });
});

describe('parseResultValue: cells that are not a result', () => {
  it.each<[string, unknown, string]>([
    ['a date', new Date(2026, 3, 5), 'không hiểu kết quả: ô chứa ngày tháng (cần một tỷ lệ %, ví dụ 95%)'],
    ['a date cell as the shells hand it', calendarDate(2026, 4, 5), 'không hiểu kết quả: ô chứa ngày tháng (cần một tỷ lệ %, ví dụ 95%)'],
    ['a range', [[0.9], [0.95]], 'không hiểu kết quả: cần một ô, không phải một vùng (cần một tỷ lệ %, ví dụ 95%)'],
    ['an object', { toString: 0 }, 'không hiểu kết quả: giá trị không phải chữ hay số (cần một tỷ lệ %, ví dụ 95%)'],
    ['NaN', Number.NaN, "không hiểu kết quả 'NaN' (cần một tỷ lệ %, ví dụ 95%)"],
    ['Infinity', Number.POSITIVE_INFINITY, "không hiểu kết quả 'Infinity' (cần một tỷ lệ %, ví dụ 95%)"],
  ])('%s is an error', (_name, raw, error) => {
    expect(parseResultValue(raw, percent)).toEqual({ ok: false, error });
  });
});

describe('formatResult', () => {
  it('shows a result the way its target counts it', () => {
    expect(formatResult(0.955, percent)).toBe('95,5%');
    expect(formatResult('98,25 %', percent, 2)).toBe('98,25%');
    expect(formatResult('2', count)).toBe('2 đợt');
    expect(formatResult(3, target('Mức 2 trở lên'))).toBe('Mức 3');
    expect(formatResult('x', target('Có'))).toBe('Có');
    expect(formatResult('Chưa', target('Có'))).toBe('Chưa');
  });
  it('shows a cell that is not a result as staff see it, never as an object', () => {
    expect(formatResult(1234.5, target('Có'))).toBe('1.234,5');
    expect(formatResult(calendarDate(2026, 4, 5), percent)).toBe('05/04/2026');
    expect(formatResult('  đang  cập nhật ', percent)).toBe('đang cập nhật');
    expect(formatResult(0.9, undefined)).toBe('0,9');
  });
});

describe('issue 9: results against the new target forms', () => {
  const outcome = target('Ban hành quy chế');
  it.each(['Có', 'Đạt', 'Hoàn thành', 'Đã ban hành', 'x', 'đã triển khai', '✓'])('%j counts as yes', (raw) => {
    expect(parseResultValue(raw, outcome)).toEqual({ ok: true, value: true });
  });
  it.each(['Chưa', 'Không', 'Chưa đạt', 'Chưa ban hành', 'Đang thực hiện'])('%j counts as no', (raw) => {
    expect(parseResultValue(raw, outcome)).toEqual({ ok: true, value: false });
  });
  it('a negated outcome refuses the ambiguous «Có»/«Không» but takes «Đạt»', () => {
    const negated = target('Không để xảy ra sự cố mất an toàn thông tin');
    expect(parseResultValue('Không', negated).ok).toBe(false);
    expect(parseResultValue('Có', negated).ok).toBe(false);
    expect(parseResultValue('Đạt', negated)).toEqual({ ok: true, value: true });
  });

  const perUnit = target('Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề/năm');
  it.each<[string, number, number]>([['6/8', 6, 8], ['6/8 tổ', 6, 8], ['8 / 8', 8, 8], ['6 trên 8 tổ', 6, 8], ['0/8', 0, 8]])('%j against a per-unit target', (raw, met, of) => {
    expect(parseResultValue(raw, perUnit)).toEqual({ ok: true, value: { met, of } });
  });
  it('a bare number against a per-unit target asks for «đạt/tổng số»', () => {
    const parsed = parseResultValue(8, perUnit);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/ví dụ 6\/8/);
    expect(parseResultValue('8', perUnit).ok).toBe(false);
    expect(parseResultValue('9/8', perUnit).ok).toBe(false);
    expect(parseResultValue('1/0', perUnit).ok).toBe(false);
  });

  it('a «6/8» that Sheets or Excel turned into a date is refused, saying how to type it so it stays text', () => {
    for (const cell of [calendarDate(2026, 8, 6), new Date(Date.UTC(2026, 7, 6))]) {
      const parsed = parseResultValue(cell, perUnit);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toBe("không hiểu kết quả: ô đã bị đổi thành ngày tháng; gõ lại kết quả có dấu nháy đơn ở đầu, ví dụ '6/8, hoặc định dạng ô là văn bản thuần (ghi số tổ chuyên môn đạt trên tổng số tổ chuyên môn, ví dụ 6/8)");
    }
  });

  it('prints a count without the remark and the per-period tail', () => {
    expect(formatResult(1, target('02 đợt/năm (đầu năm và giữa năm)'))).toBe('1 đợt');
    expect(formatResult('6/8', perUnit)).toBe('6/8 tổ chuyên môn');
    expect(formatResult('Đã ban hành', outcome)).toBe('Có');
  });
});

describe('review (issue 9): results against yes/no and per-unit targets', () => {
  it.each(['Đã hủy', 'Đã dừng', 'Đã không thực hiện', 'Đã hoãn', 'Đã tạm dừng', 'Đã ngừng'])('%j is not done', (raw) => {
    expect(parseResultValue(raw, yesNo)).toEqual({ ok: true, value: false });
  });

  it.each(['Đã hoàn thành 80%', 'Đã triển khai 3/8 tổ', 'Đã ban hành 1 phần'])('%j (a partial figure) is not a plain yes', (raw) => {
    expect(parseResultValue(raw, yesNo).ok).toBe(false);
  });

  it('a count of other units than the target names is refused, not relabelled', () => {
    const perUnit = target('Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề');
    expect(parseResultValue('6/8 lớp', perUnit).ok).toBe(false);
    expect(formatResult('6/8 lớp', perUnit)).toBe('6/8 lớp');
    for (const raw of ['6/8', '6 / 8', '6/8 tổ', '6/8 tổ đạt', '6/8 tổ chuyên môn', '6 trên 8 tổ']) {
      expect(parseResultValue(raw, perUnit), raw).toEqual({ ok: true, value: { met: 6, of: 8 } });
    }
  });
});
