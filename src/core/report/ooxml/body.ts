/**
 * word/document.xml from the ReportDocument, element by element as the NĐ 30 layout wants it:
 * paragraphs with their spacing, indents and keep-with-next; the short rules under the header
 * lines (an empty paragraph with a bottom border, indented from both sides); the borderless layout
 * tables (header, Nơi nhận beside the signature); the data tables (fixed widths in twips, a bold
 * shaded header row repeated on each page, rows never split, group rows with the name across the
 * other columns); the chart inline; the A4 section with its two headers (none on page 1).
 */
import { type Align, type Block, type LayoutBlock, type ParagraphBlock, type ReportDocument, type TableBlock, TEXT_WIDTH_MM } from '../document';
import { chartInline } from './chart';
import type { Relationships } from './relationships';
import { halfPoints, twentieths, twip, xmlText } from './xml';

/** What the body needs from the rest of the package: hyperlink ids, and a chart part per chart block. */
export interface BodyParts {
  readonly rels: Relationships;
  /** Adds the chart's part and returns its relationship id. */
  readonly chart: (block: Extract<Block, { kind: 'chart' }>) => string;
  readonly headerIds: { readonly default: string; readonly first: string };
}

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

const DOCUMENT_NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"';

interface RunFormat {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly link?: boolean;
}

function runProperties(f: RunFormat): string {
  const sz = halfPoints(f.size);
  return `<w:rPr>${f.link ? '<w:rStyle w:val="Hyperlink"/>' : ''}${f.bold ? '<w:b/><w:bCs/>' : ''}${f.italic ? '<w:i/><w:iCs/>' : ''}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr>`;
}

/** One run of text; a link wraps it in w:hyperlink with its relationship id. */
export function run(text: string, f: RunFormat, rels: Relationships, link?: string): string {
  const r = `<w:r>${runProperties({ ...f, link: link !== undefined })}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
  return link === undefined ? r : `<w:hyperlink r:id="${rels.link(link)}" w:history="1">${r}</w:hyperlink>`;
}

interface ParagraphFormat {
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  readonly pageBreakBefore?: boolean;
  readonly beforeTw?: number;
  readonly afterTw?: number;
  /** Line spacing in 240ths of a line (auto), or exact twips when `exactLine`. */
  readonly line?: number;
  readonly exactLine?: boolean;
  readonly firstLineTw?: number;
  readonly sideIndentTw?: number;
  readonly align?: Align;
  readonly ruleBelow?: boolean;
  /** Size of the paragraph mark (pt), so an empty or last line is as high as its text. */
  readonly markSize?: number;
}

function paragraphProperties(f: ParagraphFormat): string {
  const parts: string[] = [];
  if (f.keepNext) parts.push('<w:keepNext/>');
  if (f.keepLines) parts.push('<w:keepLines/>');
  if (f.pageBreakBefore) parts.push('<w:pageBreakBefore/>');
  if (f.ruleBelow) parts.push('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>');
  const spacing = [
    f.beforeTw !== undefined ? `w:before="${f.beforeTw}"` : '',
    f.afterTw !== undefined ? `w:after="${f.afterTw}"` : '',
    f.line !== undefined ? `w:line="${f.line}" w:lineRule="${f.exactLine ? 'exact' : 'auto'}"` : '',
  ].filter(Boolean);
  if (spacing.length > 0) parts.push(`<w:spacing ${spacing.join(' ')}/>`);
  if (f.firstLineTw !== undefined) parts.push(`<w:ind w:firstLine="${f.firstLineTw}"/>`);
  else if (f.sideIndentTw !== undefined) parts.push(`<w:ind w:left="${f.sideIndentTw}" w:right="${f.sideIndentTw}"/>`);
  if (f.align) parts.push(`<w:jc w:val="${JC[f.align]}"/>`);
  if (f.markSize !== undefined) parts.push(`<w:rPr><w:sz w:val="${halfPoints(f.markSize)}"/><w:szCs w:val="${halfPoints(f.markSize)}"/></w:rPr>`);
  return parts.length > 0 ? `<w:pPr>${parts.join('')}</w:pPr>` : '';
}

function paragraph(f: ParagraphFormat, content = ''): string {
  return `<w:p>${paragraphProperties(f)}${content}</w:p>`;
}

/** The paragraph, and its rule when it has one; `containerMm` is the width the rule is centred in. */
function paragraphBlock(block: ParagraphBlock, containerMm: number, rels: Relationships, inTable = false): string {
  const s = block.style;
  const hasRule = block.ruleMm !== undefined;
  const runs = block.runs
    .filter((r) => r.text !== '')
    .map((r) => (r.link ? run(r.text, { size: s.size }, rels, r.link) : run(r.text, { size: s.size, bold: r.bold ?? s.bold, italic: r.italic ?? s.italic }, rels)))
    .join('');
  const main = paragraph(
    {
      keepNext: s.keepWithNext || hasRule,
      keepLines: s.keepLinesTogether === true,
      pageBreakBefore: s.pageBreakBefore === true,
      beforeTw: twentieths(s.spaceBeforePt ?? 0),
      afterTw: hasRule ? 0 : twentieths(s.spaceAfterPt ?? 0),
      line: Math.round((s.lineSpacing ?? 1) * 240),
      ...(s.firstLineIndentMm && !inTable ? { firstLineTw: twip(s.firstLineIndentMm) } : {}),
      align: s.align,
      markSize: s.size,
    },
    runs,
  );
  if (!hasRule) return main;
  // A centred solid rule ruleMm long: a 4.5 pt high empty paragraph with a bottom border.
  const side = twip(Math.max(0, (containerMm - block.ruleMm!) / 2));
  return main + paragraph({ keepNext: s.keepWithNext ?? false, beforeTw: 0, afterTw: twentieths(s.spaceAfterPt ?? 0), line: 90, exactLine: true, ruleBelow: true, sideIndentTw: side });
}

const NO_BORDER = 'w:val="none" w:sz="0" w:space="0" w:color="auto"';
const LINE_BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

function tableBorders(spec: string): string {
  return `<w:tblBorders><w:top ${spec}/><w:left ${spec}/><w:bottom ${spec}/><w:right ${spec}/><w:insideH ${spec}/><w:insideV ${spec}/></w:tblBorders>`;
}

function tableStart(widthsTw: readonly number[], totalTw: number, borders: string, cellMargins = ''): string {
  const grid = widthsTw.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${totalTw}" w:type="dxa"/>${tableBorders(borders)}<w:tblLayout w:type="fixed"/>${cellMargins}<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>`;
}

function layoutTable(block: LayoutBlock, rels: Relationships): string {
  const widths = block.widthsMm.map(twip);
  const cellBorders = `<w:tcBorders><w:top ${NO_BORDER}/><w:left ${NO_BORDER}/><w:bottom ${NO_BORDER}/><w:right ${NO_BORDER}/></w:tcBorders>`;
  const rows = block.rows.map((cells) => {
    const tcs = cells.map((items, i) => {
      const content = items.map((item) => paragraphBlock(item, block.widthsMm[i]!, rels, true)).join('');
      return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${cellBorders}<w:tcMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar></w:tcPr>${content || paragraph({})}</w:tc>`;
    });
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${tcs.join('')}</w:tr>`;
  });
  return `${tableStart(widths, twip(block.widthsMm.reduce((s, w) => s + w, 0)), NO_BORDER)}${rows.join('')}</w:tbl>`;
}

/** A data cell's padding, set once on the table (the same as on each cell, 5,600 rows × 8 cells lighter). */
const CELL_MARGINS = '<w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="45" w:type="dxa"/><w:bottom w:w="30" w:type="dxa"/><w:right w:w="45" w:type="dxa"/></w:tblCellMar>';
const HEADER_FILL = '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>';
const GROUP_FILL = '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>';

function cellParagraph(text: string, size: number, align: Align, bold: boolean, rels: Relationships, link?: string): string {
  const content = text === '' ? '' : run(text, { size, bold }, rels, link);
  return paragraph({ beforeTw: 20, afterTw: 20, line: 240, align, markSize: size }, content);
}

function cell(widthTw: number, fill: string, content: string, span = 1): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${widthTw}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${fill}<w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`;
}

function dataTable(block: TableBlock, rels: Relationships): string {
  const widths = block.columns.map((c) => twip(c.widthMm));
  const size = block.size;
  const out: string[] = [tableStart(widths, widths.reduce((s, w) => s + w, 0), LINE_BORDER, CELL_MARGINS)];
  // The header row: bold on grey, repeated at the top of each page.
  out.push(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${block.columns.map((c, i) => cell(widths[i]!, HEADER_FILL, cellParagraph(c.title, size, 'center', true, rels))).join('')}</w:tr>`);
  const restWidth = widths.slice(1).reduce((s, w) => s + w, 0);
  for (const r of block.rows) {
    if (r.group) {
      // A group row: its numeral, then its name across the other columns.
      const name = r.cells.slice(1).map((c) => c.text).filter(Boolean).join(' ');
      out.push(
        `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(widths[0]!, GROUP_FILL, cellParagraph(r.cells[0]!.text, size, block.columns[0]!.align, true, rels))}${cell(restWidth, GROUP_FILL, cellParagraph(name, size, 'left', true, rels), widths.length - 1)}</w:tr>`,
      );
    } else {
      out.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.cells.map((c, i) => cell(widths[i]!, '', cellParagraph(c.text, size, block.columns[i]!.align, false, rels, c.link))).join('')}</w:tr>`);
    }
  }
  out.push('</w:tbl>');
  return out.join('');
}

function renderBlock(block: Block, parts: BodyParts, docPrId: () => number): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraphBlock(block, TEXT_WIDTH_MM, parts.rels);
    case 'table':
      // An empty paragraph after a table keeps two tables or a table and a heading apart.
      return dataTable(block, parts.rels) + paragraph({ beforeTw: 0, afterTw: 120 });
    case 'layout':
      return layoutTable(block, parts.rels);
    case 'chart':
      // The chart keeps with its caption (the next paragraph).
      return paragraph({ keepNext: true, beforeTw: 120, afterTw: 60, align: 'center' }, `<w:r>${chartInline(block, parts.chart(block), docPrId())}</w:r>`);
  }
}

function sectionProperties(doc: ReportDocument, headerIds: BodyParts['headerIds']): string {
  const p = doc.page;
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${headerIds.default}"/><w:headerReference w:type="first" r:id="${headerIds.first}"/>` +
    `<w:pgSz w:w="${twip(p.widthMm)}" w:h="${twip(p.heightMm)}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${twip(p.marginTopMm)}" w:right="${twip(p.marginRightMm)}" w:bottom="${twip(p.marginBottomMm)}" w:left="${twip(p.marginLeftMm)}" w:header="${twip(10)}" w:footer="${twip(10)}" w:gutter="0"/>` +
    '<w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

export function documentXml(doc: ReportDocument, parts: BodyParts): string {
  let drawings = 0;
  const docPrId = () => ++drawings;
  const body = doc.blocks.map((b) => renderBlock(b, parts, docPrId)).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${DOCUMENT_NAMESPACES}><w:body>${body}${sectionProperties(doc, parts.headerIds)}</w:body></w:document>`;
}
