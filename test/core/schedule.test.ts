import { describe, expect, it } from 'vitest';
import { calendarDate, formatDdMmYyyy, type CalendarDate } from '../../src/core/date';
import { dueOnOrAfter, parseSchedule, type Schedule } from '../../src/core/schedule';

const PLAN_YEAR = 2026;

function parsed(cell: string | CalendarDate, planYear = PLAN_YEAR): Schedule {
  const r = parseSchedule(cell, planYear);
  if (!r.ok) throw new Error(`expected '${String(cell)}' to parse: ${r.error}`);
  return r.value;
}

/** Due dates as dd/mm/yyyy, in order. */
function dues(cell: string | CalendarDate, planYear = PLAN_YEAR): string[] {
  const s = parsed(cell, planYear);
  return s.kind === 'ongoing' ? [] : s.occurrences.map((o) => formatDdMmYyyy(o.due));
}

function labels(cell: string | CalendarDate, planYear = PLAN_YEAR): string[] {
  const s = parsed(cell, planYear);
  return s.kind === 'ongoing' ? [] : s.occurrences.map((o) => o.label);
}

function isRecurring(cell: string): boolean {
  const s = parsed(cell);
  return s.kind === 'dated' && s.recurring;
}

function errorOf(cell: string | CalendarDate, planYear = PLAN_YEAR): string {
  const r = parseSchedule(cell, planYear);
  if (r.ok) throw new Error(`expected '${String(cell)}' to be rejected`);
  return r.error;
}

const QUARTER_ENDS = ['31/03/2026', '30/06/2026', '30/09/2026', '31/12/2026'];
const MONTH_ENDS = [
  '31/01/2026', '28/02/2026', '31/03/2026', '30/04/2026', '31/05/2026', '30/06/2026',
  '31/07/2026', '31/08/2026', '30/09/2026', '31/10/2026', '30/11/2026', '31/12/2026',
];

describe('parseSchedule: the forms of DESIGN §3', () => {
  it('Quý I … Quý IV → the end of that quarter, one occurrence', () => {
    expect(dues('Quý I')).toEqual(['31/03/2026']);
    expect(dues('Quý II')).toEqual(['30/06/2026']);
    expect(dues('Quý III')).toEqual(['30/09/2026']);
    expect(dues('Quý IV')).toEqual(['31/12/2026']);
    expect(labels('Quý III')).toEqual(['Quý III']);
  });

  it('Quí II (old spelling) and quý 2 (Arabic) mean Quý II, with the same label', () => {
    expect(dues('Quí II')).toEqual(['30/06/2026']);
    expect(dues('quý 2')).toEqual(['30/06/2026']);
    expect(labels('Quí II')).toEqual(['Quý II']);
    expect(labels('quý 2')).toEqual(['Quý II']);
  });

  it('Quý I/2026 names the year', () => {
    expect(dues('Quý I/2026')).toEqual(['31/03/2026']);
    expect(labels('Quý I/2026')).toEqual(['Quý I']);
    expect(dues('Quý I năm 2026')).toEqual(['31/03/2026']);
    expect(dues('Quý I/2027')).toEqual(['31/03/2027']);
    expect(labels('Quý I/2027')).toEqual(['Quý I/2027']);
  });

  it('Quý I, II → one occurrence at the end of the last quarter named', () => {
    expect(dues('Quý I, II')).toEqual(['30/06/2026']);
    expect(labels('Quý I, II')).toEqual(['Quý I–II']);
    expect(isRecurring('Quý I, II')).toBe(false);
  });

  it('Quý II-III, Quý II – III, Quý I và II → one occurrence, canonical label', () => {
    expect(dues('Quý II-III')).toEqual(['30/09/2026']);
    expect(dues('Quý II – III')).toEqual(['30/09/2026']);
    expect(dues('Quý II—III')).toEqual(['30/09/2026']);
    expect(dues('Quý I và II')).toEqual(['30/06/2026']);
    expect(dues('Từ quý II đến quý III')).toEqual(['30/09/2026']);
    for (const text of ['Quý II-III', 'Quý II – III', 'quý 2-3', 'Quý II, III', 'Quý II và Quý III', 'Từ quý II đến quý III']) {
      expect(labels(text), text).toEqual(['Quý II–III']);
    }
    expect(labels('Quý I và II')).toEqual(['Quý I–II']);
  });

  it('lists of quarters with a gap are one occurrence per consecutive run (issue 9)', () => {
    expect(dues('Quý I, III')).toEqual(['31/03/2026', '30/09/2026']);
    expect(labels('Quý I, III')).toEqual(['Quý I', 'Quý III']);
    expect(labels('Quý I, III-IV')).toEqual(['Quý I', 'Quý III–IV']);
    expect(labels('Quý I-III')).toEqual(['Quý I–III']);
  });

  it('Tháng 7 → 31/07', () => {
    expect(dues('Tháng 7')).toEqual(['31/07/2026']);
    expect(labels('Tháng 7')).toEqual(['Tháng 7']);
    expect(dues('Tháng 2')).toEqual(['28/02/2026']);
    expect(dues('Tháng 2', 2028)).toEqual(['29/02/2028']);
  });

  it('Tháng 4, 5 → one occurrence on 31/05', () => {
    expect(dues('Tháng 4, 5')).toEqual(['31/05/2026']);
    expect(labels('Tháng 4, 5')).toEqual(['Tháng 4–5']);
    expect(labels('Tháng 4-5')).toEqual(['Tháng 4–5']);
    expect(labels('Tháng 4 và tháng 5')).toEqual(['Tháng 4–5']);
    expect(isRecurring('Tháng 4, 5')).toBe(false);
  });

  it('Tháng 9/2026 names the year', () => {
    expect(dues('Tháng 9/2026')).toEqual(['30/09/2026']);
    expect(labels('Tháng 9/2026')).toEqual(['Tháng 9']);
    expect(dues('Tháng 9 năm 2027')).toEqual(['30/09/2027']);
    expect(labels('Tháng 9/2027')).toEqual(['Tháng 9/2027']);
  });

  it('6 tháng đầu năm → 30/06; 6 tháng cuối năm → 31/12', () => {
    expect(dues('6 tháng đầu năm')).toEqual(['30/06/2026']);
    expect(labels('6 tháng đầu năm')).toEqual(['6 tháng đầu năm']);
    expect(dues('6 tháng cuối năm')).toEqual(['31/12/2026']);
    expect(labels('6 tháng cuối năm')).toEqual(['6 tháng cuối năm']);
    expect(dues('6 tháng đầu năm 2027')).toEqual(['30/06/2027']);
  });

  it('Cả năm, Hàng năm, Hằng năm → 31/12, labelled Cả năm', () => {
    for (const text of ['Cả năm', 'Hàng năm', 'Hằng năm', 'cả năm 2026']) {
      expect(dues(text), text).toEqual(['31/12/2026']);
      expect(labels(text), text).toEqual(['Cả năm']);
    }
  });

  it('trước ngày 01/02/2026 → that day', () => {
    expect(dues('trước ngày 01/02/2026')).toEqual(['01/02/2026']);
    expect(labels('trước ngày 01/02/2026')).toEqual(['Hạn 01/02/2026']);
  });

  it('Trước ngày 05/6 hằng năm → 05/06 of the plan year', () => {
    expect(dues('Trước ngày 05/6 hằng năm')).toEqual(['05/06/2026']);
    expect(dues('Trước ngày 05/12 hằng năm')).toEqual(['05/12/2026']);
    expect(isRecurring('Trước ngày 05/6 hằng năm')).toBe(false);
  });

  it('trước 15/10 → 15/10 of the plan year', () => {
    expect(dues('trước 15/10')).toEqual(['15/10/2026']);
    expect(labels('trước 15/10')).toEqual(['Hạn 15/10/2026']);
  });

  it('a day written in words, NĐ 30 style', () => {
    expect(dues('trước ngày 15 tháng 4 năm 2026')).toEqual(['15/04/2026']);
  });

  it('Hàng quý / Hằng quý → four occurrences at the quarter ends (recurring)', () => {
    for (const text of ['Hàng quý', 'Hằng quý', 'hàng quí', 'Mỗi quý']) {
      expect(dues(text), text).toEqual(QUARTER_ENDS);
      expect(labels(text), text).toEqual(['Quý I', 'Quý II', 'Quý III', 'Quý IV']);
      expect(isRecurring(text)).toBe(true);
    }
  });

  it('hàng tháng / hằng tháng → twelve month ends (recurring)', () => {
    for (const text of ['hàng tháng', 'Hằng tháng']) {
      expect(dues(text), text).toEqual(MONTH_ENDS);
      expect(labels(text), text).toEqual(MONTH_ENDS.map((_, i) => `Tháng ${i + 1}`));
      expect(isRecurring(text)).toBe(true);
    }
  });

  it('trước ngày 12 hàng tháng → the 12th of every month (recurring)', () => {
    expect(dues('trước ngày 12 hàng tháng')).toEqual(MONTH_ENDS.map((_, i) => `12/${String(i + 1).padStart(2, '0')}/2026`));
    expect(labels('trước ngày 12 hàng tháng')[0]).toBe('Tháng 1');
    expect(isRecurring('trước ngày 12 hàng tháng')).toBe(true);
  });

  it('a day that some months lack falls on their last day', () => {
    const due = dues('trước ngày 31 hằng tháng');
    expect(due).toHaveLength(12);
    expect(due[1]).toBe('28/02/2026');
    expect(due[3]).toBe('30/04/2026');
  });

  it('a date cell → that day', () => {
    expect(dues(calendarDate(2026, 4, 15))).toEqual(['15/04/2026']);
    expect(labels(calendarDate(2026, 12, 5))).toEqual(['Hạn 05/12/2026']);
    expect(isRecurring('15/4/2026')).toBe(false);
  });

  it('15/4/2026, 15/04/2026, 2026-04-15 → that day, all with the same label', () => {
    for (const text of ['15/4/2026', '15/04/2026', '2026-04-15', '15-04-2026', '15.04.2026', '15/4/26']) {
      expect(dues(text), text).toEqual(['15/04/2026']);
      expect(labels(text), text).toEqual(['Hạn 15/04/2026']);
    }
    expect(labels('15/4/2026')).toEqual(labels(calendarDate(2026, 4, 15)));
  });

  it('Thường xuyên → ongoing, no due date', () => {
    expect(parsed('Thường xuyên')).toEqual({ kind: 'ongoing' });
    expect(parsed('thường xuyên.')).toEqual({ kind: 'ongoing' });
    expect(parsed('THƯỜNG XUYÊN')).toEqual({ kind: 'ongoing' });
  });
});

describe('parseSchedule: the timings of the two seed plans, verbatim', () => {
  it('An Lão, Phụ lục 2, column Thời gian', () => {
    expect(dues('Hàng quý')).toEqual(QUARTER_ENDS);
    expect(dues('Quý I, II')).toEqual(['30/06/2026']);
    expect(dues('Quý I')).toEqual(['31/03/2026']);
    expect(dues('Quý IV')).toEqual(['31/12/2026']);
    expect(parsed('Thường xuyên')).toEqual({ kind: 'ongoing' });
    expect(dues('Quý III')).toEqual(['30/09/2026']);
    expect(dues('Quý II')).toEqual(['30/06/2026']);
    expect(dues('Quý II-III')).toEqual(['30/09/2026']);
  });

  it('Trần Dương, month table: Tháng 1 … Tháng 12 and Tháng 4, 5, plain and as converted (<b>…</b>)', () => {
    const months = [1, 2, 3, 6, 7, 8, 9, 10, 11, 12];
    for (const m of months) {
      const expected = [MONTH_ENDS[m - 1]!];
      expect(dues(`Tháng ${m}`), `Tháng ${m}`).toEqual(expected);
      expect(dues(`<b>Tháng ${m}</b>`), `<b>Tháng ${m}</b>`).toEqual(expected);
      expect(labels(`<b>Tháng ${m}</b>`)).toEqual([`Tháng ${m}`]);
    }
    expect(dues('Tháng 4, 5')).toEqual(['31/05/2026']);
    expect(dues('<b>Tháng 4, 5</b>')).toEqual(['31/05/2026']);
    expect(labels('<b>Tháng 4, 5</b>')).toEqual(['Tháng 4–5']);
  });

  it('every distinct seed timing parses with the expected number of occurrences', () => {
    const counts: Record<string, number> = {
      'Hàng quý': 4, 'Quý I, II': 1, 'Quý I': 1, 'Quý IV': 1, 'Quý III': 1, 'Quý II': 1, 'Quý II-III': 1,
      'Thường xuyên': 0, '<b>Tháng 4, 5</b>': 1,
    };
    for (const [text, count] of Object.entries(counts)) expect(dues(text), text).toHaveLength(count);
  });
});

describe('parseSchedule: tolerance', () => {
  it('ignores case, Unicode form, extra spaces and a trailing period', () => {
    expect(labels('QUÝ  II.')).toEqual(['Quý II']);
    expect(labels('  quý   ii  ')).toEqual(['Quý II']);
    expect(labels('Quý II'.normalize('NFD'))).toEqual(['Quý II']);
    expect(labels('Tháng\u00a04,\u00a05')).toEqual(['Tháng 4–5']);
    expect(labels('Hằng quý'.normalize('NFD'))).toEqual(['Quý I', 'Quý II', 'Quý III', 'Quý IV']);
    expect(parsed('<b>Thường xuyên</b>')).toEqual({ kind: 'ongoing' });
    expect(labels('**Quý I**')).toEqual(['Quý I']);
  });

  it('drops quotes, brackets and punctuation around the timing, and only around it', () => {
    expect(labels('(Quý II).')).toEqual(['Quý II']);
    expect(labels('“Tháng 7”;')).toEqual(['Tháng 7']);
    expect(labels('Quý II . , ;')).toEqual(['Quý II']);
    expect(errorOf('Quý II..x')).toBe("không hiểu thời gian 'Quý II..x'");
  });
});

describe('parseSchedule: errors', () => {
  it('says when nothing was entered', () => {
    expect(errorOf('')).toBe('chưa nhập thời gian');
    expect(errorOf('   ')).toBe('chưa nhập thời gian');
    expect(errorOf('<b></b>')).toBe('chưa nhập thời gian');
  });

  it('quotes unreadable text as typed', () => {
    expect(errorOf('Khi nào xong')).toBe("không hiểu thời gian 'Khi nào xong'");
    expect(errorOf('Sau khi khóa sổ')).toBe("không hiểu thời gian 'Sau khi khóa sổ'");
    expect(errorOf('sớm')).toBe("không hiểu thời gian 'sớm'");
    expect(errorOf('4-5')).toBe("không hiểu thời gian '4-5'");
  });

  it('rejects days and periods that do not exist', () => {
    expect(errorOf('31/02/2026')).toMatch(/^không hiểu thời gian '31\/02\/2026'/);
    expect(errorOf('29/02/2026')).toMatch(/^không hiểu thời gian/);
    expect(errorOf('2026-13-01')).toMatch(/^không hiểu thời gian/);
    expect(errorOf('Quý V')).toMatch(/^không hiểu thời gian 'Quý V'/);
    expect(errorOf('quý 5')).toMatch(/^không hiểu thời gian/);
    expect(errorOf('Quý IIII')).toMatch(/^không hiểu thời gian/);
    expect(errorOf('Tháng 13')).toMatch(/^không hiểu thời gian 'Tháng 13'/);
    expect(errorOf('Tháng 0')).toMatch(/^không hiểu thời gian/);
    expect(errorOf('Quý III-II')).toMatch(/^không hiểu thời gian/);
    expect(errorOf('trước ngày 32 hàng tháng')).toMatch(/^không hiểu thời gian/);
    expect(errorOf(calendarDate(2026, 2, 31))).toMatch(/^không hiểu thời gian/);
  });

  it('rejects a plan year it cannot compute with', () => {
    expect(errorOf('Quý I', Number.NaN)).toMatch(/năm kế hoạch/);
    expect(errorOf('Quý I', 26)).toMatch(/năm kế hoạch/);
  });

  it('never throws for values that are not text or dates', () => {
    for (const value of [null, undefined, 7, {}, [], true] as unknown[]) {
      expect(parseSchedule(value as string, PLAN_YEAR).ok).toBe(false);
    }
  });
});

describe('dueOnOrAfter', () => {
  const quarterly = parsed('Hàng quý');

  it('gives the next occurrence of a recurring schedule', () => {
    expect(dueOnOrAfter(quarterly, calendarDate(2026, 11, 15))).toEqual({ label: 'Quý IV', due: calendarDate(2026, 12, 31) });
    expect(dueOnOrAfter(quarterly, calendarDate(2026, 1, 1))?.label).toBe('Quý I');
    expect(dueOnOrAfter(quarterly, calendarDate(2026, 4, 1))?.label).toBe('Quý II');
  });

  it('counts an occurrence due today', () => {
    expect(dueOnOrAfter(quarterly, calendarDate(2026, 12, 31))?.due).toEqual(calendarDate(2026, 12, 31));
    expect(dueOnOrAfter(quarterly, calendarDate(2026, 3, 31))?.label).toBe('Quý I');
  });

  it('falls back to the last occurrence once all are past', () => {
    expect(dueOnOrAfter(quarterly, calendarDate(2027, 1, 5))).toEqual({ label: 'Quý IV', due: calendarDate(2026, 12, 31) });
    expect(dueOnOrAfter(parsed('Quý II'), calendarDate(2026, 11, 15))?.due).toEqual(calendarDate(2026, 6, 30));
  });

  it('has nothing for an ongoing task', () => {
    expect(dueOnOrAfter(parsed('Thường xuyên'), calendarDate(2026, 11, 15))).toBeUndefined();
  });
});

describe('review (issue 9): leading words and remarks that change the meaning are never dropped', () => {
  it('a week, round or time numbered before a month is not a day of that month', () => {
    for (const text of ['Tuần 1 tháng 9', 'Tuần 2 tháng 9/2026', 'Đợt 1 tháng 9', 'Lần 2 tháng 10', 'Buổi 3 tháng 11']) {
      expect(errorOf(text), text).toContain('không hiểu thời gian');
    }
  });

  it('«sau», «ngoài», «bắt đầu» before a timing do not mean that timing is the due date', () => {
    for (const text of ['Sau quý II', 'Sau tháng 9', 'Sau khai giảng', 'Sau ngày 15/4', 'Sau 15/4/2026', 'Ngoài quý II', 'Bắt đầu tháng 9', 'Bắt đầu học kỳ II']) {
      expect(errorOf(text), text).toContain('không hiểu thời gian');
    }
  });

  it('what «sau» / «sáu» still leaves readable: sáu tháng, sau khi có yêu cầu, a description before the timing', () => {
    expect(dues('Báo cáo sáu tháng đầu năm')).toEqual(['30/06/2026']);
    expect(dues('Sáu tháng cuối năm')).toEqual(['31/12/2026']);
    expect(parsed('Sau khi có hướng dẫn của Sở').kind).toBe('ongoing');
    expect(parsed('Sau khi có văn bản chỉ đạo').kind).toBe('ongoing');
    expect(dues('Tuần cuối tháng 9')).toEqual(['30/09/2026']);
  });

  it('a remark in brackets naming an earlier day than the timing before it is refused, not dropped', () => {
    for (const text of ['Hằng tháng (trước ngày 25)', 'Tháng 12 (ngày 20)', 'Hàng quý (trước ngày 25 tháng cuối quý)', 'Quý IV (hạn 15/12)']) {
      expect(errorOf(text), text).toContain('trong ngoặc');
    }
    // Remarks that name no day stay out of the way.
    expect(dues('Quý II (nếu có kinh phí)')).toEqual(['30/06/2026']);
    expect(dues('Tháng 6-8 (hè)')).toEqual(['31/08/2026']);
    expect(dues('Tháng 3 (trong 2 tuần)')).toEqual(['31/03/2026']);
    expect(dues('Quý II/2026 (từ 01/4 đến 30/6/2026)')).toEqual(['30/06/2026']);
  });
});
