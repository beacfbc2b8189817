import { beforeAll, describe, expect, it } from 'vitest';
import { type DocxBody, readDocxBody } from '../../../src/core/import/docxBody';
import type { DraftIndicator } from '../../../src/core/import/draft';
import { readPlanDraft } from '../../../src/core/import/planDraft';
import { readProseTargets } from '../../../src/core/import/proseTargets';
import { anHungThcsDocx, anLaoDocx, hoaBinhTieuHocDocx, proseBody, tranDuongDocx } from '../../support/planDocx';

function body(bytes: Uint8Array): DocxBody {
  const r = readDocxBody(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** What a person checks in the preview: group, name, target, unit and whether it was read. */
function shown(i: DraftIndicator): [string, string, string, string, string] {
  return [i.group.numeral ? `${i.group.numeral}. ${i.group.name}` : i.group.name, i.name, i.target, i.unit, i.confidence];
}

function indicators(lines: Parameters<typeof proseBody>[0]): DraftIndicator[] {
  return [...(readProseTargets(proseBody(lines)).indicators ?? [])];
}

describe('readProseTargets on whole plans', () => {
  let tranDuong: DocxBody;
  let anHung: DocxBody;
  let hoaBinh: DocxBody;
  let anLao: DocxBody;
  beforeAll(async () => {
    [tranDuong, anHung, hoaBinh, anLao] = (await Promise.all([tranDuongDocx(), anHungThcsDocx(), hoaBinhTieuHocDocx(), anLaoDocx()])).map(body) as [DocxBody, DocxBody, DocxBody, DocxBody];
  });

  it('reads Trần Dương\'s prose targets under II, grouped by their numbered sub-headings', () => {
    const found = readProseTargets(tranDuong);
    const g1 = '1. Thể chế và quản trị số';
    const g2 = '2. Hạ tầng và dữ liệu số';
    expect(found.indicators?.map(shown)).toEqual([
      [g1, 'Hồ sơ công việc (không bao gồm hồ sơ mật) được xử lý trên môi trường điện tử', '100%', '%', 'read'],
      [g1, 'Văn bản trao đổi giữa nhà trường với Sở và các cơ quan quản lý được thực hiện dưới dạng điện tử', '≥95%', '%', 'read'],
      [g1, 'Các tổ chuyên môn thực hiện tự đánh giá mức độ chuyển đổi số', '100%', '%', 'read'],
      [g1, 'Nhà trường phấn đấu đạt mức độ chuyển đổi số', 'từ mức 2 trở lên', '', 'read'],
      [g1, 'Các quy trình nội bộ (Kế hoạch bài dạy, văn bản chỉ đạo, báo cáo chuyên môn) được số hóa', '≥80%', '%', 'read'],
      [g2, 'Hồ sơ học sinh được chuẩn hóa và đồng bộ trên Cơ sở dữ liệu (CSDL) ngành', '100%', '%', 'read'],
      [g2, 'Dữ liệu học sinh được xác thực chính xác với CSDL quốc gia về dân cư (theo Đề án 06)', '>100%', '%', 'review'],
    ]);
    expect(found.leftovers ?? []).toEqual([]);
    expect(found.partsFound).toEqual(['Chỉ tiêu trong văn bản']);
  });

  it('says where each target came from: the paragraph and its section', () => {
    const [first, , third, fourth] = readProseTargets(tranDuong).indicators ?? [];
    expect(first?.source.where).toBe('Đoạn 6 (mục II.1)');
    expect(third?.source).toEqual(fourth?.source);
    expect(first?.id).toBe('');
  });

  it('gives the reason a target needs review, quoting it', () => {
    const impossible = (readProseTargets(tranDuong).indicators ?? []).find((i) => i.target === '>100%');
    expect(impossible?.reason).toContain('100%');
  });

  it('reads a THCS plan with targets in every position, a double target, LaTeX, a typo and a figure that does not read', () => {
    const found = readProseTargets(anHung);
    const a = 'a. Về quản trị số';
    const b = 'b. Về dạy học và kiểm tra, đánh giá';
    expect(found.indicators?.map(shown)).toEqual([
      [a, 'Văn bản đi, đến được xử lý trên hệ thống quản lý văn bản và điều hành', '100%', '%', 'read'],
      [a, 'Hồ sơ, sổ sách điện tử của giáo viên được sử dụng thay sổ giấy', '90% trở lên', '%', 'read'],
      [a, 'Giáo viên sử dụng chữ ký số', '100%', '%', 'read'],
      [a, 'Học bạ được ký số trước ngày 31/5', '≥90%', '%', 'read'],
      [a, 'Tối thiểu 01 chuyên đề/năm về ứng dụng AI trong dạy học ở mỗi tổ chuyên môn', 'Tối thiểu 01 chuyên đề/năm', '', 'read'],
      [b, 'Giáo viên xây dựng bài giảng điện tử có tương tác', '≥70%', '%', 'read'],
      [b, 'Học sinh có tài khoản học tập trên hệ thống LMS', '95%', '%', 'read'],
      [b, 'Nhà trường tổ chức ít nhất 02 hoạt động trải nghiệm STEM có ứng dụng công nghệ số', 'ít nhất 02 hoạt động', '', 'read'],
      [b, 'Giáo viên được bồi dưỡng về an toàn thông tin', 'trên 85%', '%', 'read'],
      [b, 'Phụ huynh nhận thông báo qua ứng dụng liên lạc điện tử', '100%', '%', 'read'],
      [b, 'Tỷ lệ bài kiểm tra định kỳ làm trên máy tính', 'khoảng 30%', '%', 'review'],
    ]);
    const approx = found.indicators?.find((i) => i.target === 'khoảng 30%');
    expect(approx?.reason).toContain('khoảng 30%');
    expect(found.leftovers?.map((l) => l.text)).toEqual(['- Xây dựng kho học liệu số dùng chung của nhà trường.']);
    expect(found.leftovers?.[0]?.source.where).toMatch(/^Đoạn \d+ \(mục II\.b\)$/);
  });

  it('reads a tiểu học plan whose targets close a clause, under Word heading styles', () => {
    const found = readProseTargets(hoaBinh);
    const g1 = '1.1. Quản trị số';
    const g2 = '1.2. Dạy học số';
    expect(found.indicators?.map(shown)).toEqual([
      [g1, 'Hồ sơ học sinh được cập nhật đầy đủ trên CSDL ngành', '100%', '%', 'read'],
      [g1, 'Giáo viên sử dụng sổ điểm điện tử', '95% trở lên', '%', 'read'],
      [g1, 'Các khoản thu được thanh toán không dùng tiền mặt', 'tối thiểu 80%', '%', 'read'],
      [g2, 'Học sinh lớp 3 – 5 được học kỹ năng số cơ bản', '≥90%', '%', 'read'],
      [g2, 'Mỗi giáo viên dạy ít nhất 02 tiết/học kỳ có sử dụng học liệu số', 'ít nhất 02 tiết/học kỳ', '', 'read'],
      [g2, 'Phòng học có màn hình tương tác', '100%', '%', 'read'],
      [g2, 'Học sinh khối 5 có tài khoản LMS', '60% trở lên', '%', 'read'],
    ]);
    expect(found.leftovers?.map((l) => l.text)).toEqual(['Tiếp tục duy trì trang thông tin điện tử của nhà trường.']);
  });

  it('keeps An Lão\'s goal bullets under «Mục tiêu cụ thể» as leftovers: they name no figure, so nothing is invented', () => {
    const found = readProseTargets(anLao);
    expect(found.indicators ?? []).toEqual([]);
    expect(found.leftovers?.map((l) => l.text)).toEqual([
      'Hoàn thiện thể chế, chuẩn hóa và tái cấu trúc quy trình quản lý trên môi trường số;',
      'Nâng cao hiệu quả chỉ đạo, điều hành dựa trên dữ liệu;',
    ]);
    expect(found.leftovers?.every((l) => l.reason !== '')).toBe(true);
  });

  it('is one of the plan readers', async () => {
    expect(readPlanDraft(tranDuong).indicators.map((i) => i.target)).toEqual(expect.arrayContaining(['100%', '≥95%', 'từ mức 2 trở lên', '≥80%', '>100%']));
  });
});

describe('readProseTargets: wordings', () => {
  it('finds the section under several headings and heading forms', () => {
    const bullet = '- 100% giáo viên có tài khoản định danh điện tử.';
    for (const heading of [
      { text: 'CHỈ TIÊU', heading: 2 },
      { text: 'Mục tiêu cụ thể', bold: true },
      { text: 'II. Các chỉ tiêu cụ thể' },
      { text: 'b) Chỉ tiêu năm 2026' },
      { text: '3. MỤC TIÊU CỤ THỂ VÀ CHỈ TIÊU', bold: true },
    ]) {
      expect(indicators([heading, bullet]).map((i) => [i.name, i.target]), heading.text).toEqual([['Giáo viên có tài khoản định danh điện tử', '100%']]);
    }
  });

  it('reads nothing outside such a section', () => {
    expect(indicators([{ text: 'III. NHIỆM VỤ VÀ GIẢI PHÁP', bold: true }, '- Bảo đảm 100% phòng học có kết nối mạng.'])).toEqual([]);
    expect(readProseTargets(proseBody(['- 100% giáo viên có tài khoản.'])).leftovers ?? []).toEqual([]);
  });

  it('ends the section at the next heading of the same rank, and at the signature', () => {
    const found = readProseTargets(
      proseBody([
        { text: 'II. CHỈ TIÊU', bold: true },
        '100% học sinh có mã định danh.',
        { text: 'III. GIẢI PHÁP', bold: true },
        '100% lớp học dùng LMS.',
      ]),
    );
    expect(found.indicators?.map((i) => i.name)).toEqual(['Học sinh có mã định danh']);
    const signed = readProseTargets(proseBody([{ text: 'Chỉ tiêu', heading: 2 }, '100% học sinh có mã định danh.', { text: 'HIỆU TRƯỞNG', bold: true }, { text: 'Nguyễn Văn A', bold: true }]));
    expect(signed.leftovers ?? []).toEqual([]);
  });

  it('reads leading targets with their comparators and fillers', () => {
    const cases: [string, string, string][] = [
      ['- ≥95% văn bản được ký số.', 'Văn bản được ký số', '≥95%'],
      ['• Tối thiểu 90% giáo viên được tập huấn.', 'Giáo viên được tập huấn', 'Tối thiểu 90%'],
      ['+ Đảm bảo 100% các tổ chuyên môn có cán bộ đầu mối kỹ thuật về CNTT/CĐS.', 'Các tổ chuyên môn có cán bộ đầu mối kỹ thuật về CNTT/CĐS', '100%'],
      ['-100% học sinh có tài khoản.', 'Học sinh có tài khoản', '100%'],
      ['$\\geq 85\\%$  học sinh được trang bị kỹ năng số.', 'Học sinh được trang bị kỹ năng số', '≥85%'],
      ['$\\leq 5\\%$ hồ sơ phải xử lý lại.', 'Hồ sơ phải xử lý lại', '≤5%'],
      ['Không quá 2% hồ sơ trễ hạn.', 'Hồ sơ trễ hạn', 'Không quá 2%'],
    ];
    for (const [line, name, target] of cases) {
      expect(indicators([{ text: 'Chỉ tiêu', heading: 2 }, line]).map((i) => [i.name, i.target, i.confidence]), line).toEqual([[name, target, 'read']]);
    }
  });

  it('reads targets at the end of a clause', () => {
    const cases: [string, string, string][] = [
      ['Giáo viên dùng sổ điểm điện tử, đạt tỷ lệ 90% trở lên.', 'Giáo viên dùng sổ điểm điện tử', '90% trở lên'],
      ['Học sinh được xác thực dữ liệu dân cư đạt >98%', 'Học sinh được xác thực dữ liệu dân cư', '>98%'],
      ['Nhà trường đạt mức độ chuyển đổi số từ mức 2 trở lên.', 'Nhà trường đạt mức độ chuyển đổi số', 'từ mức 2 trở lên'],
      ['Giao dịch không dùng tiền mặt (không dưới 70%).', 'Giao dịch không dùng tiền mặt', 'không dưới 70%'],
      ['Các tổ tổ chức sinh hoạt chuyên đề số, tối thiểu 02 lần/năm.', 'Các tổ tổ chức sinh hoạt chuyên đề số', 'tối thiểu 02 lần/năm'],
    ];
    for (const [line, name, target] of cases) {
      expect(indicators([{ text: 'Mục tiêu cụ thể', heading: 3 }, line]).map((i) => [i.name, i.target, i.confidence]), line).toEqual([[name, target, 'read']]);
    }
  });

  it('keeps the whole sentence as the name when the target is a count or sits in the middle', () => {
    const cases: [string, string][] = [
      ['Nhà trường tổ chức ít nhất 01 hoạt động/sự kiện quy mô lớn tuyên truyền về chuyển đổi số cho phụ huynh và học sinh.', 'ít nhất 01 hoạt động/sự kiện'],
      ['Tối thiểu 01 chuyên đề về ứng dụng AI.', 'Tối thiểu 01 chuyên đề'],
      ['Mỗi giáo viên có ít nhất 02 bài giảng E-learning.', 'ít nhất 02 bài giảng'],
      ['Nhà trường bảo đảm 100% học sinh lớp 1 có tài khoản học tập.', '100%'],
    ];
    for (const [line, target] of cases) {
      expect(indicators([{ text: 'Chỉ tiêu', bold: true }, line]).map((i) => [i.name, i.target]), line).toEqual([[line.replace(/\.$/, ''), target]]);
    }
  });

  it('splits a bullet holding two targets joined by «;», and only then', () => {
    expect(indicators([{ text: 'Chỉ tiêu', heading: 2 }, '- 100% lớp học dùng LMS; ≥60% bài kiểm tra làm trên máy tính.']).map((i) => [i.name, i.target])).toEqual([
      ['Lớp học dùng LMS', '100%'],
      ['Bài kiểm tra làm trên máy tính', '≥60%'],
    ]);
    expect(indicators([{ text: 'Chỉ tiêu', heading: 2 }, '- 100% học bạ được ký số; bảo đảm liên thông với CSDL ngành.']).map((i) => [i.name, i.target])).toEqual([
      ['Học bạ được ký số; bảo đảm liên thông với CSDL ngành', '100%'],
    ]);
  });

  it('does not guess: a figure that does not read, or two figures with no rule to choose, need review with their text', () => {
    const approx = indicators([{ text: 'Chỉ tiêu', heading: 2 }, 'Học sinh có tài khoản LMS đạt xấp xỉ 80%.']);
    expect(approx.map((i) => [i.target, i.confidence])).toEqual([['xấp xỉ 80%', 'review']]);
    expect(approx[0]?.reason).toContain('xấp xỉ 80%');
    const two = indicators([{ text: 'Chỉ tiêu', heading: 2 }, 'Nâng tỷ lệ học sinh có tài khoản từ 60% lên 90% vào cuối năm học.']);
    expect(two.map((i) => [i.name, i.target, i.confidence])).toEqual([['Nâng tỷ lệ học sinh có tài khoản từ 60% lên 90% vào cuối năm học', '', 'review']]);
    expect(two[0]?.reason).toContain('60%');
  });

  it('reads a target line typed in bold as a target, not as a group heading', () => {
    const found = indicators([
      { text: 'II. CHỈ TIÊU', bold: true },
      { text: '1. Nhân lực số', bold: true },
      { text: 'Nhà trường tổ chức ít nhất 01 hội thi tin học trẻ', bold: true },
      '- 100% giáo viên có chữ ký số.',
    ]);
    expect(found.map((i) => [i.group.numeral, i.name, i.target])).toEqual([
      ['1', 'Nhà trường tổ chức ít nhất 01 hội thi tin học trẻ', 'ít nhất 01 hội thi'],
      ['1', 'Giáo viên có chữ ký số', '100%'],
    ]);
  });

  it('keeps a bullet with no target as a leftover, with where it is', () => {
    const found = readProseTargets(proseBody([{ text: 'II. CHỈ TIÊU', bold: true }, { text: '1. Dữ liệu số' }, '- Hoàn thiện cơ sở dữ liệu ngành.']));
    expect(found.indicators ?? []).toEqual([]);
    expect(found.leftovers).toEqual([
      { source: { where: 'Đoạn 3 (mục II.1)', block: 2 }, text: '- Hoàn thiện cơ sở dữ liệu ngành.', reason: expect.stringContaining('chỉ tiêu') },
    ]);
  });

  it('groups by the numbered sub-heading as written, in every numbering form', () => {
    for (const [sub, numeral, name] of [
      ['1. Thể chế số', '1', 'Thể chế số'],
      ['a) Quản trị số', 'a', 'Quản trị số'],
      ['(2) Hạ tầng và dữ liệu số', '2', 'Hạ tầng và dữ liệu số'],
      ['2.1. Nhân lực số', '2.1', 'Nhân lực số'],
    ] as const) {
      expect(indicators([{ text: 'II. CHỈ TIÊU', bold: true }, sub, '- 100% giáo viên có chữ ký số.']).map((i) => i.group), sub).toEqual([{ numeral, name }]);
    }
    expect(indicators([{ text: 'Chỉ tiêu', heading: 2 }, { text: 'Nhân lực số', heading: 3 }, '- 100% giáo viên có chữ ký số.']).map((i) => i.group)).toEqual([
      { numeral: '', name: 'Nhân lực số' },
    ]);
  });
});
