/**
 * The report laid out as a renderer-neutral document: paragraphs, tables, a borderless two-column
 * layout (header, signature) and a chart, each carrying the NĐ 30/2020 Phụ lục I style it needs.
 * Written as OOXML by src/core/report/ooxml (the .docx of the CLI, and the file Drive imports as the
 * add-in's Google Doc). Sizes are points; lengths are millimetres.
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
  /** Keep all its lines on one page (the chart's caption). */
  readonly keepLinesTogether?: boolean;
  /** Start a new page with this paragraph (a Phụ lục after the signature). */
  readonly pageBreakBefore?: boolean;
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

/** Text size of the body (NĐ 30: 13–14 pt). */
export const BODY = 14;
/** Text size of the data tables. */
export const TABLE = 11;
/** Left / right header column widths (mm); 165 mm of text width. */
export const HEADER_COLUMNS_MM = [76, 89] as const;
/** Nơi nhận / signature columns (mm). */
export const SIGNATURE_COLUMNS_MM = [80, 85] as const;

/** The columns of each data table: title, alignment, and how many lines a short-text cell may take. */
const INDICATOR_SPECS: readonly [(typeof INDICATOR_COLUMNS)[number], Align, number | undefined][] = [
  ['STT', 'center', 1], ['Chỉ tiêu', 'left', undefined], ['Đơn vị tính', 'center', 3], ['Chỉ tiêu năm', 'center', 3],
  ['Kết quả', 'center', 3], ['Tỷ lệ đạt', 'center', 2], ['Đánh giá', 'center', 3], ['Minh chứng', 'center', 3],
];
const TASK_SPECS: readonly [(typeof TASK_COLUMNS)[number], Align, number | undefined][] = [
  ['STT', 'center', 1], ['Nhiệm vụ', 'left', undefined], ['Đơn vị chủ trì', 'left', 3], ['Sản phẩm/Kết quả', 'left', undefined],
  ['Hạn', 'center', 4], ['Tình trạng', 'center', 3], ['Ngày hoàn thành', 'center', 4], ['Minh chứng', 'center', 3],
];

export function fittedColumns(specs: readonly [string, Align, number | undefined][], rows: readonly TableRow[], size: number): TableColumn[] {
  const body = rows.filter((r) => !r.group).map((r) => r.cells);
  const widths = fitColumnWidths(specs.map(([title, , maxLines]) => (maxLines === undefined ? { title } : { title, maxLines })), body, size, TEXT_WIDTH_MM);
  return specs.map(([title, align], i) => ({ title, align, widthMm: widths[i]! }));
}

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
 * Words that name what an agency or school is (its kind), as opposed to its proper name or place:
 * "TRƯỜNG THPT CHUYÊN" | "LÊ QUÝ ĐÔN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO" | "HẢI PHÒNG". A break right after
 * the kind reads best; a break inside the kind or inside the name costs a little.
 */
const KIND_WORDS = new Set(
  (
    'TRƯỜNG PHỔ THÔNG THPT THCS TH MN PTDTNT PTDTBT PTCS PTTH TIỂU TRUNG HỌC CƠ SỞ MẦM NON MẪU GIÁO NHÀ TRẺ CHUYÊN ' +
    'DÂN TỘC NỘI BÁN TRÚ LIÊN CẤP VÀ DỤC ĐÀO TẠO PHÒNG GD&ĐT GDĐT GD-ĐT UBND ỦY ỦY BAN NHÂN TRUNG TÂM GIÁO DỤC THƯỜNG XUYÊN ' +
    'THCS&THPT TH&THCS THPT&THCS NGHỀ'
  ).split(' '),
);

/** Number of words at the start of `words` that name the agency's kind (0 when none, or all). */
function kindLength(words: readonly string[]): number {
  let n = 0;
  while (n < words.length && KIND_WORDS.has(words[n]!.normalize('NFC'))) n++;
  return n === words.length ? 0 : n;
}

/**
 * A header line too long for its column, broken at word boundaries into the fewest lines that fit
 * (by the estimate above), balanced in length, preferring the break between the agency's kind and
 * its name, and never leaving one word alone on a line: "TRƯỜNG THPT CHUYÊN" / "LÊ QUÝ ĐÔN", not
 * "TRƯỜNG THPT CHUYÊN LÊ QUÝ" / "ĐÔN"; "SỞ GIÁO DỤC VÀ ĐÀO TẠO" / "HẢI PHÒNG".
 */
export function headerLines(text: string, sizePt: number, bold: boolean, widthMm: number): string[] {
  const words = text.split(' ').filter(Boolean);
  if (words.length <= 1 || approximateTextWidthMm(words.join(' '), sizePt, bold) <= widthMm) return [words.join(' ')];
  const kind = kindLength(words);
  const width = (from: number, to: number): number => approximateTextWidthMm(words.slice(from, to).join(' '), sizePt, bold);
  const n = words.length;
  // Too many words to try every split: the first-fit lines (rare: header lines are a few words).
  if (n > 24) return greedyLines(words, sizePt, bold, widthMm);
  let best: { cost: number; breaks: number[] } | undefined;
  for (let lines = 2; lines <= n && !best; lines++) {
    const tryBreaks = (breaks: number[], from: number): void => {
      if (breaks.length === lines - 1) {
        const bounds = [0, ...breaks, n];
        const widths: number[] = [];
        let cost = 0;
        for (let i = 0; i + 1 < bounds.length; i++) {
          const count = bounds[i + 1]! - bounds[i]!;
          const w = width(bounds[i]!, bounds[i + 1]!);
          if (w > widthMm && count > 1) return;
          widths.push(w);
          if (count === 1) cost += 10;
        }
        cost += (Math.max(...widths) - Math.min(...widths)) / widthMm;
        for (const b of breaks) cost += kind > 0 && b === kind ? -0.5 : 0.3;
        if (!best || cost < best.cost - 1e-9) best = { cost, breaks: [...breaks] };
        return;
      }
      for (let b = from; b < n; b++) tryBreaks([...breaks, b], b + 1);
    };
    tryBreaks([], 1);
  }
  const bounds = [0, ...best!.breaks, n];
  return bounds.slice(0, -1).map((from, i) => words.slice(from, bounds[i + 1]).join(' '));
}

function greedyLines(words: readonly string[], sizePt: number, bold: boolean, widthMm: number): string[] {
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

/** Left + right padding of a data table cell, each side (mm): the larger of docx's (0.8) and Docs' default (1.8). */
export const CELL_PADDING_MM = 1.8;

function wordWidths(text: string, sizePt: number, bold: boolean): number[] {
  return text.split(/\s+/).filter(Boolean).map((w) => approximateTextWidthMm(w, sizePt, bold));
}

const SPACE_EM = 0.25;

/** Lines of wrapped text from its words' widths, in a line `widthMm` wide. */
function wrappedLines(words: readonly number[], sizePt: number, widthMm: number): number {
  if (words.length === 0) return 1;
  const space = (SPACE_EM * sizePt * 25.4) / 72;
  let lines = 1;
  let used = 0;
  for (const w of words) {
    if (w > widthMm) {
      // A word wider than the column is broken by the renderer.
      lines += (used > 0 ? 1 : 0) + Math.ceil(w / widthMm) - 1;
      used = w % widthMm;
      continue;
    }
    if (used === 0) used = w;
    else if (used + space + w <= widthMm) used += space + w;
    else {
      lines++;
      used = w;
    }
  }
  return lines;
}

/** How many lines `text` takes at `sizePt` in a line `widthMm` wide, wrapped at spaces (by the estimate above). */
export function textLines(text: string, sizePt: number, widthMm: number, bold = false): number {
  return wrappedLines(wordWidths(text, sizePt, bold), sizePt, widthMm);
}

export interface ColumnSpec {
  readonly title: string;
  /** Widen the column, when the table allows, until each of its cells takes at most this many lines. */
  readonly maxLines?: number;
}

/**
 * Column widths (whole mm, summing to `totalMm`) sized to the content: each column at least as wide
 * as its longest word (and its bold title's), the short-text columns wide enough for their cells to
 * take at most `maxLines` lines (so «Tối thiểu 01 chuyên đề/năm» takes 3 lines, not 9), then each
 * further millimetre to the column where it shortens the table most.
 */
export function fitColumnWidths(columns: readonly ColumnSpec[], rows: readonly (readonly CellText[])[], sizePt: number, totalMm: number): number[] {
  const pad = 2 * CELL_PADDING_MM;
  const cells = rows.map((r) => columns.map((_, c) => wordWidths(r[c]?.text ?? '', sizePt, false)));
  const titles = columns.map((c) => wordWidths(c.title, sizePt, true));
  const lines = (_c: number, widthMm: number, words: readonly number[]): number => wrappedLines(words, sizePt, widthMm - pad);
  const longestWord = (c: number): number => Math.max(0, ...titles[c]!, ...cells.map((r) => Math.max(0, ...r[c]!)));
  const widths = columns.map((_, c) => Math.min(Math.ceil(longestWord(c) + pad), Math.floor(totalMm / 4)));
  // Short-text columns: wide enough for maxLines, within a sixth of the table each, and together
  // leaving at least 40% of the width to the free-text columns (the names read best wide).
  const wordMin = [...widths];
  columns.forEach((col, c) => {
    if (col.maxLines === undefined) return;
    const cap = Math.floor(totalMm * 0.16);
    while (widths[c]! < cap && cells.some((r) => lines(c, widths[c]!, r[c]!) > col.maxLines!)) widths[c]!++;
  });
  const short = columns.map((col, c) => (col.maxLines !== undefined ? c : -1)).filter((c) => c >= 0);
  if (short.length < columns.length) {
    while (short.reduce((s, c) => s + widths[c]!, 0) > totalMm * 0.6) {
      const shrinkable = short.filter((c) => widths[c]! > wordMin[c]!);
      if (shrinkable.length === 0) break;
      const widest = shrinkable.reduce((a, b) => (widths[b]! > widths[a]! ? b : a));
      widths[widest]!--;
    }
  }
  let sum = widths.reduce((s, w) => s + w, 0);
  // More than fits: take back from the widest first.
  while (sum > totalMm) {
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest]!--;
    sum--;
  }
  // The rest, millimetre by millimetre, where it saves most table height (rows' tallest cells),
  // then most lines overall; with nothing left to save, to the columns of free text by their length.
  const allRows = [titles, ...cells];
  const cache = columns.map(() => new Map<number, number[]>());
  const linesAt = (c: number, w: number): number[] => {
    let got = cache[c]!.get(w);
    if (!got) cache[c]!.set(w, (got = allRows.map((r) => lines(c, w, r[c]!))));
    return got;
  };
  const height = (w: readonly number[]): number => {
    const perColumn = columns.map((_, c) => linesAt(c, w[c]!));
    let h = 0;
    for (let r = 0; r < allRows.length; r++) {
      let tallest = 0;
      let total = 0;
      for (const col of perColumn) {
        tallest = Math.max(tallest, col[r]!);
        total += col[r]!;
      }
      h += tallest + total / 100;
    }
    return h;
  };
  const textLength = columns.map((_, c) => cells.reduce((s, r) => s + r[c]!.reduce((x, y) => x + y, 0), 0));
  let current = height(widths);
  while (sum < totalMm) {
    // Best saving per millimetre over a few millimetres ahead (a line is often saved only after several).
    let bestColumn = -1;
    let bestStep = 0;
    let bestGain = 0;
    for (let c = 0; c < columns.length; c++) {
      for (let k = 1; k <= Math.min(8, totalMm - sum); k++) {
        widths[c]! += k;
        const gain = (current - height(widths)) / k;
        widths[c]! -= k;
        if (gain > bestGain + 1e-9) {
          bestGain = gain;
          bestColumn = c;
          bestStep = k;
        }
      }
    }
    if (bestColumn < 0) {
      const free = columns.map((col, c) => (col.maxLines === undefined ? textLength[c]! : 0));
      const weights = free.some((x) => x > 0) ? free : textLength.map((x) => x + 1);
      // The column furthest below its share of the table.
      const total = weights.reduce((s, x) => s + x, 0);
      let gap = -Infinity;
      weights.forEach((x, c) => {
        const g = (x / total) * totalMm - widths[c]!;
        if (g > gap) {
          gap = g;
          bestColumn = c;
        }
      });
      bestStep = 1;
    }
    widths[bestColumn]! += bestStep;
    sum += bestStep;
    current = height(widths);
  }
  return widths;
}

export function p(text: string | readonly TextRun[], style: ParagraphStyle, ruleMm?: number): ParagraphBlock {
  const runs = typeof text === 'string' ? [{ text }] : text;
  return ruleMm === undefined ? { kind: 'paragraph', runs, style } : { kind: 'paragraph', runs, style, ruleMm };
}

export const bodyStyle: ParagraphStyle = { size: BODY, align: 'justify', firstLineIndentMm: 10, spaceAfterPt: 6, lineSpacing: 1.15 };
export const headingStyle: ParagraphStyle = { ...bodyStyle, bold: true, keepWithNext: true };
const listStyle: ParagraphStyle = bodyStyle;

export function body(text: string): ParagraphBlock {
  return p(text, bodyStyle);
}

export function heading(text: string): ParagraphBlock {
  return p(text, headingStyle);
}

/** The document name: "Báo cáo CĐS quý III-2026 - Trường THPT An Lão". */
export function reportDocumentName(model: ReportModel, schoolName: string): string {
  const school = cleanText(schoolName ?? '');
  return `Báo cáo CĐS ${periodNameLabel(model.period)}${school ? ` - ${school}` : ''}`;
}

/** The NĐ 30 header: agency and school (or Sở) on the left with Số, Quốc hiệu and the place/date on the right. */
export function headerBlock(model: Pick<ReportModel, 'header'>): LayoutBlock {
  const h = model.header;
  const centred = (size: number, extra: Partial<ParagraphStyle> = {}): ParagraphStyle => ({ size, align: 'center', lineSpacing: 1, spaceAfterPt: 0, ...extra });
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const schoolLines = headerLines(h.schoolName, 13, true, HEADER_COLUMNS_MM[0] - 2);
  const agency = [
    ...headerLines(h.parentAgency, 12, false, HEADER_COLUMNS_MM[0] - 2).map((line) => p(line, centred(12))),
    ...schoolLines.map((line, i) =>
      i < schoolLines.length - 1
        ? p(line, centred(13, { bold: true, keepWithNext: true }))
        : p(line, centred(13, { bold: true }), Math.max(15, 0.4 * Math.max(...schoolLines.map((l) => approximateTextWidthMm(l, 13, true))))),
    ),
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

export function titleBlocks(model: Pick<ReportModel, 'title' | 'subject'>): ParagraphBlock[] {
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
  const rows: TableRow[] = model.indicators.rows.map((r) =>
    r.kind === 'group'
      ? { group: true, cells: [cell(r.numeral), cell(r.name), cell(''), cell(''), cell(''), cell(''), cell(''), cell('')] }
      : { cells: [cell(r.stt), cell(r.name), cell(r.unit), cell(r.target), cell(r.result), cell(r.ratio), cell(r.verdict), r.evidence] },
  );
  return { kind: 'table', size: TABLE, columns: fittedColumns(INDICATOR_SPECS, rows, TABLE), rows };
}

function taskTable(model: ReportModel): TableBlock {
  const rows: TableRow[] = model.tasks.rows.map((r) => ({
    cells: [cell(r.stt), cell(r.name), cell(r.lead), cell(r.product), cell(r.due), cell(r.status), cell(r.completedOn), r.evidence],
  }));
  return { kind: 'table', size: TABLE, columns: fittedColumns(TASK_SPECS, rows, TABLE), rows };
}

export function signatureBlock(model: Pick<ReportModel, 'recipients' | 'signer'>): LayoutBlock {
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

/** «Bảng 1. …»: a table's caption, centred and bold, kept with its table. */
export function tableCaption(text: string): ParagraphBlock {
  return p(text, { ...bodyStyle, align: 'center', firstLineIndentMm: 0, bold: true, keepWithNext: true });
}

/**
 * The end of an NĐ 30 document: the last section's lines, «./.» after the last one, which keeps
 * with a blank line and the Nơi nhận / signature block.
 */
export function closingBlocks(lines: readonly string[], model: Pick<ReportModel, 'recipients' | 'signer'>): Block[] {
  const closing = withClosingMark(lines);
  return [
    ...closing.map((line, i) => (i === closing.length - 1 ? p(line, { ...bodyStyle, keepWithNext: true }) : body(line))),
    p('', { size: BODY, align: 'left', spaceAfterPt: 0, keepWithNext: true }),
    signatureBlock(model),
  ];
}

/** "./." closes the body: appended to the last sentence (NĐ 30). */
export function withClosingMark(lines: readonly string[]): string[] {
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
      // The chart keeps with its caption (renderers: keep-with-next on the chart), the caption's lines together.
      blocks.push(p(model.indicators.chartCaption, { size: 12, align: 'center', italic: true, spaceAfterPt: 6, lineSpacing: 1, keepLinesTogether: true }));
    }
    blocks.push(tableCaption(`Bảng 1. Kết quả thực hiện các chỉ tiêu ${model.periodLabel}`));
    blocks.push(indicatorTable(model));
  }

  blocks.push(heading('2. Kết quả thực hiện các nhiệm vụ'));
  for (const line of model.tasks.overview) blocks.push(body(line));
  if (model.tasks.rows.length > 0) {
    blocks.push(tableCaption(`Bảng 2. Tiến độ các nhiệm vụ ${model.periodLabel}`));
    blocks.push(taskTable(model));
  }

  blocks.push(heading('II. TỒN TẠI, HẠN CHẾ'));
  for (const line of model.issues) blocks.push(p(line, listStyle));

  blocks.push(heading(`III. PHƯƠNG HƯỚNG, NHIỆM VỤ ${model.following.label.toUpperCase()}`));
  for (const line of model.directions) blocks.push(p(line, listStyle));

  blocks.push(heading('IV. ĐỀ XUẤT, KIẾN NGHỊ'));
  blocks.push(...closingBlocks(model.proposals, model));
  // Phụ lục (when asked for): after the signature, as an attachment to the report.
  if (model.appendix.length > 0) {
    const centred: ParagraphStyle = { size: BODY, align: 'center', bold: true, lineSpacing: 1, spaceAfterPt: 0, keepWithNext: true };
    blocks.push(p('PHỤ LỤC', { ...centred, spaceBeforePt: 18 }));
    blocks.push(p(`Các chỉ tiêu, nhiệm vụ chưa có số liệu (kèm theo Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số ${model.periodLabel})`, { ...centred, bold: false, italic: true, spaceAfterPt: 12 }));
    for (const line of model.appendix) blocks.push(p(line, listStyle));
  }
  return { name: reportDocumentName(model, schoolName), page: ND30_PAGE, blocks };
}

