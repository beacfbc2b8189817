/**
 * Plans and filled in-memory spreadsheets for the shared-sheet tests and the recompute bench.
 */
import { settingsCalendar } from '../../src/core/calendar';
import { calendarDate } from '../../src/core/date';
import { taskOccurrences } from '../../src/core/occurrences';
import type { Assignment, Group, Indicator, Plan, ProgressEntry, Task } from '../../src/core/plan';
import { SAMPLE_SETTINGS } from '../../src/sample/anLao2026';
import { toSheetValues } from '../../src/gas/sheetValues';
import { MARK_KEY, type TabRole } from '../../src/gas/marks';
import { HEADER_SEARCH_ROWS } from '../../src/sheet/headers';
import { planTabs } from '../../src/sheet/planTabs';
import { computedColumnMark, DASHBOARD_TAB, LOG_TAB, PLAN_TABS } from '../../src/sheet/schema';
import type { Cell } from '../../src/sheet/workbook';
import type { FakeSheet, FakeSpreadsheet } from '../fakes/spreadsheet';

const TIMINGS = ['Quý II', 'Hàng quý', 'Thường xuyên', 'Tháng 7', 'trước ngày 05/12', 'Quý I, II'];
const TARGETS = ['100%', '≥95%', 'tối thiểu 02 đợt/năm', 'Mức 2 trở lên', '≤ 5%', 'Có'];
const RESULTS = [0.92, 0.97, '2 đợt', 'Mức 3', 0.03, 'Có'];
const STATUSES = ['Hoàn thành', 'Đang thực hiện', '', 'Tạm dừng'];

function firstLabel(task: Task): string {
  const slots = taskOccurrences(task, settingsCalendar(SAMPLE_SETTINGS));
  if (!slots.ok) throw new Error(slots.error);
  return slots.value[0]!.label;
}

/** A plan of `n` indicators and `n` tasks in groups of 10, with progress on a quarter of the occurrences. */
export function generatedPlan(n: number): Plan {
  const group = (i: number): Group => ({ numeral: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][Math.floor(i / 10) % 10]!, name: `Nhóm ${Math.floor(i / 10) + 1}` });
  const indicators: Indicator[] = Array.from({ length: n }, (_, i) => ({
    id: String(i + 1),
    group: group(i),
    name: `Chỉ tiêu thử ${i + 1}`,
    unit: '%',
    targetText: TARGETS[i % TARGETS.length]!,
    quarterResults: [RESULTS[i % RESULTS.length], '', '', ''],
    owner: 'Ban chuyển đổi số',
    evidence: '',
    note: '',
  }));
  const tasks: Task[] = Array.from({ length: n }, (_, i) => ({
    id: String(i + 1),
    group: group(i),
    name: `Nhiệm vụ thử ${i + 1}`,
    product: 'Báo cáo',
    lead: i % 2 ? 'Ban chuyển đổi số' : 'Văn phòng nhà trường',
    partners: 'Các tổ',
    timing: TIMINGS[i % TIMINGS.length]!,
  }));
  const progress: ProgressEntry[] = tasks.map((t, i) => ({
    taskId: t.id,
    label: firstLabel(t),
    status: STATUSES[i % STATUSES.length]!,
    completedOn: STATUSES[i % STATUSES.length] === 'Hoàn thành' ? calendarDate(2026, 3, 20) : '',
    evidence: STATUSES[i % STATUSES.length] === 'Hoàn thành' ? 'https://example.edu.vn/mc' : '',
    note: '',
  }));
  const assignments: Assignment[] = [
    { unit: 'Ban chuyển đổi số', name: 'Nguyễn Văn Hùng', email: 'hung.nv@example.edu.vn', role: 'Trưởng ban' },
    { unit: 'Văn phòng nhà trường', name: 'Lê Thị Hoa', email: 'hoa.lt@example.edu.vn', role: 'Văn thư' },
  ];
  return { settings: SAMPLE_SETTINGS, indicators, tasks, progress, assignments };
}

/** A tab's rows as staff rearranged them (rows in, rows out); the header row of planTabs is row 1 of `rows`. */
export type TabEdit = (rows: Cell[][]) => Cell[][];

/**
 * Fills a fake spreadsheet with the plan's tabs, as Khởi tạo + staff typing would leave them
 * (marks included). `edits` rearranges some tabs first, as staff would after Khởi tạo: the marks
 * follow the add-in's computed columns (found by their exact header), as Sheets moves them.
 */
export function fillSpreadsheet(spreadsheet: FakeSpreadsheet, plan: Plan, edits: Readonly<Record<string, TabEdit>> = {}): void {
  for (const [name, rows] of planTabs(plan)) {
    const edit = edits[name];
    markAsKhoiTaoWould(spreadsheet.addSheet(name, toSheetValues(edit ? edit(rows.map((r) => [...r])) : rows, spreadsheet.timeZone)));
  }
}

const OWNED_ROLES: ReadonlyMap<string, TabRole> = new Map([
  [DASHBOARD_TAB.name, 'dashboard'],
  [LOG_TAB.name, 'log'],
]);

/** Test set-up (not recorded): the add-in's mark on column `column` of `sheet`, for the computed column `key` of its tab. */
export function markComputedColumn(sheet: FakeSheet, column: number, key: string): void {
  const spec = PLAN_TABS.find((t) => t.name === sheet.name);
  const computed = spec?.columns.find((c) => c.key === key);
  if (!spec || !computed?.computed) throw new Error(`no computed column ${key} in ${sheet.name}`);
  sheet.spreadsheet.attachMetadata(MARK_KEY, `column:${computedColumnMark(spec, computed)}`, { sheet, column });
}

/**
 * Test set-up (not recorded): the marks Khởi tạo leaves on a tab named as the add-in names it —
 * the tab's own mark for Tổng quan / Nhật ký, a column mark on each computed column, found as
 * the first cell (rows top to bottom within the header area, then left to right) holding its exact header.
 */
export function markAsKhoiTaoWould(sheet: FakeSheet): FakeSheet {
  const role = OWNED_ROLES.get(sheet.name);
  if (role) sheet.spreadsheet.attachMetadata(MARK_KEY, `tab:${role}:${sheet.sheetId}`, { sheet });
  const spec = PLAN_TABS.find((t) => t.name === sheet.name);
  for (const column of spec?.columns ?? []) {
    if (!column.computed) continue;
    const row = sheet.values.slice(0, HEADER_SEARCH_ROWS).find((r) => r.includes(column.header));
    if (row) markComputedColumn(sheet, row.indexOf(column.header) + 1, column.key);
  }
  return sheet;
}
