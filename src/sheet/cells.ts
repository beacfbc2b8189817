/** Small conversions of cell values shared by the shells' readers. */
import { formatNumber } from '../core/number';

/** A number displayed with a % format, as staff see it: 1 → "100%", 0.955 → "95,5%". */
export function percentText(value: number): string {
  return `${formatNumber(Math.round(value * 100 * 1e6) / 1e6)}%`;
}
