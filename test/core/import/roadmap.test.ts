import { beforeAll, describe, expect, it } from 'vitest';
import { type DocxBody, readDocxBody } from '../../../src/core/import/docxBody';
import type { DraftTask } from '../../../src/core/import/draft';
import { readPlanDraft } from '../../../src/core/import/planDraft';
import { readRoadmap } from '../../../src/core/import/roadmap';
import { anHungThcsDocx, hoaBinhTieuHocDocx, proseBody, tranDuongDocx } from '../../support/planDocx';

function body(bytes: Uint8Array): DocxBody {
  const r = readDocxBody(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** What a person checks in the preview: name, timing, lead, partners and whether it was read. */
function shown(t: DraftTask): [string, string, string, string, string] {
  return [t.name, t.timing, t.lead, t.partners, t.confidence];
}

function tasks(lines: Parameters<typeof proseBody>[0]): DraftTask[] {
  return [...(readRoadmap(proseBody(lines)).tasks ?? [])];
}

describe('readRoadmap on whole plans', () => {
  let hoaBinh: DocxBody;
  beforeAll(async () => {
    hoaBinh = body(await hoaBinhTieuHocDocx());
  });

  it('reads the quarterly roadmap: each bullet a task timed by its quarter heading as written', () => {
    const found = readRoadmap(hoaBinh);
    expect(found.tasks?.map(shown)).toEqual([
      ['Rà soát, cập nhật dữ liệu học sinh trên CSDL ngành', 'Quý I/2026', 'Tổ Văn phòng', '', 'read'],
      ['Tập huấn sử dụng học bạ số cho giáo viên', 'Quý I/2026', 'Tổ CNTT', '', 'read'],
      ['Ký số học bạ cho học sinh các khối lớp', 'Quý II/2026', 'Phó Hiệu trưởng', 'Giáo viên chủ nhiệm', 'read'],
      ['Tổng kết năm học, đánh giá mức độ chuyển đổi số của nhà trường', 'Quý II/2026', '', '', 'read'],
      ['Bảo trì phòng máy tính và thiết bị trình chiếu', 'Giai đoạn hè (tháng 6 – 8)', '', '', 'review'],
      ['Chuẩn bị tài khoản LMS cho học sinh lớp 1 trước năm học mới', 'Quý III/2026', '', '', 'read'],
      ['Tổ chức Ngày hội Chuyển đổi số của nhà trường', 'Quý IV/2026 (tháng 10 – 12)', '', '', 'read'],
      ['Tổng kết, đánh giá kết quả thực hiện kế hoạch năm 2026', 'Quý IV/2026 (tháng 10 – 12)', '', '', 'read'],
    ]);
    const summer = found.tasks?.find((t) => t.confidence === 'review');
    expect(summer?.reason).toContain('Giai đoạn hè (tháng 6 – 8)');
    expect(found.tasks?.every((t) => t.id === '' && t.product === '' && /^Đoạn \d+ \(mục 2 › /.test(t.source.where))).toBe(true);
    expect(found.leftovers?.map((l) => l.text)).toEqual(['Nhà trường triển khai kế hoạch theo từng quý như sau:']);
    expect(found.partsFound).toEqual(['Lộ trình thực hiện']);
    expect(readPlanDraft(hoaBinh).tasks.map((t) => t.timing)).toEqual(expect.arrayContaining(['Quý I/2026', 'Quý IV/2026 (tháng 10 – 12)']));
  });

  it('finds no roadmap in plans that have none', async () => {
    for (const bytes of [await tranDuongDocx(), await anHungThcsDocx()]) {
      expect(readRoadmap(body(bytes))).toEqual({});
    }
  });
});

describe('readRoadmap: wordings', () => {
  const bullets = ['- Rà soát dữ liệu học sinh.', '- Tập huấn giáo viên.'];

  it('finds the section under its several names', () => {
    for (const heading of [
      { text: 'Lộ trình thực hiện', bold: true },
      { text: 'V. TIẾN ĐỘ THỰC HIỆN', bold: true },
      { text: 'Kế hoạch triển khai theo tháng', heading: 2 },
      { text: '4. Kế hoạch triển khai theo quý' },
      { text: 'LỘ TRÌNH', heading: 1 },
    ]) {
      expect(tasks([heading, { text: 'Tháng 9', bold: true }, ...bullets]).map((t) => [t.name, t.timing]), heading.text).toEqual([
        ['Rà soát dữ liệu học sinh', 'Tháng 9'],
        ['Tập huấn giáo viên', 'Tháng 9'],
      ]);
    }
  });

  it('takes the timing from period headings in several forms, as written', () => {
    for (const [heading, timing] of [
      [{ text: 'Quý II/2026', heading: 3 }, 'Quý II/2026'],
      [{ text: 'Tháng 10/2026:', bold: true }, 'Tháng 10/2026'],
      [{ text: 'a) Tháng 9' }, 'Tháng 9'],
      [{ text: '2. Quý I năm 2026', bold: true }, 'Quý I năm 2026'],
      [{ text: 'Tháng 4, 5', bold: true }, 'Tháng 4, 5'],
      [{ text: 'Học kỳ I năm học 2026-2027', bold: true }, 'Học kỳ I năm học 2026-2027'],
    ] as const) {
      expect(tasks([{ text: 'Lộ trình thực hiện', heading: 2 }, heading, ...bullets]).map((t) => [t.timing, t.confidence]), heading.text).toEqual([
        [timing, 'read'],
        [timing, 'read'],
      ]);
    }
  });

  it('reads a month written at the start of a line with its task', () => {
    expect(tasks([{ text: 'Tiến độ thực hiện', heading: 2 }, 'Tháng 9: Phổ cập kỹ năng số cho học sinh lớp 6.', '- Tháng 10/2026: Tổ chức Ngày Chuyển đổi số.']).map((t) => [t.name, t.timing])).toEqual([
      ['Phổ cập kỹ năng số cho học sinh lớp 6', 'Tháng 9'],
      ['Tổ chức Ngày Chuyển đổi số', 'Tháng 10/2026'],
    ]);
  });

  it('takes the lead unit only when the bullet writes it', () => {
    const cases: [string, string, string, string][] = [
      ['- Xây dựng ngân hàng đề kiểm tra trực tuyến (Chủ trì: Tổ Toán).', 'Xây dựng ngân hàng đề kiểm tra trực tuyến', 'Tổ Toán', ''],
      ['- Cài đặt phần mềm quản lý thư viện - Tổ CNTT thực hiện.', 'Cài đặt phần mềm quản lý thư viện', 'Tổ CNTT', ''],
      ['- Số hóa sổ gốc (Đơn vị chủ trì: Văn phòng; Phối hợp: Kế toán, Thư viện)', 'Số hóa sổ gốc', 'Văn phòng', 'Kế toán, Thư viện'],
      ['- Tổ chức hội thi giáo viên dạy giỏi ứng dụng CNTT (Phụ trách: Phó Hiệu trưởng)', 'Tổ chức hội thi giáo viên dạy giỏi ứng dụng CNTT', 'Phó Hiệu trưởng', ''],
      ['- Tổ Văn phòng cập nhật dữ liệu đội ngũ lên CSDL ngành.', 'Tổ Văn phòng cập nhật dữ liệu đội ngũ lên CSDL ngành', '', ''],
      ['- Giáo viên chủ nhiệm rà soát dữ liệu học sinh (theo hướng dẫn của Sở).', 'Giáo viên chủ nhiệm rà soát dữ liệu học sinh (theo hướng dẫn của Sở)', '', ''],
    ];
    for (const [line, name, lead, partners] of cases) {
      expect(tasks([{ text: 'Lộ trình thực hiện', heading: 2 }, { text: 'Quý I/2026', heading: 3 }, line]).map((t) => [t.name, t.lead, t.partners]), line).toEqual([[name, lead, partners]]);
    }
  });

  it('does not guess a timing: one the reader does not know needs review with its text, a bullet before any period is a leftover', () => {
    const found = readRoadmap(proseBody([{ text: 'Lộ trình thực hiện', heading: 2 }, '- Khảo sát nhu cầu thiết bị.', { text: 'Giai đoạn 1', bold: true }, '- Mua sắm thiết bị.']));
    expect(found.tasks?.map((t) => [t.name, t.timing, t.confidence])).toEqual([['Mua sắm thiết bị', 'Giai đoạn 1', 'review']]);
    expect(found.tasks?.[0]?.reason).toContain('Giai đoạn 1');
    expect(found.leftovers).toEqual([{ source: { where: 'Đoạn 2 (mục «Lộ trình thực hiện»)', block: 1 }, text: '- Khảo sát nhu cầu thiết bị.', reason: expect.stringContaining('thời gian') }]);
  });

  it('ends at the next section', () => {
    expect(tasks([{ text: 'Lộ trình thực hiện', heading: 2 }, { text: 'Quý I', heading: 3 }, '- Rà soát dữ liệu.', { text: 'Tổ chức thực hiện', heading: 2 }, '- Các tổ xây dựng kế hoạch.']).map((t) => t.name)).toEqual([
      'Rà soát dữ liệu',
    ]);
  });
});
