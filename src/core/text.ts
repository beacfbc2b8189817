/**
 * Vietnamese text normalisation.
 *
 * `cleanText` keeps the words as the user wrote them (diacritics and case) but makes the
 * Unicode form and the spacing canonical: NFC, NBSP and other spaces become one ASCII space,
 * trimmed. Use it for anything shown back to the user.
 *
 * `foldText` is for matching: it also lowercases, removes diacritics (including đ → d) and
 * treats punctuation as spacing, so "Mức đạt  2026", "MUC DAT 2026" and "mức-đạt 2026" agree.
 *
 * `trimCharacters` drops given characters from the ends, and `quote` puts a cell's text into a
 * message, short enough for the message to fit in a cell.
 */

const SPACES = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Canonical Unicode (NFC) and single spaces, trimmed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').trim();
}

/** Lowercase, no diacritics, đ → d, spaces collapsed; punctuation kept. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}

/** Folded for matching: diacritics and case removed, punctuation treated as space. */
export function foldText(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Any cell value as cleaned text for a message; never throws, whatever the value is. */
export function displayText(value: unknown): string {
  try {
    return cleanText(String(value));
  } catch {
    return typeof value;
  }
}

/**
 * `text` without the characters of `start` at its beginning and those of `end` at its end
 * (each set a string of single UTF-16 units, e.g. ' .,;:').
 *
 * A loop, so linear in the length of `text`. A `/[…]+$/` regex is not: on a run of those
 * characters that stops short of the end it starts again from every position of the run, which
 * took 12.8 s for one 50,000-character cell.
 */
export function trimCharacters(text: string, { start = '', end = '' }: { readonly start?: string; readonly end?: string }): string {
  let from = 0;
  let to = text.length;
  while (from < to && start.includes(text[from]!)) from++;
  while (to > from && end.includes(text[to - 1]!)) to--;
  return text.slice(from, to);
}

/** Most characters of a cell that a message quotes, «…» included. */
export const QUOTE_LENGTH = 80;

/** A cell's text as a message quotes it: between straight quotes, cut to QUOTE_LENGTH characters. */
export function quote(text: string): string {
  return `'${shorten(text, QUOTE_LENGTH)}'`;
}

/**
 * `text` in at most `max` characters: a longer one is cut and ends with «…», never inside a
 * surrogate pair or between a letter and its combining marks.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  while (end > 0 && isContinuation(text.charCodeAt(end))) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** A UTF-16 unit that belongs to the character before it: a low surrogate or a combining mark. */
function isContinuation(unit: number): boolean {
  return (unit >= 0xdc00 && unit <= 0xdfff) || (unit >= 0x0300 && unit <= 0x036f);
}

/**
 * `text` as a sentence: its first letter a capital and a closing full stop when it ends without
 * punctuation (a parser's «không hiểu chỉ tiêu '…'» shown on its own line).
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const first = trimmed[0]!.toLocaleUpperCase('vi') + trimmed.slice(1);
  return /[.!?…:»)]$/.test(first) ? first : `${first}.`;
}
