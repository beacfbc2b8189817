/**
 * Khởi tạo bảng theo dõi: creates the missing tabs, laid out (headers, formats, dropdowns,
 * conditional formats, frozen header, widths, protected computed columns), and on request fills
 * the An Lão sample. A tab that holds data is never written: the user is told which tabs are
 * kept and asked before anything happens. In such tabs, a column with a computed column's header
 * but without the add-in's mark is listed and handed to the add-in (marked) only on «Có».
 */
import { calendarDateOf } from '../core/date';
import { samplePlan } from '../sample/anLao2026';
import { describeColumn, type UnmarkedColumn } from '../sheet/ownedColumns';
import { headerRow, planTabs, quarterFormats } from '../sheet/planTabs';
import { applyBlocks, recompute } from '../sheet/recompute';
import { INDICATORS_TAB, LOG_TAB, PLAN_TABS, SELF_ASSESSMENT_TAB, type TabSpec, WORKBOOK_TABS } from '../sheet/schema';
import { DEFAULT_REMIND_DAYS_BEFORE } from '../sheet/settings';
import { readWorkbook, type Rows } from '../sheet/workbook';
import { layOutTab, type ValidationRules } from './layout';
import { columnMarksByTab, markColumn, type Marks, readMarks } from './marks';
import { OWNED_DASHBOARD, writeDashboard } from './recompute';
import { toSheetValues } from './sheetValues';
import { appendLog, isTabNamed, logRow, OWNED_LOG, type OwnedTabSpec, ownedTab, readPlanSheets, sheetsByName, timeZoneOf } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ui = GoogleAppsScript.Base.Ui;

/** Quý I…IV are adjacent in Chỉ tiêu as Khởi tạo lays it out. */
const quarterColumn = INDICATORS_TAB.columns.findIndex((c) => c.key === 'q1') + 1;

export type TabState = 'missing' | 'empty' | 'data';

export interface SetUpOutcome {
  /** Nothing changed: the user declined (or every tab was there) and no column was handed over. */
  readonly cancelled: boolean;
  readonly created: readonly string[];
  readonly kept: readonly string[];
  readonly sample: boolean;
  readonly message: string;
}

function quoteList(names: readonly string[]): string {
  return names.map((n) => `«${n}»`).join(', ');
}

/** The sheet for a tab spec and its name, as findSheet finds it (the names are the map's keys: no call). */
function findNamedSheet(sheets: ReadonlyMap<string, Sheet>, spec: TabSpec): { sheet: Sheet; name: string } | undefined {
  const exact = sheets.get(spec.name);
  if (exact) return { sheet: exact, name: spec.name };
  for (const [name, sheet] of sheets) if (isTabNamed(name, spec)) return { sheet, name };
  return undefined;
}

/** A tab's rows as sheet values, each row as wide as the tab's columns. */
function sheetRows(rows: Rows, spec: TabSpec, timeZone: string): unknown[][] {
  const width = spec.columns.length;
  return toSheetValues(rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')), timeZone);
}

/** The tabs the add-in writes as a whole, created (and marked) by Khởi tạo when it has none. */
const OWNED_TABS: readonly OwnedTabSpec[] = [OWNED_DASHBOARD, OWNED_LOG];

/** The columns of the plan tabs with a computed column's header but not the add-in's mark (one read of the plan tabs, found in `sheets`). */
function unmarkedColumns(spreadsheet: Spreadsheet, sheets: Map<string, Sheet>, marks: Marks, timeZone: string, now: Date): readonly UnmarkedColumn[] {
  const { tabs, formulas } = readPlanSheets(spreadsheet, timeZone, sheets);
  return readWorkbook(tabs, { fallbackYear: calendarDateOf(now, timeZone).year, formulas, columnMarks: columnMarksByTab(marks, sheets, tabs.keys()) }).unmarked;
}

/**
 * Columns that look like the add-in's computed columns but do not carry its mark may be staff's
 * own: they are listed, and marked (handed to the add-in) only on «Có». Returns those marked.
 */
function offerUnmarkedColumns(spreadsheet: Spreadsheet, sheets: Map<string, Sheet>, questions: SetUpQuestions, marks: Marks, timeZone: string, now: Date): readonly UnmarkedColumn[] {
  const unmarked = unmarkedColumns(spreadsheet, sheets, marks, timeZone, now);
  if (unmarked.length === 0) return [];
  const yes = questions.handOver(
    `Các cột sau có tiêu đề của cột do tiện ích tính nhưng chưa mang dấu của tiện ích, nên «Cập nhật đánh giá & tiến độ» không ghi vào: ${unmarked.map(describeColumn).join(', ')}.\n\n` +
      'Giao các cột này cho tiện ích tính?\n' +
      '• Có: từ lần Cập nhật sau, tiện ích ghi vào ô của các dòng chỉ tiêu, nhiệm vụ, kỳ theo dõi trong các cột này (ô có công thức vẫn giữ nguyên).\n' +
      '• Không: đó là cột thầy cô tự nhập, tiện ích không ghi vào (nên đổi tên tiêu đề, ví dụ thêm «của tổ», để tiện ích thêm cột của mình).',
  );
  if (!yes) return [];
  for (const column of unmarked) markColumn(sheets.get(column.tab)!, column.column, column.mark);
  return unmarked;
}

function adoptedLine(adopted: readonly UnmarkedColumn[]): string[] {
  return adopted.length ? [`Đã giao cho tiện ích ${adopted.length} cột: ${adopted.map(describeColumn).join(', ')}. Chọn «Cập nhật đánh giá & tiến độ» để tính các cột này.`] : [];
}

/**
 * The questions Khởi tạo may ask. From the menu they are Ui alerts (uiQuestions); the plan import
 * lays out a blank workbook without asking (BLANK_SET_UP).
 */
interface SetUpQuestions {
  /** Hand columns that look computed but lack the add-in's mark over to it? */
  handOver(prompt: string): boolean;
  /** Tabs with data are kept: create the missing ones? */
  createMissing(prompt: string): boolean;
  /** Fill the sample plan: 'yes', 'no' (blank tabs) or 'cancel'. */
  sample(prompt: string): 'yes' | 'no' | 'cancel';
}

function uiQuestions(ui: Ui): SetUpQuestions {
  const ask = (prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button => ui.alert('Khởi tạo bảng theo dõi', prompt, buttons);
  return {
    handOver: (prompt) => ask(prompt, ui.ButtonSet.YES_NO) === ui.Button.YES,
    createMissing: (prompt) => ask(prompt, ui.ButtonSet.YES_NO) === ui.Button.YES,
    sample: (prompt) => {
      const answer = ask(prompt, ui.ButtonSet.YES_NO_CANCEL);
      return answer === ui.Button.YES ? 'yes' : answer === ui.Button.NO ? 'no' : 'cancel';
    },
  };
}

/**
 * Khởi tạo without a question, for «Nhập kế hoạch từ tệp Word»: the missing tabs laid out blank
 * (no sample), tabs with data kept, and no column handed over (that needs the user's «Có»).
 */
const BLANK_SET_UP: SetUpQuestions = { handOver: () => false, createMissing: () => true, sample: () => 'no' };

/** Khởi tạo from the menu: asks with the Ui's alerts. */
export function setUpSpreadsheet(spreadsheet: Spreadsheet, ui: Ui, now: Date = new Date()): SetUpOutcome {
  return setUpWith(spreadsheet, uiQuestions(ui), now);
}

/** Khởi tạo without a question (BLANK_SET_UP): what the plan import runs on a spreadsheet without plan data. */
export function setUpBlank(spreadsheet: Spreadsheet, now: Date = new Date()): SetUpOutcome {
  return setUpWith(spreadsheet, BLANK_SET_UP, now);
}

function setUpWith(spreadsheet: Spreadsheet, questions: SetUpQuestions, now: Date): SetUpOutcome {
  // Each sheet listed once, and the time zone read once, for the whole run.
  const sheets = sheetsByName(spreadsheet);
  const timeZone = timeZoneOf(spreadsheet);
  const marks = readMarks(spreadsheet);
  const states = WORKBOOK_TABS.filter((spec) => PLAN_TABS.includes(spec)).map((spec) => {
    const found = findNamedSheet(sheets, spec);
    const state: TabState = !found ? 'missing' : found.sheet.getLastRow() === 0 ? 'empty' : 'data';
    return { spec, sheet: found?.sheet, name: found?.name ?? spec.name, state };
  });
  const ownedMissing = OWNED_TABS.filter((o) => marks.tabs(o.role).length === 0);
  // A staff tab under an owned tab's name is theirs: kept, and the add-in's tab takes another name.
  const staffNamed = [...sheets.keys()].filter((name) => ownedMissing.some((o) => isTabNamed(name, o.spec)));
  const kept = [...states.filter((s) => s.state === 'data').map((s) => s.name), ...staffNamed];
  const todo = states.filter((s) => s.state !== 'data');
  const adopted = states.some((s) => s.state === 'data') ? offerUnmarkedColumns(spreadsheet, sheets, questions, marks, timeZone, now) : [];
  // No tab created (declined, or none missing). Columns handed over are said first (and logged);
  // only when there are none did nothing change at all (`cancelled`).
  const endWithoutTabs = (message: string): SetUpOutcome => {
    if (adopted.length) appendLog(spreadsheet, 'Khởi tạo bảng theo dõi', `Giao cột cho tiện ích: ${adopted.map(describeColumn).join(', ')}`);
    return { cancelled: adopted.length === 0, created: [], kept, sample: false, message: [...adoptedLine(adopted), message].join('\n') };
  };

  if (todo.length === 0 && ownedMissing.length === 0) {
    return endWithoutTabs(`Bảng theo dõi đã có đủ các tab (${quoteList(kept)}). Không tab nào bị thay đổi.`);
  }
  if (kept.length) {
    const yes = questions.createMissing(
      `Các tab sau đã có dữ liệu và sẽ được giữ nguyên, không ghi đè: ${quoteList(kept)}.\n\n` +
        `Tạo (hoặc trình bày) các tab còn thiếu: ${quoteList([...ownedMissing, ...todo].map((s) => s.spec.name))}?`,
    );
    if (!yes) return endWithoutTabs(adopted.length ? 'Không tạo thêm tab nào.' : 'Đã huỷ khởi tạo. Không có gì thay đổi.');
  }

  const planTabsEmpty = states.filter((s) => PLAN_TABS.includes(s.spec)).every((s) => s.state !== 'data');
  let sample = false;
  if (planTabsEmpty) {
    const answer = questions.sample(
      'Điền sẵn kế hoạch mẫu (Trường THPT An Lão, năm 2026: 22 chỉ tiêu, 29 nhiệm vụ; số liệu tiến độ và người phụ trách là minh họa)?\n\n' +
        '• Có: điền kế hoạch mẫu để xem thử, sau đó sửa hoặc xoá.\n' +
        '• Không: tạo bảng trống để tự nhập kế hoạch của trường.',
    );
    if (answer === 'cancel') return endWithoutTabs('Đã huỷ khởi tạo. Không có gì thay đổi.');
    sample = answer === 'yes';
  }

  const plan = sample ? samplePlan() : undefined;
  const remindDaysBefore = plan?.settings.remindDaysBefore ?? DEFAULT_REMIND_DAYS_BEFORE;
  const asOf = calendarDateOf(now, timeZone);
  // The blank tabs (Tự đánh giá CĐS with the QĐ 4725 criteria) under the plan's, for a tab the plan has no rows for.
  const rows = new Map([...planTabs(undefined), ...planTabs(plan)]);
  // Computed columns and Tổng quan are filled only when every plan tab is being created (or was
  // empty): computed here on the rows about to be written (no mark needed: the add-in lays the
  // columns out itself), so each tab gets its values in one write.
  const computed = planTabsEmpty ? recompute(rows, asOf, { fallbackYear: asOf.year }) : undefined;
  const filled = computed ? applyBlocks(rows, computed.blocks) : rows;
  const created: string[] = [];
  /** Creates the owned tab when the add-in has none (bare: Khởi tạo lays it out); returns it, or undefined when it already had one. */
  const createOwned = (o: OwnedTabSpec): Sheet | undefined => {
    if (!ownedMissing.includes(o)) return undefined;
    const { sheet } = ownedTab(spreadsheet, { ...o, spec: { ...o.spec, columns: [] } }, marks);
    created.push(sheet.getName());
    return sheet;
  };
  const newDashboard = createOwned(OWNED_DASHBOARD);
  const dashboardSheet = newDashboard ?? marks.tabs('dashboard')[0]?.sheet;
  const validations: ValidationRules = new Map();
  for (const { spec, sheet: existing, name } of todo) {
    const sheet = existing ?? spreadsheet.insertSheet(spec.name);
    // Header-only tabs get their header; Cấu hình always gets its setting names, the others the sample.
    const values = filled.get(spec.name) ?? [headerRow(spec)];
    const cellFormats = spec === INDICATORS_TAB && plan ? { row: 2, column: quarterColumn, formats: quarterFormats(plan) } : undefined;
    layOutTab(sheet, spec, { values: sheetRows(values, spec, timeZone), remindDaysBefore, ...(cellFormats ? { cellFormats } : {}) }, validations);
    created.push(name);
  }
  const newLog = createOwned(OWNED_LOG);

  const detail = `Tạo: ${created.join(', ')}${kept.length ? `; giữ nguyên: ${kept.join(', ')}` : ''}${adopted.length ? `; giao cột cho tiện ích: ${adopted.map(describeColumn).join(', ')}` : ''}${sample ? '; điền kế hoạch mẫu An Lão 2026' : ''}`;
  // A new Nhật ký gets its header and this first row in one write; else the row is appended to the add-in's (as appendLog does).
  if (newLog) layOutTab(newLog, LOG_TAB, { values: [headerRow(LOG_TAB), logRow('Khởi tạo bảng theo dõi', detail)], remindDaysBefore }, validations);
  else appendLog(spreadsheet, 'Khởi tạo bảng theo dõi', detail, marks);
  // Tổng quan goes to the add-in's marked tab, never to a staff tab of that name.
  if (computed && dashboardSheet) {
    const sheetId = dashboardSheet.getSheetId();
    const withDashboard: Marks = { tabs: (role) => (role === 'dashboard' ? [{ sheet: dashboardSheet, sheetId }] : marks.tabs(role)), columns: marks.columns };
    writeDashboard(spreadsheet, computed.dashboard, timeZone, withDashboard);
  }
  (dashboardSheet ?? spreadsheet.getSheets()[0]!).activate();

  const lines = [`Đã tạo: ${quoteList(created)}.`];
  if (kept.length) lines.push(`Giữ nguyên (đã có dữ liệu): ${quoteList(kept)}.`);
  lines.push(...adoptedLine(adopted));
  // A workbook from before the self-assessment tab gains it: its next step is that tab's.
  const onlySelfAssessment = todo.length > 0 && todo.every((s) => s.spec === SELF_ASSESSMENT_TAB) && !computed;
  lines.push(
    sample && computed
      ? `Đã điền kế hoạch mẫu (${computed.read.plan.indicators.length} chỉ tiêu, ${computed.read.plan.tasks.length} nhiệm vụ, ${computed.evaluation.occurrences.length} kỳ theo dõi) và tính đánh giá. Số liệu là minh họa.`
      : onlySelfAssessment
        ? `Tab «${todo[0]!.name}» có sẵn các tiêu chí tự đánh giá theo QĐ 4725 (chưa có điểm). Ghi «Phụ trách», chấm «Điểm tự đánh giá», rồi chọn «Chuyển đổi số → Cập nhật đánh giá & tiến độ» để tính điểm nhóm và mức.`
        : 'Tiếp theo: điền tab «Cấu hình», nhập chỉ tiêu và nhiệm vụ, điền «Phân công», rồi chọn «Chuyển đổi số → Cập nhật đánh giá & tiến độ».',
  );
  return { cancelled: false, created, kept, sample, message: lines.join('\n') };
}
