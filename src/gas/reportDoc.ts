/**
 * The report document (src/core/report/document.ts) written into a new Google Doc with DocumentApp.
 *
 * Few calls: each data table is appended in one call from a 2-D array of strings and styled as a
 * whole (font, size), by row (bold header, bold group rows) and by column (widths). Evidence links
 * in table cells are set afterwards by the Docs API batch (./reportDocApi.ts), or, when that
 * service is unavailable, by linkTableCells (one call per linked cell). Paragraphs take one
 * append and one setAttributes.
 *
 * What DocumentApp cannot do is finished in ./reportDocApi.ts with the Docs API (a header row
 * repeated on each page, column alignment, shading) in two more calls. What neither can do
 * (written in the README): page numbers (no field API: add them with Chèn → Số trang, choosing
 * the style that starts on page 2) and paragraph borders (the short rules under the header lines
 * are horizontal lines in paragraphs indented from both sides).
 */
import type { Align, Block, ChartBlock, LayoutBlock, ParagraphBlock, ParagraphStyle, ReportDocument, TableBlock } from '../core/report/document';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type TableCell = GoogleAppsScript.Document.TableCell;
type Table = GoogleAppsScript.Document.Table;

/** Points per millimetre. */
const PT_PER_MM = 72 / 25.4;

export function pt(mm: number): number {
  return Math.round(mm * PT_PER_MM * 100) / 100;
}

/** Makes the chart image; absent (or returning undefined) leaves the chart out, the caption stays. */
export type ChartImage = (block: ChartBlock) => GoogleAppsScript.Base.BlobSource | undefined;

function alignment(align: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const a = DocumentApp.HorizontalAlignment;
  return align === 'center' ? a.CENTER : align === 'right' ? a.RIGHT : align === 'justify' ? a.JUSTIFY : a.LEFT;
}

type Attributes = Partial<Record<GoogleAppsScript.Document.Attribute, unknown>>;

function paragraphAttributes(style: ParagraphStyle, font: string, inTable: boolean): Attributes {
  const A = DocumentApp.Attribute;
  const attrs: Attributes = {
    [A.FONT_FAMILY]: font,
    [A.FONT_SIZE]: style.size,
    [A.BOLD]: style.bold === true,
    [A.ITALIC]: style.italic === true,
    [A.HORIZONTAL_ALIGNMENT]: alignment(style.align),
    [A.SPACING_BEFORE]: style.spaceBeforePt ?? 0,
    [A.SPACING_AFTER]: style.spaceAfterPt ?? 0,
    [A.LINE_SPACING]: style.lineSpacing ?? 1,
    [A.INDENT_FIRST_LINE]: !inTable && style.firstLineIndentMm ? pt(style.firstLineIndentMm) : 0,
    [A.INDENT_START]: 0,
  };
  return attrs;
}

/** Sets the text and style of `paragraph` from `block`; runs that differ from the paragraph get one call each. */
function fillParagraph(paragraph: Paragraph, block: ParagraphBlock, font: string, inTable: boolean): void {
  const single = block.runs.length === 1 ? block.runs[0]! : undefined;
  const style: ParagraphStyle = single
    ? { ...block.style, bold: single.bold ?? block.style.bold, italic: single.italic ?? block.style.italic }
    : block.style;
  paragraph.setAttributes(paragraphAttributes(style, font, inTable));
  const needsRuns = block.runs.some((r) => r.link || (!single && (r.bold !== undefined || r.italic !== undefined)));
  if (!needsRuns) return;
  const text = paragraph.editAsText();
  let at = 0;
  for (const run of block.runs) {
    const end = at + run.text.length - 1;
    if (run.text.length > 0) {
      if (!single && run.bold !== undefined) text.setBold(at, end, run.bold);
      if (!single && run.italic !== undefined) text.setItalic(at, end, run.italic);
      if (run.link) text.setLinkUrl(at, end, run.link);
    }
    at = end + 1;
  }
}

function blockText(block: ParagraphBlock): string {
  return block.runs.map((r) => r.text).join('');
}

/** A short centred rule: a horizontal line in a paragraph indented from both sides of its container. */
function appendRule(container: Body | TableCell, widthMm: number, containerMm: number, font: string): void {
  const paragraph = container.appendParagraph('');
  paragraph.appendHorizontalRule();
  const side = pt(Math.max(0, (containerMm - widthMm) / 2));
  const A = DocumentApp.Attribute;
  paragraph.setAttributes({
    [A.FONT_FAMILY]: font,
    [A.FONT_SIZE]: 4,
    [A.INDENT_START]: side,
    [A.INDENT_END]: side,
    [A.INDENT_FIRST_LINE]: side,
    [A.SPACING_BEFORE]: 0,
    [A.SPACING_AFTER]: 0,
  });
}

function appendParagraphBlock(body: Body, block: ParagraphBlock, font: string, textWidthMm: number): void {
  const paragraph = body.appendParagraph(blockText(block));
  fillParagraph(paragraph, block, font, false);
  if (block.ruleMm !== undefined) appendRule(body, block.ruleMm, textWidthMm, font);
}

function appendLayout(body: Body, block: LayoutBlock, font: string): void {
  const table = body.appendTable(block.rows.map((cells) => cells.map(() => '')));
  table.setBorderWidth(0);
  block.widthsMm.forEach((w, i) => table.setColumnWidth(i, pt(w)));
  block.rows.forEach((cells, r) => {
    cells.forEach((items, c) => {
      const cell = table.getCell(r, c);
      cell.setPaddingLeft(0).setPaddingRight(0).setPaddingTop(0).setPaddingBottom(0);
      items.forEach((item, i) => {
        const paragraph = i === 0 ? cell.getChild(0).asParagraph() : cell.appendParagraph('');
        paragraph.setText(blockText(item));
        fillParagraph(paragraph, item, font, true);
        if (item.ruleMm !== undefined) appendRule(cell, item.ruleMm, block.widthsMm[c]!, font);
      });
    });
  });
}

function appendDataTable(body: Body, block: TableBlock, font: string): Table {
  const cells = [block.columns.map((c) => c.title), ...block.rows.map((r) => r.cells.map((cell) => cell.text))];
  const table = body.appendTable(cells);
  const A = DocumentApp.Attribute;
  table.setAttributes({ [A.FONT_FAMILY]: font, [A.FONT_SIZE]: block.size, [A.BOLD]: false, [A.SPACING_AFTER]: 0, [A.LINE_SPACING]: 1 });
  table.setBorderWidth(0.5);
  block.columns.forEach((c, i) => table.setColumnWidth(i, pt(c.widthMm)));
  table.getRow(0).setAttributes({ [A.BOLD]: true });
  block.rows.forEach((r, i) => {
    if (r.group) table.getRow(i + 1).setAttributes({ [A.BOLD]: true });
  });
  return table;
}

function appendChart(body: Body, block: ChartBlock, chartImage: ChartImage | undefined): void {
  const blob = chartImage?.(block);
  if (!blob) return;
  const image = body.appendImage(blob);
  image.setWidth(pt(block.widthMm)).setHeight(pt(block.heightMm));
  image.getParent().asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
}

function appendBlock(body: Body, block: Block, doc: ReportDocument, chartImage: ChartImage | undefined): void {
  const textWidth = doc.page.widthMm - doc.page.marginLeftMm - doc.page.marginRightMm;
  switch (block.kind) {
    case 'paragraph':
      return appendParagraphBlock(body, block, doc.page.font, textWidth);
    case 'layout':
      return appendLayout(body, block, doc.page.font);
    case 'table':
      appendDataTable(body, block, doc.page.font);
      return;
    case 'chart':
      return appendChart(body, block, chartImage);
  }
}

export interface WrittenDoc {
  readonly id: string;
  readonly url: string;
}

/** Creates a new Google Doc holding the report; never opens or changes an existing one. */
export function writeReportDoc(doc: ReportDocument, chartImage?: ChartImage): WrittenDoc {
  const document = DocumentApp.create(doc.name);
  const written = { id: document.getId(), url: document.getUrl() };
  const body = document.getBody();
  const page = doc.page;
  body
    .setPageWidth(pt(page.widthMm))
    .setPageHeight(pt(page.heightMm))
    .setMarginTop(pt(page.marginTopMm))
    .setMarginBottom(pt(page.marginBottomMm))
    .setMarginLeft(pt(page.marginLeftMm))
    .setMarginRight(pt(page.marginRightMm));
  const A = DocumentApp.Attribute;
  body.setAttributes({ [A.FONT_FAMILY]: page.font, [A.FONT_SIZE]: page.size });
  // A new document holds one empty paragraph; it stays first until the content is in, then goes
  // (or, where Docs keeps a paragraph before a leading table, shrinks to nothing).
  const placeholder = body.getChild(0).asParagraph();
  for (const block of doc.blocks) appendBlock(body, block, doc, chartImage);
  try {
    placeholder.removeFromParent();
  } catch {
    placeholder.setAttributes({ [A.FONT_SIZE]: 1, [A.SPACING_BEFORE]: 0, [A.SPACING_AFTER]: 0, [A.LINE_SPACING]: 1 });
  }
  document.saveAndClose();
  return written;
}

/**
 * Fallback when the Docs API could not set the evidence links: reopens the saved Doc and links
 * each evidence cell with DocumentApp (one getCell and one setLinkUrl per link).
 */
export function linkTableCells(documentId: string, tables: readonly TableBlock[]): void {
  if (!tables.some((t) => t.rows.some((r) => r.cells.some((c) => c.link)))) return;
  const document = DocumentApp.openById(documentId);
  const bodyTables = document.getBody().getTables();
  // Data tables are the body's tables with a data block's shape, in order (the header and
  // signature layouts have 2 columns).
  let next = 0;
  for (const table of bodyTables) {
    const block = tables[next];
    if (!block) break;
    if (table.getNumRows() !== block.rows.length + 1 || table.getRow(0).getNumCells() !== block.columns.length) continue;
    block.rows.forEach((r, i) => {
      r.cells.forEach((cell, c) => {
        if (cell.link && cell.text) table.getCell(i + 1, c).setLinkUrl(cell.link);
      });
    });
    next++;
  }
  document.saveAndClose();
}
