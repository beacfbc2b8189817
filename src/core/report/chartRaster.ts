/**
 * What is left of the raster chart (the report's chart is now a native Word chart,
 * src/core/report/ooxml/chart.ts): the short label under a bar, still used by the Apps Script
 * chart (src/gas/reportChart.ts, on its way out) and the group tests. Delete this file with them.
 */
import { foldDiacritics } from '../text';
import type { ChartBar } from './model';

export { barShare } from './ooxml/chart';

/**
 * What is written under a bar: the group's numbering as the plan types it («I», «A», «2.1»), its
 * last word when a word leads it («Phần III» → «III»), without diacritics (the bitmap font has
 * none); «-» for records in no group (the caption names them «Chưa phân nhóm»).
 */
export function barLabel(bar: ChartBar): string {
  const last = bar.numeral.trim().split(/\s+/).pop() ?? '';
  const plain = foldDiacritics(last).toUpperCase().replace(/[^A-Z0-9.]/g, '');
  return plain === '' ? '-' : plain;
}
