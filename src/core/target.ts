/**
 * Targets (chỉ tiêu): the text of a plan's target cell → a typed target.
 *
 * Reads every form seen in real plans ("≥95%", "Tối thiểu 90%", "tối thiểu 02 đợt/năm",
 * "từ mức 2 trở lên", "không quá 2 sự cố", "từ 90% đến 95%", "Có", LaTeX left by PDF
 * conversion such as "$\geq 80\%$"). Matching is done on folded text (no case, no diacritics),
 * so every Unicode spelling of the same words gives the same target. What cannot be read is
 * an error, never a guess.
 */
import { trailingHorizon } from './horizon';
import { formatNumber, parseNumber } from './number';
import { tooLongFor } from './phrase';
import { fail, ok, type Result } from './result';
import { cleanText, foldDiacritics, quote, trimCharacters } from './text';

/** percent: value is a fraction (95% → 0.95). count: a number of things (đợt, lần, hoạt động…). level: "Mức 2". */
export type TargetUnit = 'percent' | 'count' | 'level';

/** A horizon after the plan year makes a target long-term: «… đến năm 2030», «(giai đoạn 2026-2030)». */
interface WithHorizon {
  /** The last year of a horizon written at the end of the target (2030), when there is one. */
  readonly horizon?: number;
}

export type Target = WithHorizon &
  (
    /**
     * "≥95%", "95%", "Tối thiểu 90%", "ít nhất 01", "> 80%" (strict), "Mức 2 trở lên", "tối thiểu 02 đợt/năm".
     * `per` is the period of a rate ("01 lần/quý", "hằng tháng"): see `periodsElapsed`.
     */
    | { readonly kind: 'atLeast'; readonly value: number; readonly unit: TargetUnit; readonly strict: boolean; readonly unitLabel?: string; readonly per?: string }
    /** "≤ 5%", "không quá 2 sự cố" — lower is better */
    | { readonly kind: 'atMost'; readonly value: number; readonly unit: TargetUnit; readonly strict: boolean; readonly unitLabel?: string; readonly per?: string }
    /** "từ 90% đến 95%" */
    | { readonly kind: 'range'; readonly min: number; readonly max: number; readonly unit: TargetUnit; readonly unitLabel?: string }
    /**
     * "Có", or an outcome named without a number ("Hoàn thành", "Ban hành quy chế"), kept as `label`.
     * `negated`: the outcome is phrased with «Không …» («Không để xảy ra sự cố»), so a bare Có/Không result is ambiguous.
     */
    | { readonly kind: 'yesNo'; readonly label?: string; readonly negated?: boolean }
    /** "Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề": met when every unit meets `requirement`; results are "6/8". */
    | { readonly kind: 'perUnit'; readonly unitName: string; readonly requirement: string }
  );

/** What the row around a target cell says: its Đơn vị tính, and the baseline («Số liệu năm trước») for relative targets. */
export interface TargetContext {
  readonly unit?: string;
  readonly baseline?: unknown;
}

/** An amount as written in a target or result cell: "95%" (0.95), "02 đợt/năm", "Mức 3". */
export interface Quantity {
  readonly value: number;
  readonly unit: TargetUnit;
  readonly unitLabel?: string;
  readonly per?: string;
}

export type Comparison = Extract<Target, { kind: 'atLeast' | 'atMost' }>;
interface Direction { readonly kind: Comparison['kind']; readonly strict: boolean }

/**
 * The same text in two forms of equal length: `raw` as typed (canonical symbols) and `key`
 * folded for matching. Cutting both at the same offsets matches on "dot" but keeps "đợt".
 */
interface Span { readonly raw: string; readonly key: string }

export function parseTarget(text: string, context: TargetContext = {}): Result<Target> {
  const typed = typeof text === 'string' ? cleanText(text) : '';
  if (typed === '') return fail('chưa nhập chỉ tiêu');
  const tooLong = tooLongFor(typed, 'chỉ tiêu');
  if (tooLong) return fail(tooLong);
  const target = targetOf(typed, context ?? {});
  if (typeof target === 'string') return fail(target);
  return target ? ok(target) : fail(`không hiểu chỉ tiêu ${quote(typed)}`);
}

/** The amount a cell states on its own ("95,5 %", "2 đợt", "Mức 3"), or null. */
export function parseQuantity(text: string): Quantity | null {
  const span = spanOf(cleanText(text));
  return span && quantityOf(span);
}

/** A target, an error message (a relative target whose baseline is missing), or null when the text does not read. */
function targetOf(typed: string, context: TargetContext): Target | string | null {
  const span = spanOf(typed);
  if (span === null) return null;
  const relative = relativeOf(span, typed, context);
  if (relative !== undefined) return relative;
  const horizon = trailingHorizon(span.raw);
  if (horizon && horizon.before !== '') {
    const inner = plainTargetOf(horizon.before, context);
    return inner && { ...inner, horizon: horizon.year };
  }
  return plainTargetOf(span.raw, context);
}

/** A target with no horizon: its trailing remark in brackets left out, read against the row's Đơn vị tính. */
function plainTargetOf(raw: string, context: TargetContext): Target | null {
  const remark = REMARK.exec(raw);
  const span = spanOf(remark && remark.index > 0 ? raw.slice(0, remark.index) : raw);
  if (span === null || span.key === '') return null;
  if (span.key === 'co') return { kind: 'yesNo' };
  const body = withoutFillers(span);
  const target = rangeOf(body) ?? leadingPeriodOf(body) ?? comparisonOf(body) ?? perUnitOf(body) ?? outcomeOf(span);
  return target && isPercentUnit(context.unit) ? asPercent(target) : target;
}

// ---- text preparation -------------------------------------------------------------------

/** Spaces and punctuation that may end a target or result ("≥ 95%.", "2 đợt;"). */
const TRAILING = ' .;,:';

/** The aligned raw/key form of a cleaned text, or null when it holds a negated operator (≯, ≱). */
function spanOf(typed: string): Span | null {
  if (typed.normalize('NFD').includes('\u0338')) return null;
  const raw = trimCharacters(cleanText(canonicalOperators(fromLatex(typed.normalize('NFKC')))), { end: TRAILING });
  return { raw, key: foldedKeepingLength(raw) };
}

/** "$\geq 80\%$" → "≥ 80%": the math left in plans converted from PDF. */
function fromLatex(text: string): string {
  if (!/[$\\]/.test(text)) return text;
  return text
    .replace(/\\(?:geqslant|geq|ge)(?![a-z])/gi, '≥')
    .replace(/\\(?:leqslant|leq|le)(?![a-z])/gi, '≤')
    .replace(/\\gt(?![a-z])/gi, '>')
    .replace(/\\lt(?![a-z])/gi, '<')
    .replace(/\\%/g, '%')
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/[${}]/g, '');
}

function canonicalOperators(text: string): string {
  return text.replace(/>=|=>|[⩾≧]/g, '≥').replace(/<=|=<|[⩽≦]/g, '≤');
}

/** Folded character by character, so offsets in the key are offsets in the raw text. */
function foldedKeepingLength(raw: string): string {
  let key = '';
  for (const ch of raw) {
    const folded = foldDiacritics(ch);
    key += folded.length === ch.length ? folded : ch;
  }
  return key;
}

/** The part of a span between two offsets of its key, trimmed. */
function cut(span: Span, start: number, end = span.key.length): Span {
  const key = span.key.slice(start, end);
  const lead = key.length - key.trimStart().length;
  const trail = key.length - key.trimEnd().length;
  return { raw: span.raw.slice(start + lead, end - trail), key: key.trim() };
}

/** What follows a match of the anchored `pattern`, or null when it does not match. */
function after(span: Span, pattern: RegExp): Span | null {
  const match = pattern.exec(span.key);
  return match ? cut(span, match[0].length) : null;
}

// ---- grammar ----------------------------------------------------------------------------

/** Words that add nothing to the meaning: "đạt 100%", "Phấn đấu 100%", "đảm bảo 100%". */
const FILLERS = /^(?:(?:phan dau|dam bao|dat|hoan thanh|muc tieu|chi tieu)(?![a-z])\s*:?\s*)+/;

const PREFIXES: readonly (Direction & { readonly pattern: RegExp })[] = [
  { kind: 'atLeast', strict: false, pattern: /^(?:≥|toi thieu|it nhat|khong (?:duoi|it hon|thap hon|nho hon))(?![a-z])/ },
  { kind: 'atLeast', strict: true, pattern: /^(?:>|tren|(?:lon|cao|nhieu) hon|hon)(?![a-z])/ },
  { kind: 'atMost', strict: false, pattern: /^(?:≤|toi da|nhieu nhat|khong (?:vuot )?qua|khong (?:lon|cao|nhieu) hon)(?![a-z])/ },
  { kind: 'atMost', strict: true, pattern: /^(?:<|duoi|(?:it|nho|thap) hon)(?![a-z])/ },
];

/** "từ 95% trở lên": "từ" needs a "trở lên / trở xuống" after the amount. */
const FROM = /^tu(?![a-z])/;
const SUFFIX = /(?:^|\s)tro (len|xuong|lai)$/;

const AMOUNT = /^(?:(muc(?: do)?)\s*)?(\d+(?:[.,]\d+)*)(\s*(?:%|phan tram(?![a-z])))?/;
const PER = /(?:\s*\/\s*|\s+(?:moi|hang)\s+)(nam hoc|nam|hoc ky|hoc ki|ky|ki|quy|qui|thang|tuan|ngay)$/;
const LABEL = /^\p{L}(?:[^\d%<>≤≥=]*[^\d%<>≤≥=\s/\-–—])?$/u;
const RANGE_SEPARATOR = /\s+(?:den|toi)\s+|\s*[-–—−]\s*/;

function withoutFillers(span: Span): Span {
  return after(span, FILLERS) ?? span;
}

/** "tối thiểu: 02 lần/quý": a colon after a leading word. */
function withoutColon(span: Span): Span {
  return after(span, /^:/) ?? span;
}

/** "≥95%", "Tối thiểu 90%", "Mức 2 trở lên", "dưới 5%", "95%" (plain means at least). */
function comparisonOf(span: Span): Comparison | null {
  const from = after(span, FROM);
  const prefix = from ? null : prefixOf(span);
  let rest = withoutFillers(withoutColon(from ?? prefix?.rest ?? span));
  const suffix = SUFFIX.exec(rest.key);
  if (suffix) rest = cut(rest, 0, suffix.index);
  const suffixDirection: Direction | null = suffix ? { kind: suffix[1] === 'len' ? 'atLeast' : 'atMost', strict: false } : null;
  const direction = directionOf(prefix?.direction ?? null, suffixDirection, from !== null);
  const quantity = quantityOf(rest) ?? frequencyOf(rest);
  return direction && quantity ? { kind: direction.kind, strict: direction.strict, ...quantity } : null;
}

function prefixOf(span: Span): { readonly direction: Direction; readonly rest: Span } | null {
  for (const { kind, strict, pattern } of PREFIXES) {
    const rest = after(span, pattern);
    if (rest) return { direction: { kind, strict }, rest };
  }
  return null;
}

function directionOf(prefix: Direction | null, suffix: Direction | null, from: boolean): Direction | null {
  if (from && !suffix) return null;
  if (prefix && suffix && prefix.kind !== suffix.kind) return null;
  return prefix ?? suffix ?? { kind: 'atLeast', strict: false };
}

/** "95 %", "02 đợt/năm", "01 hoạt động/sự kiện", "mức 2". */
function quantityOf(span: Span): Quantity | null {
  const amount = AMOUNT.exec(span.key);
  const number = amount ? parseNumber(amount[2] ?? '') : null;
  if (!amount || number === null) return null;
  let rest = cut(span, amount[0].length);
  const perMatch = PER.exec(rest.key);
  const per = perMatch?.[1] ? rest.raw.slice(-perMatch[1].length).toLowerCase() : '';
  if (perMatch) rest = cut(rest, 0, perMatch.index);
  if (rest.key !== '' && !LABEL.test(rest.key)) return null;
  const unit: TargetUnit = amount[1] ? 'level' : amount[3] ? 'percent' : 'count';
  if (unit === 'level' && (rest.raw !== '' || per !== '')) return null;
  return {
    value: unit === 'percent' ? number / 100 : number,
    unit,
    ...(rest.raw ? { unitLabel: rest.raw } : {}),
    ...(per ? { per } : {}),
  };
}

/** "từ 90% đến 95%", "90% – 95%", "2 – 3 đợt"; null when the text is not two amounts. */
function rangeOf(span: Span): Target | null {
  const body = after(span, FROM) ?? span;
  const separator = RANGE_SEPARATOR.exec(body.key);
  if (!separator || separator.index === 0) return null;
  const low = quantityOf(cut(body, 0, separator.index));
  const high = quantityOf(cut(body, separator.index + separator[0].length));
  return low && high ? rangeBetween(low, high) : null;
}

function rangeBetween(low: Quantity, high: Quantity): Target | null {
  const unit = low.unit === high.unit ? low.unit : isBareNumber(low) ? high.unit : isBareNumber(high) ? low.unit : null;
  const lowLabel = labelWithPer(low);
  const highLabel = labelWithPer(high);
  if (unit === null || (lowLabel && highLabel && lowLabel !== highLabel)) return null;
  const unitLabel = highLabel ?? lowLabel;
  return { kind: 'range', min: valueIn(low, unit), max: valueIn(high, unit), unit, ...(unitLabel ? { unitLabel } : {}) };
}

function isBareNumber(quantity: Quantity): boolean {
  return quantity.unit === 'count' && !quantity.unitLabel && !quantity.per;
}

function labelWithPer(quantity: Quantity): string | undefined {
  return quantity.per ? `${quantity.unitLabel ?? ''}/${quantity.per}` : quantity.unitLabel;
}

/** "từ 90 đến 95%": the bare 90 takes the other end's percent. */
function valueIn(quantity: Quantity, unit: TargetUnit): number {
  return quantity.unit === 'count' && unit === 'percent' ? quantity.value / 100 : quantity.value;
}

// ---- issue 9 forms: remarks, rates, per-unit, outcomes, the Đơn vị tính, relative targets ----

/** A remark in brackets at the end: «02 đợt/năm (đầu năm và giữa năm)», «100% (trừ hồ sơ mật)». */
const REMARK = /\s*\([^()]*\)$/;

/** Periods a rate can be per, folded → as shown. */
const PERIODS: ReadonlyMap<string, string> = new Map([
  ['nam hoc', 'năm học'], ['nam', 'năm'], ['hoc ky', 'học kỳ'], ['hoc ki', 'học kỳ'], ['quy', 'quý'], ['qui', 'quý'],
  ['thang', 'tháng'], ['tuan', 'tuần'], ['ngay', 'ngày'],
]);
const PERIOD = '(nam hoc|nam|hoc ky|hoc ki|quy|qui|thang|tuan|ngay)(?![a-z])';
/** "hằng tháng", "theo quý", "định kỳ hằng quý", "mỗi học kỳ", "quý/lần", "thường niên": once per period. */
const FREQUENCY = new RegExp(`^(?:(?:dinh ky|thuong xuyen)\\s+)?(?:theo|hang|moi|tung)\\s+${PERIOD}$|^${PERIOD}\\s*/\\s*(?:1\\s+)?lan$|^(thuong nien)$`);
/** "Mỗi học kỳ 01 lần", "Hằng tháng ít nhất 02 bản tin": the period first. */
const LEADING_PERIOD = new RegExp(`^(?:moi|hang|tung)\\s+${PERIOD}\\s*[:,]?\\s*`);

function frequencyOf(span: Span): Quantity | null {
  const m = FREQUENCY.exec(span.key);
  if (!m) return null;
  const period = m[1] ?? m[2];
  return { value: 1, unit: 'count', unitLabel: 'lần', per: period ? PERIODS.get(period)! : 'năm' };
}

function leadingPeriodOf(span: Span): Target | null {
  const m = LEADING_PERIOD.exec(span.key);
  if (!m) return null;
  const per = PERIODS.get(m[1]!)!;
  const rest = cut(span, m[0].length);
  if (!/\d/.test(rest.key)) return { kind: 'atLeast', value: 1, unit: 'count', strict: false, unitLabel: 'lần', per };
  const inner = comparisonOf(rest);
  return inner && !inner.per && inner.unit === 'count' ? { ...inner, per } : null;
}

/** "Mỗi tổ chuyên môn …", "Từng lớp …": the unit named after «mỗi» / «từng» (not a period: that is a rate). */
const PER_UNIT = /^(?:moi|tung)\s+/;
/** Units plans count by, folded, longest first; anything else takes its first word. */
const UNIT_NOUNS = [
  'to/nhom chuyen mon', 'to, nhom chuyen mon', 'to nhom chuyen mon', 'to chuyen mon', 'nhom chuyen mon', 'khoi lop', 'lop hoc', 'can bo quan ly',
  'can bo, giao vien', 'giao vien', 'can bo', 'nhan vien', 'hoc sinh', 'bo phan', 'phong hoc', 'phong ban', 'diem truong', 'don vi', 'ca nhan',
  'mon hoc', 'to', 'nhom', 'khoi', 'lop', 'phong', 'mon', 'truong', 'cbql', 'cbgv', 'gv', 'hs',
];

function perUnitOf(span: Span): Target | null {
  const lead = PER_UNIT.exec(span.key);
  if (!lead || LEADING_PERIOD.test(span.key)) return null;
  const rest = cut(span, lead[0].length);
  const noun = UNIT_NOUNS.find((n) => rest.key.startsWith(n) && !/[a-z]/.test(rest.key.charAt(n.length))) ?? /^[a-z]+/.exec(rest.key)?.[0];
  if (!noun) return null;
  const requirement = cut(rest, noun.length);
  return { kind: 'perUnit', unitName: rest.raw.slice(0, noun.length), requirement: requirement.raw };
}

/** Outcome text: words only (no digit, no sign), starting with a letter. */
const OUTCOME_TEXT = /^\p{L}[\p{L}\p{M}\s,;.'"«»()/&–-]*$/u;
/** Words that are a result, a placeholder or a pending state, not a target. */
const NOT_AN_OUTCOME = /^(?:khong|chua|x|n ?\/? ?a|na|khong ap dung|khong co|dang(?![a-z]).*|chua(?![a-z]).*)$/;
/** A count in words («Hai đợt», «Một lần»): a figure, not an outcome. Matched as typed: «ba» folds like «bà», «tám» like «tâm». */
const NUMBER_WORD = /^(?:một|hai|ba|bốn|bảy|tám|chín|mười|mươi)(?![\p{L}\p{M}])/u;
/** A timing typed in the target column («Quý II», «Học kỳ I», «Cả năm học»): not an outcome. */
const TIMING_TEXT =
  /^(?:(?:ca|trong|suot|cuoi|dau|giua|het) )*(?:(?:thang|qu[yi]|hoc k[yi]|hk)(?: (?:[ivx]+|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi(?: mot| hai)?))?|nam hoc|nam)$/;
/** A figure given by reference («Như năm trước», «Giữ nguyên so với năm 2025») or a placeholder («TBD», «Chờ hướng dẫn»). */
const BY_REFERENCE = /(?:^|\s)(?:(?:nam|nam hoc|ky|hoc ky) truoc|so voi)(?![a-z])|^(?:tbd|tba)(?![a-z])/;
/** «Chờ hướng dẫn», matched as typed («Cho phép …» folds alike). */
const PENDING = /^chờ(?![\p{L}\p{M}])/u;
/** Words that need a number after them: a target missing its figure. */
const NEEDS_A_NUMBER = /^(?:toi thieu|toi da|it nhat|nhieu nhat|khong (?:qua|duoi|vuot qua|it hon|thap hon|nho hon|lon hon|cao hon|nhieu hon)|tren|duoi|tu|muc|hon|(?:lon|cao|nhieu|it|nho|thap) hon|(?:tang|giam)(?: (?:len|xuong|it nhat|toi thieu))?$|ty le|ti le|khoang|xap xi|chung)(?![a-z])/;

/**
 * "Hoàn thành", "Ban hành quy chế", "Kết nối thời gian thực": an outcome named with words and no
 * number is a yes/no target. Not an outcome: text with a digit or a sign (a figure that does not
 * read stays an error), a result or placeholder word («Không», «Chưa có», «x», «N/A»), or a
 * target missing its figure («tối thiểu», «Mức»).
 */
function outcomeOf(span: Span): Target | null {
  if (/\d/.test(span.key) || !OUTCOME_TEXT.test(span.raw)) return null;
  if ((span.key.match(/[a-z]/g) ?? []).length < 2) return null;
  const body = withoutFillers(span);
  if (NOT_AN_OUTCOME.test(span.key) || (body.key !== '' && NEEDS_A_NUMBER.test(body.key))) return null;
  if (NUMBER_WORD.test(body.raw.toLowerCase()) || TIMING_TEXT.test(span.key) || BY_REFERENCE.test(span.key) || PENDING.test(span.raw.toLowerCase())) return null;
  const negated = /^khong\s/.test(span.key);
  return { kind: 'yesNo', label: span.raw, ...(negated ? { negated } : {}) };
}

/** Đơn vị tính meaning a percentage: «%», «Tỷ lệ», «Tỷ lệ %», «phần trăm». */
export function isPercentUnit(unit: string | undefined): boolean {
  if (typeof unit !== 'string') return false;
  const key = foldDiacritics(cleanText(unit)).replace(/[()\s]/g, '');
  return ['%', 'tyle', 'tile', 'tyle%', 'tile%', 'phantram'].includes(key);
}

/** A bare number («95», «≥ 90», «90 – 95») in a row whose Đơn vị tính is % is a percentage. */
function asPercent(target: Target): Target {
  const bare = (t: { unit: TargetUnit; unitLabel?: string }) => t.unit === 'count' && !t.unitLabel;
  if ((target.kind === 'atLeast' || target.kind === 'atMost') && bare(target) && !target.per) {
    return { ...target, value: target.value / 100, unit: 'percent' };
  }
  if (target.kind === 'range' && bare(target)) return { ...target, min: target.min / 100, max: target.max / 100, unit: 'percent' };
  return target;
}

/** «tăng 10% so với năm 2025», «giảm 5% …», «tăng ít nhất 10 điểm phần trăm …», «tăng 2 chuyên đề …». */
const RELATIVE = /^(tang|giam)(?:\s+(?:it nhat|toi thieu))?\s+(\d+(?:[.,]\d+)*)\s*(%|phan tram(?![a-z])|diem phan tram(?![a-z])|diem %)?/;
/** «giảm xuống còn 5%», «tăng lên 90%»: an absolute figure. */
const TO_LEVEL = /^(tang len|giam xuong(?: con)?|giam con)(?![a-z])\s*/;

/**
 * A relative target against the row's baseline: a comparison, an error message when the baseline
 * is missing or unreadable, or undefined when the text is not a relative target. A percentage
 * change is relative to the baseline (giảm 5% of 40 → ≤ 38; tăng 10% of 60% → ≥ 66%); «điểm phần
 * trăm» adds points (tăng 10 điểm phần trăm of 60% → ≥ 70%); a count adds or takes away that many.
 */
function relativeOf(span: Span, typed: string, context: TargetContext): Target | string | undefined {
  const toLevel = TO_LEVEL.exec(span.key);
  if (toLevel) {
    const inner = comparisonOf(cut(span, toLevel[0].length));
    return inner && !/\s/.test(toLevel[1]!.slice(0, 3)) ? { ...inner, kind: toLevel[1]!.startsWith('tang') ? 'atLeast' : 'atMost', strict: false } : undefined;
  }
  const m = RELATIVE.exec(span.key);
  if (!m) return undefined;
  const amount = parseNumber(m[2]!);
  if (amount === null) return undefined;
  const up = m[1] === 'tang';
  const points = m[3] !== undefined && m[3].startsWith('diem');
  const byPercent = m[3] !== undefined;
  const baseline = readBaseline(context.baseline, isPercentUnit(context.unit));
  if (typeof baseline === 'string') return `chỉ tiêu ${quote(typed)} ${baseline}`;
  if (points && baseline.unit !== 'percent') return `chỉ tiêu ${quote(typed)} tính theo điểm phần trăm nhưng số liệu năm trước không phải tỷ lệ %`;
  const change = points ? amount / 100 : byPercent ? baseline.value * (amount / 100) : amount;
  const value = Math.max(0, baseline.value + (up ? change : -change));
  return { kind: up ? 'atLeast' : 'atMost', value, unit: baseline.unit, strict: false, ...(baseline.unitLabel ? { unitLabel: baseline.unitLabel } : {}) };
}

const BASELINE_HINT = 'cần số liệu năm trước để tính: điền cột «Số liệu năm trước» của chỉ tiêu này';

/** The baseline cell: a number, a Sheets percentage (0.6), or text «60%», «1.000 tờ»; a message when missing or unreadable. */
function readBaseline(raw: unknown, percentUnit: boolean): Quantity | string {
  if (raw === null || raw === undefined || (typeof raw === 'string' && cleanText(raw) === '')) return BASELINE_HINT;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return `có số liệu năm trước không hợp lệ (${formatNumber(raw)})`;
    return percentUnit ? { value: raw <= 1 ? raw : raw / 100, unit: 'percent' } : { value: raw, unit: 'count' };
  }
  if (typeof raw !== 'string') return `không đọc được số liệu năm trước; ${BASELINE_HINT}`;
  const text = cleanText(raw);
  const number = parseNumber(text);
  if (number !== null) return readBaseline(number, percentUnit);
  const quantity = parseQuantity(text);
  if (!quantity || quantity.unit === 'level' || quantity.per) return `không hiểu số liệu năm trước ${quote(text)}`;
  return quantity;
}

// ---- display and checks -----------------------------------------------------------------

/** Canonical Vietnamese display: "≥ 95%", "> 80%", "≤ 5%", "≥ 2 đợt/năm", "Mức 2 trở lên", "90% – 95%", "Có". */
export function describeTarget(target: Target): string {
  const horizon = target.horizon === undefined ? '' : ` (đến năm ${target.horizon})`;
  return describeBody(target) + horizon;
}

function describeBody(target: Target): string {
  switch (target.kind) {
    case 'yesNo':
      return target.label ?? 'Có';
    case 'perUnit':
      return `Mỗi ${target.unitName}${target.requirement ? ` ${target.requirement}` : ''}`;
    case 'range':
      return `${amountText(target.min, target.unit)} – ${amountText(target.max, target.unit)}${labelText(target.unitLabel)}`;
    default:
      return target.unit === 'level' ? levelComparisonText(target) : comparisonText(target);
  }
}

function comparisonText(target: Comparison): string {
  const symbol = target.kind === 'atLeast' ? (target.strict ? '>' : '≥') : (target.strict ? '<' : '≤');
  const per = target.per ? `/${target.per}` : '';
  return `${symbol} ${amountText(target.value, target.unit)}${labelText(target.unitLabel)}${per}`;
}

function levelComparisonText(target: Comparison): string {
  const level = formatNumber(target.value);
  if (target.strict) return `${target.kind === 'atLeast' ? 'Trên' : 'Dưới'} mức ${level}`;
  return `Mức ${level} ${target.kind === 'atLeast' ? 'trở lên' : 'trở xuống'}`;
}

function amountText(value: number, unit: TargetUnit): string {
  if (unit === 'percent') return `${formatNumber(value * 100)}%`;
  return unit === 'level' ? `Mức ${formatNumber(value)}` : formatNumber(value);
}

function labelText(label: string | undefined): string {
  return label ? ` ${label}` : '';
}

/** Warnings (Vietnamese) for a target that reads but makes no sense, for *Kiểm tra dữ liệu*. Empty when fine. */
export function targetWarnings(target: Target): string[] {
  const shown = `Chỉ tiêu '${describeTarget(target)}'`;
  switch (target.kind) {
    case 'yesNo':
    case 'perUnit':
      return [];
    case 'range':
      return rangeWarnings(target, shown);
    default:
      return comparisonWarnings(target, shown);
  }
}

const NEVER_ABOVE_100 = 'không bao giờ đạt được vì tỷ lệ không thể vượt quá 100%';
const ALWAYS_MET = 'luôn đạt với mọi kết quả, không đo được tiến độ';

function comparisonWarnings(target: Comparison, shown: string): string[] {
  const { kind, strict, value, unit } = target;
  const percent = unit === 'percent';
  const warnings: string[] = [];
  if (kind === 'atLeast' && percent && (strict ? value >= 1 : value > 1)) warnings.push(`${shown} ${NEVER_ABOVE_100}.`);
  if (kind === 'atLeast' && !strict && value <= 0) warnings.push(`${shown} ${ALWAYS_MET}.`);
  if (kind === 'atMost' && strict && value <= 0) warnings.push(`${shown} không bao giờ đạt được vì kết quả không thể nhỏ hơn 0.`);
  if (kind === 'atMost' && percent && (strict ? value > 1 : value >= 1)) warnings.push(`${shown} ${ALWAYS_MET}.`);
  if (unit === 'level' && !Number.isInteger(value)) warnings.push(`${shown}: mức phải là số nguyên.`);
  return warnings;
}

function rangeWarnings(target: Extract<Target, { kind: 'range' }>, shown: string): string[] {
  const { min, max, unit } = target;
  const warnings: string[] = [];
  if (min > max) warnings.push(`${shown} bị ngược: giá trị đầu lớn hơn giá trị cuối.`);
  if (unit === 'percent' && min > 1) warnings.push(`${shown} ${NEVER_ABOVE_100}.`);
  else if (unit === 'percent' && max > 1) warnings.push(`${shown} có mức trên vượt quá 100%.`);
  if (unit === 'level' && !(Number.isInteger(min) && Number.isInteger(max))) warnings.push(`${shown}: mức phải là số nguyên.`);
  return warnings;
}
