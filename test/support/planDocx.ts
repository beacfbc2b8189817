/**
 * .docx files for the plan import tests (issue 12), built with the `docx` package the way the real
 * plans are laid out (the seeds in ../shared/seeds/): An Lão's whole Phụ lục 1 (22 indicators, Roman
 * group rows merged across the row, one table whose header row Word repeats on each page) and
 * Phụ lục 2 (29 tasks in 7 groups, split across five pages as in the seed, each later table
 * starting with the header row typed again; task 16's cell cut by the page break, its rest in the
 * first row of the fourth table; the partner cell merged down over tasks 1–5), and Trần Dương's
 * prose target bullets under «II. CÁC CHỈ TIÊU CỤ THỂ» and its whole monthly table (Tháng ·
 * Nhiệm vụ trọng tâm · Sản phẩm/Kết quả · Bộ phận chủ trì, 11 rows for 12 months: «Tháng 4, 5» is
 * one row). Annex texts are the seeds' own; the prose is a handful of paragraphs each.
 *
 * docxWithBody zips a hand-written body (for what the `docx` package does not write: w:sdt,
 * w:gridBefore, other namespace prefixes, tracked changes).
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import type { BodyParagraph, DocxBody } from '../../src/core/import/docxBody';

type CellSpec = string | { readonly text: string | readonly string[]; readonly span?: number; readonly merge?: 'restart' | 'continue'; readonly bold?: boolean };

function cell(spec: CellSpec): TableCell {
  const s = typeof spec === 'string' ? { text: spec } : spec;
  const lines = typeof s.text === 'string' ? [s.text] : s.text;
  return new TableCell({
    children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: 'bold' in s ? s.bold : undefined })] })),
    columnSpan: 'span' in s ? s.span : undefined,
    verticalMerge: 'merge' in s && s.merge ? (s.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined,
  });
}

function row(cells: readonly CellSpec[], options: { header?: boolean } = {}): TableRow {
  return new TableRow({ children: cells.map(cell), tableHeader: options.header, cantSplit: false });
}

function table(rows: TableRow[], columnWidths: number[]): Table {
  return new Table({ rows, columnWidths, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function para(text: string, options: { bold?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bullet?: boolean; center?: boolean; pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, bold: options.bold })],
    heading: options.heading,
    bullet: options.bullet ? { level: 0 } : undefined,
    alignment: options.center ? AlignmentType.CENTER : undefined,
    pageBreakBefore: options.pageBreakBefore,
  });
}

async function pack(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const INDICATOR_HEADER = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mức đạt 2026'];
const TASK_HEADER = ['STT', 'Nhiệm vụ cụ thể', 'Sản phẩm/Kết quả', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'];
const PARTNERS = 'Các tổ/nhóm và các bộ phận liên quan';

/** An Lão's indicators (the whole Phụ lục 1): [STT, Chỉ tiêu, Đơn vị tính, Mức đạt 2026], group rows as [numeral, name]. */
export const AN_LAO_INDICATOR_ROWS: readonly (readonly string[])[] = [
  ['I', 'Thể chế và quản trị số'],
  ['1', 'Hồ sơ công việc xử lý trên môi trường điện tử (trừ hồ sơ mật)', '%', '100%'],
  ['2', 'Văn bản trao đổi giữa nhà trường và cơ sở giáo dục dưới dạng điện tử', '%', '≥95%'],
  ['3', 'Cán bộ quản lý, giáo viên sử dụng chữ ký số', '%', '100%'],
  ['4', 'Nhà trường thực hiện tự đánh giá mức độ CDS', '%', '100%'],
  ['5', 'Nhà trường đạt mức độ CDS mức 2 trở lên', '%', '100%'],
  ['6', 'Quy trình nội bộ được số hóa, tái cấu trúc', '%', '≥90%'],
  ['II', 'Hạ tầng và dữ liệu số'],
  ['7', 'Hồ sơ học sinh được chuẩn hóa, đồng bộ trên CSDL ngành', '%', '100%'],
  ['8', 'Dữ liệu học sinh được xác thực với CSDL quốc gia về dân cư', '%', '≥98%'],
  ['9', 'Nhà trường triển khai học bạ số', '%', '100%'],
  ['10', 'Sổ gốc văn bằng được số hóa theo lộ trình', '%', '≥90%'],
  ['11', 'Hệ thống thông tin được phê duyệt cấp độ an toàn thông tin', '%', '100%'],
  ['12', 'Dữ liệu giáo dục kết nối, chia sẻ với Kho dữ liệu dùng chung thành phố', '%', '100%'],
  ['III', 'Phát triển nhân lực số'],
  ['13', 'Cán bộ quản lý được bồi dưỡng nâng cao năng lực số', '%', '100%'],
  ['14', 'Giáo viên được tập huấn kỹ năng số', '%', '≥90%'],
  ['15', 'Nhà trường có cán bộ phụ trách CNTT/CĐS', '%', '100%'],
  ['16', 'Học sinh được trang bị kỹ năng số cơ bản', '%', '≥90%'],
  ['17', 'Đơn vị tổ chức ít nhất 01 hoạt động tuyên truyền về CĐS', '%', '100%'],
  ['IV', 'Ứng dụng chuyển đổi số trong dạy học và quản trị cơ sở giáo dục'],
  ['18', 'Nhà trường triển khai hệ thống LMS', '%', '100%'],
  ['19', 'Giáo viên sử dụng học liệu số trong giảng dạy', '%', '≥90%'],
  ['20', 'Nhà trường tổ chức kiểm tra, đánh giá bằng hình thức trực tuyến (môn phù hợp)', '%', '≥50%'],
  ['21', 'Nhà trường thí điểm ứng dụng AI trong dạy học', '', ''],
  ['22', 'Tỷ lệ thanh toán không dùng tiền mặt trong trường học', '%', '100%'],
];

export const TASK_16_FIRST = 'Chuẩn hóa, khai thác dữ liệu thi, dữ liệu học sinh và dữ liệu quản trị nhà trường (lớp học, điểm, thời';
export const TASK_16_REST = 'khóa biểu...) phục vụ phân tích chất lượng giáo dục và điều hành.';
const BCDS_TYPO = 'Ban chuyên đổi số';
const BCDS = 'Ban chuyển đổi số';
const HOC_BA = 'Ban chuyển đổi số; ban quản lý học bạ số';

/**
 * An Lão's Phụ lục 2 as it falls on the pages of the plan (the seed's five tables): each page a
 * list of rows, [numeral, name] for a group row, [STT, Nhiệm vụ cụ thể, Sản phẩm/Kết quả, Đơn vị
 * chủ trì, Đơn vị phối hợp, Thời gian] for a task. On page 1 the partner cell is merged down over
 * tasks 1–5 (its text only in task 1's row); page 4 starts with the rest of task 16's cell.
 */
export const AN_LAO_TASK_PAGES: readonly (readonly (readonly string[])[])[] = [
  [
    ['I', 'Quản trị, điều hành và hoàn thiện thể chế chuyển đổi số trong toàn ngành'],
    ['1', 'Tổ chức theo dõi, tổng hợp và đánh giá định kỳ việc thực hiện các chỉ tiêu chuyển đổi số toàn ngành theo Phụ lục 1', 'Báo cáo quý; báo cáo năm; bảng tổng hợp chỉ tiêu', BCDS_TYPO, PARTNERS, 'Hàng quý'],
    ['2', 'Tổ chức triển khai đánh giá mức độ chuyển đổi số đối với cơ sở giáo dục theo quy định; tổng hợp, công bố kết quả phục vụ chỉ đạo, điều hành', 'Báo cáo đánh giá; danh sách mức độ CDS', BCDS_TYPO, '', 'Quý I, II'],
    ['3', 'Rà soát, chuẩn hóa và tái cấu trúc quy trình xử lý văn bản, hồ sơ công việc trên môi trường điện tử; đôn đốc sử dụng thống nhất trong toàn ngành', 'Quy trình chuẩn hóa; hướng dẫn thực hiện', BCDS_TYPO, '', 'Hàng quý'],
    ['4', 'Ban hành hướng dẫn kỹ thuật, quy trình khai thác các nền tảng số dùng chung (eOffice, SSO, CSDL ngành, dashboard...) và chế độ báo cáo số liệu', 'Văn bản hướng dẫn; bộ biểu mẫu', BCDS_TYPO, '', 'Quý I'],
    ['5', 'Tổ chức triển khai sử dụng chữ ký số trong xử lý công việc; kiểm tra, đánh giá tỷ lệ sử dụng và chấn chỉnh kịp thời', 'Báo cáo kết quả triển khai; tỷ lệ sử dụng', BCDS_TYPO, '', 'Hàng quý'],
  ],
  [
    ['6', 'Hoàn thiện, vận hành hệ thống đăng nhập một lần (SSO) và phân quyền sử dụng các hệ thống dùng chung toàn ngành', 'Hệ thống SSO vận hành ổn định; tài khoản phân quyền', BCDS_TYPO, PARTNERS, 'Quý IV'],
    ['II', 'Phát triển dữ liệu số và cơ sở dữ liệu ngành; kết nối, chia sẻ dữ liệu phục vụ quản trị'],
    ['7', 'Tổ chức rà soát, làm sạch, chuẩn hóa dữ liệu học sinh, đội ngũ, cơ sở vật chất trên CSDL ngành; thống nhất mã định danh và cấu trúc dữ liệu', 'Bộ dữ liệu chuẩn hóa; biên bản đối soát', BCDS_TYPO, 'Các tổ/nhóm; GVCN và các bộ phận liên quan', 'Thường xuyên'],
    ['8', 'Đồng bộ và xác thực dữ liệu học sinh với CSDL quốc gia về dân cư theo Đề án 06; tổ chức triển khai các nhiệm vụ ứng dụng công nghệ thông tin, chuyển đổi số và thống kê giáo dục gắn với Đề án 06 theo kế hoạch năm học; bảo đảm đồng bộ, liên thông dữ liệu dân cư, định danh điện tử và các cơ sở dữ liệu quốc gia liên quan.', 'Báo cáo kết quả; tỷ lệ xác thực đạt yêu cầu', BCDS_TYPO, PARTNERS, 'Thường xuyên'],
    ['9', 'Kết nối, chia sẻ dữ liệu giáo dục với Kho dữ liệu dùng chung/IOC của thành phố theo quy định', 'Biên bản nghiệm thu kết nối', BCDS_TYPO, PARTNERS, 'Thường xuyên'],
    ['10', 'Xây dựng, hoàn thiện hệ thống dashboard phục vụ lãnh đạo Sở theo dõi, chỉ đạo điều hành', 'Dashboard vận hành; bộ chỉ số', BCDS_TYPO, PARTNERS, 'Quý III'],
  ],
  [
    ['11', 'Tổ chức triển khai đồng bộ học bạ số đối với cơ sở giáo dục phổ thông và giáo dục thường xuyên; bảo đảm thống nhất hệ thống, chuẩn hóa dữ liệu và tích hợp CSDL ngành', '100% GDPT, GDTX triển khai; dữ liệu đồng bộ', HOC_BA, PARTNERS, 'Quý II'],
    ['12', 'Tổ chức số hóa, cập nhật sổ gốc văn bằng, chứng chỉ theo lộ trình', 'CSDL văn bằng số; quy trình chuẩn', 'Văn phòng nhà trường', 'Văn thư; GVCN', 'Thường xuyên'],
    ['III', 'Chuyển đổi số trong dạy học, kiểm tra đánh giá và quản trị cơ sở giáo dục'],
    ['13', 'Triển khai, nâng cao hiệu quả sử dụng hệ thống LMS đối với cấp THCS, THPT', '100% trường triển khai; báo cáo sử dụng', 'Ban chuyên môn', PARTNERS, 'Thường xuyên'],
    ['14', 'Tổ chức kiểm tra, đánh giá bằng hình thức trực tuyến đối với các môn học phù hợp điều kiện thực tế', 'Báo cáo kết quả; tỷ lệ trường thực hiện', 'Ban chuyên môn', PARTNERS, 'Thường xuyên'],
    ['15', 'Thí điểm ứng dụng trí tuệ nhân tạo trong hỗ trợ dạy học và quản lý lớp học; đánh giá, rút kinh nghiệm', 'Báo cáo thí điểm; đề xuất nhân rộng', 'Ban chuyên môn', PARTNERS, 'Thường xuyên'],
    ['16', TASK_16_FIRST, 'Báo cáo phân tích; bộ dữ liệu chuẩn', HOC_BA, PARTNERS, 'Quý II-III'],
  ],
  [
    ['', TASK_16_REST, '', '', '', ''],
    ['17', 'Xây dựng, bổ sung kho học liệu số dùng chung toàn ngành; khuyến khích chia sẻ tài nguyên số', 'Kho học liệu cập nhật; báo cáo thống kê', 'Ban chuyên môn', PARTNERS, 'Thường xuyên'],
    ['IV', 'Phát triển nhân lực số và nâng cao năng lực chuyển đổi số'],
    ['18', 'Tổ chức bồi dưỡng nâng cao năng lực số cho cán bộ quản lý các cấp', 'Báo cáo tập huấn; danh sách hoàn thành', 'Phòng GDTX, GDNN&ĐH', 'Văn phòng Sở; các cơ sở giáo dục', 'Thường xuyên'],
    ['19', 'Tổ chức tập huấn kỹ năng số và sử dụng nền tảng số cho giáo viên theo từng cấp học', 'Báo cáo kết quả; tỷ lệ tham gia', 'Phòng GDTX, GDNN&ĐH', 'Phòng GDMN-GDTH; Phòng GDTrH; các cơ sở giáo dục', 'Thường xuyên'],
    ['20', 'Bồi dưỡng kỹ năng số, kỹ năng an toàn số cho học sinh', 'Báo cáo kết quả', BCDS, PARTNERS, 'Thường xuyên'],
    ['21', 'Rà soát, tham mưu bố trí vị trí việc làm liên quan CNTT, chuyển đổi số tại đơn vị', 'Báo cáo rà soát; đề xuất phương án', 'PHT phụ trách', PARTNERS, 'Thường xuyên'],
    ['V', 'Tài chính số và huy động nguồn lực cho chuyển đổi số'],
    ['22', 'Hướng dẫn triển khai thanh toán không dùng tiền mặt trong cơ sở giáo dục', 'Văn bản hướng dẫn', 'Kế toán', PARTNERS, 'Quý I'],
    ['23', 'Theo dõi, đánh giá tỷ lệ thanh toán không dùng tiền mặt toàn ngành; tham mưu giải pháp nâng cao', 'Báo cáo quý', 'Kế toán', PARTNERS, 'Hàng quý'],
  ],
  [
    ['24', 'Hướng dẫn, thẩm định việc thuê dịch vụ CNTT phục vụ chuyển đổi số theo quy định', 'Văn bản hướng dẫn; kết quả thẩm định', 'Kế toán', PARTNERS, 'Quý II'],
    ['VI', 'Bảo đảm an toàn, an ninh thông tin và bảo vệ dữ liệu cá nhân'],
    ['25', 'Hoàn thiện hồ sơ xác định cấp độ an toàn hệ thống thông tin ngành', 'Hồ sơ cấp độ được phê duyệt', BCDS, PARTNERS, 'Quý III'],
    ['26', 'Tổ chức tập huấn về bảo vệ dữ liệu cá nhân và an toàn thông tin trong trường học', 'Báo cáo tập huấn; tài liệu hướng dẫn', BCDS, PARTNERS, 'Quý II'],
    ['27', 'Kiểm tra, giám sát công tác bảo đảm an toàn thông tin tại cơ sở giáo dục', 'Biên bản kiểm tra; báo cáo tổng hợp', BCDS, PARTNERS, 'Quý III'],
    ['28', 'Tổ chức diễn tập xử lý sự cố an ninh mạng trong ngành giáo dục', 'Kịch bản; báo cáo diễn tập', BCDS, PARTNERS, 'Quý IV'],
    ['VII', 'Truyền thông và nhân rộng mô hình chuyển đổi số'],
    ['29', 'Tổ chức các hoạt động truyền thông, hưởng ứng Ngày Chuyển đổi số quốc gia; tuyên truyền, nhân rộng mô hình, sáng kiến CDS trong ngành', 'Kế hoạch/hoạt động truyền thông; tin, bài', BCDS, PARTNERS, 'Thường xuyên'],
  ],
];

const TASK_WIDTHS = [600, 3600, 2000, 1400, 1600, 900];

/** One page of Phụ lục 2 as a table: the header row (marked as Word's repeated header on page 1, typed again after), then its rows. */
function taskPage(rows: readonly (readonly string[])[], page: number): Table {
  const header = page === 0 ? row(TASK_HEADER.map((text) => ({ text, bold: true })), { header: true }) : row(TASK_HEADER);
  return table(
    [
      header,
      ...rows.map((r, i) => {
        if (r.length === 2) return row([{ text: r[0]!, bold: true }, { text: r[1]!, span: 5, bold: true }]);
        // Page 1: «Đơn vị phối hợp» is one cell merged down over tasks 1–5.
        if (page === 0) return row(r.map((text, c) => (c === 4 ? { text, merge: i === 1 ? ('restart' as const) : ('continue' as const) } : text)));
        return row(r);
      }),
    ],
    TASK_WIDTHS,
  );
}

/** The An Lão plan: header, a few prose bullets, the signature, the whole Phụ lục 1 and Phụ lục 2 (split across five pages). */
export async function anLaoDocx(): Promise<Uint8Array> {
  const indicatorRows = [
    row(INDICATOR_HEADER.map((text) => ({ text, bold: true })), { header: true }),
    ...AN_LAO_INDICATOR_ROWS.map((r) => (r.length === 2 ? row([{ text: r[0]!, bold: true }, { text: r[1]!, span: 3, bold: true }]) : row(r))),
  ];
  const taskTables = AN_LAO_TASK_PAGES.flatMap((rows, page) => [...(page === 0 ? [] : [new Paragraph({ children: [new PageBreak()] })]), taskPage(rows, page)]);
  return pack([
    para('Số: /KH -THPT AL'),
    para('An Lão, ngày tháng 3 năm 2026'),
    para('KẾ HOẠCH', { bold: true, center: true }),
    para('Chuyển đổi số của trường THPT An Lão năm 2026', { bold: true, center: true }),
    para('I. MỤC TIÊU', { heading: HeadingLevel.HEADING_1 }),
    para('2. Mục tiêu cụ thể', { heading: HeadingLevel.HEADING_2 }),
    para('(1) Thể chế và quản trị số'),
    para('Hoàn thiện thể chế, chuẩn hóa và tái cấu trúc quy trình quản lý trên môi trường số;', { bullet: true }),
    para('Nâng cao hiệu quả chỉ đạo, điều hành dựa trên dữ liệu;', { bullet: true }),
    para('Trên đây là Kế hoạch thực hiện chuyển đổi số năm 2026 của trường THPT An Lão yêu cầu các bộ phận nghiêm túc nghiên cứu và triển khai./.'),
    para('Nơi nhận:', { bold: true }),
    para('- Sở GD&ĐT (để bc);'),
    para('- Lưu: VT.'),
    para('KT. HIỆU TRƯỞNG', { bold: true }),
    para('PHÓ HIỆU TRƯỞNG', { bold: true }),
    para('Vương Văn Huy', { bold: true }),
    para('Phụ lục 1', { bold: true, center: true, pageBreakBefore: true }),
    para('BỘ CHỈ TIÊU CHUYỂN ĐỔI SỐ CỦA TRƯỜNG THPT AN LÃO NĂM 2026', { bold: true, center: true }),
    para('(Kèm theo Kế hoạch số .../KH-THPT AL ngày ... tháng 3 năm 2026 của trường THPT An Lão)', { center: true }),
    table(indicatorRows, [700, 5200, 1400, 1700]),
    para('PHỤ LỤC 2', { bold: true, center: true, pageBreakBefore: true }),
    para('DANH MỤC NHIỆM VỤ CỤ THỂ CHUYÊN ĐỔI SỐ NĂM 2026 CỦA TRƯỜNG THPT AN LÃO', { bold: true, center: true }),
    para('(Kèm theo Kế hoạch số .../KH-THPT AL ngày ... tháng 3 năm 2026 của trường THPT An Lão)', { center: true }),
    ...taskTables,
  ]);
}

/** Trần Dương's monthly rows in the fixture: [Tháng, Nhiệm vụ trọng tâm (paragraphs), Sản phẩm/Kết quả, Bộ phận chủ trì]. */
export const TRAN_DUONG_MONTH_ROWS: readonly (readonly [string, readonly string[], string, string])[] = [
  [
    'Tháng 1',
    ['Rà soát quy trình nội bộ, chuẩn hóa biểu mẫu và dữ liệu đầu vào. Ban hành hướng dẫn thanh toán không dùng tiền mặt.'],
    'Quy trình chuẩn hóa; Văn bản hướng dẫn.',
    'Ban Giám hiệu; Kế toán.',
  ],
  [
    'Tháng 2',
    ['Nâng cao kỹ năng sử dụng chữ ký số đồng bộ trong toàn trường. Tập huấn kỹ năng khai thác CSDL ngành cho giáo viên.'],
    '100% CB-GV ký số; Báo cáo tập huấn.',
    'Bộ phận chuyên môn',
  ],
  ['Tháng 3', ['Rà soát, làm sạch dữ liệu học sinh và đối soát mã định danh với CSDL quốc gia về dân cư.'], 'Bộ dữ liệu sạch; Tỷ lệ xác thực 100%.', 'Giáo viên chủ nhiệm; Văn phòng.'],
  [
    'Tháng 4, 5',
    [
      'Tổ chức kiểm tra định kỳ trực tuyến trên hệ thống LMS cho các môn học phù hợp (Tin học, Tiếng Anh). Hoàn thiện ký số và đồng bộ học bạ điện tử cho 100% học sinh các khối lớp.',
      'Đánh giá mức độ chuyển đổi số của nhà trường theo quy định của Sở',
    ],
    '100% học bạ số hoàn thành.  Báo cáo tự đánh giá',
    'Ban Giám hiệu; Tổ chuyên môn.',
  ],
  ['Tháng 6', ['Số hóa sổ gốc văn bằng, chứng chỉ và cập nhật kho dữ liệu dùng chung thành phổ.'], 'CSDL văn bằng số.', 'Bộ phận chuyên môn /Văn phòng.'],
  ['Tháng 7', ['Nâng cấp hạ tầng mạng và máy tính.'], 'Báo cáo rà soát, nghiệm thu', 'Ban Giám hiệu; Phụ trách CNTT, kế toán'],
  ['Tháng 8', ['Tập huấn nâng cao năng lực số và kỹ năng ứng dụng AI trong soạn bài giảng cho giáo viên trước năm học mới.'], 'Danh sách giáo viên hoàn thành bồi dưỡng.', 'Tổ chuyên môn; cán bộ phụ trách CNTT'],
  ['Tháng 9', ['Vận hành hệ thống Dashboard theo dõi sĩ số và quản lý lớp học đầu năm. Phổ cập kỹ năng số cơ bản cho học sinh lớp 1.'], 'Dashboard vận hành ổn định.', 'Ban Giám hiệu; Văn phòng.'],
  ['Tháng 10', ['Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia; tuyên truyền mô hình dạy học AI hiệu quả.'], 'Tin bài, sự kiện truyền thông.', 'Ban Chỉ đạo CDS; Tổ chuyên môn.'],
  ['Tháng 11', ['Hoàn thiện hồ sơ xác định cấp độ an toàn hệ thống thông tin ngành. Kiểm tra giám sát an toàn thông tin tại các tổ.'], 'Hồ sơ phê duyệt cấp độ.', 'Văn phòng;'],
  [
    'Tháng 12',
    ['Diễn tập xử lý sự cố an ninh mạng. Tổng kết, đánh giá chỉ tiêu CDS năm 2026.'],
    'Báo cáo tổng kết năm; Kịch bản diễn tập.',
    'Ban Giám hiệu; Toàn trường.',
  ],
];

/** Trần Dương's target bullets under «1. Thể chế và quản trị số» as the seed writes them (some with a typed dash). */
export const TRAN_DUONG_TARGET_BULLETS: readonly string[] = [
  '100% hồ sơ công việc (không bao gồm hồ sơ mật) được xử lý trên môi trường điện tử.',
  '≥95% văn bản trao đổi giữa nhà trường với Sở và các cơ quan quản lý được thực hiện dưới dạng điện tử.',
  '-100% các tổ chuyên môn thực hiện tự đánh giá mức độ chuyển đổi số ; nhà trường phấn đấu đạt mức độ chuyển đổi số từ mức 2 trở lên.',
  '-  $\\geq 80\\%$  các quy trình nội bộ (Kế hoạch bài dạy, văn bản chỉ đạo, báo cáo chuyên môn) được số hóa.',
];

/** The Trần Dương plan: header, targets under II (bullets, then plain paragraphs), a task paragraph with a link, signature, monthly table. */
export async function tranDuongDocx(): Promise<Uint8Array> {
  const monthRows = [
    row(['Tháng', 'Nhiệm vụ trọng tâm', 'Sản phẩm/Kết quả', 'Bộ phận chủ trì'].map((text) => ({ text, bold: true })), { header: true }),
    ...TRAN_DUONG_MONTH_ROWS.map(([month, tasks, product, lead]) => row([{ text: month, bold: true }, { text: tasks }, product, lead])),
  ];
  return pack([
    para('Số: 17 /KH-TH'),
    para('Xã Nguyễn Bình Khiêm, ngày 04 tháng 3 năm 2026'),
    para('KẾ HOẠCH Chuyển đổi số trường Tiểu học Trần Dương năm 2026', { heading: HeadingLevel.HEADING_2 }),
    para('II. CÁC CHỈ TIÊU CỤ THỂ', { heading: HeadingLevel.HEADING_3 }),
    para('1. Thể chế và quản trị số', { heading: HeadingLevel.HEADING_4 }),
    ...TRAN_DUONG_TARGET_BULLETS.map((text) => para(text, { bullet: true })),
    para('2. Hạ tầng và dữ liệu số', { heading: HeadingLevel.HEADING_2, bold: true }),
    para('100% hồ sơ học sinh được chuẩn hóa và đồng bộ trên Cơ sở dữ liệu (CSDL) ngành.'),
    para('$> 100\\%$  dữ liệu học sinh được xác thực chính xác với CSDL quốc gia về dân cư (theo Đề án 06).'),
    para('III. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN', { heading: HeadingLevel.HEADING_1, bold: true }),
    new Paragraph({
      children: [
        new TextRun('Tổ chức Ngày hội Chuyển đổi số tại trường; xây dựng chuyên mục "Chuyển đổi số" trên '),
        new ExternalHyperlink({ link: 'https://thtranduong.edu.vn', children: [new TextRun({ text: 'website', style: 'Hyperlink' })] }),
        new TextRun(' và fanpage để lan tỏa các mô hình dạy học hay, cách làm hiệu quả.'),
      ],
    }),
    para('HIỆU TRƯỞNG', { bold: true }),
    para('Bùi Thị Thúy', { bold: true }),
    para('DANH MỤC NHIỆM VỤ CHI TIẾT THEO THÁNG NĂM 2026', { bold: true, center: true, pageBreakBefore: true }),
    para('(Kèm theo Kế hoạch số .../KH-THTD của Trường Tiểu học Trần Dương)', { center: true }),
    table(monthRows, [1200, 4200, 2200, 1400]),
  ]);
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * A .docx whose word/document.xml body is `bodyXml` (inside `<w:body>`, namespace prefix `w`
 * unless `prefix` says another), with an optional word/styles.xml. Minimal package parts.
 */
export function docxWithBody(bodyXml: string, options: { prefix?: string; styles?: string; documentPath?: string } = {}): Uint8Array {
  const p = options.prefix ?? 'w';
  const documentPath = options.documentPath ?? 'word/document.xml';
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}:document xmlns:${p}="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}:body>${bodyXml}</${p}:body></${p}:document>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${documentPath}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/${documentPath}"/></Relationships>`,
    ),
    [documentPath]: strToU8(documentXml),
  };
  if (options.styles !== undefined) {
    const dir = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
    files[`${dir}styles.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${options.styles}</w:styles>`);
  }
  return zipSync(files);
}

// ---------------------------------------------------------------------------------------------
// Two more plans in other schools' styles (issue 12, prose parts): no annex, everything in prose.

/**
 * A THCS plan whose targets are prose only: «II. MỤC TIÊU CỤ THỂ» as a bold paragraph (no heading
 * style), groups «a) …», «b) …», bullets typed with «- » (one with the dash stuck to the figure),
 * targets leading, trailing (in a clause and in brackets) and in the middle, a «;» double target,
 * LaTeX left by a PDF conversion, an approximate figure and a bullet with no figure; then
 * «3. Chế độ báo cáo» under «IV. TỔ CHỨC THỰC HIỆN» with deadlines and meeting cadences.
 */
export const AN_HUNG_TARGET_LINES: readonly string[] = [
  '- 100% văn bản đi, đến được xử lý trên hệ thống quản lý văn bản và điều hành;',
  '- Hồ sơ, sổ sách điện tử của giáo viên được sử dụng thay sổ giấy, đạt tỷ lệ 90% trở lên;',
  '- 100% giáo viên sử dụng chữ ký số; ≥90% học bạ được ký số trước ngày 31/5;',
  '- Tối thiểu 01 chuyên đề/năm về ứng dụng AI trong dạy học ở mỗi tổ chuyên môn.',
];
export const AN_HUNG_TEACHING_LINES: readonly string[] = [
  '-  $\\geq 70\\%$  giáo viên xây dựng bài giảng điện tử có tương tác;',
  '-95% học sinh có tài khoản học tập trên hệ thống LMS;',
  '- Nhà trường tổ chức ít nhất 02 hoạt động trải nghiệm STEM có ứng dụng công nghệ số;',
  '- Giáo viên được bồi dưỡng về an toàn thông tin (trên 85%);',
  '- Phấn đấu 100% phụ huynh nhận thông báo qua ứng dụng liên lạc điện tử;',
  '- Tỷ lệ bài kiểm tra định kỳ làm trên máy tính đạt khoảng 30%;',
  '- Xây dựng kho học liệu số dùng chung của nhà trường.',
];
export const AN_HUNG_REPORTING_LINES: readonly string[] = [
  '- Báo cáo tháng: trước ngày 25 hằng tháng.',
  '- Báo cáo quý gửi trước ngày 15 tháng cuối quý.',
  '- Báo cáo sơ kết 6 tháng: trước ngày 10/6.',
  '- Báo cáo năm: trước ngày 05/12 hằng năm, gửi về Phòng GD&ĐT.',
  '- Họp Ban Chỉ đạo chuyển đổi số tối thiểu 01 lần/quý (Chủ trì: Hiệu trưởng).',
  '- Các tổ chuyên môn sinh hoạt chuyên đề về chuyển đổi số 02 lần/học kỳ.',
  '- Báo cáo đột xuất theo yêu cầu của cấp trên.',
];

export async function anHungThcsDocx(): Promise<Uint8Array> {
  return pack([
    para('UBND XÃ AN HƯNG', { bold: true }),
    para('TRƯỜNG THCS AN HƯNG', { bold: true }),
    para('Số: 45/KH-THCS'),
    para('An Hưng, ngày 10 tháng 3 năm 2026'),
    para('KẾ HOẠCH', { bold: true, center: true }),
    para('Thực hiện chuyển đổi số năm 2026', { bold: true, center: true }),
    para('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
    para('Đẩy mạnh ứng dụng công nghệ số trong quản trị nhà trường và trong dạy học.'),
    para('II. MỤC TIÊU CỤ THỂ', { bold: true }),
    para('a) Về quản trị số'),
    ...AN_HUNG_TARGET_LINES.map((text) => para(text)),
    para('b) Về dạy học và kiểm tra, đánh giá'),
    ...AN_HUNG_TEACHING_LINES.map((text) => para(text)),
    para('III. NHIỆM VỤ VÀ GIẢI PHÁP', { bold: true }),
    para('1. Hoàn thiện hạ tầng số', { bold: true }),
    para('- Nâng cấp đường truyền Internet, bảo đảm 100% phòng học có kết nối mạng.'),
    para('IV. TỔ CHỨC THỰC HIỆN', { bold: true }),
    para('1. Hiệu trưởng', { bold: true }),
    para('- Chỉ đạo chung việc thực hiện kế hoạch.'),
    para('3. Chế độ báo cáo', { bold: true }),
    ...AN_HUNG_REPORTING_LINES.map((text) => para(text)),
    para('Nơi nhận:', { bold: true }),
    para('- Phòng GD&ĐT (để b/c);'),
    para('HIỆU TRƯỞNG', { bold: true }),
    para('Nguyễn Văn Thành', { bold: true }),
  ]);
}

/**
 * A tiểu học plan with Word heading styles: «1. Chỉ tiêu» (Heading 2) with «1.1.», «1.2.» groups
 * whose targets close a clause («…, đạt tỷ lệ 100%», «(tối thiểu 80%)»), then «2. Lộ trình thực
 * hiện» with the quarters as sub-headings (Heading 3, a bold paragraph with a colon, a heading
 * with its months in brackets) and a summer stage the timing reader does not know, task bullets
 * under each, some naming their lead unit.
 */
export const HOA_BINH_TARGETS: readonly (readonly [string, readonly string[]])[] = [
  [
    '1.1. Quản trị số',
    [
      'Hồ sơ học sinh được cập nhật đầy đủ trên CSDL ngành, đạt tỷ lệ 100%.',
      'Giáo viên sử dụng sổ điểm điện tử, đạt 95% trở lên.',
      'Các khoản thu được thanh toán không dùng tiền mặt (tối thiểu 80%).',
      'Tiếp tục duy trì trang thông tin điện tử của nhà trường.',
    ],
  ],
  [
    '1.2. Dạy học số',
    [
      'Học sinh lớp 3 – 5 được học kỹ năng số cơ bản, tỷ lệ $\\geq 90\\%$.',
      'Mỗi giáo viên dạy ít nhất 02 tiết/học kỳ có sử dụng học liệu số.',
      'Phòng học có màn hình tương tác, phấn đấu đạt 100%; học sinh khối 5 có tài khoản LMS, đạt 60% trở lên.',
    ],
  ],
];

export const HOA_BINH_ROADMAP: readonly (readonly [{ readonly text: string; readonly style: 'heading' | 'bold' }, readonly string[]])[] = [
  [
    { text: 'Quý I/2026', style: 'heading' },
    ['Rà soát, cập nhật dữ liệu học sinh trên CSDL ngành (Chủ trì: Tổ Văn phòng).', 'Tập huấn sử dụng học bạ số cho giáo viên - Tổ CNTT thực hiện.'],
  ],
  [
    { text: 'Quý II/2026', style: 'heading' },
    ['Ký số học bạ cho học sinh các khối lớp (Chủ trì: Phó Hiệu trưởng; phối hợp: Giáo viên chủ nhiệm).', 'Tổng kết năm học, đánh giá mức độ chuyển đổi số của nhà trường.'],
  ],
  [{ text: 'Giai đoạn hè (tháng 6 – 8)', style: 'bold' }, ['Bảo trì phòng máy tính và thiết bị trình chiếu.']],
  [{ text: 'Quý III/2026:', style: 'bold' }, ['Chuẩn bị tài khoản LMS cho học sinh lớp 1 trước năm học mới.']],
  [
    { text: 'Quý IV/2026 (tháng 10 – 12)', style: 'heading' },
    ['Tổ chức Ngày hội Chuyển đổi số của nhà trường.', 'Tổng kết, đánh giá kết quả thực hiện kế hoạch năm 2026.'],
  ],
];

export async function hoaBinhTieuHocDocx(): Promise<Uint8Array> {
  return pack([
    para('TRƯỜNG TIỂU HỌC HÒA BÌNH', { bold: true }),
    para('Số: 08/KH-THHB'),
    para('Hòa Bình, ngày 02 tháng 3 năm 2026'),
    para('KẾ HOẠCH Chuyển đổi số năm 2026', { heading: HeadingLevel.HEADING_1 }),
    para('1. Chỉ tiêu', { heading: HeadingLevel.HEADING_2 }),
    ...HOA_BINH_TARGETS.flatMap(([group, lines]) => [para(group, { heading: HeadingLevel.HEADING_3 }), ...lines.map((text) => para(text, { bullet: true }))]),
    para('2. Lộ trình thực hiện', { heading: HeadingLevel.HEADING_2 }),
    para('Nhà trường triển khai kế hoạch theo từng quý như sau:'),
    ...HOA_BINH_ROADMAP.flatMap(([heading, tasks]) => [
      heading.style === 'heading' ? para(heading.text, { heading: HeadingLevel.HEADING_3 }) : para(heading.text, { bold: true }),
      ...tasks.map((text) => para(text, { bullet: true })),
    ]),
    para('3. Tổ chức thực hiện', { heading: HeadingLevel.HEADING_2 }),
    para('Các tổ chuyên môn căn cứ kế hoạch xây dựng kế hoạch của tổ.'),
    para('HIỆU TRƯỞNG', { bold: true }),
    para('Lê Thị Mai', { bold: true }),
  ]);
}

/** One paragraph of a hand-built body: plain text, or with its heading level, bold or list bullet. */
export type ProseLineSpec = string | { readonly text: string; readonly heading?: number; readonly bold?: boolean; readonly bullet?: boolean };

/** A document body of paragraphs only, as readDocxBody gives it, for the prose readers' wording tests. */
export function proseBody(lines: readonly ProseLineSpec[]): DocxBody {
  return {
    blocks: lines.map((spec): BodyParagraph => {
      const s = typeof spec === 'string' ? { text: spec } : spec;
      return {
        kind: 'paragraph',
        text: s.text,
        bold: s.bold ?? false,
        ...(s.heading !== undefined ? { headingLevel: s.heading, styleId: `Heading${s.heading}` } : {}),
        ...(s.bullet ? { numbering: { numId: '1', level: 0 } } : {}),
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// A plan in another school's table style (issue 12, the annex headers it did not know).

/**
 * The indicator table of a THCS plan headed «TT · Nội dung chỉ tiêu · ĐVT · Chỉ tiêu phấn đấu năm
 * 2026», group rows with the numeral in the TT cell and the name beside it (not spanning):
 * [TT, Nội dung chỉ tiêu, ĐVT, Chỉ tiêu phấn đấu năm 2026], group rows as [numeral, name].
 */
export const LE_LOI_INDICATOR_HEADER = ['TT', 'Nội dung chỉ tiêu', 'ĐVT', 'Chỉ tiêu phấn đấu năm 2026'] as const;
export const LE_LOI_INDICATOR_ROWS: readonly (readonly string[])[] = [
  ['A', 'Quản trị nhà trường'],
  ['1', 'Văn bản đi, đến được xử lý trên phần mềm quản lý văn bản', '%', '100%'],
  ['2', 'Cán bộ, giáo viên có chữ ký số cá nhân', '%', '≥ 95%'],
  ['3', 'Hồ sơ, sổ sách điện tử thay thế sổ giấy', 'loại sổ', 'Tối thiểu 05'],
  ['B', 'Dạy học và kiểm tra, đánh giá'],
  ['4', 'Giáo viên sử dụng học liệu số trong giảng dạy', '%', '90%'],
  ['5', 'Chuyên đề ứng dụng AI trong dạy học ở mỗi tổ chuyên môn', 'chuyên đề', '01 chuyên đề/học kỳ'],
];

/**
 * Its task table: «TT · Nội dung nhiệm vụ · Kết quả/Sản phẩm · Người phụ trách · Thời gian thực
 * hiện», groups as a cell spanning the row: [TT, Nội dung nhiệm vụ, Kết quả/Sản phẩm, Người phụ
 * trách, Thời gian thực hiện], group rows as [name].
 */
export const LE_LOI_TASK_HEADER = ['TT', 'Nội dung nhiệm vụ', 'Kết quả/Sản phẩm', 'Người phụ trách', 'Thời gian thực hiện'] as const;
export const LE_LOI_TASK_ROWS: readonly (readonly string[])[] = [
  ['I. QUẢN TRỊ SỐ'],
  ['1', 'Rà soát, cập nhật dữ liệu học sinh, đội ngũ trên CSDL ngành', 'Dữ liệu được cập nhật đầy đủ', 'Phó Hiệu trưởng', 'Tháng 9/2026'],
  ['2', 'Triển khai ký số học bạ cho học sinh khối 6 – 9', 'Học bạ số được ký', 'Văn phòng', 'Quý II/2026'],
  ['II. DẠY HỌC SỐ'],
  ['3', 'Xây dựng kho học liệu số dùng chung của nhà trường', 'Kho học liệu số trên LMS', 'Tổ trưởng chuyên môn', 'Cả năm'],
  ['4', 'Tổ chức kiểm tra giữa kỳ trên máy tính cho môn Tin học', 'Báo cáo kết quả kiểm tra', 'Tổ Toán – Tin', 'Tháng 10/2026'],
];

/** A numbered table no reader knows: the equipment the plan asks for, [TT, Hạng mục, Số lượng, Kinh phí dự kiến (triệu đồng)]. */
export const LE_LOI_BUDGET_HEADER = ['TT', 'Hạng mục', 'Số lượng', 'Kinh phí dự kiến (triệu đồng)'] as const;
export const LE_LOI_BUDGET_ROWS: readonly (readonly string[])[] = [
  ['1', 'Màn hình tương tác 75 inch', '04', '180'],
  ['2', 'Bộ phát wifi chuẩn AC', '06', '12'],
];

/**
 * A THCS plan in another school's table style: annexes captioned in Roman numerals («PHỤ LỤC I»),
 * the indicator and task tables above, and a numbered budget table that is neither.
 */
export async function thcsOtherStyleDocx(): Promise<Uint8Array> {
  const bold = (texts: readonly string[]) => row(texts.map((text) => ({ text, bold: true })), { header: true });
  return pack([
    para('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TIÊN LÃNG', { bold: true }),
    para('TRƯỜNG THCS LÊ LỢI', { bold: true }),
    para('Số: 21/KH-THCSLL'),
    para('Tiên Lãng, ngày 12 tháng 3 năm 2026'),
    para('KẾ HOẠCH', { bold: true, center: true }),
    para('Thực hiện nhiệm vụ chuyển đổi số năm 2026', { bold: true, center: true }),
    para('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
    para('Nâng cao hiệu quả quản trị và dạy học bằng công nghệ số.'),
    para('II. TỔ CHỨC THỰC HIỆN', { bold: true }),
    para('Nhà trường đăng ký các chỉ tiêu và nhiệm vụ tại Phụ lục I, Phụ lục II và dự trù kinh phí tại Phụ lục III kèm theo.'),
    para('HIỆU TRƯỞNG', { bold: true }),
    para('Phạm Văn Đông', { bold: true }),
    para('PHỤ LỤC I', { bold: true, center: true, pageBreakBefore: true }),
    para('CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026', { bold: true, center: true }),
    table(
      [bold(LE_LOI_INDICATOR_HEADER), ...LE_LOI_INDICATOR_ROWS.map((r) => (r.length === 2 ? row([{ text: r[0]!, bold: true }, { text: r[1]!, bold: true }, '', '']) : row(r)))],
      [600, 5000, 1200, 2200],
    ),
    para('PHỤ LỤC II', { bold: true, center: true, pageBreakBefore: true }),
    para('NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026', { bold: true, center: true }),
    table([bold(LE_LOI_TASK_HEADER), ...LE_LOI_TASK_ROWS.map((r) => (r.length === 1 ? row([{ text: r[0]!, span: 5, bold: true }]) : row(r)))], [600, 3800, 2000, 1400, 1200]),
    para('PHỤ LỤC III', { bold: true, center: true, pageBreakBefore: true }),
    para('DỰ TRÙ KINH PHÍ', { bold: true, center: true }),
    table([bold(LE_LOI_BUDGET_HEADER), ...LE_LOI_BUDGET_ROWS.map((r) => row(r))], [600, 4400, 1200, 2800]),
  ]);
}
