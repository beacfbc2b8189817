/**
 * Rows inside a plan table that are not records, whatever their cells hold: the column-number
 * row NĐ 30 tables carry under the header («(1) (2) … (14)»), and total / summary rows
 * («Tổng cộng», «Trung bình»…). The add-in never reads them as records and never writes them.
 */
import { fromRoman } from '../core/period';
import { foldText } from '../core/text';
import type { Cell } from './workbook';

const ROMAN_TOKEN = /^[(\[]\s*([IVXLC]+)\s*[)\]]\.?$/i;
const NUMBER_TOKEN = /^[(\[]?\s*(\d{1,3})\s*[)\]]?\.?(?:\s*[=+\-x×*/:]\s*[(\[]?\s*\d{1,3}\s*[)\]]?)*$/i;

/**
 * «(3)», «[3]», «3.», «3», a number 3, a Roman numeral in brackets «(III)» (a bare «III» is a
 * group row's numeral); also a derived column «(5) = (3) x (4)». Its first number, else undefined.
 */
function columnNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 999 ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  const roman = ROMAN_TOKEN.exec(text);
  if (roman) return fromRoman(roman[1]!);
  const m = NUMBER_TOKEN.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Fewer numbered cells than this is data (a Mã NV and a number), not a numbering row. */
const MIN_NUMBERED_CELLS = 3;

/**
 * Whether a row numbers the table's columns: at least three non-blank cells, every one a column
 * number, increasing from left to right (blank cells, e.g. under a merged header, are allowed).
 */
export function isColumnNumberingRow(cells: readonly Cell[]): boolean {
  let last = 0;
  let count = 0;
  for (const cell of cells) {
    if (cell === '' || (typeof cell === 'string' && cell.trim() === '')) continue;
    const n = columnNumber(cell);
    if (n === undefined || n <= last) return false;
    last = n;
    count++;
  }
  return count >= MIN_NUMBERED_CELLS;
}

/** What a total or summary row says in its label cell, folded (a colon or a note in brackets may follow). */
const TOTAL_LABELS = [
  'tong',
  'tong cong',
  'tong so',
  'tong hop',
  'cong',
  'cong chung',
  'tong cong chung',
  'trung binh',
  'trung binh chung',
  'binh quan',
  'toan ke hoach',
  'toan truong',
  'ty le chung',
  'ti le chung',
];
/** Longer text is a record's name, not a label (and is not folded: a long column of names stays cheap). */
const MAX_TOTAL_LABEL = 60;
const TOTAL_LABEL = new RegExp(String.raw`^(?:${TOTAL_LABELS.join('|')})(?:\s*[:(].*)?$`);

/**
 * Whether a cell labels a total or summary row: «Tổng cộng», «TỔNG», «Cộng:», «Trung bình»,
 * «Tổng cộng (22 chỉ tiêu)». Only the whole cell counts: «Tổng kết năm học» is a task.
 */
export function isTotalLabel(cell: Cell | undefined): boolean {
  if (typeof cell !== 'string' || cell.length > MAX_TOTAL_LABEL) return false;
  const text = cell.normalize('NFC').trim();
  const head = /^[^:(]*/.exec(text)![0];
  return TOTAL_LABEL.test(`${foldText(head)}${text.slice(head.length)}`);
}
