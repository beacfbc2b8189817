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
    expect(parseTarget('≥ 95% hoặc 100%')).toEqual({ ok: false, error: "không hiểu chỉ tiêu '≥ 95% hoặc 100%'" });
    expect(parseTarget('  ≥ 95%   Hoặc 100% ')).toEqual({ ok: false, error: "không hiểu chỉ tiêu '≥ 95% Hoặc 100%'" });
  });

  it.each([
    'từ 90%', '≥', '%', 'Mức', 'abc 95%', '≥ 95% trở xuống', '≯ 5%', '≱ 95%', '100% (trừ hồ sơ mật', '-5%',
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

// ---- issue 9: forms real plans use (items 6–11) ------------------------------------------------

describe('parseTarget: outcome targets without a number are yes/no', () => {
  it.each<[string, string]>([
    ['Hoàn thành', 'Hoàn thành'],
    ['Đạt', 'Đạt'],
    ['Ban hành quy chế', 'Ban hành quy chế'],
    ['Được duy trì định kỳ', 'Được duy trì định kỳ'],
    ['Kết nối thời gian thực', 'Kết nối thời gian thực'],
    ['Triển khai đồng bộ', 'Triển khai đồng bộ'],
    ['  ban hành   Quy chế sử dụng chữ ký số. ', 'ban hành Quy chế sử dụng chữ ký số'],
    ['Xây dựng, ban hành quy chế quản lý dữ liệu', 'Xây dựng, ban hành quy chế quản lý dữ liệu'],
    ['Có kế hoạch và triển khai', 'Có kế hoạch và triển khai'],
    ['đảm bảo an toàn', 'đảm bảo an toàn'],
    ['Hoan thanh', 'Hoan thanh'],
  ])('%j is a yes/no target labelled %j', (text, label) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: { kind: 'yesNo', label } });
    expect(describeTarget(target(text))).toBe(label);
  });

  it('«Có» stays the plain yes/no target', () => {
    expect(parseTarget('Có')).toEqual({ ok: true, value: { kind: 'yesNo' } });
    expect(parseTarget('có')).toEqual({ ok: true, value: { kind: 'yesNo' } });
  });

  it('a negated outcome is marked so «Có»/«Không» are not read the wrong way round', () => {
    expect(parseTarget('Không để xảy ra sự cố mất an toàn thông tin')).toEqual({
      ok: true,
      value: { kind: 'yesNo', label: 'Không để xảy ra sự cố mất an toàn thông tin', negated: true },
    });
  });

  it('«hoàn thành 100%» is at least 100%, not an outcome', () => {
    expect(parseTarget('hoàn thành 100%')).toEqual({ ok: true, value: atLeast(1) });
    expect(parseTarget('Hoàn thành 02 chuyên đề')).toEqual({ ok: true, value: atLeast(2, 'count', { unitLabel: 'chuyên đề' }) });
  });

  it.each([
    'Không', 'Chưa', 'Chưa có', 'x', 'X', 'N/A', 'Chưa xác định', 'Đang cập nhật', 'Mức', 'tối thiểu', 'Trên', 'từ', '...', '—',
    'khoảng 9x', 'tối thiểu hai đợt', 'Mức cao', 'tăng', 'giảm', 'đạt mức cao', '\\geq', '$\\text{cao}$',
  ])('still refuses %j (a result word, a placeholder, a missing number or stray symbols)', (text) => {
    const result = parseTarget(text);
    expect(result.ok).toBe(false);
  });
});

describe('parseTarget: rates per period', () => {
  it.each<[string, Target]>([
    ['tối thiểu 01 lần/quý', atLeast(1, 'count', { unitLabel: 'lần', per: 'quý' })],
    ['02 lần/tháng', atLeast(2, 'count', { unitLabel: 'lần', per: 'tháng' })],
    ['tối thiểu: 02 lần/ quý', atLeast(2, 'count', { unitLabel: 'lần', per: 'quý' })],
    ['toi thieu 01 lan/quy', atLeast(1, 'count', { unitLabel: 'lan', per: 'quy' })],
    ['01 lần/học kỳ', atLeast(1, 'count', { unitLabel: 'lần', per: 'học kỳ' })],
    ['tối thiểu theo tháng', atLeast(1, 'count', { unitLabel: 'lần', per: 'tháng' })],
    ['Hằng tháng', atLeast(1, 'count', { unitLabel: 'lần', per: 'tháng' })],
    ['hàng quý', atLeast(1, 'count', { unitLabel: 'lần', per: 'quý' })],
    ['Định kỳ hằng quý', atLeast(1, 'count', { unitLabel: 'lần', per: 'quý' })],
    ['theo quý', atLeast(1, 'count', { unitLabel: 'lần', per: 'quý' })],
    ['quý/lần', atLeast(1, 'count', { unitLabel: 'lần', per: 'quý' })],
    ['mỗi học kỳ 01 lần', atLeast(1, 'count', { unitLabel: 'lần', per: 'học kỳ' })],
    ['Mỗi tháng ít nhất 02 bản tin', atLeast(2, 'count', { unitLabel: 'bản tin', per: 'tháng' })],
    ['Thường niên', atLeast(1, 'count', { unitLabel: 'lần', per: 'năm' })],
  ])('reads %j', (text, expected) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: expected });
  });
});

describe('parseTarget: per-unit targets', () => {
  it.each<[string, string]>([
    ['Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề/năm', 'tổ chuyên môn'],
    ['mỗi tổ chuyên môn xây dựng ít nhất 01 bài giảng E-learning', 'tổ chuyên môn'],
    ['Mỗi lớp có 01 lớp học ảo trên LMS', 'lớp'],
    ['Mỗi giáo viên có tối thiểu 02 bài giảng điện tử', 'giáo viên'],
    ['Từng tổ/nhóm chuyên môn có cán bộ đầu mối CĐS', 'tổ/nhóm chuyên môn'],
    ['mỗi khối lớp ứng dụng AI trong dạy học', 'khối lớp'],
  ])('%j is met when every %j meets it', (text, unitName) => {
    const parsed = target(text);
    expect(parsed).toMatchObject({ kind: 'perUnit', unitName });
  });

  it('«100% tổ chuyên môn …» is a percentage, not per-unit', () => {
    expect(target('100% tổ chuyên môn có cán bộ đầu mối').kind).toBe('atLeast');
  });
});

describe('parseTarget: remarks, the Đơn vị tính, relative and long-term targets', () => {
  it.each<[string, Target]>([
    ['02 đợt/năm (đầu năm và giữa năm)', atLeast(2, 'count', { unitLabel: 'đợt', per: 'năm' })],
    ['100% (trừ hồ sơ mật)', atLeast(1)],
    ['≥ 95% (theo CSDL ngành).', atLeast(0.95)],
  ])('a trailing remark in brackets is left out: %j', (text, expected) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string, Target]>([
    ['95', '%', atLeast(0.95)],
    ['≥ 90', 'Tỷ lệ %', atLeast(0.9)],
    ['100', 'tỷ lệ', atLeast(1)],
    ['95', 'hồ sơ', atLeast(95, 'count')],
    ['95', '', atLeast(95, 'count')],
  ])('a bare number %j with Đơn vị tính %j', (text, unit, expected) => {
    expect(parseTarget(text, { unit })).toEqual({ ok: true, value: expected });
  });

  it.each<[string, unknown, string, Target]>([
    ['giảm 5% so với năm học trước', 40, 'hồ sơ', atMost(38, 'count')],
    ['Giảm 20% lượng giấy in so với năm học trước', '1.000 tờ', 'tờ', atMost(800, 'count')],
    ['tăng 10% so với năm 2025', '60%', '%', atLeast(0.66)],
    ['tăng 10% so với năm 2025', 0.6, '%', atLeast(0.66)],
    ['Tăng ít nhất 10 điểm phần trăm so với năm học trước', '60%', '%', atLeast(0.7)],
    ['tăng 2 chuyên đề so với năm học trước', 3, '', atLeast(5, 'count')],
  ])('%j against the baseline %j (Đơn vị tính %j)', (text, baseline, unit, expected) => {
    const parsed = parseTarget(text, { unit, baseline });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value).toMatchObject({ ...expected, value: expect.closeTo((expected as { value: number }).value, 9) });
    }
  });

  it('a relative target without a baseline is flagged, never guessed', () => {
    const parsed = parseTarget('giảm 5% so với năm học trước', { unit: '%' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/Số liệu năm trước/);
    expect(parseTarget('tăng 10% so với năm 2025', { unit: '%', baseline: 'nhiều' }).ok).toBe(false);
  });

  it.each<[string, number, Target]>([
    ['100% giáo viên đạt chuẩn năng lực số đến năm 2030', 2030, atLeast(1, 'percent', { unitLabel: 'giáo viên đạt chuẩn năng lực số' })],
    ['≥ 80% (giai đoạn 2026-2030)', 2030, atLeast(0.8)],
    ['Hoàn thiện hệ sinh thái số, giai đoạn 2026 – 2030', 2030, { kind: 'yesNo', label: 'Hoàn thiện hệ sinh thái số' }],
  ])('%j carries its horizon %i', (text, horizon, expected) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: { ...expected, horizon } });
  });
});

describe('review (issue 9): what an outcome (yes/no) target may not swallow', () => {
  it('a count written in words is not a yes/no outcome', () => {
    for (const text of ['Hai đợt', 'Một lần', 'Ba chuyên đề', 'Mười bài giảng', 'Đạt hai đợt', 'bốn lần']) {
      expect(parseTarget(text).ok, text).toBe(false);
    }
  });

  it('a timing typed in the target column is not a yes/no outcome', () => {
    for (const text of ['Quý II', 'Học kỳ I', 'Cuối năm học', 'Tháng chín', 'Cả năm học']) {
      expect(parseTarget(text).ok, text).toBe(false);
    }
  });

  it('a placeholder or a figure given by reference is not a yes/no outcome', () => {
    for (const text of ['TBD', 'Chờ hướng dẫn', 'Như năm trước', 'Tương đương năm học trước', 'Giữ nguyên so với năm 2025']) {
      expect(parseTarget(text).ok, text).toBe(false);
    }
  });

  it('outcomes with words that only look like numbers or periods still read', () => {
    for (const text of ['Triển khai một cửa điện tử', 'Ban hành quy chế', 'Được duy trì định kỳ', 'Thường xuyên cập nhật', 'Hoàn thành', 'Tâm thế sẵn sàng', 'Quy chế được ban hành',
      'Cho phép nộp hồ sơ trực tuyến', 'Ban hành kế hoạch năm học']) {
      expect(target(text).kind, text).toBe('yesNo');
    }
  });
});
