/**
 * Results (kết quả): what staff type in a result cell, read against the target it answers.
 *
 * Numbers, Sheets percentages (0.95), text "95%", "95,5 %", "2 đợt", "Mức 3", and yes/no words
 * ("Có", "x", "Chưa"). For a percent target a bare number above 1 and up to 100 means percentage
 * points (90 → 90%); 0 to 1 is a fraction (1 = 100%). A blank cell is no result yet (null).
 * Never throws: anything not understood is an error naming what was expected.
 */
import { isCalendarDate } from './date';
import { formatCellValue, formatPercent } from './format';
import { formatNumber, parseNumber } from './number';
import { tooLongFor } from './phrase';
import { fail, ok, type Result } from './result';
import { parseQuantity, type Quantity, type Target } from './target';
import { cleanText, foldText, quote } from './text';

/** Units that meet a per-unit target out of all units: «6/8 tổ» → { met: 6, of: 8 }. */
export interface UnitCount {
  readonly met: number;
  readonly of: number;
}

export type ResultValue = number | boolean | UnitCount;

export function isUnitCount(value: unknown): value is UnitCount {
  return typeof value === 'object' && value !== null && typeof (value as UnitCount).met === 'number' && typeof (value as UnitCount).of === 'number';
}

const YES = new Set(['co', 'x', 'da', 'roi', 'dat', 'hoan thanh', 'true', '1', 'da co', 'da dat', 'da hoan thanh', 'da thuc hien']);
const NO = new Set(['chua', 'khong', 'false', '0', 'chua co', 'chua dat', 'khong dat', 'khong co', 'chua hoan thanh', 'chua thuc hien']);
const CHECK_MARKS = new Set(['✓', '✔', '☑']);

export function parseResultValue(raw: unknown, target: Target): Result<ResultValue | null> {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw === 'string') return textResult(cleanText(raw), target);
  if (typeof raw === 'number') return numberResult(raw, formatNumber(raw), target);
  if (typeof raw === 'boolean') return booleanResult(raw, target);
  const what = raw instanceof Date || isCalendarDate(raw) ? dateCellText(target) : Array.isArray(raw) ? 'cần một ô, không phải một vùng' : 'giá trị không phải chữ hay số';
  return fail(`không hiểu kết quả: ${what} (${expected(target)})`);
}

/**
 * A date where a result belongs. Against a per-unit target it is almost always a typed «6/8» that
 * Sheets or Excel converted: say how to keep it text (never read the date back as a fraction).
 */
function dateCellText(target: Target): string {
  return target.kind === 'perUnit'
    ? "ô đã bị đổi thành ngày tháng; gõ lại kết quả có dấu nháy đơn ở đầu, ví dụ '6/8, hoặc định dạng ô là văn bản thuần"
    : 'ô chứa ngày tháng';
}

/** "Cần …" hint naming the kind of result the target expects. */
function expected(target: Target): string {
  if (target.kind === 'yesNo') return target.negated ? 'cần Đạt hoặc Chưa đạt' : 'cần Có hoặc Chưa';
  if (target.kind === 'perUnit') return `ghi số ${target.unitName} đạt trên tổng số ${target.unitName}, ví dụ 6/8`;
  if (target.unit === 'percent') return 'cần một tỷ lệ %, ví dụ 95%';
  if (target.unit === 'level') return 'cần một mức, ví dụ Mức 3';
  return `cần một số, ví dụ 2${target.unitLabel ? ` ${target.unitLabel}` : ''}`;
}

function notUnderstood(shown: string, target: Target): Result<never> {
  return fail(`không hiểu kết quả ${quote(shown)} (${expected(target)})`);
}

function booleanResult(value: boolean, target: Target): Result<ResultValue> {
  return target.kind === 'yesNo' ? ok(value) : notUnderstood(value ? 'TRUE' : 'FALSE', target);
}

function numberResult(value: number, shown: string, target: Target): Result<ResultValue> {
  if (!Number.isFinite(value)) return notUnderstood(shown, target);
  if (target.kind === 'yesNo') return value === 1 || value === 0 ? ok(value === 1) : notUnderstood(shown, target);
  if (target.kind === 'perUnit') return fail(`kết quả ${quote(shown)} chưa cho biết bao nhiêu ${target.unitName} đạt (${expected(target)})`);
  if (value < 0) return fail(`kết quả ${quote(shown)} là số âm (${expected(target)})`);
  if (target.unit !== 'percent' || value <= 1) return ok(value);
  return value <= 100 ? ok(value / 100) : aboveHundredPercent(shown, target);
}

function aboveHundredPercent(shown: string, target: Target): Result<never> {
  return fail(`kết quả ${quote(shown)} vượt quá 100% (${expected(target)})`);
}

function textResult(text: string, target: Target): Result<ResultValue | null> {
  if (text === '') return ok(null);
  const tooLong = tooLongFor(text, 'kết quả');
  if (tooLong) return fail(`${tooLong} (${expected(target)})`);
  if (target.kind === 'yesNo') return yesNoResult(text, target);
  if (target.kind === 'perUnit') return unitCountResult(text, target);
  const number = parseNumber(text);
  if (number !== null) return numberResult(number, text, target);
  const quantity = parseQuantity(text);
  return quantity ? quantityResult(quantity, text, target) : notUnderstood(text, target);
}

/** «Đã ban hành», «Đã triển khai»: done; «Chưa ban hành», «Đang thực hiện», «Không đạt»: not (yet). */
const DONE_PHRASE = /^da (?!chua)[a-z]/;
const NOT_DONE_PHRASE = /^(?:chua|dang|khong) [a-z]/;
/**
 * «Đã hủy», «Đã dừng», «Đã không thực hiện», «Đã tạm hoãn»: stopped, so not done. Matched as typed:
 * folded, «hủy» is «huy» (động), «dừng» is «dùng», «hoãn» is «hoàn» (thành).
 */
const STOPPED_PHRASE = /^đã (?:không|chưa|hủy|huỷ|dừng|ngừng|hoãn|tạm (?:dừng|hoãn|ngừng)|bỏ|thôi|từ chối)(?![\p{L}\p{M}])/u;
/** A plain Có / Không against an outcome phrased «Không …» could mean either. */
const AMBIGUOUS_WHEN_NEGATED = new Set(['co', 'khong', 'da co', 'khong co', 'chua co']);

function yesNoResult(text: string, target: Extract<Target, { kind: 'yesNo' }>): Result<ResultValue> {
  const key = foldText(text);
  if (target.negated && AMBIGUOUS_WHEN_NEGATED.has(key)) {
    return fail(`kết quả ${quote(text)} có thể hiểu hai cách với chỉ tiêu ghi dạng phủ định (${expected(target)})`);
  }
  if (YES.has(key) || CHECK_MARKS.has(text)) return ok(true);
  if (NO.has(key) || STOPPED_PHRASE.test(text.normalize('NFC').toLowerCase())) return ok(false);
  // «Đã hoàn thành 80%», «Đã triển khai 3/8 tổ»: a partial figure is not a plain yes or no.
  if (/\d/.test(key)) return notUnderstood(text, target);
  if (DONE_PHRASE.test(key)) return ok(true);
  return NOT_DONE_PHRASE.test(key) ? ok(false) : notUnderstood(text, target);
}

/** «6/8», «6/8 tổ», «6 / 8», «6 trên 8 tổ đạt». */
const UNIT_COUNT = /^(\d+) tren (\d+)(?: ([a-z][a-z ]*))?$/;

function unitCountResult(text: string, target: Extract<Target, { kind: 'perUnit' }>): Result<ResultValue> {
  const m = UNIT_COUNT.exec(foldText(text.replace(/\//g, ' trên ')));
  if (!m) {
    return parseNumber(text) !== null
      ? fail(`kết quả ${quote(text)} chưa cho biết bao nhiêu ${target.unitName} đạt (${expected(target)})`)
      : notUnderstood(text, target);
  }
  if (m[3] !== undefined && !namesTheUnit(m[3], target.unitName)) {
    return fail(`kết quả ${quote(text)} không đếm ${target.unitName} (${expected(target)})`);
  }
  const met = Number(m[1]);
  const of = Number(m[2]);
  if (of === 0) return fail(`kết quả ${quote(text)} có tổng số ${target.unitName} bằng 0 (${expected(target)})`);
  if (met > of) return fail(`kết quả ${quote(text)} có số đạt lớn hơn tổng số (${expected(target)})`);
  return ok({ met, of });
}

/**
 * Whether the words after «6/8» name the target's unit: «tổ», «tổ chuyên môn», «tổ đạt», «đạt»
 * (its first word, or all its words, then perhaps «đạt»), not another unit («lớp»).
 */
function namesTheUnit(words: string, unitName: string): boolean {
  const tail = words.replace(/(?:^| )dat$/, '').trim();
  if (tail === '') return true;
  const unit = foldText(unitName);
  return tail === unit || tail === unit.split(' ')[0];
}

/** "95,5 %" against a percent target, "2 đợt" against a count, "Mức 3" against a level. */
function quantityResult(quantity: Quantity, text: string, target: Exclude<Target, { kind: 'yesNo' | 'perUnit' }>): Result<ResultValue> {
  const bare = quantity.unit === 'count' && !quantity.unitLabel && !quantity.per;
  if (quantity.unit === target.unit) {
    return target.unit === 'percent' && quantity.value > 1 ? aboveHundredPercent(text, target) : ok(quantity.value);
  }
  return bare && target.unit === 'level' ? ok(quantity.value) : notUnderstood(text, target);
}

/**
 * A result as a reader expects it against its target: "98,5%", "2 đợt", "Mức 3", "Có" / "Chưa".
 * A cell that does not read as a result (or has no readable target) is shown as typed.
 */
export function formatResult(raw: unknown, target: Target | undefined, percentDecimals = 1): string {
  const parsed = target ? parseResultValue(raw, target) : undefined;
  if (!target || !parsed?.ok || parsed.value === null) return formatCellValue(raw);
  const value = parsed.value;
  if (isUnitCount(value)) return `${value.met}/${value.of}${target.kind === 'perUnit' ? ` ${target.unitName}` : ''}`;
  if (typeof value === 'boolean' || target.kind === 'yesNo') return value === true || value === 1 ? 'Có' : 'Chưa';
  if (target.kind === 'perUnit') return formatCellValue(raw);
  if (target.unit === 'percent') return formatPercent(value, percentDecimals);
  if (target.unit === 'level') return `Mức ${formatNumber(value)}`;
  return `${formatNumber(value)}${target.unitLabel ? ` ${target.unitLabel}` : ''}`;
}
