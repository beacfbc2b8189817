/**
 * The former renderer, kept only for the bench (bench/docx.ts): its time is what the core OOXML
 * writer's speed-up is measured against, in the same run. `docx` is a devDependency now; the CLI
 * and Apps Script write the report with src/core/report/ooxml.
 *
 * The report document (src/core/report/document.ts) rendered as .docx with the `docx` library:
 * NĐ 30 page, Times New Roman, borderless header and signature tables, data tables with a bold
 * header row repeated on each page, the chart as a PNG, page numbers centred at the top from
 * page 2 (a different, empty first-page header). Every text, link and title from the plan goes
 * through xmlSafeText: the docx package writes what it is given, and one character XML forbids
 * (U+FFFE from a cell) makes the whole file unopenable.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { xmlSafeText } from '../src/core/xmlText';
import { type Align, type Block, type ChartBlock, type LayoutBlock, type ParagraphBlock, type ReportDocument, type TableBlock, TEXT_WIDTH_MM } from '../src/core/report/document';

/** Exact conversion (docx's own convertMillimetersToTwip floors: A4 would be 11905 × 16837). */
function twip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function runs(block: ParagraphBlock): ParagraphChild[] {
  const s = block.style;
  return block.runs.map((r) =>
    r.link
      ? new ExternalHyperlink({ link: xmlSafeText(r.link), children: [new TextRun({ text: xmlSafeText(r.text), size: s.size * 2, style: 'Hyperlink' })] })
      : new TextRun({ text: xmlSafeText(r.text), bold: r.bold ?? s.bold, italics: r.italic ?? s.italic, size: s.size * 2 }),
  );
}

/** The paragraph, and its rule when it has one; `containerMm` is the width the rule is centred in. */
function paragraphs(block: ParagraphBlock, containerMm: number, inTable = false): Paragraph[] {
  const s = block.style;
  const hasRule = block.ruleMm !== undefined;
  const main = new Paragraph({
    children: runs(block),
    alignment: ALIGN[s.align],
    spacing: {
      before: Math.round((s.spaceBeforePt ?? 0) * 20),
      after: hasRule ? 0 : Math.round((s.spaceAfterPt ?? 0) * 20),
      line: Math.round((s.lineSpacing ?? 1) * 240),
    },
    keepNext: s.keepWithNext || hasRule,
    keepLines: s.keepLinesTogether === true,
    indent: s.firstLineIndentMm && !inTable ? { firstLine: twip(s.firstLineIndentMm) } : undefined,
  });
  if (!hasRule) return [main];
  return [main, rule(block.ruleMm!, containerMm, s.spaceAfterPt ?? 0, s.keepWithNext ?? false)];
}

/**
 * A centred solid rule `widthMm` long: a 4.5 pt high empty paragraph with a bottom border, indented
 * from both sides of its container.
 */
function rule(widthMm: number, containerMm: number, afterPt: number, keepNext: boolean): Paragraph {
  const side = twip(Math.max(0, (containerMm - widthMm) / 2));
  return new Paragraph({
    children: [],
    keepNext,
    spacing: { before: 0, after: Math.round(afterPt * 20), line: 90, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    indent: { left: side, right: side },
  });
}

function layoutTable(block: LayoutBlock): Table {
  const total = block.widthsMm.reduce((s, w) => s + w, 0);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: twip(total), type: WidthType.DXA },
    columnWidths: block.widthsMm.map(twip),
    borders: NO_BORDERS,
    rows: block.rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (items, i) =>
              new TableCell({
                width: { size: twip(block.widthsMm[i]!), type: WidthType.DXA },
                borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
                margins: { left: 0, right: 0 },
                children: items.flatMap((item) => paragraphs(item, block.widthsMm[i]!, true)),
              }),
          ),
        }),
    ),
  });
}

function cellParagraph(text: string, size: number, align: Align, bold: boolean, link?: string): Paragraph {
  const safe = xmlSafeText(text);
  const child = link
    ? new ExternalHyperlink({ link: xmlSafeText(link), children: [new TextRun({ text: safe, size: size * 2, style: 'Hyperlink', bold })] })
    : new TextRun({ text: safe, size: size * 2, bold });
  return new Paragraph({ children: [child], alignment: ALIGN[align], spacing: { before: 20, after: 20, line: 240 } });
}

function dataTable(block: TableBlock): Table {
  const widths = block.columns.map((c) => twip(c.widthMm));
  const cellMargins = { top: 30, bottom: 30, left: 45, right: 45 };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' },
          margins: cellMargins,
          children: [cellParagraph(c.title, block.size, 'center', true)],
        }),
    ),
  });
  const groupFill = { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } as const;
  const rows = block.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.group
          ? // A group row: its numeral, then its name across the other columns.
            [
              new TableCell({
                width: { size: widths[0]!, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.CENTER,
                margins: cellMargins,
                shading: groupFill,
                children: [cellParagraph(r.cells[0]!.text, block.size, block.columns[0]!.align, true)],
              }),
              new TableCell({
                width: { size: widths.slice(1).reduce((s, w) => s + w, 0), type: WidthType.DXA },
                columnSpan: widths.length - 1,
                verticalAlign: VerticalAlignTable.CENTER,
                margins: cellMargins,
                shading: groupFill,
                children: [cellParagraph(r.cells.slice(1).map((c) => c.text).filter(Boolean).join(' '), block.size, 'left', true)],
              }),
            ]
          : r.cells.map(
              (cell, i) =>
                new TableCell({
                  width: { size: widths[i]!, type: WidthType.DXA },
                  verticalAlign: VerticalAlignTable.CENTER,
                  margins: cellMargins,
                  children: [cellParagraph(cell.text, block.size, block.columns[i]!.align, false, cell.link)],
                }),
            ),
      }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: GRID_BORDERS,
    rows: [header, ...rows],
  });
}

/** 96 dpi pixels, the unit docx's ImageRun transformation takes. */
function px(mm: number): number {
  return Math.round((mm / 25.4) * 96);
}

/**
 * A 1×1 white PNG standing in for the raster chart the renderer used to draw (the raster code is
 * gone; a chart costs the package next to nothing beside thousands of table rows).
 */
const CHART_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
  (c) => c.charCodeAt(0),
);

function chart(block: ChartBlock): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 60 },
    children: [
      new ImageRun({
        type: 'png',
        data: CHART_PNG,
        transformation: { width: px(block.widthMm), height: px(block.heightMm) },
        altText: { name: 'Biểu đồ', title: xmlSafeText(block.title), description: xmlSafeText(block.title) },
      }),
    ],
  });
}

function render(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return paragraphs(block, TEXT_WIDTH_MM);
    case 'table':
      // An empty paragraph after a table keeps two tables or a table and a heading apart.
      return [dataTable(block), new Paragraph({ children: [], spacing: { before: 0, after: 120 } })];
    case 'layout':
      return [layoutTable(block)];
    case 'chart':
      return [chart(block)];
  }
}

export function reportDocx(doc: ReportDocument): Document {
  const page = doc.page;
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: page.pageNumberSize * 2 })],
      }),
    ],
  });
  return new Document({
    title: xmlSafeText(doc.name),
    creator: 'cds-tracker',
    styles: { default: { document: { run: { font: page.font, size: page.size * 2 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(page.widthMm), height: twip(page.heightMm) },
            margin: {
              top: twip(page.marginTopMm),
              bottom: twip(page.marginBottomMm),
              left: twip(page.marginLeftMm),
              right: twip(page.marginRightMm),
              header: twip(10),
              footer: twip(10),
            },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: doc.blocks.flatMap(render),
      },
    ],
  });
}

export async function reportDocxBuffer(doc: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(reportDocx(doc));
}
