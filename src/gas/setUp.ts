/**
 * Khởi tạo bảng theo dõi: creates the missing tabs, laid out (headers, formats, dropdowns,
 * conditional formats, frozen header, widths, protected computed columns), and on request fills
 * the An Lão sample. A tab that holds data is never written: the user is told which tabs are
 * kept and asked before anything happens.
 */
import { samplePlan } from '../sample/anLao2026';
import { planTabs, quarterFormats } from '../sheet/planTabs';
import { DASHBOARD_TAB, INDICATORS_TAB, PLAN_TABS, type TabSpec, WORKBOOK_TABS } from '../sheet/schema';
import { DEFAULT_REMIND_DAYS_BEFORE } from '../sheet/settings';
import { layOutTab } from './layout';
import { recomputeSpreadsheet } from './recompute';
import { toSheetValues } from './sheetValues';
import { appendLog, ensureRows, findSheet, sheetsByName, timeZoneOf, writeHeaderRow } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ui = GoogleAppsScript.Base.Ui;

/** Quý I…IV are adjacent in Chỉ tiêu as Khởi tạo lays it out. */
const quarterColumn = INDICATORS_TAB.columns.findIndex((c) => c.key === 'q1') + 1;

export type TabState = 'missing' | 'empty' | 'data';

export interface SetUpOutcome {
  readonly cancelled: boolean;
  readonly created: readonly string[];
  readonly kept: readonly string[];
  readonly sample: boolean;
  readonly message: string;
}

function quoteList(names: readonly string[]): string {
  return names.map((n) => `«${n}»`).join(', ');
}

/** Header row, frozen, widths and layout on a new or empty sheet. */
function prepareTab(sheet: Sheet, spec: TabSpec, remindDaysBefore: number): void {
  writeHeaderRow(sheet, spec);
  layOutTab(sheet, spec, remindDaysBefore);
}

export function setUpSpreadsheet(spreadsheet: Spreadsheet, ui: Ui, now: Date = new Date()): SetUpOutcome {
  const sheets = sheetsByName(spreadsheet);
  const states = WORKBOOK_TABS.map((spec) => {
    const sheet = findSheet(sheets, spec);
    const state: TabState = !sheet ? 'missing' : sheet.getLastRow() === 0 ? 'empty' : 'data';
    return { spec, sheet, state };
  });
  const kept = states.filter((s) => s.state === 'data').map((s) => s.sheet!.getName());
  const todo = states.filter((s) => s.state !== 'data');
  const cancelled = (message: string): SetUpOutcome => ({ cancelled: true, created: [], kept, sample: false, message });

  if (todo.length === 0) {
    return cancelled(`Bảng theo dõi đã có đủ các tab (${quoteList(kept)}). Không tab nào bị thay đổi.`);
  }
  if (kept.length) {
    const answer = ui.alert(
      'Khởi tạo bảng theo dõi',
      `Các tab sau đã có dữ liệu và sẽ được giữ nguyên, không ghi đè: ${quoteList(kept)}.\n\n` +
        `Tạo (hoặc trình bày) các tab còn thiếu: ${quoteList(todo.map((s) => s.spec.name))}?`,
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return cancelled('Đã huỷ khởi tạo. Không có gì thay đổi.');
  }

  const planTabsEmpty = states.filter((s) => PLAN_TABS.includes(s.spec)).every((s) => s.state !== 'data');
  let sample = false;
  if (planTabsEmpty) {
    const answer = ui.alert(
      'Khởi tạo bảng theo dõi',
      'Điền sẵn kế hoạch mẫu (Trường THPT An Lão, năm 2026: 22 chỉ tiêu, 29 nhiệm vụ; số liệu tiến độ và người phụ trách là minh họa)?\n\n' +
        '• Có: điền kế hoạch mẫu để xem thử, sau đó sửa hoặc xoá.\n' +
        '• Không: tạo bảng trống để tự nhập kế hoạch của trường.',
      ui.ButtonSet.YES_NO_CANCEL,
    );
    if (answer !== ui.Button.YES && answer !== ui.Button.NO) return cancelled('Đã huỷ khởi tạo. Không có gì thay đổi.');
    sample = answer === ui.Button.YES;
  }

  const plan = sample ? samplePlan() : undefined;
  const remindDaysBefore = plan?.settings.remindDaysBefore ?? DEFAULT_REMIND_DAYS_BEFORE;
  const timeZone = timeZoneOf(spreadsheet);
  const rows = planTabs(plan);
  const created: string[] = [];
  for (const { spec, sheet: existing } of todo) {
    const sheet = existing ?? spreadsheet.insertSheet(spec.name);
    prepareTab(sheet, spec, remindDaysBefore);
    const values = rows.get(spec.name);
    // Header-only tabs are done; Cấu hình always gets its setting names, the others the sample.
    if (values && values.length > 1) {
      ensureRows(sheet, values.length);
      sheet.getRange(1, 1, values.length, values[0]!.length).setValues(toSheetValues(values, timeZone));
      if (spec === INDICATORS_TAB && plan) {
        const formats = quarterFormats(plan);
        sheet.getRange(2, quarterColumn, formats.length, 4).setNumberFormats(formats);
      }
    }
    created.push(sheet.getName());
  }

  // Computed columns and Tổng quan are filled only where nothing staff typed can be touched:
  // every plan tab was just created (or was empty), and Tổng quan unless it was kept.
  const dashboardKept = states.some((s) => s.spec === DASHBOARD_TAB && s.state === 'data');
  const outcome = planTabsEmpty ? recomputeSpreadsheet(spreadsheet, now, { dashboard: !dashboardKept }) : undefined;
  appendLog(spreadsheet, 'Khởi tạo bảng theo dõi', `Tạo: ${created.join(', ')}${kept.length ? `; giữ nguyên: ${kept.join(', ')}` : ''}${sample ? '; điền kế hoạch mẫu An Lão 2026' : ''}`);
  (findSheet(sheetsByName(spreadsheet), DASHBOARD_TAB) ?? spreadsheet.getSheets()[0]!).activate();

  const lines = [`Đã tạo: ${quoteList(created)}.`];
  if (kept.length) lines.push(`Giữ nguyên (đã có dữ liệu): ${quoteList(kept)}.`);
  lines.push(
    sample && outcome
      ? `Đã điền kế hoạch mẫu (${outcome.result.read.plan.indicators.length} chỉ tiêu, ${outcome.result.read.plan.tasks.length} nhiệm vụ, ${outcome.result.evaluation.occurrences.length} kỳ theo dõi) và tính đánh giá. Số liệu là minh họa.`
      : 'Tiếp theo: điền tab «Cấu hình», nhập chỉ tiêu và nhiệm vụ, điền «Phân công», rồi chọn «Chuyển đổi số → Cập nhật đánh giá & tiến độ».',
  );
  return { cancelled: false, created, kept, sample, message: lines.join('\n') };
}
