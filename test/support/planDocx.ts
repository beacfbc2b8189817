/**
 * .docx files for the plan import tests (issue 12), built with the `docx` package the way the real
 * plans are laid out (the seeds in ../shared/seeds/): An Lão's Phụ lục 1 (indicators, Roman group
 * rows merged across the row, one table whose header row Word repeats on each page) and Phụ lục 2
 * (tasks, split across pages into two tables, the second starting with the header row typed
 * again and the rest of task 16's cell cut by the page break; the partner cell merged down over
 * tasks 1–3), and Trần Dương's prose target bullets under «II. CÁC CHỈ TIÊU CỤ THỂ» and its monthly
 * table (Tháng · Nhiệm vụ trọng tâm · Sản phẩm/Kết quả · Bộ phận chủ trì, «Tháng 4, 5» in one row).
 * The text is the seeds' own, for a handful of rows each.
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

/** An Lão's indicators in the fixture: [STT, Chỉ tiêu, Đơn vị tính, Mức đạt 2026], group rows with three cells empty. */
export const AN_LAO_INDICATOR_ROWS: readonly (readonly string[])[] = [
  ['I', 'Thể chế và quản trị số'],
  ['1', 'Hồ sơ công việc xử lý trên môi trường điện tử (trừ hồ sơ mật)', '%', '100%'],
  ['2', 'Văn bản trao đổi giữa nhà trường và cơ sở giáo dục dưới dạng điện tử', '%', '≥95%'],
  ['6', 'Quy trình nội bộ được số hóa, tái cấu trúc', '%', '≥90%'],
  ['II', 'Hạ tầng và dữ liệu số'],
  ['7', 'Hồ sơ học sinh được chuẩn hóa, đồng bộ trên CSDL ngành', '%', '100%'],
  ['8', 'Dữ liệu học sinh được xác thực với CSDL quốc gia về dân cư', '%', '≥98%'],
  ['III', 'Phát triển nhân lực số'],
  ['17', 'Đơn vị tổ chức ít nhất 01 hoạt động tuyên truyền về CĐS', '%', '100%'],
  ['IV', 'Ứng dụng chuyển đổi số trong dạy học và quản trị cơ sở giáo dục'],
  ['20', 'Nhà trường tổ chức kiểm tra, đánh giá bằng hình thức trực tuyến (môn phù hợp)', '%', '≥50%'],
  ['21', 'Nhà trường thí điểm ứng dụng AI trong dạy học', '', ''],
];

const TASK_16_FIRST = 'Chuẩn hóa, khai thác dữ liệu thi, dữ liệu học sinh và dữ liệu quản trị nhà trường (lớp học, điểm, thời';
const TASK_16_REST = 'khóa biểu...) phục vụ phân tích chất lượng giáo dục và điều hành.';

/** The An Lão plan: header, a few prose bullets, the signature, Phụ lục 1 and Phụ lục 2. */
export async function anLaoDocx(): Promise<Uint8Array> {
  const indicatorRows = [
    row(INDICATOR_HEADER.map((text) => ({ text, bold: true })), { header: true }),
    ...AN_LAO_INDICATOR_ROWS.map((r) => (r.length === 2 ? row([{ text: r[0]!, bold: true }, { text: r[1]!, span: 3, bold: true }]) : row(r))),
  ];
  const firstTaskTable = table(
    [
      row(TASK_HEADER.map((text) => ({ text, bold: true })), { header: true }),
      row([{ text: 'I', bold: true }, { text: 'Quản trị, điều hành và hoàn thiện thể chế chuyển đổi số trong toàn ngành', span: 5, bold: true }]),
      row([
        '1',
        'Tổ chức theo dõi, tổng hợp và đánh giá định kỳ việc thực hiện các chỉ tiêu chuyển đổi số toàn ngành theo Phụ lục 1',
        'Báo cáo quý; báo cáo năm; bảng tổng hợp chỉ tiêu',
        'Ban chuyên đổi số',
        { text: PARTNERS, merge: 'restart' },
        'Hàng quý',
      ]),
      row([
        '2',
        'Tổ chức triển khai đánh giá mức độ chuyển đổi số đối với cơ sở giáo dục theo quy định; tổng hợp, công bố kết quả phục vụ chỉ đạo, điều hành',
        'Báo cáo đánh giá; danh sách mức độ CDS',
        'Ban chuyên đổi số',
        { text: '', merge: 'continue' },
        'Quý I, II',
      ]),
      row([
        '4',
        'Ban hành hướng dẫn kỹ thuật, quy trình khai thác các nền tảng số dùng chung (eOffice, SSO, CSDL ngành, dashboard...) và chế độ báo cáo số liệu',
        'Văn bản hướng dẫn; bộ biểu mẫu',
        'Ban chuyên đổi số',
        { text: '', merge: 'continue' },
        'Quý I',
      ]),
      row([{ text: 'II', bold: true }, { text: 'Phát triển dữ liệu số và cơ sở dữ liệu ngành; kết nối, chia sẻ dữ liệu phục vụ quản trị', span: 5, bold: true }]),
      row([
        '7',
        'Tổ chức rà soát, làm sạch, chuẩn hóa dữ liệu học sinh, đội ngũ, cơ sở vật chất trên CSDL ngành; thống nhất mã định danh và cấu trúc dữ liệu',
        'Bộ dữ liệu chuẩn hóa; biên bản đối soát',
        'Ban chuyên đổi số',
        'Các tổ/nhóm; GVCN và các bộ phận liên quan',
        'Thường xuyên',
      ]),
      row([{ text: 'III', bold: true }, { text: 'Chuyển đổi số trong dạy học, kiểm tra đánh giá và quản trị cơ sở giáo dục', span: 5, bold: true }]),
      row(['16', TASK_16_FIRST, 'Báo cáo phân tích; bộ dữ liệu chuẩn', 'Ban chuyển đổi số; ban quản lý học bạ số', PARTNERS, 'Quý II-III']),
    ],
    [600, 3600, 2000, 1400, 1600, 900],
  );
  const secondTaskTable = table(
    [
      row(TASK_HEADER),
      row(['', TASK_16_REST, '', '', '', '']),
      row([
        '17',
        'Xây dựng, bổ sung kho học liệu số dùng chung toàn ngành; khuyến khích chia sẻ tài nguyên số',
        'Kho học liệu cập nhật; báo cáo thống kê',
        'Ban chuyên môn',
        PARTNERS,
        'Thường xuyên',
      ]),
      row([{ text: 'V', bold: true }, { text: 'Tài chính số và huy động nguồn lực cho chuyển đổi số', span: 5, bold: true }]),
      row(['22', 'Hướng dẫn triển khai thanh toán không dùng tiền mặt trong cơ sở giáo dục', 'Văn bản hướng dẫn', 'Kế toán', PARTNERS, 'Quý I']),
    ],
    [600, 3600, 2000, 1400, 1600, 900],
  );
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
    para('KT. HIỆU TRƯỞNG', { bold: true }),
    para('PHÓ HIỆU TRƯỞNG', { bold: true }),
    para('Vương Văn Huy', { bold: true }),
    para('Phụ lục 1', { bold: true, center: true, pageBreakBefore: true }),
    para('BỘ CHỈ TIÊU CHUYỂN ĐỔI SỐ CỦA TRƯỜNG THPT AN LÃO NĂM 2026', { bold: true, center: true }),
    para('(Kèm theo Kế hoạch số .../KH-THPT AL ngày ... tháng 3 năm 2026 của trường THPT An Lão)', { center: true }),
    table(indicatorRows, [700, 5200, 1400, 1700]),
    para('PHỤ LỤC 2', { bold: true, center: true, pageBreakBefore: true }),
    para('DANH MỤC NHIỆM VỤ CỤ THỂ CHUYÊN ĐỔI SỐ NĂM 2026 CỦA TRƯỜNG THPT AN LÃO', { bold: true, center: true }),
    firstTaskTable,
    new Paragraph({ children: [new PageBreak()] }),
    secondTaskTable,
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
  [
    'Tháng 4, 5',
    [
      'Tổ chức kiểm tra định kỳ trực tuyến trên hệ thống LMS cho các môn học phù hợp (Tin học, Tiếng Anh). Hoàn thiện ký số và đồng bộ học bạ điện tử cho 100% học sinh các khối lớp.',
      'Đánh giá mức độ chuyển đổi số của nhà trường theo quy định của Sở',
    ],
    '100% học bạ số hoàn thành.  Báo cáo tự đánh giá',
    'Ban Giám hiệu; Tổ chuyên môn.',
  ],
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
