import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BodyParagraph, type BodyTable, cellAt, type DocxBody, readDocxBody } from '../../../src/core/import/docxBody';
import {
  AN_LAO_INDICATOR_ROWS,
  anLaoDocx,
  docxWithBody,
  TRAN_DUONG_MONTH_ROWS,
  TRAN_DUONG_TARGET_BULLETS,
  tranDuongDocx,
} from '../../support/planDocx';

function body(bytes: Uint8Array): DocxBody {
  const r = readDocxBody(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function tables(b: DocxBody): BodyTable[] {
  return b.blocks.filter((x): x is BodyTable => x.kind === 'table');
}

function paragraphs(b: DocxBody): BodyParagraph[] {
  return b.blocks.filter((x): x is BodyParagraph => x.kind === 'paragraph');
}

function paragraph(b: DocxBody, text: string): BodyParagraph {
  const found = paragraphs(b).find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph «${text}» in ${JSON.stringify(paragraphs(b).map((p) => p.text))}`);
  return found;
}

/** Each row as its grid: every column's cell text (a merged or spanned slot gives its origin's text, a skipped one ''). */
function grid(t: BodyTable): string[][] {
  return t.rows.map((_, r) => Array.from({ length: t.columnCount }, (_, c) => cellAt(t, r, c)?.text ?? ''));
}

/** One body paragraph or row in the tests' hand-written XML. */
const p = (text: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${p(text)}</w:tc>`;

describe('readDocxBody on An Lão (Phụ lục 1 and 2)', () => {
  let b: DocxBody;
  beforeAll(async () => {
    b = body(await anLaoDocx());
  });

  it('reads the header, headings, bullets and signature as paragraphs in order', () => {
    const texts = paragraphs(b).map((x) => x.text);
    expect(texts.slice(0, 4)).toEqual(['Số: /KH -THPT AL', 'An Lão, ngày tháng 3 năm 2026', 'KẾ HOẠCH', 'Chuyển đổi số của trường THPT An Lão năm 2026']);
    expect(paragraph(b, 'I. MỤC TIÊU')).toMatchObject({ styleId: 'Heading1', headingLevel: 1 });
    expect(paragraph(b, '2. Mục tiêu cụ thể')).toMatchObject({ headingLevel: 2 });
    const bullet = paragraph(b, 'Nâng cao hiệu quả chỉ đạo, điều hành dựa trên dữ liệu;');
    expect(bullet.numbering?.level).toBe(0);
    expect(bullet.headingLevel).toBeUndefined();
    expect(paragraph(b, '(1) Thể chế và quản trị số').numbering).toBeUndefined();
    expect(paragraph(b, 'KT. HIỆU TRƯỞNG').bold).toBe(true);
    expect(paragraph(b, 'PHÓ HIỆU TRƯỞNG').bold).toBe(true);
    expect(paragraph(b, 'Số: /KH -THPT AL').bold).toBe(false);
  });

  it('reads Phụ lục 1 with its repeated header row and Roman group rows merged across the row', () => {
    const [indicators] = tables(b);
    expect(indicators!.columnCount).toBe(4);
    expect(indicators!.rows[0]!.header).toBe(true);
    expect(indicators!.rows.slice(1).every((r) => !r.header)).toBe(true);
    const g = grid(indicators!);
    expect(g[0]).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mức đạt 2026']);
    expect(g.slice(1).map((r) => r[0])).toEqual(AN_LAO_INDICATOR_ROWS.map((r) => r[0]));
    // The group row: «I» and one cell spanning the other three columns.
    const group = indicators!.rows[1]!;
    expect(group.cells.map((c) => [c.text, c.column, c.colSpan])).toEqual([
      ['I', 0, 1],
      ['Thể chế và quản trị số', 1, 3],
    ]);
    expect(cellAt(indicators!, 1, 3)).toBe(group.cells[1]);
    expect(g[3]).toEqual(['2', 'Văn bản trao đổi giữa nhà trường và cơ sở giáo dục dưới dạng điện tử', '%', '≥95%']);
    expect(g[25]).toEqual(['21', 'Nhà trường thí điểm ứng dụng AI trong dạy học', '', '']);
    expect(group.cells.every((c) => c.paragraphs.every((x) => x.bold))).toBe(true);
    expect(indicators!.rows[3]!.cells[3]!.paragraphs[0]!.bold).toBe(false);
  });

  it('reads Phụ lục 2 split across pages: the partner cell merged down, the header typed again and task 16 cut by the page break', () => {
    const [, first, , third, fourth] = tables(b);
    expect(tables(b)).toHaveLength(6);
    expect(first!.columnCount).toBe(6);
    const g1 = grid(first!);
    expect(g1[1]).toEqual(Array(6).fill('').map((_, c) => (c === 0 ? 'I' : 'Quản trị, điều hành và hoàn thiện thể chế chuyển đổi số trong toàn ngành')));
    // Tasks 1–5 share one «Đơn vị phối hợp» cell.
    const partners = first!.rows[2]!.cells[4]!;
    expect([partners.text, partners.rowSpan, partners.mergedInto]).toEqual(['Các tổ/nhóm và các bộ phận liên quan', 5, undefined]);
    for (const r of [3, 4, 5, 6]) {
      expect(first!.rows[r]!.cells[4]).toMatchObject({ column: 4, rowSpan: 1, mergedInto: { row: 2, column: 4 } });
      expect(cellAt(first!, r, 4)).toBe(partners);
    }
    expect(g1.map((r) => r[5])).toEqual(['Thời gian', 'Quản trị, điều hành và hoàn thiện thể chế chuyển đổi số trong toàn ngành', 'Hàng quý', 'Quý I, II', 'Hàng quý', 'Quý I', 'Hàng quý']);
    const g3 = grid(third!);
    expect(g3.at(-1)!.slice(0, 2)).toEqual(['16', 'Chuẩn hóa, khai thác dữ liệu thi, dữ liệu học sinh và dữ liệu quản trị nhà trường (lớp học, điểm, thời']);
    // After the page break: the header row typed again (not marked as a repeated header), then the rest of task 16.
    const g4 = grid(fourth!);
    expect(g4[0]).toEqual(g1[0]);
    expect(fourth!.rows[0]!.header).toBe(false);
    expect(g4[1]).toEqual(['', 'khóa biểu...) phục vụ phân tích chất lượng giáo dục và điều hành.', '', '', '', '']);
    expect(g4.map((r) => r[0])).toEqual(['STT', '', '17', 'IV', '18', '19', '20', '21', 'V', '22', '23']);
    // Between the two tables: the paragraph holding the page break, no text.
    const between = b.blocks.slice(b.blocks.indexOf(third!) + 1, b.blocks.indexOf(fourth!));
    expect(between.map((x) => x.kind === 'paragraph' && x.text.trim())).toEqual(['']);
  });
});

describe('readDocxBody on Trần Dương (prose targets, monthly table)', () => {
  let b: DocxBody;
  beforeAll(async () => {
    b = body(await tranDuongDocx());
  });

  it('reads the target bullets under II exactly as written, with their list level and headings', () => {
    const texts = paragraphs(b).map((x) => x.text);
    const at = texts.indexOf('II. CÁC CHỈ TIÊU CỤ THỂ');
    expect(paragraphs(b)[at]!.headingLevel).toBe(3);
    expect(paragraphs(b)[at + 1]).toMatchObject({ text: '1. Thể chế và quản trị số', headingLevel: 4 });
    const bullets = paragraphs(b).slice(at + 2, at + 2 + TRAN_DUONG_TARGET_BULLETS.length);
    expect(bullets.map((x) => x.text)).toEqual(TRAN_DUONG_TARGET_BULLETS);
    expect(bullets.every((x) => x.numbering?.level === 0 && x.headingLevel === undefined)).toBe(true);
    expect(paragraph(b, '2. Hạ tầng và dữ liệu số')).toMatchObject({ headingLevel: 2, bold: true });
    expect(paragraph(b, '$> 100\\%$  dữ liệu học sinh được xác thực chính xác với CSDL quốc gia về dân cư (theo Đề án 06).').numbering).toBeUndefined();
  });

  it('keeps a hyperlink\'s text in its paragraph', () => {
    expect(texts(b)).toContain('Tổ chức Ngày hội Chuyển đổi số tại trường; xây dựng chuyên mục "Chuyển đổi số" trên website và fanpage để lan tỏa các mô hình dạy học hay, cách làm hiệu quả.');
  });

  it('reads the monthly table: one row per month, «Tháng 4, 5» in one row, its task cell as two paragraphs', () => {
    const [months] = tables(b);
    expect(tables(b)).toHaveLength(1);
    const g = grid(months!);
    expect(g[0]).toEqual(['Tháng', 'Nhiệm vụ trọng tâm', 'Sản phẩm/Kết quả', 'Bộ phận chủ trì']);
    expect(g.slice(1).map((r) => r[0])).toEqual(TRAN_DUONG_MONTH_ROWS.map((r) => r[0]));
    expect(g.slice(1).map((r) => r[3])).toEqual(TRAN_DUONG_MONTH_ROWS.map((r) => r[3]));
    const april = months!.rows[4]!;
    expect(april.cells[1]!.paragraphs.map((x) => x.text)).toEqual(TRAN_DUONG_MONTH_ROWS[3]![1]);
    expect(april.cells[1]!.text).toBe(TRAN_DUONG_MONTH_ROWS[3]![1].join('\n'));
    expect(april.cells[2]!.text).toBe('100% học bạ số hoàn thành.  Báo cáo tự đánh giá');
    expect(months!.rows.slice(1).map((r) => [r.cells[0]!.paragraphs[0]!.bold, r.cells[1]!.paragraphs[0]!.bold])).toEqual(TRAN_DUONG_MONTH_ROWS.map(() => [true, false]));
  });
});

function texts(b: DocxBody): string[] {
  return paragraphs(b).map((x) => x.text);
}

describe('readDocxBody on what Word and other editors write', () => {
  it('reads text inside w:sdt content controls around a block, a row, a cell and a run', () => {
    const xml =
      `<w:sdt><w:sdtPr><w:alias w:val="Tên trường"/></w:sdtPr><w:sdtContent>${p('TRƯỜNG TIỂU HỌC TRẦN DƯƠNG')}</w:sdtContent></w:sdt>` +
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>` +
      `<w:sdt><w:sdtContent><w:tr>${tc('STT')}${tc('Chỉ tiêu')}</w:tr></w:sdtContent></w:sdt>` +
      `<w:tr>${tc('1')}<w:sdt><w:sdtContent>${tc('Hồ sơ công việc xử lý trên môi trường điện tử')}</w:sdtContent></w:sdt></w:tr>` +
      `</w:tbl>` +
      `<w:p><w:r><w:t>Số: </w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>17</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t>/KH-TH</w:t></w:r></w:p>`;
    const b = body(docxWithBody(xml));
    expect(texts(b)).toEqual(['TRƯỜNG TIỂU HỌC TRẦN DƯƠNG', 'Số: 17/KH-TH']);
    expect(grid(tables(b)[0]!)).toEqual([
      ['STT', 'Chỉ tiêu'],
      ['1', 'Hồ sơ công việc xử lý trên môi trường điện tử'],
    ]);
  });

  it('places cells after w:gridBefore and leaves w:gridAfter columns empty', () => {
    const xml =
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
      `<w:tr>${tc('STT')}${tc('Chỉ tiêu')}${tc('Đơn vị tính')}${tc('Mức đạt 2026')}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>${tc('Hạ tầng và dữ liệu số')}${tc('%')}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc('%', '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `</w:tbl>`;
    const [t] = tables(body(docxWithBody(xml)));
    expect(t!.rows[1]).toMatchObject({ gridBefore: 1, gridAfter: 1 });
    expect(t!.rows[1]!.cells.map((c) => c.column)).toEqual([1, 2]);
    expect(grid(t!)).toEqual([
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mức đạt 2026'],
      ['', 'Hạ tầng và dữ liệu số', '%', ''],
      ['', '', '%', '%'],
    ]);
    expect(cellAt(t!, 1, 0)).toBeUndefined();
  });

  it('resolves vertical merges by grid column, across spans and gridBefore, and keeps a stray continuation as its own cell', () => {
    const xml =
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
      `<w:tr>${tc('1', '<w:vMerge w:val="restart"/>')}${tc('Tháng 4, 5', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('', '<w:gridSpan w:val="2"/><w:vMerge w:val="continue"/>')}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('', '<w:gridSpan w:val="2"/><w:vMerge/>')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('a')}${tc('b')}</w:tr>` +
      `</w:tbl>` +
      `<w:tbl><w:tr>${tc('mồ côi', '<w:vMerge/>')}</w:tr></w:tbl>`;
    const [t, stray] = tables(body(docxWithBody(xml)));
    expect(t!.rows[0]!.cells.map((c) => c.rowSpan)).toEqual([2, 3]);
    expect(t!.rows[1]!.cells.map((c) => c.mergedInto)).toEqual([{ row: 0, column: 0 }, { row: 0, column: 1 }]);
    expect(t!.rows[2]!.cells[0]!.mergedInto).toEqual({ row: 0, column: 1 });
    // Row 3's first cell continues nothing: row 2 skipped column 0.
    expect(t!.rows[3]!.cells[0]).toMatchObject({ rowSpan: 1 });
    expect(t!.rows[3]!.cells[0]!.mergedInto).toBeUndefined();
    expect(grid(t!)).toEqual([
      ['1', 'Tháng 4, 5', 'Tháng 4, 5'],
      ['1', 'Tháng 4, 5', 'Tháng 4, 5'],
      ['', 'Tháng 4, 5', 'Tháng 4, 5'],
      ['', 'a', 'b'],
    ]);
    expect(stray!.rows[0]!.cells[0]).toMatchObject({ text: 'mồ côi', rowSpan: 1 });
    expect(stray!.rows[0]!.cells[0]!.mergedInto).toBeUndefined();
  });

  it('turns tabs into spaces and line breaks into new lines; a page break inside a sentence is a space', () => {
    const xml = `<w:p><w:r><w:t>STT</w:t><w:tab/><w:t>Chỉ tiêu</w:t><w:br/><w:t>dòng 2</w:t><w:cr/><w:t>dòng 3 (lớp học, điểm, thời</w:t><w:br w:type="page"/><w:t>khóa biểu...)</w:t><w:lastRenderedPageBreak/><w:t> hết</w:t></w:r></w:p>`;
    expect(texts(body(docxWithBody(xml)))).toEqual(['STT Chỉ tiêu\ndòng 2\ndòng 3 (lớp học, điểm, thời khóa biểu...) hết']);
  });

  it('decodes entities and CDATA, and reads the same body whatever prefix the file gives the namespace', () => {
    const xml = `<w:p><w:r><w:t>Tổ &lt;Toán&gt; &amp; Tin: &#8805;95&#x25;</w:t><w:t><![CDATA[ & <KHTN>]]></w:t></w:r></w:p>`;
    expect(texts(body(docxWithBody(xml)))).toEqual(['Tổ <Toán> & Tin: ≥95% & <KHTN>']);
    const xPrefixed = xml.replace(/w:/g, 'x:');
    expect(body(docxWithBody(xPrefixed, { prefix: 'x' }))).toEqual(body(docxWithBody(xml)));
  });

  it('keeps inserted text and field results; drops deleted text, deleted rows, field codes and hidden text', () => {
    const xml =
      `<w:p><w:r><w:t>Quý </w:t></w:r><w:del w:id="1"><w:r><w:delText>I</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>II</w:t></w:r></w:ins>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>/2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:fldSimple w:instr="NUMPAGES"><w:r><w:t>;</w:t></w:r></w:fldSimple><w:moveFrom><w:r><w:t>cũ</w:t></w:r></w:moveFrom></w:p>` +
      `<w:tbl><w:tr>${tc('giữ')}</w:tr><w:tr><w:trPr><w:del w:id="3"/></w:trPr>${tc('xóa')}</w:tr></w:tbl>`;
    const b = body(docxWithBody(xml));
    expect(texts(b)).toEqual(['Quý II/2026;']);
    expect(grid(tables(b)[0]!)).toEqual([['giữ']]);
  });

  it('reads ≥ and ≤ written in the Symbol font', () => {
    const xml = `<w:p><w:r><w:sym w:font="Symbol" w:char="F0B3"/><w:t>95% văn bản; </w:t><w:sym w:font="Symbol" w:char="F0A3"/><w:t>5%</w:t></w:r></w:p>`;
    expect(texts(body(docxWithBody(xml)))).toEqual(['≥95% văn bản; ≤5%']);
  });

  it('takes heading levels and bold from styles.xml (custom style ids, outline levels, basedOn), and w:b w:val="0" as not bold', () => {
    const styles =
      `<w:style w:type="paragraph" w:styleId="Tieude1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục"/><w:basedOn w:val="MucGoc"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="MucGoc"><w:name w:val="Mục gốc"/><w:pPr><w:outlineLvl w:val="2"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>`;
    const xml =
      p('I. MỤC ĐÍCH', '<w:pStyle w:val="Tieude1"/>') +
      p('1. Thể chế và quản trị số', '<w:pStyle w:val="Muc"/>') +
      p('Chỉ tiêu', '<w:outlineLvl w:val="1"/>') +
      p('thân', '<w:outlineLvl w:val="9"/>') +
      `<w:p><w:pPr><w:pStyle w:val="Tieude1"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>không đậm</w:t></w:r></w:p>` +
      p('không đánh số', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>');
    const b = paragraphs(body(docxWithBody(xml, { styles })));
    expect(b.map((x) => [x.text, x.styleId, x.headingLevel, x.bold, x.numbering])).toEqual([
      ['I. MỤC ĐÍCH', 'Tieude1', 1, true, undefined],
      ['1. Thể chế và quản trị số', 'Muc', 3, false, { numId: '4', level: 1 }],
      ['Chỉ tiêu', undefined, 2, false, undefined],
      ['thân', undefined, undefined, false, undefined],
      ['không đậm', 'Tieude1', 1, false, undefined],
      ['không đánh số', undefined, undefined, false, undefined],
    ]);
  });

  it('finds the main document through _rels/.rels when it is not word/document.xml', () => {
    expect(texts(body(docxWithBody(p('Kế hoạch'), { documentPath: 'word/document2.xml' })))).toEqual(['Kế hoạch']);
  });

  it('keeps a nested table\'s text in its cell, row by row', () => {
    const xml = `<w:tbl><w:tr><w:tc>${p('Tháng 9')}<w:tbl><w:tr>${tc('a')}${tc('b')}</w:tr><w:tr>${tc('c')}</w:tr></w:tbl></w:tc></w:tr></w:tbl>`;
    const [t] = tables(body(docxWithBody(xml)));
    expect(t!.rows[0]!.cells[0]!.text).toBe('Tháng 9\na\nb\nc');
  });
});

/** A message a Vietnamese user can read: diacritics, no English error words. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

function message(bytes: Uint8Array, options: Parameters<typeof readDocxBody>[1] = {}): string {
  const r = readDocxBody(bytes, options);
  if (r.ok) throw new Error('expected a failure');
  expect(r.error).toMatch(VIETNAMESE);
  expect(r.error).not.toMatch(/\b(error|invalid|undefined|null)\b/i);
  return r.error;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(directoryNames: string[]): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(OLE, 0);
  let at = 1024;
  for (const name of directoryNames) {
    for (let i = 0; i < name.length; i++) bytes[at + 2 * i] = name.charCodeAt(i);
    at += 128;
  }
  return bytes;
}

describe('readDocxBody on what is not a readable .docx', () => {
  it('says to save a .doc (Word 97–2003) as .docx', () => {
    const m = message(oleFile(['Root Entry', 'WordDocument', '1Table']), { fileName: 'KH CĐS 2026.doc' });
    expect(m).toMatch(/\.doc\b/);
    expect(m).toMatch(/\.docx/);
    expect(m).toMatch(/Lưu/i);
    expect(m).toContain('«KH CĐS 2026.doc»');
  });

  it('says to remove the password from an encrypted .docx', () => {
    const m = message(oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
    expect(m).toMatch(/mật khẩu/);
    expect(m).not.toMatch(/\.doc\b/);
  });

  it('says a PDF cannot be read and to use the .docx', () => {
    const m = message(strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(m).toMatch(/PDF/);
    expect(m).toMatch(/\.docx/);
  });

  it('refuses an empty file and bytes that are not a zip', () => {
    expect(message(new Uint8Array(0))).toMatch(/rỗng/);
    expect(message(strToU8('STT\tChỉ tiêu\tĐơn vị tính'))).toMatch(/không phải tệp Word \.docx/);
  });

  it('refuses a zip with no word/document.xml, and names an Excel workbook', () => {
    expect(message(zipSync({ 'ghi-chu.txt': strToU8('Kế hoạch') }))).toMatch(/word\/document\.xml/);
    expect(message(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }))).toMatch(/Excel/);
  });

  it('refuses a zip bomb: more inflated bytes than the limit', () => {
    const huge = new Uint8Array(3_000_000).fill(0x20);
    const bomb = docxWithBody(p(''));
    const files = { ...zipEntries(bomb), 'word/media/image1.bin': huge };
    const bytes = zipSync(files, { level: 9 });
    expect(bytes.length).toBeLessThan(50_000);
    expect(message(bytes, { limits: { maxInflatedBytes: 1_000_000 } })).toMatch(/quá lớn/);
    expect(readDocxBody(bytes, { limits: { maxInflatedBytes: 5_000_000 } }).ok).toBe(true);
  });

  it('refuses a document.xml whose declared size is a lie, without allocating it', () => {
    const bytes = docxWithBody(p('Kế hoạch'));
    // Patch every central directory entry's uncompressed size to 4 GB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at + 46 <= bytes.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0xfffffff0, true);
    expect(message(bytes)).toMatch(/quá lớn/);
  });

  it('refuses a zip with more entries than the limit', () => {
    const files: Record<string, Uint8Array> = zipEntries(docxWithBody(p('x')));
    for (let i = 0; i < 40; i++) files[`word/media/image${i}.png`] = strToU8(String(i));
    expect(message(zipSync(files), { limits: { maxEntries: 20 } })).toMatch(/thành phần/);
  });

  it('says the document is damaged when word/document.xml is not XML', () => {
    const files = zipEntries(docxWithBody(p('x')));
    files['word/document.xml'] = strToU8('<w:document><w:body><w:p></w:body>');
    expect(message(zipSync(files))).toMatch(/hỏng/);
  });

  it('says the zip is damaged when its data is cut', async () => {
    const bytes = await tranDuongDocx();
    expect(message(bytes.slice(0, bytes.length - 200))).toMatch(/hỏng/);
  });
});

/** A .docx's entries, to rebuild a fixture with one part changed. */
function zipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  return { ...unzipSync(bytes) };
}
