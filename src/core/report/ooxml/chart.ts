/**
 * The chart of attainment by group as a native Word chart: a DrawingML bar chart part
 * (word/charts/chart1.xml) holding its data in caches (categories: each group's numbering and
 * name; values: the share of its indicators met), axis 0–100 %, value labels over the bars, in
 * Times New Roman; and the inline drawing that places it in the text. Word redraws it from the
 * caches and, with the embedded workbook (workbook.ts), lets the user edit the data; LibreOffice
 * draws it from the caches.
 */
import type { ChartBlock } from '../document';
import type { ChartBar } from '../model';
import { emu, XML_DECLARATION, xmlAttr, xmlText } from './xml';

/** Share of a group's indicators met, 0..1 (0 for an empty group). */
export function barShare(bar: ChartBar): number {
  return bar.total > 0 ? Math.max(0, Math.min(1, bar.met / bar.total)) : 0;
}

/** A bar's value as the chart's cache and its workbook hold it: the share, at most 4 decimals. */
export function barValue(bar: ChartBar): number {
  return Math.round(barShare(bar) * 10000) / 10000;
}

/** What the chart writes under a bar: «I. Thể chế và quản trị số»; «Chưa phân nhóm» for records in no group. */
export function barCategory(bar: ChartBar): string {
  const numeral = bar.numeral.trim();
  const name = bar.name.trim();
  if (numeral && name) return `${numeral}. ${name}`;
  return numeral || name || 'Chưa phân nhóm';
}

/** The series' name (the workbook's column title, Word's legend text if one is turned on). */
export const SERIES_NAME = 'Tỷ lệ chỉ tiêu đạt';

const BAR_COLOUR = '2E5496';
const GRID_COLOUR = 'D9D9D9';
const AXIS_COLOUR = '595959';

/** Text properties: Times New Roman at `sizePt`, horizontal. */
function textProperties(sizePt: number, font: string, bold = false): string {
  return (
    `<c:txPr><a:bodyPr rot="0" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round(sizePt * 100)}" b="${bold ? 1 : 0}">` +
    `<a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:latin typeface="${xmlAttr(font)}"/><a:ea typeface="${xmlAttr(font)}"/><a:cs typeface="${xmlAttr(font)}"/>` +
    '</a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>'
  );
}

function line(colour: string, widthEmu = 9525): string {
  return `<c:spPr><a:ln w="${widthEmu}"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>`;
}

/** Sheet1 columns A (categories) and B (values), rows 2…n+1, as the embedded workbook holds them. */
function chartRange(column: 'A' | 'B', count: number): string {
  return `Sheet1!$${column}$2:$${column}$${count + 1}`;
}


/** word/charts/chart1.xml. `workbookRelId`: the relationship to the embedded workbook, when there is one. */
export function chartPartXml(block: ChartBlock, font: string, workbookRelId?: string): string {
  const bars = block.bars;
  const n = bars.length;
  const categories = bars.map((b, i) => `<c:pt idx="${i}"><c:v>${xmlText(barCategory(b))}</c:v></c:pt>`).join('');
  const values = bars.map((b, i) => `<c:pt idx="${i}"><c:v>${barValue(b)}</c:v></c:pt>`).join('');
  const series =
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xmlText(SERIES_NAME)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOUR}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(10, font, true)}` +
    '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${chartRange('A', n)}</c:f><c:strCache><c:ptCount val="${n}"/>${categories}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${chartRange('B', n)}</c:f><c:numCache><c:formatCode>0%</c:formatCode><c:ptCount val="${n}"/>${values}</c:numCache></c:numRef></c:val>` +
    '</c:ser>';
  const categoryAxis =
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${line(AXIS_COLOUR)}${textProperties(10, font)}<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    `<c:majorGridlines>${line(GRID_COLOUR)}</c:majorGridlines><c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(10, font)}<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="0.25"/></c:valAx>`;
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    '<c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>' +
    '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="90"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `${categoryAxis}${valueAxis}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(10, font)}` +
    (workbookRelId ? `<c:externalData r:id="${workbookRelId}"><c:autoUpdate val="0"/></c:externalData>` : '') +
    '</c:chartSpace>'
  );
}

/** The inline drawing (inside a w:r) that shows the chart part `relId`, `block.widthMm` × `block.heightMm`. */
export function chartInline(block: ChartBlock, relId: string, docPrId: number): string {
  const cx = emu(block.widthMm);
  const cy = emu(block.heightMm);
  return (
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${docPrId}" name="Biểu đồ ${docPrId}" title="${xmlAttr(block.title)}" descr="${xmlAttr(block.title)}"/><wp:cNvGraphicFramePr/>` +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart r:id="${relId}"/></a:graphicData></a:graphic></wp:inline></w:drawing>`
  );
}
