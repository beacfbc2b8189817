/** Small conversions of cell values shared by the shells' readers. */
import { formatPercent } from '../core/format';

/** A number displayed with a % format, as staff see it: 1 → "100%", 0.955 → "95,5%" (up to 6 decimals). */
export function percentText(value: number): string {
  return formatPercent(value, 6);
}
