/** E-mail addresses as staff type them in Phân công and Cấu hình. */
import { cleanText } from './text';

/** One address: no spaces, one @, a dotted domain with a top-level part of 2+ letters. */
const EMAIL = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[^\s@<>()[\]",;:\\.]{2,}$/;

/** Trimmed, canonical spacing, lowercase; '' for anything that is not text. */
export function normalizeEmail(text: unknown): string {
  return typeof text === 'string' ? cleanText(text).toLowerCase() : '';
}

/** For an address already normalised. */
export function isValidEmail(text: string): boolean {
  return EMAIL.test(text) && !text.includes('..');
}
