import { describe, expect, it } from 'vitest';
import { describeTarget, parseQuantity, parseTarget, targetWarnings, type Target, type TargetUnit } from '../../src/core/target';

const atLeast = (value: number, unit: TargetUnit = 'percent', extra: object = {}): Target =>
  ({ kind: 'atLeast', value, unit, strict: false, ...extra });
const above = (value: number, unit: TargetUnit = 'percent'): Target => ({ kind: 'atLeast', value, unit, strict: true });
const atMost = (value: number, unit: TargetUnit = 'percent', extra: object = {}): Target =>
  ({ kind: 'atMost', value, unit, strict: false, ...extra });
const below = (value: number, unit: TargetUnit = 'percent'): Target => ({ kind: 'atMost', value, unit, strict: true });

function target(text: string): Target {
  const result = parseTarget(text);
  if (!result.ok) throw new Error(`expected '${text}' to parse: ${result.error}`);
  return result.value;
}

describe('parseTarget: the forms of DESIGN §3', () => {
  it.each<[string, Target]>([
    ['100%', atLeast(1)],
    ['≥95%', atLeast(0.95)],
    ['≥ 95 %', atLeast(0.95)],
    ['>=95%', atLeast(0.95)],
    ['> 80%', above(0.8)],
    ['95%', atLeast(0.95)],
    ['Tối thiểu 90%', atLeast(0.9)],
    ['ít nhất 01', atLeast(1, 'count')],
    ['tối thiểu 02 đợt/năm', atLeast(2, 'count', { unitLabel: 'đợt', per: 'năm' })],
    ['tối thiểu 01 chuyên đề/năm', atLeast(1, 'count', { unitLabel: 'chuyên đề', per: 'năm' })],
    ['tối thiểu 01 lần/quý', atLeast(1, 'count', { unitLabel: 'lần', per: 'quý' })],
    ['Mức 2 trở lên', atLeast(2, 'level')],
    ['từ mức 2 trở lên', atLeast(2, 'level')],
    ['đạt 100%', atLeast(1)],
    ['Phấn đấu 100%', atLeast(1)],
    ['≤ 5%', atMost(0.05)],
    ['không quá 2 sự cố', atMost(2, 'count', { unitLabel: 'sự cố' })],
    ['từ 90% đến 95%', { kind: 'range', min: 0.9, max: 0.95, unit: 'percent' }],
    ['Có', { kind: 'yesNo' }],
    ['$\\geq 80\\%$', atLeast(0.8)],
    ['$> 100\\%$', above(1)],
    ['$\\geq 100\\%$', atLeast(1)],
    ['$\\leq 5\\%$', atMost(0.05)],
    ['\\ge 90\\%', atLeast(0.9)],
    ['\\le 2', atMost(2, 'count')],
  ])('reads %j', (text, expected) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: expected });
  });
});

describe('parseTarget: obvious Vietnamese variants', () => {
  it.each<[string, Target]>([
    ['trên 80%', above(0.8)],
    ['dưới 5%', below(0.05)],
    ['tối đa 3 lần', atMost(3, 'count', { unitLabel: 'lần' })],
    ['không vượt quá 5%', atMost(0.05)],
    ['từ 95% trở lên', atLeast(0.95)],
    ['>98%', above(0.98)],
    ['ít nhất 50%', atLeast(0.5)],
    ['TỐI THIỂU 90%', atLeast(0.9)],
    ['=>95%', atLeast(0.95)],
    ['=<5%', atMost(0.05)],
    ['<=5%', atMost(0.05)],
    ['<5%', below(0.05)],
    ['＞９５％', above(0.95)],
    ['≥\u00a095\u00a0%', atLeast(0.95)],
    ['  ≥   95%  ', atLeast(0.95)],
    ['Tối thiểu 90%'.normalize('NFD'), atLeast(0.9)],
    ['95,5%', atLeast(0.955)],
    ['≥95%.', atLeast(0.95)],
    ['≥ 95% . ;', atLeast(0.95)],
    ['tối thiểu 02 đợt/năm;', atLeast(2, 'count', { unitLabel: 'đợt', per: 'năm' })],
    ['Phấn đấu đạt 100%', atLeast(1)],
    ['Đảm bảo 100%', atLeast(1)],
    ['đạt mức 2 trở lên', atLeast(2, 'level')],
    ['Mức 3', atLeast(3, 'level')],
    ['trên mức 2', above(2, 'level')],
    ['không dưới 90%', atLeast(0.9)],
    ['5% trở xuống', atMost(0.05)],
    ['không quá 2 sự cố/tháng', atMost(2, 'count', { unitLabel: 'sự cố', per: 'tháng' })],
    ['02 đợt mỗi năm', atLeast(2, 'count', { unitLabel: 'đợt', per: 'năm' })],
    ['ít nhất 1.000 lượt truy cập', atLeast(1000, 'count', { unitLabel: 'lượt truy cập' })],
    ['từ 90 đến 95%', { kind: 'range', min: 0.9, max: 0.95, unit: 'percent' }],
    ['90% – 95%', { kind: 'range', min: 0.9, max: 0.95, unit: 'percent' }],
    ['2-3 đợt', { kind: 'range', min: 2, max: 3, unit: 'count', unitLabel: 'đợt' }],
    ['từ mức 2 đến mức 3', { kind: 'range', min: 2, max: 3, unit: 'level' }],
  ])('reads %j', (text, expected) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: expected });
  });
});

describe('parseTarget: seed plans', () => {
  // ke-hoach-thpt-an-lao-2026.txt, Phụ lục 1, column "Mức đạt 2026" (STT → cell).
  it.each<[number, string, Target]>([
    [1, '100%', atLeast(1)], [2, '≥95%', atLeast(0.95)], [3, '100%', atLeast(1)], [4, '100%', atLeast(1)],
    [5, '100%', atLeast(1)], [6, '≥90%', atLeast(0.9)], [7, '100%', atLeast(1)], [8, '≥98%', atLeast(0.98)],
    [9, '100%', atLeast(1)], [10, '≥90%', atLeast(0.9)], [11, '100%', atLeast(1)], [12, '100%', atLeast(1)],
    [13, '100%', atLeast(1)], [14, '≥90%', atLeast(0.9)], [15, '100%', atLeast(1)], [16, '≥90%', atLeast(0.9)],
    [17, '100%', atLeast(1)], [18, '100%', atLeast(1)], [19, '≥90%', atLeast(0.9)], [20, '≥50%', atLeast(0.5)],
    [22, '100%', atLeast(1)],
  ])('An Lão indicator %i: %j', (_row, text, expected) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: expected });
    expect(targetWarnings(expected)).toEqual([]);
  });

  it('An Lão indicator 21 has an empty target cell: asks for one', () => {
    expect(parseTarget('')).toEqual({ ok: false, error: 'chưa nhập chỉ tiêu' });
  });

  // ke-hoach-th-tran-duong-2026.txt, targets written in the prose of II and III.
  it.each<[string, Target]>([
    ['100%', atLeast(1)],
    ['≥95%', atLeast(0.95)],
    ['từ mức 2 trở lên', atLeast(2, 'level')],
    ['$\\geq 80\\%$', atLeast(0.8)],
    ['$\\geq 90\\%$', atLeast(0.9)],
    ['$\\geq 85\\%$', atLeast(0.85)],
    ['ít nhất 01 hoạt động/sự kiện', atLeast(1, 'count', { unitLabel: 'hoạt động/sự kiện' })],
    ['$> 80\\%$', above(0.8)],
    ['$\\geq 100\\%$', atLeast(1)],
    ['>98%', above(0.98)],
    ['ít nhất 50%', atLeast(0.5)],
  ])('Trần Dương: %j', (text, expected) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: expected });
    expect(targetWarnings(expected)).toEqual([]);
  });

  it('Trần Dương "$> 100\\%$" reads but is flagged as never reachable', () => {
    const parsed = target('$> 100\\%$');
    expect(parsed).toEqual(above(1));
    expect(targetWarnings(parsed)).toEqual(["Chỉ tiêu '> 100%' không bao giờ đạt được vì tỷ lệ không thể vượt quá 100%."]);
  });
});

describe('parseTarget: what it refuses', () => {
  it.each(['', '   ', '\u00a0', '\t\n'])('blank %j asks for a target', (text) => {
    expect(parseTarget(text)).toEqual({ ok: false, error: 'chưa nhập chỉ tiêu' });
  });

  it('quotes the target as typed when it cannot read it', () => {
    expect(parseTarget('đảm bảo an toàn')).toEqual({ ok: false, error: "không hiểu chỉ tiêu 'đảm bảo an toàn'" });
    expect(parseTarget('  Đảm bảo   an toàn ')).toEqual({ ok: false, error: "không hiểu chỉ tiêu 'Đảm bảo an toàn'" });
  });

  it.each([
    'Đạt', 'từ 90%', '≥', '%', 'Mức', 'abc 95%', '≥ 95% trở xuống', '≯ 5%', '≱ 95%', '100% (trừ hồ sơ mật)', '-5%',
    'Mức 2 lần', '90% – 2 đợt', '≥ 95%%', '1.2.3%', 'Không', 'x', '2 đợt – 3 lần', '\\geq', '$\\text{cao}$',
  ])('refuses %j instead of guessing', (text) => {
    const result = parseTarget(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^không hiểu chỉ tiêu '/);
  });
});

describe('describeTarget', () => {
  it.each([
    ['≥95%', '≥ 95%'],
    ['100%', '≥ 100%'],
    ['> 80%', '> 80%'],
    ['≤ 5%', '≤ 5%'],
    ['dưới 5%', '< 5%'],
    ['tối thiểu 02 đợt/năm', '≥ 2 đợt/năm'],
    ['ít nhất 01', '≥ 1'],
    ['không quá 2 sự cố', '≤ 2 sự cố'],
    ['từ mức 2 trở lên', 'Mức 2 trở lên'],
    ['trên mức 2', 'Trên mức 2'],
    ['mức 3 trở xuống', 'Mức 3 trở xuống'],
    ['từ 90% đến 95%', '90% – 95%'],
    ['Có', 'Có'],
    ['95,5%', '≥ 95,5%'],
    ['ít nhất 1.000 lượt', '≥ 1.000 lượt'],
  ])('%j is shown as %j', (text, shown) => {
    expect(describeTarget(target(text))).toBe(shown);
  });

  it.each([
    '100%', '≥ 95 %', '> 80%', 'Tối thiểu 90%', 'ít nhất 01', 'tối thiểu 02 đợt/năm', 'tối thiểu 01 lần/quý', 'Mức 2 trở lên',
    'trên mức 2', 'dưới mức 3', 'mức 3 trở xuống', '≤ 5%', 'không quá 2 sự cố', 'từ 90% đến 95%', 'Có', '$> 100\\%$',
    'ít nhất 01 hoạt động/sự kiện', '2 - 3 đợt/năm', 'từ mức 2 đến mức 3', '95,5%', 'dưới 5%',
  ])('the display of %j reads back as the same target', (text) => {
    expect(parseTarget(describeTarget(target(text)))).toEqual({ ok: true, value: target(text) });
  });
});

describe('targetWarnings', () => {
  it.each([
    ['≥ 120%', "Chỉ tiêu '≥ 120%' không bao giờ đạt được vì tỷ lệ không thể vượt quá 100%."],
    ['> 100%', "Chỉ tiêu '> 100%' không bao giờ đạt được vì tỷ lệ không thể vượt quá 100%."],
    ['từ 95% đến 90%', "Chỉ tiêu '95% – 90%' bị ngược: giá trị đầu lớn hơn giá trị cuối."],
    ['từ 90% đến 120%', "Chỉ tiêu '90% – 120%' có mức trên vượt quá 100%."],
    ['≥ 0%', "Chỉ tiêu '≥ 0%' luôn đạt với mọi kết quả, không đo được tiến độ."],
    ['≤ 100%', "Chỉ tiêu '≤ 100%' luôn đạt với mọi kết quả, không đo được tiến độ."],
    ['< 0%', "Chỉ tiêu '< 0%' không bao giờ đạt được vì kết quả không thể nhỏ hơn 0."],
    ['Mức 2,5 trở lên', "Chỉ tiêu 'Mức 2,5 trở lên': mức phải là số nguyên."],
  ])('flags %j', (text, warning) => {
    expect(targetWarnings(target(text))).toEqual([warning]);
  });

  it.each(['≥ 100%', '> 99%', '≤ 5%', 'ít nhất 01', 'Mức 2 trở lên', 'từ 90% đến 95%', 'Có', 'dưới 1%'])('accepts %j', (text) => {
    expect(targetWarnings(target(text))).toEqual([]);
  });
});

describe('parseQuantity', () => {
  it.each([
    ['95,5 %', { value: 0.955, unit: 'percent' }],
    ['2 đợt', { value: 2, unit: 'count', unitLabel: 'đợt' }],
    ['Mức 3', { value: 3, unit: 'level' }],
    ['mức độ 3', { value: 3, unit: 'level' }],
    ['02', { value: 2, unit: 'count' }],
  ])('reads %j', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });

  it.each(['≥ 95%', 'Có', '', 'Mức ba'])('refuses %j', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});
