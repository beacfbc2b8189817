import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/sheet/settings';

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
});
