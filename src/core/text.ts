/**
 * Vietnamese text normalisation.
 *
 * `cleanText` keeps the words as the user wrote them (diacritics and case) but makes the
 * Unicode form and the spacing canonical: NFC, NBSP and other spaces become one ASCII space,
 * trimmed. Use it for anything shown back to the user.
 *
 * `foldText` is for matching: it also lowercases, removes diacritics (including đ → d) and
 * treats punctuation as spacing, so "Mức đạt  2026", "MUC DAT 2026" and "mức-đạt 2026" agree.
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
