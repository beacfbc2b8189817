/**
 * The reading problems as the command line tells them. The sheet layer is shared with the add-in,
 * whose remedy for a missing tab is its menu («Chuyển đổi số → Khởi tạo bảng theo dõi»); offline
 * there is no menu, so that problem is told with the command that makes the tabs instead. A
 * missing tab is recognised by the tabs read, not by the wording: the only problem that names a
 * plan tab the workbook does not have, and no row or cell.
 *
 * Not for `remind`: a reading problem's text is part of its sent-log key there, which must stay
 * the add-in's (reminderProblemText in src/sheet/dataCheck.ts).
 */
import { problemPlace } from '../sheet/problemPlace';
import { findTab } from '../sheet/headers';
import { PLAN_TABS } from '../sheet/schema';
import type { Problem, TabValues } from '../sheet/workbook';

export function missingTabOffline(tab: string): string {
  return `Không có tab «${tab}». Tạo tệp mẫu có đủ các tab bằng lệnh «npx cds-tracker template mau.xlsx» rồi chép tab «${tab}» từ tệp đó sang.`;
}

export function offlineProblems(tabs: TabValues, problems: readonly Problem[]): Problem[] {
  const missing = new Set(PLAN_TABS.filter((spec) => !findTab(tabs, spec)).map((spec) => spec.name));
  return problems.map((p) => (missing.has(p.tab) && p.row === undefined && p.a1 === undefined ? { ...p, message: missingTabOffline(p.tab) } : p));
}

/** How many reading problems a command lists after its work (the rest: `check`). */
export const PROBLEMS_LISTED = 20;

/**
 * The reading problems a command found while it still did its work, as lines to print: a heading
 * («Lỗi khi đọc tệp (3), sửa trong bảng theo dõi rồi tạo lại báo cáo:» with `redo` as its end),
 * the first PROBLEMS_LISTED each with its tab, row and column, then how many more. None: no lines.
 */
export function problemListLines(problems: readonly Problem[], redo: string): string[] {
  if (problems.length === 0) return [];
  const lines = [`\nLỗi khi đọc tệp (${problems.length}), sửa trong bảng theo dõi rồi ${redo}:`, ...problems.slice(0, PROBLEMS_LISTED).map((p) => `  - ${problemPlace(p)}: ${p.message}`)];
  if (problems.length > PROBLEMS_LISTED) lines.push(`  … và ${problems.length - PROBLEMS_LISTED} lỗi khác (chạy «cds-tracker check» để xem hết).`);
  return lines;
}
