/** Figures as Vietnamese readers expect them: decimal comma, "94,7%", days as dd/mm/yyyy. */
import { formatDdMmYyyy, isCalendarDate } from './date';
import { formatNumber } from './number';
import { displayText } from './text';

/** A ratio as a percentage rounded to `decimals` places: 0.9474 → "94,7%". */
export function formatPercent(ratio: number, decimals = 1): string {
  const scale = 10 ** decimals;
  return `${formatNumber(Math.round(ratio * 100 * scale) / scale)}%`;
}

/** "3/6" */
export function formatCount(part: number, whole: number): string {
  return `${part}/${whole}`;
}

/** A cell value as staff see it: "1.234,5", a date cell "05/04/2026", text cleaned; '' for nothing. */
export function formatCellValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (isCalendarDate(value)) return formatDdMmYyyy(value);
  return displayText(value);
}
