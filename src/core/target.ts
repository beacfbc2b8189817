/**
 * Targets (chỉ tiêu): the text of a plan's target cell → a typed target.
 *
 * Reads every form seen in real plans ("≥95%", "Tối thiểu 90%", "tối thiểu 02 đợt/năm",
 * "từ mức 2 trở lên", "không quá 2 sự cố", "từ 90% đến 95%", "Có", LaTeX left by PDF
 * conversion such as "$\geq 80\%$"). Matching is done on folded text (no case, no diacritics),
 * so every Unicode spelling of the same words gives the same target. What cannot be read is
 * an error, never a guess.
 */
import { formatNumber, parseNumber } from './number';
import { tooLongFor } from './phrase';
import { fail, ok, type Result } from './result';
import { cleanText, foldDiacritics, quote, trimCharacters } from './text';

/** percent: value is a fraction (95% → 0.95). count: a number of things (đợt, lần, hoạt động…). level: "Mức 2". */
export type TargetUnit = 'percent' | 'count' | 'level';

export type Target =
  /** "≥95%", "95%", "Tối thiểu 90%", "ít nhất 01", "> 80%" (strict), "Mức 2 trở lên", "tối thiểu 02 đợt/năm" */
  | { readonly kind: 'atLeast'; readonly value: number; readonly unit: TargetUnit; readonly strict: boolean; readonly unitLabel?: string; readonly per?: string }
  /** "≤ 5%", "không quá 2 sự cố" — lower is better */
  | { readonly kind: 'atMost'; readonly value: number; readonly unit: TargetUnit; readonly strict: boolean; readonly unitLabel?: string; readonly per?: string }
  /** "từ 90% đến 95%" */
  | { readonly kind: 'range'; readonly min: number; readonly max: number; readonly unit: TargetUnit; readonly unitLabel?: string }
  /** "Có" */
  | { readonly kind: 'yesNo' };

/** An amount as written in a target or result cell: "95%" (0.95), "02 đợt/năm", "Mức 3". */
export interface Quantity {
  readonly value: number;
  readonly unit: TargetUnit;
  readonly unitLabel?: string;
  readonly per?: string;
}

type Comparison = Extract<Target, { kind: 'atLeast' | 'atMost' }>;
interface Direction { readonly kind: Comparison['kind']; readonly strict: boolean }

/**
 * The same text in two forms of equal length: `raw` as typed (canonical symbols) and `key`
 * folded for matching. Cutting both at the same offsets matches on "dot" but keeps "đợt".
 */
interface Span { readonly raw: string; readonly key: string }

export function parseTarget(text: string): Result<Target> {
  const typed = typeof text === 'string' ? cleanText(text) : '';
  if (typed === '') return fail('chưa nhập chỉ tiêu');
  const tooLong = tooLongFor(typed, 'chỉ tiêu');
  if (tooLong) return fail(tooLong);
  const target = targetOf(typed);
  return target ? ok(target) : fail(`không hiểu chỉ tiêu ${quote(typed)}`);
}

/** The amount a cell states on its own ("95,5 %", "2 đợt", "Mức 3"), or null. */
export function parseQuantity(text: string): Quantity | null {
  const span = spanOf(cleanText(text));
  return span && quantityOf(span);
}

function targetOf(typed: string): Target | null {
  const span = spanOf(typed);
  if (span === null) return null;
  if (span.key === 'co') return { kind: 'yesNo' };
  const body = withoutFillers(span);
  return rangeOf(body) ?? comparisonOf(body);
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
const FILLERS = /^(?:(?:phan dau|dam bao|dat|muc tieu|chi tieu)(?![a-z])\s*:?\s*)+/;

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

/** "≥95%", "Tối thiểu 90%", "Mức 2 trở lên", "dưới 5%", "95%" (plain means at least). */
function comparisonOf(span: Span): Comparison | null {
  const from = after(span, FROM);
  const prefix = from ? null : prefixOf(span);
  let rest = withoutFillers(from ?? prefix?.rest ?? span);
  const suffix = SUFFIX.exec(rest.key);
  if (suffix) rest = cut(rest, 0, suffix.index);
  const suffixDirection: Direction | null = suffix ? { kind: suffix[1] === 'len' ? 'atLeast' : 'atMost', strict: false } : null;
  const direction = directionOf(prefix?.direction ?? null, suffixDirection, from !== null);
  const quantity = quantityOf(rest);
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

// ---- display and checks -----------------------------------------------------------------

/** Canonical Vietnamese display: "≥ 95%", "> 80%", "≤ 5%", "≥ 2 đợt/năm", "Mức 2 trở lên", "90% – 95%", "Có". */
export function describeTarget(target: Target): string {
  switch (target.kind) {
    case 'yesNo':
      return 'Có';
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
