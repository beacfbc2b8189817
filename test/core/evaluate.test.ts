import { describe, expect, it } from 'vitest';
import { assess, attainment } from '../../src/core/evaluate';
import { parseTarget, type Target } from '../../src/core/target';

function target(text: string): Target {
  const result = parseTarget(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function assessed(raw: unknown, targetText: string) {
  const result = assess(raw, targetText);
  if (!result.ok || result.value === null) throw new Error(`expected an attainment, got ${JSON.stringify(result)}`);
  return result.value;
}

describe('attainment', () => {
  it('DESIGN worked example: 0.90 against ≥95% is Chưa đạt at 94.7%', () => {
    const { verdict, ratio } = attainment(0.9, target('≥95%'));
    expect(verdict).toBe('Chưa đạt');
    expect(ratio).toBeCloseTo(0.947368, 5);
  });

  it.each<[number, string, 'Đạt' | 'Chưa đạt', number]>([
    [0.95, '≥95%', 'Đạt', 1],
    [1, '≥95%', 'Đạt', 1 / 0.95],
    [1, '100%', 'Đạt', 1],
    [0.99, '100%', 'Chưa đạt', 0.99],
    [0.8, '> 80%', 'Chưa đạt', 1],
    [0.81, '> 80%', 'Đạt', 0.81 / 0.8],
    [3, 'tối thiểu 02 đợt/năm', 'Đạt', 1.5],
    [0, 'ít nhất 01', 'Chưa đạt', 0],
    [3, 'Mức 2 trở lên', 'Đạt', 1.5],
    [1, 'từ mức 2 trở lên', 'Chưa đạt', 0.5],
  ])('at least: %d against %j → %s, ratio %d', (result, text, verdict, ratio) => {
    const reached = attainment(result, target(text));
    expect(reached.verdict).toBe(verdict);
    expect(reached.ratio).toBeCloseTo(ratio, 10);
  });

  it.each<[number, string, 'Đạt' | 'Chưa đạt', number]>([
    [0.03, '≤ 5%', 'Đạt', 1],
    [0.05, '≤ 5%', 'Đạt', 1],
    [0.1, '≤ 5%', 'Chưa đạt', 0.5],
    [0.05, 'dưới 5%', 'Chưa đạt', 1],
    [0, 'không quá 2 sự cố', 'Đạt', 1],
    [4, 'không quá 2 sự cố', 'Chưa đạt', 0.5],
    [1, 'không quá 0 sự cố', 'Chưa đạt', 0],
    [0, '< 0%', 'Chưa đạt', 0],
  ])('at most (lower is better): %d against %j → %s, ratio %d', (result, text, verdict, ratio) => {
    expect(attainment(result, target(text))).toEqual({ verdict, ratio });
  });

  it.each<[number, 'Đạt' | 'Chưa đạt', number]>([
    [0.85, 'Chưa đạt', 0.85 / 0.9],
    [0.9, 'Đạt', 1],
    [0.93, 'Đạt', 0.93 / 0.9],
    [0.99, 'Đạt', 1.1], // above the band is still met
  ])('range từ 90%% đến 95%%: %d → %s', (result, verdict, ratio) => {
    const reached = attainment(result, target('từ 90% đến 95%'));
    expect(reached.verdict).toBe(verdict);
    expect(reached.ratio).toBeCloseTo(ratio, 10);
  });

  it('a zero target is met with ratio 1', () => {
    expect(attainment(0, target('≥ 0%'))).toEqual({ verdict: 'Đạt', ratio: 1 });
    expect(attainment(5, target('ít nhất 0'))).toEqual({ verdict: 'Đạt', ratio: 1 });
  });

  it('yes/no gives 1 or 0', () => {
    expect(attainment(true, target('Có'))).toEqual({ verdict: 'Đạt', ratio: 1 });
    expect(attainment(false, target('Có'))).toEqual({ verdict: 'Chưa đạt', ratio: 0 });
  });

  it('keeps the ratio finite for extreme numbers', () => {
    expect(Number.isFinite(attainment(1e308, target('ít nhất 0,001')).ratio)).toBe(true);
    expect(attainment(Number.NaN, target('≥95%')).ratio).toBe(0);
    expect(attainment(Number.POSITIVE_INFINITY, target('≤ 5%')).ratio).toBe(0);
  });
});

describe('assess', () => {
  it('reads both cells: the DESIGN example from a Sheets percent cell', () => {
    const { verdict, ratio } = assessed(0.9, '≥95%');
    expect(verdict).toBe('Chưa đạt');
    expect(ratio).toBeCloseTo(0.947, 3);
  });

  it.each<[unknown, string, 'Đạt' | 'Chưa đạt']>([
    [90, '≥90%', 'Đạt'],
    ['95,5 %', '≥95%', 'Đạt'],
    ['2 đợt', 'tối thiểu 02 đợt/năm', 'Đạt'],
    ['01 hoạt động', 'ít nhất 01 hoạt động/sự kiện', 'Đạt'],
    ['Mức 3', 'từ mức 2 trở lên', 'Đạt'],
    ['Chưa', 'Có', 'Chưa đạt'],
    ['x', 'Có', 'Đạt'],
    [0.99, '>98%', 'Đạt'],
    [0.97, '$\\geq 100\\%$', 'Chưa đạt'],
    [1, '$> 100\\%$', 'Chưa đạt'],
    [0.1, '≤ 5%', 'Chưa đạt'],
  ])('%j against %j → %s', (raw, text, verdict) => {
    expect(assessed(raw, text).verdict).toBe(verdict);
  });

  it.each([null, undefined, '', '  '])('a blank result (%j) gives no verdict, even when the target is blank or unreadable', (raw) => {
    expect(assess(raw, '≥95%')).toEqual({ ok: true, value: null });
    expect(assess(raw, '')).toEqual({ ok: true, value: null });
    expect(assess(raw, '≥ 95% hoặc 100%')).toEqual({ ok: true, value: null });
  });

  it('reports an unreadable or missing target', () => {
    expect(assess(0.9, '≥ 95% hoặc 100%')).toEqual({ ok: false, error: "không hiểu chỉ tiêu '≥ 95% hoặc 100%'" });
    expect(assess(0.9, '')).toEqual({ ok: false, error: 'chưa nhập chỉ tiêu' });
  });

  it('reports a result of the wrong kind instead of a verdict', () => {
    expect(assess(true, '≥95%')).toEqual({ ok: false, error: "không hiểu kết quả 'TRUE' (cần một tỷ lệ %, ví dụ 95%)" });
    expect(assess(0.95, 'Có')).toEqual({ ok: false, error: "không hiểu kết quả '0,95' (cần Có hoặc Chưa)" });
    expect(assess(150, '≥95%')).toEqual({ ok: false, error: "kết quả '150' vượt quá 100% (cần một tỷ lệ %, ví dụ 95%)" });
  });
});

describe('issue 9: attainment of the new target forms', () => {
  it('a rate per period is held against the periods elapsed by the end of the quarter', () => {
    const quarterly = target('tối thiểu 01 lần/quý');
    expect(attainment(3, quarterly, { year: 2026, quarter: 3 })).toEqual({ verdict: 'Đạt', ratio: 1 });
    expect(attainment(2, quarterly, { year: 2026, quarter: 3 }).verdict).toBe('Chưa đạt');
    const monthly = target('01 lần/tháng');
    expect(attainment(12, monthly, { year: 2026, quarter: 4 })).toEqual({ verdict: 'Đạt', ratio: 1 });
    expect(attainment(6, target('02 lần/tháng'), { year: 2026, quarter: 1 })).toEqual({ verdict: 'Đạt', ratio: 1 });
    expect(attainment(1, target('01 lần/học kỳ'), { year: 2026, quarter: 2 })).toEqual({ verdict: 'Đạt', ratio: 1 });
    expect(attainment(1, target('01 lần/học kỳ'), { year: 2026, quarter: 4 }).ratio).toBe(0.5);
  });

  it('an annual count keeps the cumulative rule', () => {
    expect(attainment(1, target('02 đợt/năm'), { year: 2026, quarter: 2 })).toEqual({ verdict: 'Chưa đạt', ratio: 0.5 });
  });

  it('a per-unit target is met only when every unit is', () => {
    const perUnit = target('Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề');
    expect(attainment({ met: 6, of: 8 }, perUnit)).toEqual({ verdict: 'Chưa đạt', ratio: 0.75 });
    expect(attainment({ met: 8, of: 8 }, perUnit)).toEqual({ verdict: 'Đạt', ratio: 1 });
    expect(assessed('6/8 tổ', 'Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề')).toEqual({ verdict: 'Chưa đạt', ratio: 0.75 });
  });

  it('an outcome target is 1 or 0', () => {
    expect(assessed('Đã ban hành', 'Ban hành quy chế')).toEqual({ verdict: 'Đạt', ratio: 1 });
    expect(assessed('Chưa', 'Hoàn thành')).toEqual({ verdict: 'Chưa đạt', ratio: 0 });
  });
});
