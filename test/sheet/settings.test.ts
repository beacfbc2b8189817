import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import type { Plan, Settings } from '../../src/core/plan';
import { settingsRows } from '../../src/sheet/planTabs';
import { SETTING_SPECS } from '../../src/sheet/schema';
import { readSettings, SETTING_FIELDS, SETTING_TABLE } from '../../src/sheet/settings';

describe('readSettings', () => {
  it('matches keys by folding and aliases, keeps line breaks, and reads a recipients list over several rows', () => {
    const rows = [
      ['Thiết lập', 'Giá trị'],
      ['TÊN TRƯỜNG', 'Trường THPT An Lão'],
      ['co quan chu quan', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG'],
      ['Năm kế hoạch', 2026],
      ['Chức vụ người ký', 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG'],
      ['Nơi nhận', '- Sở GD&ĐT (để b/c);'],
      ['', '- Lưu: VT.'],
      ['Nhắc trước (ngày)', '5'],
      ['Cách tính kỳ báo cáo', 'Từ ngày 15 tháng trước đến ngày 14'],
      ['E-mail trưởng ban chỉ đạo', 'hieutruong@example.edu.vn'],
    ];
    const { settings } = readSettings('Cấu hình', rows, 2030);
    expect(settings.schoolName).toBe('Trường THPT An Lão');
    expect(settings.parentAgency).toBe('SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG');
    expect(settings.planYear).toBe(2026);
    expect(settings.signerTitle).toBe('KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG');
    expect(settings.recipients).toEqual(['Sở GD&ĐT (để b/c);', 'Lưu: VT.']);
    expect(settings.remindDaysBefore).toBe(5);
    expect(settings.reminderHour).toBe(7);
    expect(settings.reportingRule).toBe('mid-month');
    expect(settings.boardHeadEmail).toBe('hieutruong@example.edu.vn');
  });

  it('never fails: missing and bad settings get defaults and a problem naming the cell', () => {
    const rows = [
      ['Thiết lập', 'Giá trị'],
      ['Năm kế hoạch', 'năm nay'],
      ['Giờ gửi nhắc', 25],
      ['E-mail trưởng ban', 'hieutruong@'],
      ['Tên đơn vị', ''],
    ];
    const { settings, problems } = readSettings('Cấu hình', rows, 2027);
    expect(settings.planYear).toBe(2027);
    expect(settings.reminderHour).toBe(7);
    expect(settings.reportingRule).toBe('calendar');
    const byCell = Object.fromEntries(problems.map((p) => [p.a1, p.message]));
    expect(byCell.B2).toBe("«Năm kế hoạch» không hợp lệ: 'năm nay' (ví dụ: 2026); tạm dùng 2027.");
    expect(byCell.B3).toBe("«Giờ gửi nhắc» không hợp lệ: '25' (giờ từ 0 đến 23); tạm dùng 7.");
    expect(byCell.B4).toMatch(/^E-mail trưởng ban không hợp lệ: 'hieutruong@'/);
    expect(byCell.B5).toBe('Chưa điền «Tên đơn vị» (Ví dụ: Trường THPT An Lão).');
    // A missing row: where to add it.
    expect(problems).toContainEqual({ tab: 'Cấu hình', row: 6, a1: 'A6', message: expect.stringMatching(/^Thiếu dòng «Tên cơ quan chủ quản»: thêm dòng này/) });
  });

  it('reads an empty tab without failing', () => {
    const { settings, problems } = readSettings('Cấu hình', [], 2026);
    expect(settings.planYear).toBe(2026);
    expect(settings.schoolName).toBe('');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.tab === 'Cấu hình')).toBe(true);
  });

  it('has no school-year dates of its own when Cấu hình leaves them blank (the framework defaults apply)', () => {
    const { settings, problems } = readSettings('Cấu hình', [['Thiết lập', 'Giá trị'], ['Năm kế hoạch', 2026], ['Ngày khai giảng', '']], 2026);
    expect(settings.schoolYears).toEqual([]);
    expect(problems.filter((p) => /khai giảng|học kỳ|năm học/i.test(p.message))).toEqual([]);
  });

  it('reads the school-year dates as full dates, date cells or day/month', () => {
    const rows = [
      ['Thiết lập', 'Giá trị'],
      ['Năm kế hoạch', 2026],
      ['Ngày khai giảng', calendarDate(2025, 9, 5)],
      ['Kết thúc học kỳ I', '10/01/2026'],
      ['Kết thúc năm học', '25/5/2026'],
    ];
    const { settings, problems } = readSettings('Cấu hình', rows, 2026);
    expect(problems.filter((p) => p.a1?.startsWith('B'))).toEqual([]);
    expect(settings.schoolYears).toEqual([
      { startYear: 2025, start: calendarDate(2025, 9, 5), firstTermEnd: calendarDate(2026, 1, 10), end: calendarDate(2026, 5, 25) },
    ]);
    const dayMonth = readSettings('Cấu hình', [['Thiết lập', 'Giá trị'], ['Năm kế hoạch', 2026], ['Hết học kỳ I', '15/01'], ['Ngày kết thúc năm học', '20/5']], 2026).settings;
    expect(dayMonth.schoolYears).toEqual([
      { startYear: 2025, start: calendarDate(2025, 9, 5), firstTermEnd: calendarDate(2026, 1, 15), end: calendarDate(2026, 5, 20) },
    ]);
  });

  it('a bad school-year date is a problem naming its cell, and the default is used', () => {
    const rows = [
      ['Thiết lập', 'Giá trị'],
      ['Năm kế hoạch', 2026],
      ['Ngày khai giảng', 'đầu tháng 9'],
      ['Kết thúc học kỳ I', '31/02/2026'],
      ['Kết thúc năm học', '25/5/2026'],
    ];
    const { settings, problems } = readSettings('Cấu hình', rows, 2026);
    const byCell = Object.fromEntries(problems.map((p) => [p.a1, p.message]));
    expect(byCell.B3).toBe("«Ngày khai giảng» không hợp lệ: 'đầu tháng 9' (ghi ngày/tháng hoặc ngày/tháng/năm, ví dụ 05/09/2025); tạm dùng 05/09.");
    expect(byCell.B4).toMatch(/^«Kết thúc học kỳ I» không hợp lệ: '31\/02\/2026'.*tạm dùng 18\/01\.$/);
    expect(settings.schoolYears).toEqual([
      { startYear: 2025, start: calendarDate(2025, 9, 5), firstTermEnd: calendarDate(2026, 1, 18), end: calendarDate(2026, 5, 25) },
    ]);
  });

  it('school-year dates out of order or from two school years are a problem, and the defaults are used', () => {
    const outOfOrder = readSettings('Cấu hình', [['Thiết lập', 'Giá trị'], ['Năm kế hoạch', 2026], ['Kết thúc học kỳ I', '15/06'], ['Kết thúc năm học', '31/05']], 2026);
    expect(outOfOrder.settings.schoolYears).toEqual([]);
    expect(outOfOrder.problems.map((p) => `${p.a1}: ${p.message}`)).toContainEqual(expect.stringMatching(/^B3: .*khai giảng < kết thúc học kỳ I < kết thúc năm học/));
    const twoYears = readSettings('Cấu hình', [['Thiết lập', 'Giá trị'], ['Năm kế hoạch', 2026], ['Ngày khai giảng', '05/09/2026'], ['Kết thúc năm học', '31/05/2026']], 2026);
    expect(twoYears.settings.schoolYears).toEqual([]);
    expect(twoYears.problems.map((p) => `${p.a1}: ${p.message}`)).toContainEqual(expect.stringMatching(/^B4: .*cùng một năm học/));
  });
});

describe('readSettings: reporting deadlines («Hạn báo cáo …»)', () => {
  it('records the deadlines as the plan writes them, under several row names', () => {
    const rows = [
      ['Thiết lập', 'Giá trị'],
      ['Năm kế hoạch', 2026],
      ['Hạn báo cáo tháng', 'Báo cáo tháng: trước ngày 12 hằng tháng'],
      ['Thời hạn báo cáo quý', 'Trước ngày 15 tháng cuối quý'],
      ['Báo cáo 6 tháng', 'Trước ngày 05/6 hằng năm'],
      ['Hạn nộp báo cáo năm', calendarDate(2026, 12, 5)],
    ];
    const { settings, problems } = readSettings('Cấu hình', rows, 2026);
    expect(problems.filter((p) => /báo cáo (tháng|quý|6|năm)/i.test(p.message))).toEqual([]);
    expect(settings.reportDeadlines).toEqual({
      month: { text: 'Báo cáo tháng: trước ngày 12 hằng tháng', day: 12 },
      quarter: { text: 'Trước ngày 15 tháng cuối quý', day: 15 },
      half: { text: 'Trước ngày 05/6 hằng năm', day: 5, month: 6 },
      year: { text: '05/12/2026', day: 5, month: 12 },
    });
  });

  it('blank rows record nothing', () => {
    const { settings } = readSettings('Cấu hình', [['Thiết lập', 'Giá trị'], ['Năm kế hoạch', 2026], ['Hạn báo cáo năm', '']], 2026);
    expect(settings.reportDeadlines).toBeUndefined();
  });

  it('a deadline that cannot be read is a problem naming its cell, and is left out', () => {
    const rows = [
      ['Thiết lập', 'Giá trị'],
      ['Năm kế hoạch', 2026],
      ['Hạn báo cáo tháng', '12'],
      ['Hạn báo cáo quý', 'cuối quý'],
      ['Hạn báo cáo 6 tháng', 'Trước ngày 05/6'],
      ['Hạn báo cáo năm', 'trước ngày 35/12'],
    ];
    const { settings, problems } = readSettings('Cấu hình', rows, 2026);
    const byCell = Object.fromEntries(problems.map((p) => [p.a1, p.message]));
    expect(byCell.B3).toBe("«Hạn báo cáo tháng» không hiểu: '12' (ví dụ: «Trước ngày 12 hằng tháng»); tạm bỏ qua hạn này.");
    expect(byCell.B4).toBe("«Hạn báo cáo quý» không hiểu: 'cuối quý' (ví dụ: «Trước ngày 15 tháng cuối quý»); tạm bỏ qua hạn này.");
    expect(byCell.B5).toBeUndefined();
    expect(byCell.B6).toBe("«Hạn báo cáo năm» không hiểu: 'trước ngày 35/12' (ví dụ: «Trước ngày 05/12»); tạm bỏ qua hạn này.");
    expect(settings.reportDeadlines).toEqual({ half: { text: 'Trước ngày 05/6', day: 5, month: 6 } });
  });
});

describe('the setting table (issue 11: a setting is a row of the table)', () => {
  const examples = Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, f.example])) as unknown as Settings;
  const plan: Plan = { settings: examples, indicators: [], tasks: [], progress: [], assignments: [] };

  it('covers every field of Settings, and every Cấu hình row belongs to exactly one setting', () => {
    expect(SETTING_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(SETTING_TABLE).sort());
    expect(SETTING_FIELDS.flatMap((f) => f.rows).sort()).toEqual(SETTING_SPECS.map((s) => s.key).sort());
  });

  it('every setting written as Khởi tạo and the template write Cấu hình is read back equal, with no problem', () => {
    const rows = settingsRows(plan);
    // Row order and labels are the table's, the values its writers'.
    expect(rows.slice(1).map((r) => r[0])).toEqual(SETTING_SPECS.map((s) => s.label));
    const { settings, problems } = readSettings('Cấu hình', rows, 2030);
    expect(problems).toEqual([]);
    for (const field of SETTING_FIELDS) expect(settings[field.key], field.key).toEqual(field.example);
  });

  it('a blank Cấu hình gives each setting its default', () => {
    const { settings } = readSettings('Cấu hình', settingsRows(undefined), 2030);
    for (const field of SETTING_FIELDS) expect(settings[field.key], field.key).toEqual(field.default(2030));
  });
});

describe('the self-assessment settings (issue 13)', () => {
  /** Cấu hình with only the given rows; the problems of the required rows left out are dropped. */
  const read = (pairs: readonly (readonly [string, unknown])[]) => {
    const { settings, problems } = readSettings('Cấu hình', [['Thiết lập', 'Giá trị'], ...pairs.map(([k, v]) => [k, v])] as never, 2026);
    return { settings, problems: problems.filter((p) => !/^Thiếu dòng/.test(p.message)) };
  };

  it('blank or missing: the add-in’s rule, 31/5, no linked indicator, and no problem', () => {
    for (const rows of [[], [['Cách xác định mức CĐS của trường', ''], ['Hạn tự đánh giá CĐS', ''], ['Chỉ tiêu nhận mức CĐS', '']]] as const) {
      const { settings, problems } = read(rows);
      expect(settings).toMatchObject({ dtiLevelRule: 'lowerCapped', dtiDeadline: { day: 31, month: 5 }, dtiIndicator: '' });
      expect(problems).toEqual([]);
    }
  });

  it.each([
    ['Mức thấp hơn của hai nhóm, tối đa Mức 1 nếu chưa đạt điều kiện bắt buộc', 'lowerCapped'],
    ['mức thấp hơn, xét điều kiện bắt buộc', 'lowerCapped'],
    ['Mức thấp hơn của hai nhóm', 'lower'],
    ['MUC THAP HON CUA HAI NHOM (không xét điều kiện bắt buộc)', 'lower'],
    ['Lấy mức thấp nhất', 'lower'],
    ['Chỉ xếp mức từng nhóm', 'groupsOnly'],
    ['Không xếp mức chung, chỉ xếp theo từng nhóm', 'groupsOnly'],
  ])('reads the rule %j as %s', (text, rule) => {
    const { settings, problems } = read([['Cách xác định mức CĐS của trường', text]]);
    expect(settings.dtiLevelRule).toBe(rule);
    expect(problems).toEqual([]);
  });

  it('an unreadable rule is a problem at its cell and keeps the default', () => {
    const { settings, problems } = read([['Cách xác định mức CĐS của trường', 'trung bình cộng']]);
    expect(settings.dtiLevelRule).toBe('lowerCapped');
    expect(problems).toEqual([expect.objectContaining({ tab: 'Cấu hình', a1: 'B2', message: expect.stringMatching(/^«Cách xác định mức CĐS của trường» không hiểu: 'trung bình cộng'/) })]);
  });

  it.each([
    ['15/05', { day: 15, month: 5 }],
    ['15/5/2026', { day: 15, month: 5 }],
    ['Trước ngày 20/5', { day: 20, month: 5 }],
    ['ngày 31 tháng 5', { day: 31, month: 5 }],
    [calendarDate(2026, 6, 10), { day: 10, month: 6 }],
  ])('reads the deadline %j', (value, deadline) => {
    const { settings, problems } = read([['Hạn tự đánh giá CĐS', value]]);
    expect(settings.dtiDeadline).toEqual(deadline);
    expect(problems).toEqual([]);
  });

  it('a deadline that is not a day is a problem at its cell and keeps 31/5', () => {
    for (const bad of ['cuối tháng 5', '31/02', 45]) {
      const { settings, problems } = read([['Hạn tự đánh giá', bad]]);
      expect(settings.dtiDeadline, String(bad)).toEqual({ day: 31, month: 5 });
      expect(problems.map((p) => p.message), String(bad)).toEqual([expect.stringMatching(/^«Hạn tự đánh giá CĐS» không hợp lệ: .* tạm dùng 31\/05\.$/)]);
    }
  });

  it('the linked indicator is an STT as the Chỉ tiêu tab reads ids', () => {
    for (const [value, id] of [[5, '5'], ['05', '5'], ['5.', '5'], ['STT 5', '5'], ['Chỉ tiêu 12', '12'], ['2.3', '2.3']] as const) {
      expect(read([['Chỉ tiêu nhận mức CĐS', value]]).settings.dtiIndicator, String(value)).toBe(id);
    }
  });

  it('the Cấu hình rows explain the assumption and the choices in Vietnamese', () => {
    const spec = (key: string) => SETTING_SPECS.find((s) => s.key === key)!;
    expect(spec('dtiLevelRule').label).toBe('Cách xác định mức CĐS của trường');
    expect(spec('dtiLevelRule').help).toMatch(/giả định của tiện ích/);
    expect(spec('dtiLevelRule').help).toMatch(/«Mức thấp hơn của hai nhóm»/);
    expect(spec('dtiLevelRule').help).toMatch(/«Chỉ xếp mức từng nhóm»/);
    expect(spec('dtiDeadline')).toMatchObject({ label: 'Hạn tự đánh giá CĐS', help: expect.stringMatching(/để trống là 31\/05/) });
    expect(spec('dtiIndicator')).toMatchObject({ label: 'Chỉ tiêu nhận mức CĐS', help: expect.stringMatching(/^STT của chỉ tiêu/) });
  });

  it('each rule written by Khởi tạo is read back the same', () => {
    for (const rule of ['lowerCapped', 'lower', 'groupsOnly'] as const) {
      const [cell] = SETTING_TABLE.dtiLevelRule.write(rule);
      expect(read([['Cách xác định mức CĐS của trường', cell]]).settings.dtiLevelRule).toBe(rule);
    }
  });
});
