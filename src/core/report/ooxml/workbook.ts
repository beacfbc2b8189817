/**
 * The chart's data as a tiny .xlsx (Sheet1: A = group, B = share met), the parts only: the
 * caller zips them and embeds the file, so Word's «Chỉnh sửa dữ liệu» opens the same figures the
 * chart's caches hold. Strings are inline (no shared-strings part).
 */
import type { ChartBar } from '../model';
import { barCategory, barValue, SERIES_NAME } from './chart';
import { CONTENT_TYPE, contentTypesXml } from './package';
import { REL, relationships } from './relationships';
import { XML_DECLARATION, xmlText } from './xml';

function cell(ref: string, value: string | number): string {
  return typeof value === 'number'
    ? `<c r="${ref}" s="1"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

export function chartWorkbookParts(bars: readonly ChartBar[]): ReadonlyMap<string, string> {
  const rows = [
    `<row r="1">${cell('A1', 'Nhóm')}${cell('B1', SERIES_NAME)}</row>`,
    ...bars.map((b, i) => `<row r="${i + 2}">${cell(`A${i + 2}`, barCategory(b))}${cell(`B${i + 2}`, barValue(b))}</row>`),
  ];
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const workbookRels = relationships();
  workbookRels.add(REL.worksheet, 'worksheets/sheet1.xml');
  workbookRels.add(REL.styles, 'styles.xml');
  const rootRels = relationships();
  rootRels.add(REL.officeDocument, 'xl/workbook.xml');
  return new Map([
    [
      '[Content_Types].xml',
      contentTypesXml(
        new Map([
          ['xl/workbook.xml', CONTENT_TYPE.workbook],
          ['xl/worksheets/sheet1.xml', CONTENT_TYPE.worksheet],
          ['xl/styles.xml', CONTENT_TYPE.workbookStyles],
        ]),
        { rels: CONTENT_TYPE.rels, xml: CONTENT_TYPE.xml },
      ),
    ],
    ['_rels/.rels', rootRels.xml()],
    [
      'xl/workbook.xml',
      `${XML_DECLARATION}<workbook ${main} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    ['xl/_rels/workbook.xml.rels', workbookRels.xml()],
    [
      'xl/styles.xml',
      `${XML_DECLARATION}<styleSheet ${main}><fonts count="1"><font><sz val="11"/><name val="Times New Roman"/></font></fonts>` +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    ],
    [
      'xl/worksheets/sheet1.xml',
      `${XML_DECLARATION}<worksheet ${main}><cols><col min="1" max="1" width="60" customWidth="1"/><col min="2" max="2" width="18" customWidth="1"/></cols><sheetData>${rows.join('')}</sheetData></worksheet>`,
    ],
  ]);
}
