/**
 * Numbers as Vietnamese staff type them.
 *
 * The comma is the decimal mark ("95,5"); a dot or a space between groups of exactly three
 * digits separates thousands ("1.000", "1 000", "1.000,5"). Any other dot is a decimal point,
 * as spreadsheets and English-trained hands write it ("0.95", "95.5"); so is a dot after a
 * leading 0 ("0.950"). Leading zeros are fine ("02").
 */
import { cleanText } from './text';

const SIGNED = /^([+\-\u2212]?) ?(.*)$/;
const DIGITS = /^\d+$/;
const GROUPED = /^[1-9]\d{0,2}([. ])\d{3}(?:\1\d{3})*(?:,\d+)?$/;
const DECIMAL_COMMA = /^\d+,\d+$/;
const DECIMAL_DOT = /^\d+\.\d+$/;

/** The number the text means, or null when it is not a plain number. */
export function parseNumber(text: string): number | null {
  const [, sign = '', body = ''] = SIGNED.exec(cleanText(text)) ?? [];
  const canonical = canonicalDigits(body);
  if (canonical === null) return null;
  const value = Number(canonical);
  if (!Number.isFinite(value)) return null;
  return sign === '-' || sign === '\u2212' ? -value || 0 : value;
}

/** The body rewritten in JavaScript syntax ("1.000,5" → "1000.5"), or null when it is not a number. */
function canonicalDigits(body: string): string | null {
  if (DIGITS.test(body) || (DECIMAL_DOT.test(body) && !GROUPED.test(body))) return body;
  if (GROUPED.test(body)) return body.replace(/[. ]/g, '').replace(',', '.');
  if (DECIMAL_COMMA.test(body)) return body.replace(',', '.');
  return null;
}

/** Vietnamese display of a number: "1.000", "95,5", "0,25". Rounded to 6 decimals. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  const text = String(Number.isFinite(rounded) ? rounded : value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text; // NaN, Infinity, 1e+21
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, '.');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}
