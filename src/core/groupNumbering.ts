/**
 * How a plan table numbers its rows, shared by the sheet (src/sheet/workbook.ts reads the Chỉ tiêu
 * and Nhiệm vụ tabs) and the plan import (src/core/import/annexTables.ts reads the annex tables of
 * a Word plan): which STT cell numbers a record, which numbers a group row, and whether a
 * section-numbered row heads the rows below it.
 */
import { fromRoman } from './period';

/** A table cell as either reader hands it over: text, a number, or anything else (never a numbering). */
type Cell = unknown;

/**
 * Whether an STT cell numbers a record: a number, or a short code without spaces holding a digit
 * («01», «1.», «2.3», «3a», «NV-01»), or a single letter («a)», «b.»). Not «STT» (a repeated
 * header), a bullet «-», or text («Ghi chú: …», «NGƯỜI LẬP BIỂU»).
 */
export function isRecordNumber(cell: Cell | undefined): boolean {
  if (typeof cell === 'number') return Number.isFinite(cell);
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  if (text === '' || text.length > 12 || /\s/.test(text)) return false;
  return /\d/.test(text) || /^[a-zđ][.)]?$/i.test(text);
}

/**
 * How an STT cell numbers a group row, the ways plans number their sections:
 * - 'heading': a Roman numeral («I», «II.»), a capital letter («A», «B.», «C)»), a numbering after
 *   «Phần», «Mục», «Nhóm», «Chương» («Phần I», «Nhóm 2»), or any numbering with a name after it
 *   in the same cell («I. Thể chế…», «A. Mục tiêu chung», «1. Thể chế và quản trị số»). Plans
 *   never number a record so.
 * - 'section': a number with a dot («1.», «2.1», «2.1.»), which plans also give records (1.1, 1.2).
 * - 'number': a bare number («1», 1), a record's number unless rows numbered under it follow.
 * Which of these rows are group rows is decided in workbook.ts (readGroupedRecords).
 */
export interface GroupNumbering {
  /** As typed, without a closing dot or bracket: «I», «A», «Phần I», «2.1», «1». */
  readonly numeral: string;
  /** The name typed after the numbering in the same cell, '' when none. */
  readonly inlineName: string;
  readonly kind: 'heading' | 'section' | 'number';
  /** A section's or number's parts: «2.1» → [2, 1]; empty for a heading without a number. */
  readonly parts: readonly number[];
}

/** «Phần », «Mục thứ », «NHÓM » before a numbering. */
const GROUP_WORD = /^(?:phần|mục|nhóm|chương)(?:\s+thứ)?\s+/iu;
/** After the numbering: the end, a separator («.», «:», «)», «-», «–») or a space, then perhaps a name. */
const AFTER_NUMBERING = /^(?:\s*([.:)\-–])\s*|\s+|$)([\s\S]*)$/;
const NUMBER_PARTS = /^\d{1,3}(?:\.\d{1,3})*/;

export function groupNumbering(cell: Cell | undefined): GroupNumbering | undefined {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell <= 0 || cell >= 1000) return undefined;
    return groupNumbering(String(cell));
  }
  if (typeof cell !== 'string') return undefined;
  const text = cell.normalize('NFC').replace(/\s+/g, ' ').trim();
  const word = GROUP_WORD.exec(text)?.[0] ?? '';
  const body = text.slice(word.length);
  let token: string | undefined;
  let parts: number[] = [];
  const number = NUMBER_PARTS.exec(body);
  if (number) {
    token = number[0];
    parts = token.split('.').map(Number);
  } else {
    const roman = /^[IVXLC]+/.exec(body)?.[0];
    if (roman !== undefined && fromRoman(roman) !== undefined) token = roman;
    else if (/^[A-ZĐ]/.test(body)) token = body[0]!;
  }
  if (token === undefined) return undefined;
  const after = AFTER_NUMBERING.exec(body.slice(token.length));
  if (!after) return undefined;
  const separator = after[1] ?? '';
  const inlineName = after[2]!.trim();
  const numeral = `${word}${token}`.trim();
  if (word !== '' || parts.length === 0 || inlineName !== '') {
    // A bare number followed by text without a dot («1 đợt») is not a numbering.
    if (word === '' && parts.length === 1 && separator !== '.' && inlineName !== '') return undefined;
    return { numeral, inlineName, kind: 'heading', parts };
  }
  if (parts.length > 1 || separator === '.') return separator === '' || separator === '.' ? { numeral, inlineName, kind: 'section', parts } : undefined;
  return separator === '' ? { numeral, inlineName, kind: 'number', parts } : undefined;
}

/** «2.1» → [2, 1] for a number or a dotted number; undefined for anything else («a)», «NV-01»). */
function numberParts(stt: string): number[] | undefined {
  return /^\d{1,3}(?:\.\d{1,3})*\.?$/.test(stt) ? stt.replace(/\.$/, '').split('.').map(Number) : undefined;
}

/**
 * Whether a row numbered like a section («1.», «2.1») or a bare number («1»), with none of a
 * record's own cells, heads the rows below it rather than being a record missing its data. It
 * does when the next numbered row is numbered under it («1.1», «2.1.1» after «1.», «2.1»), and a
 * section also when the numbering starts afresh below it («1», «a)» after «2.1»; «1» after
 * «1.»). It does not when the next numbered row is a sibling or the next section («1.2» after
 * «1.1»; «2.», «2» after «1.»; «3» after «2.2»), when a group row or the end of the table comes
 * first, or, for a bare number, in any other case: «1» alone is a record's number.
 */
export function headsRowsBelow(numbering: GroupNumbering, next: string | undefined): boolean {
  if (next === undefined) return false;
  const own = numbering.parts;
  const parts = numberParts(next);
  const under = parts !== undefined && parts.length > own.length && own.every((p, i) => parts[i] === p);
  if (under || numbering.kind === 'number') return under;
  if (parts === undefined) return true;
  if (next.includes('.')) return false;
  // «2» after «1.», «3» after «2.2»: the next section, so this row is the last record of its own.
  return parts[0] !== own[0]! + 1;
}

