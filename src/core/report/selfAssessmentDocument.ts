/**
 * The self-assessment documents (QĐ 4725) laid out with the report engine (./document.ts): the
 * same NĐ 30 page, header, signature and Nơi nhận as the periodic report, written to .docx by
 * ./ooxml like it (the CLI's file, and the file Drive imports as the add-in's Google Doc).
 *
 * - «Phiếu tự đánh giá mức độ chuyển đổi số»: the criteria table of each group (Mã | Tiêu chí |
 *   Điểm tối đa | Tự đánh giá | Minh chứng), its subtotal and conclusion, the mandatory conditions,
 *   the school's level with its rule, the list of evidence links.
 * - «Báo cáo tự đánh giá mức độ chuyển đổi số năm …» in NĐ 30 form, the phiếu as its Phụ lục.
 */
import {
  type Align,
  approximateTextWidthMm,
  type Block,
  body,
  BODY,
  bodyStyle,
  closingBlocks,
  fittedColumns,
  headerBlock,
  headerLines,
  heading,
  ND30_PAGE,
  p,
  type ParagraphBlock,
  type ParagraphStyle,
  type ReportDocument,
  signatureBlock,
  TABLE,
  type TableBlock,
  type TableRow,
  TEXT_WIDTH_MM,
  type TextRun,
  tableCaption,
  titleBlocks,
} from './document';
import { BLANK, type CellText } from './model';
import { GROUP_COLUMNS, QD4725_CITATION, type SelfAssessmentModel, SHEET_COLUMNS, type SheetGroup } from './selfAssessment';
import { formatNumber } from '../number';
import { cleanText } from '../text';


export const SHEET_TITLE = 'PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ';

/** "Phiếu tự đánh giá CĐS năm 2026 - Trường THPT An Lão" */
export function selfAssessmentSheetName(model: Pick<SelfAssessmentModel, 'year' | 'schoolName'>): string {
  return `Phiếu tự đánh giá CĐS năm ${model.year}${schoolSuffix(model.schoolName)}`;
}

/** "Báo cáo tự đánh giá CĐS năm 2026 - Trường THPT An Lão" */
export function selfAssessmentReportName(model: Pick<SelfAssessmentModel, 'year' | 'schoolName'>): string {
  return `Báo cáo tự đánh giá CĐS năm ${model.year}${schoolSuffix(model.schoolName)}`;
}

function schoolSuffix(name: string): string {
  const school = cleanText(name ?? '');
  return school ? ` - ${school}` : '';
}

function schoolOf(model: Pick<SelfAssessmentModel, 'schoolName'>): string {
  return model.schoolName || `Trường ${BLANK}`;
}

const SHEET_SPECS: readonly [(typeof SHEET_COLUMNS)[number], Align, number | undefined][] = [
  ['Mã', 'center', 1],
  ['Tiêu chí', 'left', undefined],
  ['Điểm tối đa', 'center', 3],
  ['Tự đánh giá', 'center', 2],
  ['Minh chứng', 'center', 4],
];
const GROUP_SPECS: readonly [(typeof GROUP_COLUMNS)[number], Align, number | undefined][] = [
  ['Nhóm tiêu chí', 'left', undefined],
  ['Điểm tự đánh giá', 'center', 2],
  ['Điểm tối đa', 'center', 4],
  ['Tiêu chí đã chấm', 'center', 2],
  ['Mức độ', 'center', 4],
];

const centred: ParagraphStyle = { size: BODY, align: 'center', bold: true, lineSpacing: 1, spaceAfterPt: 0, keepWithNext: true };
const noteStyle: ParagraphStyle = { ...bodyStyle, size: 12, italic: true };

function keptWithNext(block: ParagraphBlock): ParagraphBlock {
  return { ...block, style: { ...block.style, keepWithNext: true } };
}

function cell(text: string): CellText {
  return { text };
}

/** One group's criteria, its subtotal as the last (bold, spanning) row. */
function groupTable(group: SheetGroup): TableBlock {
  const rows: TableRow[] = group.rows.map((r) => ({ cells: [cell(r.code), cell(r.name), cell(r.maxText), cell(r.scoreText), r.evidence] }));
  const widthRows = [...rows];
  rows.push({ group: true, cells: [cell(''), cell(group.subtotal), cell(''), cell(''), cell('')] });
  return { kind: 'table', size: TABLE, columns: fittedColumns(SHEET_SPECS, widthRows, TABLE), rows };
}

/** The groups' criteria tables, conclusions, mandatory conditions, the school level and the evidence list. */
function sheetBody(model: SelfAssessmentModel): Block[] {
  const blocks: Block[] = [];
  for (const g of model.groups) {
    blocks.push(p(g.title, { ...bodyStyle, firstLineIndentMm: 0, bold: true, keepWithNext: true, spaceBeforePt: 6 }));
    blocks.push(groupTable(g));
    blocks.push(p([{ text: `${g.conclusion}.`, bold: true }], { ...bodyStyle, firstLineIndentMm: 0 }));
  }
  if (model.mandatoryLines.length > 0) {
    blocks.push(p('Điều kiện bắt buộc', { ...bodyStyle, firstLineIndentMm: 0, bold: true, keepWithNext: true }));
    for (const line of model.mandatoryLines) blocks.push(body(line));
  }
  blocks.push(p([{ text: model.schoolLevelLine, bold: true }], { ...bodyStyle, firstLineIndentMm: 0, spaceBeforePt: 6, keepWithNext: true }));
  blocks.push(p(model.ruleLine, noteStyle));
  return blocks;
}

/**
 * Danh mục minh chứng: every link of the criteria with links (`all`), or of those with more than
 * one (the table links the first of each: the phiếu lists only the others' rest).
 */
function evidenceList(model: SelfAssessmentModel, all: boolean): ParagraphBlock[] {
  const rows = model.groups.flatMap((g) => g.rows).filter((r) => r.links.length > (all ? 0 : 1));
  if (rows.length === 0) return [];
  const blocks: ParagraphBlock[] = [p('Danh mục minh chứng', { ...bodyStyle, firstLineIndentMm: 0, bold: true, keepWithNext: true })];
  const style: ParagraphStyle = { ...bodyStyle, size: 12, firstLineIndentMm: 0, align: 'left', spaceAfterPt: 3 };
  for (const r of rows) {
    const runs: TextRun[] = [{ text: `- ${r.code}${r.evidenceText ? ` (${r.evidenceText})` : ''}: ` }];
    r.links.forEach((link, i) => {
      if (i > 0) runs.push({ text: '; ' });
      runs.push({ text: link, link });
    });
    blocks.push(p(runs, style));
  }
  return blocks;
}

function citationLines(): string[] {
  const text = `Theo ${QD4725_CITATION}`;
  if (approximateTextWidthMm(text, BODY) <= TEXT_WIDTH_MM - 5) return [text];
  const at = text.indexOf(' của ');
  return at > 0 ? [text.slice(0, at), text.slice(at + 1)] : headerLines(text, BODY, false, TEXT_WIDTH_MM - 5);
}

function sheetTitle(model: SelfAssessmentModel, spaceBeforePt: number): ParagraphBlock[] {
  return [
    p(SHEET_TITLE, { ...centred, spaceBeforePt }),
    // The decision, then its issuer: no word left alone on a second line.
    ...citationLines().map((line) => p(line, { ...centred, bold: false, italic: true })),
    p(`Đơn vị: ${schoolOf(model)}; năm ${model.year}`, { ...centred, bold: false, spaceAfterPt: 12, keepWithNext: false }),
  ];
}

/** The «Phiếu tự đánh giá mức độ chuyển đổi số», on its own: header, the phiếu, signature. */
export function buildSelfAssessmentSheetDocument(model: SelfAssessmentModel): ReportDocument {
  // A phiếu carries no «Số: …/BC-…»: the place and date stay on the header's second row.
  const blocks: Block[] = [headerBlock({ header: { ...model.header, number: '' } }), ...sheetTitle(model, 18), ...sheetBody(model)];
  const list = evidenceList(model, false);
  // The signature never stands alone on a page: the paragraph before it keeps with it.
  if (list.length > 0) blocks.push(...list.slice(0, -1), keptWithNext(list.at(-1)!));
  else blocks.push(keptWithNext(blocks.pop() as ParagraphBlock));
  blocks.push(p('', { size: BODY, align: 'left', spaceAfterPt: 0, keepWithNext: true }));
  blocks.push(signatureBlock(model));
  return { name: selfAssessmentSheetName(model), page: ND30_PAGE, blocks };
}

function groupsTable(model: SelfAssessmentModel): TableBlock {
  const rows: TableRow[] = model.groups.map((g) => {
    const r = g.result;
    const scored = r.scored + r.unscored;
    return {
      cells: [
        cell(g.title),
        cell(r.level === undefined && r.scored === 0 ? 'Chưa chấm' : formatNumber(r.total)),
        cell(r.reconciled ? formatNumber(r.maxTotal) : `${formatNumber(r.maxTotal)} (chưa đối chiếu đủ với QĐ 4725)`),
        cell(`${r.scored}/${scored}`),
        cell(g.levelText),
      ],
    };
  });
  return { kind: 'table', size: TABLE, columns: fittedColumns(GROUP_SPECS, rows, TABLE), rows };
}


/** The «Báo cáo tự đánh giá mức độ chuyển đổi số năm …» (NĐ 30), the phiếu as its Phụ lục. */
export function buildSelfAssessmentReportDocument(model: SelfAssessmentModel): ReportDocument {
  const r = model.report;
  const blocks: Block[] = [headerBlock(model), ...titleBlocks({ title: 'BÁO CÁO', subject: r.subject }), body(r.opening)];

  blocks.push(heading('I. ĐẶC ĐIỂM TÌNH HÌNH'));
  for (const line of r.situation) blocks.push(body(line));

  blocks.push(heading('II. KẾT QUẢ TỰ ĐÁNH GIÁ'));
  blocks.push(heading('1. Kết quả theo nhóm tiêu chí'));
  for (const line of r.groupLines) blocks.push(body(line));
  blocks.push(tableCaption(`Bảng 1. Kết quả tự đánh giá theo nhóm tiêu chí năm ${model.year}`));
  blocks.push(groupsTable(model));
  blocks.push(p(model.ruleLine, noteStyle));
  blocks.push(body('Kết quả chấm từng tiêu chí và minh chứng: Phụ lục kèm theo.'));
  blocks.push(heading('2. Điều kiện bắt buộc'));
  if (model.mandatoryLines.length > 0) for (const line of model.mandatoryLines) blocks.push(body(line));
  else blocks.push(body('Bảng tự đánh giá không có tiêu chí nào là điều kiện bắt buộc.'));
  blocks.push(heading('3. Các nhiệm vụ của Kế hoạch gắn với tiêu chí'));
  for (const line of r.taskLines) blocks.push(body(line));

  blocks.push(heading('III. ĐÁNH GIÁ CHUNG'));
  blocks.push(heading('1. Điểm mạnh'));
  for (const line of r.strengths) blocks.push(body(line));
  blocks.push(heading('2. Tồn tại, hạn chế'));
  for (const line of r.gaps) blocks.push(body(line));

  blocks.push(heading('IV. KẾ HOẠCH CẢI TIẾN, ĐỀ XUẤT'));
  blocks.push(heading('1. Kế hoạch cải tiến'));
  for (const line of r.improvements) blocks.push(body(line));
  blocks.push(heading('2. Đề xuất'));
  blocks.push(...closingBlocks(r.proposals, model));

  // Phụ lục: the phiếu, after the signature, as an attachment to the report.
  blocks.push(p('PHỤ LỤC', { ...centred, pageBreakBefore: true }));
  blocks.push(p(`(Kèm theo Báo cáo kết quả tự đánh giá mức độ chuyển đổi số năm ${model.year} của ${schoolOf(model)})`, { ...centred, bold: false, italic: true, spaceAfterPt: 6 }));
  blocks.push(...sheetTitle(model, 6));
  blocks.push(...sheetBody(model));
  blocks.push(...evidenceList(model, true));
  return { name: selfAssessmentReportName(model), page: ND30_PAGE, blocks };
}

/** Both documents of one self-assessment: the phiếu and the báo cáo (with the phiếu as its Phụ lục). */
export interface SelfAssessmentDocuments {
  readonly sheet: ReportDocument;
  readonly report: ReportDocument;
}

export function buildSelfAssessmentDocuments(model: SelfAssessmentModel): SelfAssessmentDocuments {
  return { sheet: buildSelfAssessmentSheetDocument(model), report: buildSelfAssessmentReportDocument(model) };
}
