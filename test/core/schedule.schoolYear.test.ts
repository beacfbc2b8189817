import { describe, expect, it } from 'vitest';
import { calendarDate, formatDdMmYyyy } from '../../src/core/date';
import { planCalendar, type PlanCalendar } from '../../src/core/calendar';
import { parseSchedule, type Schedule } from '../../src/core/schedule';

/** A calendar-year plan for 2026 with the framework's school-year dates. */
const PLAN_2026: PlanCalendar = planCalendar(2026);

function parsed(text: string, calendar: PlanCalendar | number = PLAN_2026): Schedule {
  const r = parseSchedule(text, calendar);
  if (!r.ok) throw new Error(`expected '${text}' to parse: ${r.error}`);
  return r.value;
}

/** "label → dd/mm/yyyy" for each occurrence, in order. */
function read(text: string, calendar: PlanCalendar | number = PLAN_2026): string[] {
  const s = parsed(text, calendar);
  return s.kind === 'ongoing' ? ['ongoing'] : s.occurrences.map((o) => `${o.label} → ${formatDdMmYyyy(o.due)}`);
}

function errorOf(text: string, calendar: PlanCalendar | number = PLAN_2026): string {
  const r = parseSchedule(text, calendar);
  if (r.ok) throw new Error(`expected '${text}' to be rejected, got ${JSON.stringify(r.value)}`);
  return r.error;
}

function expectAll(texts: readonly string[], expected: string[], calendar: PlanCalendar | number = PLAN_2026): void {
  for (const text of texts) expect(read(text, calendar), text).toEqual(expected);
}

describe('school-year timings, framework defaults (05/9, before 18/01, before 31/5)', () => {
  it('a term that names its school year resolves exactly', () => {
    expectAll(
      ['Học kỳ I năm học 2025-2026', 'học kỳ 1 năm học 2025 - 2026', 'HK I năm học 2025–2026', 'HKI (2025-2026)', 'Cuối học kỳ I năm học 2025-2026', 'HK1/2025-2026', 'Học kì I năm học 2025-26'],
      ['Học kỳ I 2025-2026 → 18/01/2026'],
    );
    expectAll(
      ['Học kỳ II năm học 2025-2026', 'HK II năm học 2025-2026', 'học kỳ 2 năm học 2025-2026', 'Cuối HK II năm học 2025 – 2026'],
      ['Học kỳ II 2025-2026 → 31/05/2026'],
    );
    expectAll(['Học kỳ I năm học 2026-2027', 'HK I năm học 2026 - 2027'], ['Học kỳ I 2026-2027 → 18/01/2027']);
  });

  it('a bare term in a calendar-year plan is the one lying mostly in the plan year', () => {
    expectAll(['Học kỳ II', 'HK II', 'HKII', 'Học kỳ 2', 'học kì II', 'Cuối học kỳ II', 'Trong học kỳ II', 'HK 2'], ['Học kỳ II 2025-2026 → 31/05/2026']);
    expectAll(['Học kỳ I', 'HK I', 'HKI', 'Học kỳ 1', 'Cuối học kỳ I', 'Trong học kỳ I', 'hết học kỳ I', 'Cuối HK1'], ['Học kỳ I 2026-2027 → 18/01/2027']);
    expect(read('Học kỳ I', 2027)).toEqual(['Học kỳ I 2027-2028 → 18/01/2028']);
  });

  it('cuối năm học, năm học, trong năm học → the end of the school year ending in the plan year', () => {
    expectAll(
      ['Cuối năm học', 'cuối năm học', 'Trong năm học', 'Năm học', 'Hết năm học', 'Cả năm học', 'Học kỳ I và II', 'Học kỳ I, II', 'Trước khi khóa năm học', 'trước khi khoá sổ năm học', 'Trước khi kết thúc năm học', 'Tổng kết năm học'],
      ['Cuối năm học 2025-2026 → 31/05/2026'],
    );
    expectAll(['Năm học 2026-2027', 'năm học 2026 - 2027', 'Cuối năm học 2026-2027', 'Trong năm học 2026-2027', 'Năm học 2026-27'], ['Cuối năm học 2026-2027 → 31/05/2027']);
    expectAll(['Năm học 2025-2026', 'Cuối năm học 2025-2026'], ['Cuối năm học 2025-2026 → 31/05/2026']);
  });

  it('đầu năm học → the last day of the month the school year starts in', () => {
    expectAll(['Đầu năm học', 'đầu năm học mới', 'Đầu năm học 2026-2027', 'Tháng đầu năm học'], ['Đầu năm học 2026-2027 → 30/09/2026']);
    expectAll(['Đầu năm học 2025-2026'], ['Đầu năm học 2025-2026 → 30/09/2025']);
  });

  it('trước khi khóa học kỳ → the end of that term', () => {
    expectAll(['Trước khi khóa học kỳ I', 'trước khi khoá sổ học kỳ I', 'Trước khi khóa sổ HK I'], ['Học kỳ I 2026-2027 → 18/01/2027']);
    expectAll(['Trước khi khóa học kỳ II năm học 2025-2026'], ['Học kỳ II 2025-2026 → 31/05/2026']);
  });

  it('mỗi học kỳ, cuối học kỳ, hằng học kỳ → the two term ends lying in the plan year', () => {
    const both = ['Học kỳ II 2025-2026 → 31/05/2026', 'Học kỳ I 2026-2027 → 18/01/2027'];
    expectAll(['Mỗi học kỳ', 'mỗi học kì', 'Hằng học kỳ', 'Hàng học kỳ', 'Cuối học kỳ', 'Cuối mỗi học kỳ', 'Theo học kỳ', '01 lần/học kỳ', 'Học kỳ/lần', 'Trước khi khóa học kỳ', '2 lần/năm học'], both);
    expectAll(['Mỗi học kỳ năm học 2025-2026'], ['Học kỳ I 2025-2026 → 18/01/2026', 'Học kỳ II 2025-2026 → 31/05/2026']);
  });

  it('school-year forms are refused when the years are not consecutive', () => {
    expect(errorOf('Năm học 2025-2027')).toMatch(/^không hiểu thời gian 'Năm học 2025-2027'/);
    expect(errorOf('Học kỳ III')).toMatch(/^không hiểu thời gian 'Học kỳ III'/);
    expect(errorOf('Khóa sổ')).toMatch(/^không hiểu thời gian/);
  });
});

describe('school-year timings with dates set in Cấu hình', () => {
  const configured = planCalendar(2026, [
    { startYear: 2025, start: calendarDate(2025, 9, 5), firstTermEnd: calendarDate(2026, 1, 10), end: calendarDate(2026, 5, 25) },
  ]);

  it('the configured year uses its dates', () => {
    expect(read('Học kỳ I năm học 2025-2026', configured)).toEqual(['Học kỳ I 2025-2026 → 10/01/2026']);
    expect(read('Học kỳ II', configured)).toEqual(['Học kỳ II 2025-2026 → 25/05/2026']);
    expect(read('Cuối năm học', configured)).toEqual(['Cuối năm học 2025-2026 → 25/05/2026']);
  });

  it('other school years keep the configured day and month', () => {
    expect(read('Học kỳ I', configured)).toEqual(['Học kỳ I 2026-2027 → 10/01/2027']);
    expect(read('Năm học 2027-2028', configured)).toEqual(['Cuối năm học 2027-2028 → 25/05/2028']);
  });

  it('a province starting in August: đầu năm học ends with August', () => {
    const august = planCalendar(2026, [
      { startYear: 2026, start: calendarDate(2026, 8, 20), firstTermEnd: calendarDate(2026, 12, 31), end: calendarDate(2027, 5, 20) },
    ]);
    expect(read('Đầu năm học', august)).toEqual(['Đầu năm học 2026-2027 → 31/08/2026']);
    expect(read('Học kỳ I', august)).toEqual(['Học kỳ I 2026-2027 → 31/12/2026']);
  });
});

describe('frequencies as recurring timings', () => {
  const quarters = ['Quý I → 31/03/2026', 'Quý II → 30/06/2026', 'Quý III → 30/09/2026', 'Quý IV → 31/12/2026'];
  const months = ['31/01', '28/02', '31/03', '30/04', '31/05', '30/06', '31/07', '31/08', '30/09', '31/10', '30/11', '31/12']
    .map((d, i) => `Tháng ${i + 1} → ${d}/2026`);

  it('per quarter, however many times: one occurrence at each quarter end', () => {
    expectAll(
      ['01 lần/quý', '1 lần/quý', '02 lần/quý', '2 lần / quý', 'tối thiểu 01 lần/quý', 'Ít nhất 1 lần/quý', 'quý/lần', '1 quý/lần', '01 quý/lần', 'Định kỳ hằng quý', 'định kỳ hàng quý', 'Theo quý', 'Mỗi quý 1 lần', '3 tháng/lần', '03 tháng/ lần', 'Một lần/quý', 'Định kỳ 1 quý/lần'],
      quarters,
    );
  });

  it('per month and per week: one occurrence at each month end', () => {
    expectAll(['Theo tháng', 'theo tháng', '01 lần/tháng', '2 lần/tháng', 'tháng/lần', '1 tháng/lần', 'Định kỳ hằng tháng', 'Mỗi tháng 1 lần'], months);
    expectAll(['Hằng tuần', 'hàng tuần', 'Mỗi tuần', 'Theo tuần', '1 lần/tuần', 'tuần/lần', '01 tuần/lần', 'Thứ Hai hằng tuần', 'Định kỳ hằng tuần'], months);
  });

  it('per year: thường niên is the year end; several times a year split the year evenly', () => {
    expectAll(['Thường niên', 'thường niên', '01 lần/năm', '1 năm/lần', 'Định kỳ hằng năm', 'Mỗi năm 1 lần'], ['Cả năm → 31/12/2026']);
    expectAll(['02 lần/năm', '2 lần/năm', '6 tháng/lần', 'Hai lần/năm', '2 quý/lần'], ['6 tháng đầu năm → 30/06/2026', '6 tháng cuối năm → 31/12/2026']);
    expectAll(['04 lần/năm'], quarters);
    expectAll(['03 lần/năm', '4 tháng/lần'], ['Tháng 1–4 → 30/04/2026', 'Tháng 5–8 → 31/08/2026', 'Tháng 9–12 → 31/12/2026']);
    expect(errorOf('05 lần/năm')).toMatch(/^không hiểu thời gian '05 lần\/năm'/);
  });

  it('frequencies are recurring', () => {
    for (const text of ['02 lần/quý', 'hằng tuần', 'mỗi học kỳ', '2 lần/năm']) {
      const s = parsed(text);
      expect(s.kind === 'dated' && s.recurring, text).toBe(true);
    }
  });
});

describe('on-demand timings: no due date, like Thường xuyên', () => {
  it('reads the ways plans say "when asked"', () => {
    expectAll(
      ['Khi có yêu cầu', 'khi có yêu cầu', 'Theo yêu cầu', 'Đột xuất', 'đột xuất', 'Khi có văn bản chỉ đạo', 'Theo chỉ đạo của cấp trên', 'Theo yêu cầu của Sở GD&ĐT', 'Khi phát sinh', 'Định kỳ và đột xuất', 'Thường xuyên, đột xuất', 'Theo kế hoạch của Sở', 'Theo hướng dẫn của Bộ GDĐT', 'Khi được yêu cầu', 'Theo quy định'],
      ['ongoing'],
    );
  });
});

describe('leading words and decoration around a timing', () => {
  it('a leading label or activity before the timing', () => {
    expect(read('Thời gian: Quý II')).toEqual(['Quý II → 30/06/2026']);
    expect(read('Thời gian thực hiện: Tháng 9/2026')).toEqual(['Tháng 9 → 30/09/2026']);
    expect(read('Thực hiện: thường xuyên')).toEqual(['ongoing']);
    expect(read('Hoàn thành trước ngày 30/6/2026')).toEqual(['Hạn 30/06/2026 → 30/06/2026']);
    const twelfth = read('Báo cáo tháng gửi trước ngày 12 hàng tháng');
    expect(twelfth).toHaveLength(12);
    expect(twelfth[0]).toBe('Tháng 1 → 12/01/2026');
    expect(read('Gửi báo cáo trước ngày 12 hằng tháng')).toEqual(twelfth);
  });

  it('a leading part that itself names a period is not dropped', () => {
    expect(errorOf('Tháng 1 báo cáo Quý III')).toMatch(/^không hiểu thời gian/);
  });

  it('a quarter followed by its year and its months in brackets', () => {
    expectAll(['Quý I/2026 (tháng 1-3)', 'Quý I năm 2026 (từ tháng 1 đến tháng 3)', 'Quý I (tháng 1 - 3)'], ['Quý I → 31/03/2026']);
    expectAll(['Quý II năm 2026 (từ tháng 4 đến tháng 6)', 'Quý II/2026 (Tháng 4-6).'], ['Quý II → 30/06/2026']);
    expect(read('Quý I/2027 (tháng 1-3)')).toEqual(['Quý I/2027 → 31/03/2027']);
    expect(read('Quý II (nếu có kinh phí)')).toEqual(['Quý II → 30/06/2026']);
    expect(errorOf('Quý II (tháng 7-9)')).toMatch(/^không hiểu thời gian 'Quý II \(tháng 7-9\)'.*không khớp/);
  });

  it('a run of months written with their years', () => {
    expectAll(['Tháng 9/2026 - 12/2026', 'Tháng 9/2026 – tháng 12/2026', 'Từ tháng 9/2026 đến tháng 12/2026', '09/2026 - 12/2026'], ['Tháng 9–12 → 31/12/2026']);
    expect(read('Từ tháng 9/2025 đến tháng 5/2026')).toEqual(['Tháng 9/2025–5/2026 → 31/05/2026']);
    expect(errorOf('Tháng 12/2026 - 9/2026')).toMatch(/^không hiểu thời gian/);
  });
});

describe('lists versus ranges', () => {
  it('a contiguous range is one occurrence due at its end', () => {
    expectAll(['Quý II-III', 'Quý II, III', 'Từ quý II đến quý III'], ['Quý II–III → 30/09/2026']);
    expectAll(['Tháng 4, 5', 'Tháng 4-5', 'Từ tháng 4 đến tháng 5'], ['Tháng 4–5 → 31/05/2026']);
    expectAll(['Từ tháng 3 đến tháng 5', 'tháng 3 - tháng 5'], ['Tháng 3–5 → 31/05/2026']);
  });

  it('a list with a gap is one occurrence per run', () => {
    expectAll(['Tháng 1, 5', 'Tháng 1 và tháng 5', 'tháng 1; 5'], ['Tháng 1 → 31/01/2026', 'Tháng 5 → 31/05/2026']);
    expectAll(['Quý I và Quý III', 'Quý I, III', 'quý 1 và 3'], ['Quý I → 31/03/2026', 'Quý III → 30/09/2026']);
    expect(read('Quý I, III-IV')).toEqual(['Quý I → 31/03/2026', 'Quý III–IV → 31/12/2026']);
    expect(read('Tháng 1, 2, 5 và 9')).toEqual(['Tháng 1–2 → 28/02/2026', 'Tháng 5 → 31/05/2026', 'Tháng 9 → 30/09/2026']);
  });

  it('a range of days is one occurrence due on its last day', () => {
    expectAll(['Từ 01/3 đến 31/3/2026', 'Từ ngày 01/3 đến ngày 31/3/2026', '01/3 - 31/3/2026', '01/03/2026 - 31/03/2026', 'từ 1/3/2026 đến 31/3/2026'], ['Hạn 31/03/2026 → 31/03/2026']);
    expect(read('Từ ngày 15/8/2026 đến ngày 30/9/2026')).toEqual(['Hạn 30/09/2026 → 30/09/2026']);
    expect(read('Từ 01/9 đến 31/5/2027')).toEqual(['Hạn 31/05/2027 → 31/05/2027']);
    expect(errorOf('Từ 31/3/2026 đến 01/3/2026')).toMatch(/^không hiểu thời gian/);
  });
});

describe('multi-year plans', () => {
  it('giai đoạn and đến năm → the end of the last year named', () => {
    expectAll(['Giai đoạn 2026-2030', 'giai đoạn 2026 - 2030', 'Đến năm 2030', 'đến hết năm 2030', 'Trong giai đoạn 2026–2030', 'Thực hiện giai đoạn 2026-2030', 'Lộ trình đến năm 2030'], ['Đến năm 2030 → 31/12/2030']);
    expectAll(['Đến năm 2026', 'Giai đoạn 2025-2026'], ['Cả năm → 31/12/2026']);
  });
});

describe('more wordings, as other schools write them', () => {
  it('the phrases in the two seed plans', () => {
    expect(read('Trong năm học 2025-2026')).toEqual(['Cuối năm học 2025-2026 → 31/05/2026']);
    expect(read('Theo kế hoạch năm học')).toEqual(['Cuối năm học 2025-2026 → 31/05/2026']);
    expect(read('trong năm 2026')).toEqual(['Cả năm → 31/12/2026']);
    for (const text of ['Định kỳ và đột xuất', 'Theo lộ trình', 'Định kỳ theo yêu cầu của Sở', 'Theo quy định của Sở']) expect(read(text), text).toEqual(['ongoing']);
    expect(read('Tháng 8/2026 (trước năm học mới)')).toEqual(['Tháng 8 → 31/08/2026']);
  });

  it('the opening day and daily work', () => {
    expectAll(['Trước khai giảng', 'Trước ngày khai giảng năm học 2026-2027', 'Dịp khai giảng năm học mới', 'Lễ khai giảng'], ['Khai giảng 2026-2027 → 05/09/2026']);
    expectAll(['Hằng ngày', 'hàng ngày', 'Mỗi ngày'], ['ongoing']);
  });

  it('a period of every year, in a one-year plan, is that period of the plan year', () => {
    expect(read('Quý I hằng năm')).toEqual(['Quý I → 31/03/2026']);
    expect(read('Tháng 10 hàng năm')).toEqual(['Tháng 10 → 31/10/2026']);
    expect(read('Định kỳ 6 tháng')).toEqual(['6 tháng đầu năm → 30/06/2026', '6 tháng cuối năm → 31/12/2026']);
    expect(read('Định kỳ 3 tháng')).toHaveLength(4);
  });

  it('đầu, giữa, cuối a month or a quarter are due at its end', () => {
    expect(read('Đầu tháng 9')).toEqual(['Tháng 9 → 30/09/2026']);
    expect(read('Giữa quý II')).toEqual(['Quý II → 30/06/2026']);
    expect(read('Cuối tháng 12/2026')).toEqual(['Tháng 12 → 31/12/2026']);
  });

  it('words that place the due date before or inside a term are not dropped', () => {
    for (const text of ['Đầu mỗi học kỳ', 'Giữa học kỳ I', 'Từ tháng 1/2026', 'Tuần đầu tiên của tháng 9', 'Năm học 2025-2026 và 2026-2027']) {
      expect(errorOf(text), text).toMatch(/^không hiểu thời gian/);
    }
  });

  it('a remark in brackets that is not a timing as a whole is only a remark', () => {
    expect(read('Tháng 11/2026 (hưởng ứng Ngày Chuyển đổi số quốc gia 10/10)')).toEqual(['Tháng 11 → 30/11/2026']);
    expect(read('Đầu năm học 2026-2027 (tháng 9/2026)')).toEqual(['Đầu năm học 2026-2027 → 30/09/2026']);
  });
});
