/** Where a problem is, as staff read it (the data check, the CLI's problem lists, the documents' refusals). */
import type { Problem } from './workbook';

/** "Chỉ tiêu!D7" or the tab alone: where a problem is, as staff read it. */
export function problemPlace(p: Problem): string {
  return p.a1 ? `${p.tab}!${p.a1}` : p.row ? `${p.tab}, dòng ${p.row}` : p.tab;
}
