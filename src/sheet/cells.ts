/** Small conversions of cell values shared by the readers of the sheet layer and the shells. */
import { formatPercent } from '../core/format';
import { cleanText } from '../core/text';
import type { Cell } from './workbook';

/** A number displayed with a % format, as staff see it: 1 → "100%", 0.955 → "95,5%" (up to 6 decimals). */
export function percentText(value: number): string {
  return formatPercent(value, 6);
}

/** A cell's text, cleaned: a number or boolean as written, a date (or nothing) as ''. */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cleanText(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}

/** STT as an id: 1 → "1", "01" → "1", "1." → "1", "2.3" stays "2.3". */
export function idOf(cell: Cell | undefined): string {
  const t = cellText(cell).replace(/[.)]$/, '');
  return /^0+\d+$/.test(t) ? String(Number(t)) : t;
}
