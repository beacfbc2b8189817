/**
 * The report laid out as a renderer-neutral document: paragraphs, tables, a borderless two-column
 * layout (header, signature) and a chart, each carrying the NĐ 30/2020 Phụ lục I style it needs.
 * Rendered twice, with the same result: by DocumentApp (src/gas/reportDoc.ts) and by docx
 * (src/cli/docx.ts). Sizes are points; lengths are millimetres.
 */
import type { CellText, ChartBar, INDICATOR_COLUMNS, ReportModel, TASK_COLUMNS } from './model';
import { periodNameLabel } from './window';
import { cleanText } from '../text';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly link?: string;
}

export interface ParagraphStyle {
  readonly size: number;
  readonly align: Align;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly firstLineIndentMm?: number;
  readonly spaceBeforePt?: number;
  readonly spaceAfterPt?: number;
  /** Line spacing as a multiple of single (1 = single). */
  readonly lineSpacing?: number;
  /** Keep on the same page as the next block (headings, table captions). */
  readonly keepWithNext?: boolean;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly TextRun[];
  readonly style: ParagraphStyle;
  /** A solid rule, centred under the paragraph, this wide (Tiêu ngữ, tên đơn vị, trích yếu). */
  readonly ruleMm?: number;
}

export interface TableColumn {
  readonly title: string;
  readonly widthMm: number;
  readonly align: Align;
}

export interface TableRow {
  readonly cells: readonly CellText[];
  /** Group rows (the group's numbering, its name) are bold, the name spanning the other columns. */
  readonly group?: boolean;
}

export interface TableBlock {
  readonly kind: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** Text size of the body rows; the header row (bold, repeated on each page) uses the same. */
  readonly size: number;
}

/** A borderless table used for placement only: the header's two columns, Nơi nhận beside the signature. */
export interface LayoutBlock {
  readonly kind: 'layout';
  readonly widthsMm: readonly number[];
  /** Rows of cells; each cell holds paragraphs. A row is never split across pages. */
  readonly rows: readonly (readonly (readonly ParagraphBlock[])[])[];
}

export interface ChartBlock {
  readonly kind: 'chart';
  readonly title: string;
  readonly bars: readonly ChartBar[];
  readonly widthMm: number;
  readonly heightMm: number;
}

export type Block = ParagraphBlock | TableBlock | LayoutBlock | ChartBlock;

export interface PageSetup {
  readonly widthMm: number;
  readonly heightMm: number;
  readonly marginTopMm: number;
  readonly marginBottomMm: number;
  readonly marginLeftMm: number;
  readonly marginRightMm: number;
  readonly font: string;
  readonly size: number;
  /** Arabic page numbers centred in the top margin, not on the first page (NĐ 30). */
  readonly pageNumberSize: number;
}

export interface ReportDocument {
  /** "Báo cáo CĐS quý III-2026 - Trường THPT An Lão" */
  readonly name: string;
  readonly page: PageSetup;
  readonly blocks: readonly Block[];
}

/** NĐ 30/2020 Phụ lục I: A4; top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman. */
export const ND30_PAGE: PageSetup = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  font: 'Times New Roman',
  size: 14,
  pageNumberSize: 13,
};

export const TEXT_WIDTH_MM = ND30_PAGE.widthMm - ND30_PAGE.marginLeftMm - ND30_PAGE.marginRightMm;

const BODY = 14;
const TABLE = 11;
/** Left / right header column widths (mm); 165 mm of text width. */
export const HEADER_COLUMNS_MM = [76, 89] as const;
/** Nơi nhận / signature columns (mm). */
export const SIGNATURE_COLUMNS_MM = [80, 85] as const;

const INDICATOR_WIDTHS: readonly [number, (typeof INDICATOR_COLUMNS)[number], Align][] = [
  [10, 'STT', 'center'], [49, 'Chỉ tiêu', 'left'], [13, 'Đơn vị tính', 'center'], [17, 'Chỉ tiêu năm', 'center'],
  [20, 'Kết quả', 'center'], [17, 'Tỷ lệ đạt', 'center'], [19, 'Đánh giá', 'center'], [20, 'Minh chứng', 'center'],
];
const TASK_WIDTHS: readonly [number, (typeof TASK_COLUMNS)[number], Align][] = [
  [10, 'STT', 'center'], [37, 'Nhiệm vụ', 'left'], [20, 'Đơn vị chủ trì', 'left'], [23, 'Sản phẩm/Kết quả', 'left'],
  [20, 'Hạn', 'center'], [18, 'Tình trạng', 'center'], [20, 'Ngày hoàn thành', 'center'], [17, 'Minh chứng', 'center'],
];

/**
 * Rough width of a line of Times New Roman text in mm: enough to size the short rules under the
 * header lines (the decree wants the Tiêu ngữ rule as long as the text, the agency's 1/3–1/2).
 */
export function approximateTextWidthMm(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') em += 0.25;
    else if (/[-.,:;/()]/.test(ch)) em += 0.3;
    else if (/[iltfjIJ]/.test(ch)) em += 0.3;
    else if (/[mwMW]/.test(ch)) em += 0.85;
    else if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) em += 0.7;
    else em += 0.48;
  }
  return ((em * sizePt * (bold ? 1.05 : 1)) / 72) * 25.4;
}

/**
 * A header line too long for its column, broken into lines that fit (by the estimate above) with
 * at least two words on the last line: "SỞ GIÁO DỤC VÀ ĐÀO TẠO" / "HẢI PHÒNG", not "… HẢI" / "PHÒNG".
 */
export function headerLines(text: string, sizePt: number, bold: boolean, widthMm: number): string[] {
  const words = text.split(' ').filter(Boolean);
  const lines: string[][] = [[]];
  for (const word of words) {
    const line = lines[lines.length - 1]!;
    if (line.length > 0 && approximateTextWidthMm([...line, word].join(' '), sizePt, bold) > widthMm) lines.push([word]);
    else line.push(word);
  }
  const last = lines[lines.length - 1]!;
  const before = lines[lines.length - 2];
  if (before && last.length === 1 && before.length > 2) last.unshift(before.pop()!);
  return lines.map((l) => l.join(' '));
}

function p(text: string | readonly TextRun[], style: ParagraphStyle, ruleMm?: number): ParagraphBlock {
  const runs = typeof text === 'string' ? [{ text }] : text;
  return ruleMm === undefined ? { kind: 'paragraph', runs, style } : { kind: 'paragraph', runs, style, ruleMm };
}

const bodyStyle: ParagraphStyle = { size: BODY, align: 'justify', firstLineIndentMm: 10, spaceAfterPt: 6, lineSpacing: 1.15 };
const headingStyle: ParagraphStyle = { ...bodyStyle, bold: true, keepWithNext: true };
const listStyle: ParagraphStyle = bodyStyle;

function body(text: string): ParagraphBlock {
  return p(text, bodyStyle);
}

function heading(text: string): ParagraphBlock {
  return p(text, headingStyle);
}

/** The document name: "Báo cáo CĐS quý III-2026 - Trường THPT An Lão". */
export function reportDocumentName(model: ReportModel, schoolName: string): string {
  const school = cleanText(schoolName ?? '');
  return `Báo cáo CĐS ${periodNameLabel(model.period)}${school ? ` - ${school}` : ''}`;
}

function headerBlock(model: ReportModel): LayoutBlock {
  const h = model.header;
  const centred = (size: number, extra: Partial<ParagraphStyle> = {}): ParagraphStyle => ({ size, align: 'center', lineSpacing: 1, spaceAfterPt: 0, ...extra });
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const agency = [
    ...headerLines(h.parentAgency, 12, false, HEADER_COLUMNS_MM[0] - 2).map((line) => p(line, centred(12))),
    p(h.schoolName, centred(13, { bold: true }), Math.max(15, 0.4 * approximateTextWidthMm(h.schoolName, 13, true))),
  ];
  const nation = [
    p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', centred(12, { bold: true })),
    p(motto, centred(13, { bold: true }), approximateTextWidthMm(motto, 13, true)),
  ];
  // Số and the place/date share a line (second row), whatever the first row's height.
  const number = [p(h.number, centred(13, { spaceBeforePt: 6 }))];
  const date = [p(h.placeDate, centred(14, { italic: true, spaceBeforePt: 6 }))];
  return { kind: 'layout', widthsMm: HEADER_COLUMNS_MM, rows: [[agency, nation], [number, date]] };
}

function titleBlocks(model: ReportModel): ParagraphBlock[] {
  const centred: ParagraphStyle = { size: BODY, align: 'center', bold: true, lineSpacing: 1, spaceAfterPt: 0 };
  return [
    p(model.title, { ...centred, spaceBeforePt: 18 }),
    p(model.subject, { ...centred, spaceAfterPt: 12 }, Math.min(TEXT_WIDTH_MM / 2, Math.max(TEXT_WIDTH_MM / 3, 0.4 * approximateTextWidthMm(model.subject, BODY, true)))),
  ];
}

function cell(text: string): CellText {
  return { text };
}

function indicatorTable(model: ReportModel): TableBlock {
  return {
    kind: 'table',
    size: TABLE,
    columns: INDICATOR_WIDTHS.map(([widthMm, title, align]) => ({ title, widthMm, align })),
    rows: model.indicators.rows.map((r) =>
      r.kind === 'group'
        ? { group: true, cells: [cell(r.numeral), cell(r.name), cell(''), cell(''), cell(''), cell(''), cell(''), cell('')] }
        : { cells: [cell(r.stt), cell(r.name), cell(r.unit), cell(r.target), cell(r.result), cell(r.ratio), cell(r.verdict), r.evidence] },
    ),
  };
}

function taskTable(model: ReportModel): TableBlock {
  return {
    kind: 'table',
    size: TABLE,
    columns: TASK_WIDTHS.map(([widthMm, title, align]) => ({ title, widthMm, align })),
    rows: model.tasks.rows.map((r) => ({
      cells: [cell(r.stt), cell(r.name), cell(r.lead), cell(r.product), cell(r.due), cell(r.status), cell(r.completedOn), r.evidence],
    })),
  };
}

function signatureBlock(model: ReportModel): LayoutBlock {
  const list: ParagraphStyle = { size: 11, align: 'left', lineSpacing: 1, spaceAfterPt: 0 };
  const left = [
    p([{ text: 'Nơi nhận:', bold: true, italic: true }], { size: 12, align: 'left', lineSpacing: 1, spaceAfterPt: 0 }),
    ...model.recipients.map((r) => p(r, list)),
  ];
  const sign: ParagraphStyle = { size: BODY, align: 'center', bold: true, lineSpacing: 1, spaceAfterPt: 0 };
  const right = [
    ...model.signer.titleLines.map((t) => p(t, sign)),
    // Room for the signature and the seal.
    p('', { ...sign, spaceAfterPt: 72 }),
    p(model.signer.name, sign),
  ];
  return { kind: 'layout', widthsMm: SIGNATURE_COLUMNS_MM, rows: [[left, right]] };
}

/** "./." closes the body: appended to the last sentence (NĐ 30). */
function withClosingMark(lines: readonly string[]): string[] {
  const out = [...lines];
  const last = out.length - 1;
  out[last] = `${out[last]!.replace(/[.;:,]+$/, '')}./.`;
  return out;
}

export function buildReportDocument(model: ReportModel, schoolName: string): ReportDocument {
  const blocks: Block[] = [headerBlock(model), ...titleBlocks(model), body(model.opening)];

  blocks.push(heading('I. KẾT QUẢ THỰC HIỆN'));
  blocks.push(heading('1. Kết quả thực hiện các chỉ tiêu'));
  for (const line of model.indicators.overview) blocks.push(body(line));
  for (const line of model.indicators.byGroup) blocks.push(p(line, listStyle));
  if (model.indicators.hasData) {
    // A plan without groups has no chart by group (one bar with no label would say nothing).
    if (model.indicators.chart.length > 0) {
      blocks.push({ kind: 'chart', title: 'Tỷ lệ chỉ tiêu đạt theo nhóm', bars: model.indicators.chart, widthMm: 150, heightMm: 62 });
      blocks.push(p(model.indicators.chartCaption, { size: 12, align: 'center', italic: true, spaceAfterPt: 6, lineSpacing: 1 }));
    }
    blocks.push(p(`Bảng 1. Kết quả thực hiện các chỉ tiêu ${model.periodLabel}`, { ...bodyStyle, align: 'center', firstLineIndentMm: 0, bold: true, keepWithNext: true }));
    blocks.push(indicatorTable(model));
  }

  blocks.push(heading('2. Kết quả thực hiện các nhiệm vụ'));
  for (const line of model.tasks.overview) blocks.push(body(line));
  if (model.tasks.rows.length > 0) {
    blocks.push(p(`Bảng 2. Tiến độ các nhiệm vụ ${model.periodLabel}`, { ...bodyStyle, align: 'center', firstLineIndentMm: 0, bold: true, keepWithNext: true }));
    blocks.push(taskTable(model));
  }

  blocks.push(heading('II. TỒN TẠI, HẠN CHẾ'));
  for (const line of model.issues) blocks.push(p(line, listStyle));

  blocks.push(heading(`III. PHƯƠNG HƯỚNG, NHIỆM VỤ ${model.following.label.toUpperCase()}`));
  for (const line of model.directions) blocks.push(p(line, listStyle));

  blocks.push(heading('IV. ĐỀ XUẤT, KIẾN NGHỊ'));
  const closing = withClosingMark(model.proposals);
  closing.forEach((line, i) => blocks.push(i === closing.length - 1 ? p(line, { ...bodyStyle, keepWithNext: true }) : body(line)));

  blocks.push(p('', { size: BODY, align: 'left', spaceAfterPt: 0, keepWithNext: true }));
  blocks.push(signatureBlock(model));
  // Phụ lục (when asked for): after the signature, as an attachment to the report.
  if (model.appendix.length > 0) {
    const centred: ParagraphStyle = { size: BODY, align: 'center', bold: true, lineSpacing: 1, spaceAfterPt: 0, keepWithNext: true };
    blocks.push(p('PHỤ LỤC', { ...centred, spaceBeforePt: 18 }));
    blocks.push(p(`Các chỉ tiêu, nhiệm vụ chưa có số liệu (kèm theo Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số ${model.periodLabel})`, { ...centred, bold: false, italic: true, spaceAfterPt: 12 }));
    for (const line of model.appendix) blocks.push(p(line, listStyle));
  }
  return { name: reportDocumentName(model, schoolName), page: ND30_PAGE, blocks };
}

