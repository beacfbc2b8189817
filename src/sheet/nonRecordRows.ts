/**
 * Rows in and around a plan table that are not records, whatever their cells hold: the
 * column-number row NĐ 30 tables carry under the header («(1) (2) … (14)», «A B 1 2 …»), total /
 * summary rows («Tổng cộng», «Cộng nhóm I», «Tổng số chỉ tiêu: 22»…), and what follows a table in
 * an administrative document (a footnote, the place and date, the signers). The add-in never
 * reads them as records and never writes them. These are the cell-level tests; which rows they
 * apply to (right under the header, rows without a record number) is decided in workbook.ts.
 */
import { fromRoman } from '../core/period';
import { foldDiacritics, foldText } from '../core/text';
export { groupNumbering, isRecordNumber, type GroupNumbering } from '../core/groupNumbering';
import type { Cell } from './workbook';

const ROMAN_TOKEN = /^[(\[]\s*([IVXLC]+)\s*[)\]]\.?$/i;
/** «3», «(3)», «[3]», «3.», «(3a)»; a derived column «(5) = (3) x (4)» counts as its first number. */
const NUMBER_TOKEN = /^[(\[]?\s*(\d{1,3}[a-z]?)\s*[)\]]?\.?(?:\s*[=+\-x×*/:]\s*[(\[]?\s*\d{1,3}[a-z]?\s*[)\]]?)*$/i;
/** A letter for a column: «A», «(B)», «[C]», «D.». */
const LETTER_TOKEN = /^[(\[]?\s*([A-ZĐ])\s*[)\]]?\.?$/i;
/** «Cột 3», «cột (3a)» (folded). */
const COLUMN_WORD_TOKEN = /^cot\s+(\d{1,3}[a-z]?)$/;

/**
 * The column a cell of a numbering row names, as a token that two columns never share: «(3)»,
 * «[3]», «3.», «3», the number 3 → "3"; «(3a)» → "3a"; «(III)» → "3" (a bare «III» is a group
 * row's numeral); «A», «(B)» → "#a", "#b"; «Cột 3» → "3". Undefined for anything else.
 */
function columnToken(cell: Cell): string | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 999 ? String(cell) : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  if (text.length > 40) return undefined;
  const roman = ROMAN_TOKEN.exec(text);
  if (roman) {
    const n = fromRoman(roman[1]!);
    return n === undefined ? undefined : String(n);
  }
  const number = NUMBER_TOKEN.exec(text);
  if (number) return normalNumber(number[1]!);
  const letter = LETTER_TOKEN.exec(text);
  if (letter) return `#${letter[1]!.toLowerCase()}`;
  const word = COLUMN_WORD_TOKEN.exec(foldText(text));
  return word ? normalNumber(word[1]!) : undefined;
}

/** «03a» → "3a". */
function normalNumber(token: string): string {
  const m = /^0*(\d+)([a-z]?)$/i.exec(token)!;
  return `${m[1]}${m[2]!.toLowerCase()}`;
}

/** Fewer numbered cells than this is data (a Mã NV and a number), not a numbering row. */
const MIN_NUMBERED_CELLS = 3;

/**
 * Whether a row numbers the table's columns: at least three non-blank cells, every one a column
 * token (a number «(3)», «3.», «(3a)», «Cột 3», a letter «A», «(B)», a bracketed Roman numeral),
 * no two alike. The order does not matter (staff move columns and their numbers move with
 * them); blank cells, e.g. under a merged header, are allowed. The caller looks for it only
 * right under the header row (or a blank row below it), see workbook.ts.
 */
export function isColumnNumberingRow(cells: readonly Cell[]): boolean {
  const seen = new Set<string>();
  for (const cell of cells) {
    if (cell === '' || (typeof cell === 'string' && cell.trim() === '')) continue;
    const token = columnToken(cell);
    if (token === undefined || seen.has(token)) return false;
    seen.add(token);
  }
  return seen.size >= MIN_NUMBERED_CELLS;
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

/** Total words that lead a label whatever follows: «Tổng cộng 22 chỉ tiêu», «Tổng số chỉ tiêu: 22», «Trung bình chung…». */
const TOTAL_PHRASES = ['tong cong', 'tong so', 'trung binh', 'binh quan'];
/** «Tổng» and «Cộng» alone lead many a record's name («Tổng kết…», «Tổng hợp…», «Cộng đồng…»): only followed by these. */
const TOTAL_WORD_TAILS: Readonly<Record<string, readonly string[]>> = {
  tong: [],
  cong: ['nhom', 'muc', 'phan', 'chung', 'lai', 'toan', 'ca', 'cac'],
};
/** How much of a cell is looked at for a leading total word. */
const LEADING_LABEL = 40;

/**
 * Whether a cell's text begins with a total word, as a whole word: «Tổng cộng …», «Tổng số …»,
 * «Trung bình …», «Bình quân …» followed by anything; «Tổng» followed by nothing, a number or a
 * sign («Tổng: 22», «TỔNG (22)»); «Cộng» followed by nothing, a number, a sign or a word of a
 * subtotal («Cộng nhóm I», «Cộng chung»). Not «Tổng kết năm học», «Tổng hợp số liệu», «Cộng đồng
 * học tập». The caller applies it only to rows without a record number (see isRecordNumber).
 */
export function startsWithTotalWord(cell: Cell | undefined): boolean {
  if (typeof cell !== 'string') return false;
  const head = cell.trimStart().slice(0, LEADING_LABEL);
  const folded = foldDiacritics(head);
  const words = foldText(head);
  if (TOTAL_PHRASES.some((p) => words === p || words.startsWith(`${p} `))) return true;
  for (const [word, tails] of Object.entries(TOTAL_WORD_TAILS)) {
    if (!folded.startsWith(word)) continue;
    const rest = folded.slice(word.length);
    if (rest.trim() === '' || /^\s*[^a-z\s]/.test(rest)) return true;
    const next = /^\s+([a-z]+)/.exec(rest)?.[1];
    if (next !== undefined && tails.includes(next)) return true;
  }
  return false;
}

/** Signers' titles and the lines around them, folded, as a whole cell. */
const SIGNATURE_LINES = [
  /^(?:kt|tm|q|tl|tuq)?\s*(?:pho\s+)?(?:hieu truong|giam doc|truong ban|truong phong)$/,
  /^(?:kt|tm|tl|tuq)\s+\S.*$/,
  /^nguoi (?:lap|lap bieu|lap bang|tong hop|ky|duyet|kiem tra)$/,
  /^(?:thu truong|lanh dao) (?:don vi|co quan)$/,
  /^xac nhan cua .*$/,
  /^ky(?: va| ten)?(?: ghi ro)? ho (?:va )?ten(?: dong dau)?$/,
];
/** A footnote or the recipients' list: «Ghi chú: …», «Lưu ý: …», «Nơi nhận:», «(*) …», «* …». */
const FOOTNOTE = /^(?:(?:ghi chu|luu y|chu thich|chu y|noi nhan)\s*[:.]|\(\*+\)|\*+\s)/;
/** «An Lão, ngày 30 tháng 9 năm 2026», «ngày … tháng … năm 2026» (the place-and-date line). */
const PLACE_DATE = /^(?:[^,]{1,60},\s*)?ngay\s+[\d.…_\s]{0,8}thang\s+[\d.…_\s]{0,8}nam\s+[\d.…_]{0,8}$/;
/** Longer text is not a signature line (and is not folded). */
const MAX_SIGNATURE_LINE = 80;

/**
 * Whether a cell is a line of what follows a table in an administrative document: a footnote
 * («Ghi chú: …»), the place and date line, a signer's title («HIỆU TRƯỞNG», «KT. HIỆU TRƯỞNG»,
 * «NGƯỜI LẬP BIỂU», «(Ký, ghi rõ họ tên)»).
 */
export function isSignatureOrFootnote(cell: Cell | undefined): boolean {
  if (typeof cell !== 'string' || cell.length > MAX_SIGNATURE_LINE) return false;
  const folded = foldDiacritics(cell);
  if (FOOTNOTE.test(folded) || PLACE_DATE.test(folded)) return true;
  const words = foldText(cell);
  return SIGNATURE_LINES.some((line) => line.test(words));
}

/** Whether a cell starts a footnote («Ghi chú: …», «(*) …»): not a record's name, whatever the row holds. */
export function isFootnote(cell: Cell | undefined): boolean {
  return typeof cell === 'string' && FOOTNOTE.test(foldDiacritics(cell.slice(0, MAX_SIGNATURE_LINE)));
}
