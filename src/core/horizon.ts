/**
 * Multi-year horizons written in plans: «giai đoạn 2026-2030», «đến năm 2030», «Năm 2030».
 * A target or a timing with one falls due at the end of its last year. One reading shared by
 * timings (schedule.ts) and targets (target.ts).
 */
import { foldDiacritics } from './text';

export interface Horizon {
  /** The last calendar year named: 2030 for «giai đoạn 2026-2030». */
  readonly year: number;
  /** The text before the horizon phrase, untouched (as typed), trimmed; '' when the phrase is all there is. */
  readonly before: string;
}

/**
 * A horizon phrase at the end of `text` (optionally in brackets or after a comma): «… đến năm 2030»,
 * «… (giai đoạn 2026 – 2030)», «Giai đoạn 2026-2030». Undefined when the text does not end in one.
 */
export function trailingHorizon(text: string): Horizon | undefined {
  // Folding keeps length for Vietnamese letters (one code point each in NFC), so offsets carry over.
  const typed = text.normalize('NFC');
  const key = foldDiacritics(typed).toLowerCase();
  const m = HORIZON.exec(key);
  if (!m || key.length !== typed.length) return undefined;
  const year = Number(m[2] ?? m[3]);
  const first = m[1] === undefined ? undefined : Number(m[1]);
  if (first !== undefined && first > year) return undefined;
  return { year, before: typed.slice(0, m.index).replace(/[\s,;:(\-–—]+$/u, '').trim() };
}

const HORIZON =
  /(?:^|[\s,;(])\(?\s*(?:giai doan\s+(\d{4})\s*[-–—]\s*(\d{4})|(?:den|toi|trong|vao)?\s*(?:het\s+|cuoi\s+)?nam\s+(\d{4}))\s*\)?\s*[.;]?$/u;
