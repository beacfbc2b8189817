/**
 * Whether a zip archive is a workbook at all. A Word document, a PowerPoint file or an
 * OpenDocument file renamed .xlsx is a valid zip too; read as a workbook it would have no tabs and
 * be reported as a plan missing every tab. It is refused instead, naming what the file is.
 */

/** The part every .xlsx (and .xlsm) has: its list of tabs. */
export const WORKBOOK_PART = 'xl/workbook.xml';

const OPEN_DOCUMENT_KINDS: Readonly<Record<string, string>> = {
  'application/vnd.oasis.opendocument.spreadsheet': 'bảng tính OpenDocument (.ods)',
  'application/vnd.oasis.opendocument.text': 'văn bản OpenDocument (.odt)',
  'application/vnd.oasis.opendocument.presentation': 'bản trình chiếu OpenDocument (.odp)',
};

const SAVE_AS_XLSX =
  'Hãy chọn tệp bảng theo dõi tải từ Google Sheets (Tệp › Tải xuống › Microsoft Excel (.xlsx)), hoặc tạo tệp mẫu bằng lệnh «npx cds-tracker template mau.xlsx».';

/** What a zip that is not a workbook is, from its parts; undefined for a workbook. */
function otherKind(entries: ReadonlyMap<string, Buffer>): string | undefined {
  if (entries.has(WORKBOOK_PART)) return undefined;
  const mimetype = entries.get('mimetype')?.toString('latin1').trim();
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.')) return OPEN_DOCUMENT_KINDS[mimetype] ?? 'tệp OpenDocument';
  if (entries.has('word/document.xml')) return 'văn bản Word (.docx)';
  if (entries.has('ppt/presentation.xml')) return 'bản trình chiếu PowerPoint (.pptx)';
  return '';
}

/**
 * The Vietnamese sentence refusing a zip that is no workbook ("«a.xlsx» không phải bảng tính .xlsx
 * mà là văn bản Word (.docx)…"); undefined when it has xl/workbook.xml.
 */
export function notAWorkbookSentence(file: string, entries: ReadonlyMap<string, Buffer>): string | undefined {
  const kind = otherKind(entries);
  if (kind === undefined) return undefined;
  if (kind === '') return `«${file}» là một tệp nén nhưng không phải bảng tính .xlsx (không có phần «${WORKBOOK_PART}»). ${SAVE_AS_XLSX}`;
  if (kind.startsWith('bảng tính OpenDocument')) {
    return `«${file}» không phải bảng tính .xlsx mà là ${kind}, của LibreOffice hoặc OpenOffice. Hãy mở tệp bằng LibreOffice Calc, chọn Tệp › Lưu thành… kiểu «Excel 2007-365 (.xlsx)» rồi chạy lại với tệp .xlsx đó.`;
  }
  return `«${file}» không phải bảng tính .xlsx mà là ${kind} (có lẽ bị đổi đuôi tên thành .xlsx). ${SAVE_AS_XLSX}`;
}
