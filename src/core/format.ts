/** Figures as Vietnamese readers expect them: decimal comma, "94,7%". */
import { formatNumber } from './number';

/** A ratio as a percentage rounded to `decimals` places: 0.9474 → "94,7%". */
export function formatPercent(ratio: number, decimals = 1): string {
  const scale = 10 ** decimals;
  return `${formatNumber(Math.round(ratio * 100 * scale) / scale)}%`;
}

/** "3/6" */
export function formatCount(part: number, whole: number): string {
  return `${part}/${whole}`;
}
