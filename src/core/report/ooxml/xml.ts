/**
 * XML text for the report's OOXML parts: every text, link and title from the plan goes through
 * xmlSafeText (one character XML 1.0 forbids, U+FFFE from a cell, makes the whole file unopenable),
 * then is escaped. Lengths: exact twips and EMUs from millimetres. Pure: no Node or Apps Script API.
 */
import { xmlSafeText } from '../../xmlText';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"]/;

/** Element content: legal XML characters only, & < > escaped. */
export function xmlText(text: string): string {
  const safe = xmlSafeText(text);
  return TEXT_SPECIAL.test(safe) ? safe.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : safe;
}

/** An attribute value in double quotes: legal XML characters only, & < > " escaped, line breaks kept as such. */
export function xmlAttr(text: string): string {
  const safe = xmlSafeText(text);
  const escaped = ATTR_SPECIAL.test(safe) ? safe.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') : safe;
  return /[\t\n\r]/.test(escaped) ? escaped.replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;') : escaped;
}

/** Millimetres to twips (1/1440 inch), rounded, never floored: A4 is 11906 × 16838. */
export function twip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Millimetres to EMUs (DrawingML's unit, 36,000 per mm). */
export function emu(mm: number): number {
  return Math.round(mm * 36000);
}

/** Points to Word's half-points (w:sz). */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Points to twentieths of a point (w:spacing before/after). */
export function twentieths(pt: number): number {
  return Math.round(pt * 20);
}
