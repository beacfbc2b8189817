/**
 * The workbook's cells → the plan, with where every record came from and what could not be read.
 * Cells reach this layer already normalised by the shells: blank is '', dates are CalendarDate
 * (never a Date object), so nothing here depends on a time zone.
 */
import { type CalendarDate, isCalendarDate } from '../core/date';
import { taskOccurrences } from '../core/occurrences';
import { fromRoman } from '../core/period';
import type { Assignment, Group, Indicator, Plan, ProgressEntry, Task } from '../core/plan';
import { cleanText, foldText } from '../core/text';
import { cellA1, rowRef } from './a1';
import { describeRequiredHeaders, findTab, HEADER_SEARCH_ROWS, type HeaderLayout, locateHeader } from './headers';
import { ASSIGNMENTS_TAB, INDICATORS_TAB, PROGRESS_TAB, SETTINGS_TAB, TASKS_TAB, type TabKey, type TabSpec } from './schema';
import { readSettings } from './settings';

export type Cell = string | number | boolean | CalendarDate;
export type Rows = readonly (readonly Cell[])[];
/** Every tab's values by the tab's name as it appears in the workbook. */
export type TabValues = ReadonlyMap<string, Rows>;

/** Something wrong in what staff typed, located so they can fix it. */
export interface Problem {
  readonly tab: string;
  /** 1-based sheet row, when the problem is in one row. */
  readonly row?: number;
  /** The column's header as found in the sheet, when the problem is in one column. */
  readonly column?: string;
  /** "C7" style address, when the problem is in one cell. */
  readonly a1?: string;
  /** Vietnamese, names what to fix. */
  readonly message: string;
}

export interface PlanRead {
  readonly plan: Plan;
  readonly problems: readonly Problem[];
}

/** A tab found in the workbook with its header row located. */
export interface LocatedTab {
  readonly spec: TabSpec;
  /** The tab's name as it is in the workbook. */
  readonly name: string;
  readonly rows: Rows;
  readonly layout: HeaderLayout;
}

/** One data row of a plan tab: where it is, and the record read from it. */
export interface RecordRow<T> {
  readonly row: number;
  readonly record: T;
}

export interface GroupRow {
  readonly row: number;
  readonly group: Group;
}

export interface WorkbookRead extends PlanRead {
  readonly tabs: Partial<Record<TabKey, LocatedTab>>;
  readonly indicatorRows: readonly RecordRow<Indicator>[];
  readonly indicatorGroupRows: readonly GroupRow[];
  readonly taskRows: readonly RecordRow<Task>[];
  readonly taskGroupRows: readonly GroupRow[];
  readonly progressRows: readonly RecordRow<ProgressEntry>[];
  readonly assignmentRows: readonly RecordRow<Assignment>[];
}

export interface ReadOptions {
  /** Plan year when Cấu hình has none; default the current year. */
  readonly fallbackYear?: number;
}

export function readPlan(tabs: TabValues, options: ReadOptions = {}): PlanRead {
  const { plan, problems } = readWorkbook(tabs, options);
  return { plan, problems };
}

/** Where a column of a located tab is: its letter-number and the header as found. */
export function cellOf(tab: LocatedTab, row: number, key: string): { a1: string; column: string } | undefined {
  const column = tab.layout.columns.get(key);
  if (column === undefined) return undefined;
  return { a1: cellA1(row, column), column: tab.layout.headers.get(key) ?? key };
}

/** A problem located at (row, column key) of a tab, or at the row when the column is absent. */
export function problemAt(tab: LocatedTab, row: number, key: string, message: string): Problem {
  const at = cellOf(tab, row, key);
  return at ? { tab: tab.name, row, column: at.column, a1: at.a1, message } : { tab: tab.name, row, a1: cellA1(row, 1), message };
}

function text(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cleanText(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}

/** STT as an id: 1 → "1", "01" → "1", "1." → "1", "2.3" stays "2.3". */
export function idOf(cell: Cell | undefined): string {
  const t = text(cell).replace(/[.)]$/, '');
  return /^0+\d+$/.test(t) ? String(Number(t)) : t;
}

/** A group row's numeral and name: "I" + name column, or "I. Thể chế…" in the STT cell. */
function groupOf(stt: string, name: string, row: readonly Cell[]): Group | undefined {
  const m = /^([IVXLC]+)\s*[.:)\-–]?\s*(.*)$/.exec(stt);
  if (!m || fromRoman(m[1]!) === undefined) return undefined;
  const rest = cleanText(m[2] ?? '');
  const inline = rest !== '' ? rest : name;
  const fallback = row.map(text).find((t, i) => i > 0 && t !== '' && t !== stt) ?? '';
  return { numeral: m[1]!, name: inline !== '' ? inline : fallback };
}

function missingTab(spec: TabSpec): Problem {
  return { tab: spec.name, message: `Không có tab «${spec.name}». Chạy «Chuyển đổi số → Khởi tạo bảng theo dõi» để tạo tab này.` };
}

function locate(tabs: TabValues, spec: TabSpec, problems: Problem[]): LocatedTab | undefined {
  const found = findTab(tabs, spec);
  if (!found) {
    problems.push(missingTab(spec));
    return undefined;
  }
  const layout = locateHeader(found.rows, spec);
  if (!layout) {
    problems.push({
      tab: found.name,
      message: `Không tìm thấy dòng tiêu đề của tab «${found.name}» trong ${HEADER_SEARCH_ROWS} dòng đầu. Cần một dòng có các cột ${describeRequiredHeaders(spec)}.`,
    });
    return undefined;
  }
  return { spec, name: found.name, rows: found.rows, layout };
}

/** A data row's cell by column key; undefined when the tab has no such column. */
type CellGetter = (key: string) => Cell | undefined;

/** The data rows of a tab below its header, skipping blank rows. */
function* dataRows(tab: LocatedTab): Generator<{ row: number; get: CellGetter }> {
  const userColumns = tab.spec.columns.filter((c) => !c.computed).map((c) => tab.layout.columns.get(c.key)).filter((c): c is number => c !== undefined);
  for (let r = tab.layout.headerRow + 1; r <= tab.rows.length; r++) {
    const cells = tab.rows[r - 1] ?? [];
    if (userColumns.every((c) => text(cells[c - 1]) === '' && !isCalendarDate(cells[c - 1]))) continue;
    const get: CellGetter = (key) => {
      const c = tab.layout.columns.get(key);
      return c === undefined ? undefined : (cells[c - 1] ?? '');
    };
    yield { row: r, get };
  }
}

const NO_GROUP: Group = { numeral: '', name: '' };

function rawValue(cell: Cell | undefined): unknown {
  if (cell === undefined) return '';
  return typeof cell === 'string' ? (cell.trim() === '' ? '' : cell) : cell;
}

function duplicateCheck(tab: LocatedTab, problems: Problem[]): (stt: string, row: number, id?: string) => void {
  const seen = new Map<string, number>();
  return (stt, row, id = stt) => {
    if (stt === '') return;
    const first = seen.get(foldText(id));
    if (first !== undefined) problems.push(problemAt(tab, row, 'stt', `STT «${stt}» trùng với dòng ${first}: mỗi dòng cần một STT riêng.`));
    else seen.set(foldText(id), row);
  };
}

/**
 * Task ids that name the row itself when numbering restarts in each group (I: 1, 2…; II: 1, 2…):
 * an STT already used in an earlier group is qualified by its group's numeral («II.1», as plans
 * cite it), so both tasks keep their own Tiến độ rows and reminder keys; the first keeps the plain
 * STT, so adding a group later changes no existing id. A repeat within one group (a data problem,
 * reported) still gets an id of its own: «1 (2)».
 */
function taskIds(): (stt: string, id: string, group: Group) => string {
  const firstGroup = new Map<string, string>();
  const taken = new Set<string>();
  return (stt, id, group) => {
    if (stt === '') return id;
    const folded = foldText(id);
    const first = firstGroup.get(folded);
    if (first === undefined) firstGroup.set(folded, group.numeral);
    let own = first !== undefined && first !== group.numeral && group.numeral !== '' ? `${group.numeral}.${id}` : id;
    for (let n = 2; taken.has(foldText(own)); n++) own = `${id} (${n})`;
    taken.add(foldText(own));
    return own;
  };
}

/** What every Chỉ tiêu / Nhiệm vụ record has, whatever the tab. */
type RecordHead = Pick<Indicator & Task, 'id' | 'group' | 'name' | 'ref'>;

/**
 * The rows of a tab of grouped records (Chỉ tiêu, Nhiệm vụ): a row whose STT is a group numeral
 * («I», «II. …») and that has nothing else of a record sets the group of the records below it;
 * every other row is a record, which needs a name and an STT of its own.
 */
function readGroupedRecords<T>(
  tab: LocatedTab,
  problems: Problem[],
  kind: {
    /** Whether a row whose STT is a group numeral has none of a record's own cells filled in. */
    readonly isGroupRow: (get: CellGetter) => boolean;
    readonly missingName: (row: number) => string;
    readonly record: (head: RecordHead, get: CellGetter) => T;
    /** Numbering may restart in each group: ids are qualified (taskIds). */
    readonly perGroupNumbering?: boolean;
  },
) {
  const rows: RecordRow<T>[] = [];
  const groups: GroupRow[] = [];
  let group = NO_GROUP;
  const dup = duplicateCheck(tab, problems);
  const ownId = kind.perGroupNumbering ? taskIds() : undefined;
  for (const { row, get } of dataRows(tab)) {
    const stt = text(get('stt'));
    const name = text(get('name'));
    const g = groupOf(stt, name, tab.rows[row - 1] ?? []);
    if (g && kind.isGroupRow(get)) {
      group = g;
      groups.push({ row, group: g });
      continue;
    }
    if (name === '') {
      problems.push(problemAt(tab, row, 'name', kind.missingName(row)));
      continue;
    }
    const plain = stt !== '' ? idOf(get('stt')) : String(row);
    // Per-group numbering: a repeat is a problem only within one group.
    const id = ownId ? ownId(stt, plain, group) : plain;
    dup(stt, row, ownId ? `${group.numeral}.${plain}` : stt);
    const head = { id, group, name, ref: rowRef(tab.name, row) };
    rows.push({ row, record: kind.record(head, get) });
  }
  return { rows, groups };
}

const QUARTER_KEYS = ['q1', 'q2', 'q3', 'q4'] as const;

function readIndicators(tab: LocatedTab, problems: Problem[]) {
  return readGroupedRecords<Indicator>(tab, problems, {
    isGroupRow: (get) => text(get('target')) === '' && QUARTER_KEYS.every((k) => rawValue(get(k)) === ''),
    missingName: (row) => `Dòng ${row} có số liệu nhưng thiếu tên chỉ tiêu.`,
    record: ({ id, group, name, ref }, get) => {
      const [q1, q2, q3, q4] = QUARTER_KEYS.map((k) => rawValue(get(k)));
      return {
        id,
        group,
        name,
        unit: text(get('unit')),
        targetText: text(get('target')),
        quarterResults: [q1, q2, q3, q4],
        owner: text(get('owner')),
        evidence: text(get('evidence')),
        note: text(get('note')),
        ref,
      };
    },
  });
}

function readTasks(tab: LocatedTab, problems: Problem[]) {
  return readGroupedRecords<Task>(tab, problems, {
    perGroupNumbering: true,
    isGroupRow: (get) => text(get('timing')) === '' && !isCalendarDate(get('timing')) && text(get('lead')) === '',
    missingName: (row) => `Dòng ${row} có dữ liệu nhưng thiếu tên nhiệm vụ.`,
    record: ({ id, group, name, ref }, get) => {
      const timing = get('timing');
      return {
        id,
        group,
        name,
        product: text(get('product')),
        lead: text(get('lead')),
        partners: text(get('partners')),
        timing: isCalendarDate(timing) ? timing : text(timing),
        ref,
      };
    },
  });
}

/** Occurrence labels as the schedule writes them, by folded spelling, per task. */
function canonicalLabels(tasks: readonly Task[], planYear: number): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const task of tasks) {
    const slots = taskOccurrences(task, planYear);
    if (slots.ok) out.set(task.id, new Map(slots.value.map((s) => [foldText(s.label), s.label])));
  }
  return out;
}

function readProgress(tab: LocatedTab, tasks: readonly Task[], planYear: number, problems: Problem[]) {
  const rows: RecordRow<ProgressEntry>[] = [];
  const labels = canonicalLabels(tasks, planYear);
  for (const { row, get } of dataRows(tab)) {
    const taskId = idOf(get('taskId'));
    const typed = text(get('label'));
    if (taskId === '') {
      problems.push(problemAt(tab, row, 'taskId', `Dòng ${row} có dữ liệu nhưng thiếu «Mã NV» (STT của nhiệm vụ trong tab Nhiệm vụ).`));
      continue;
    }
    const label = labels.get(taskId)?.get(foldText(typed)) ?? typed;
    rows.push({
      row,
      record: {
        taskId,
        label,
        status: rawValue(get('status')),
        completedOn: rawValue(get('completedOn')),
        evidence: text(get('evidence')),
        note: text(get('note')),
        ref: rowRef(tab.name, row),
      },
    });
  }
  return rows;
}

function readAssignments(tab: LocatedTab) {
  const rows: RecordRow<Assignment>[] = [];
  for (const { row, get } of dataRows(tab)) {
    rows.push({ row, record: { unit: text(get('unit')), name: text(get('name')), email: text(get('email')), role: text(get('role')) } });
  }
  return rows;
}

/** Everything readPlan gives, plus where each record and column is (for checks and computed columns). */
export function readWorkbook(tabs: TabValues, options: ReadOptions = {}): WorkbookRead {
  const problems: Problem[] = [];
  const fallbackYear = options.fallbackYear ?? new Date().getFullYear();

  const settingsTab = findTab(tabs, SETTINGS_TAB);
  if (!settingsTab) problems.push(missingTab(SETTINGS_TAB));
  const { settings, problems: settingProblems } = readSettings(settingsTab?.name ?? SETTINGS_TAB.name, settingsTab?.rows ?? [], fallbackYear);
  problems.push(...settingProblems);

  const indicatorsTab = locate(tabs, INDICATORS_TAB, problems);
  const tasksTab = locate(tabs, TASKS_TAB, problems);
  const progressTab = locate(tabs, PROGRESS_TAB, problems);
  const assignmentsTab = locate(tabs, ASSIGNMENTS_TAB, problems);

  const indicators = indicatorsTab ? readIndicators(indicatorsTab, problems) : { rows: [], groups: [] };
  const tasks = tasksTab ? readTasks(tasksTab, problems) : { rows: [], groups: [] };
  const taskRecords = tasks.rows.map((r) => r.record);
  const progressRows = progressTab ? readProgress(progressTab, taskRecords, settings.planYear, problems) : [];
  const assignmentRows = assignmentsTab ? readAssignments(assignmentsTab) : [];

  const located: Partial<Record<TabKey, LocatedTab>> = {};
  if (indicatorsTab) located.indicators = indicatorsTab;
  if (tasksTab) located.tasks = tasksTab;
  if (progressTab) located.progress = progressTab;
  if (assignmentsTab) located.assignments = assignmentsTab;

  return {
    plan: {
      settings,
      indicators: indicators.rows.map((r) => r.record),
      tasks: taskRecords,
      progress: progressRows.map((r) => r.record),
      assignments: assignmentRows.map((r) => r.record),
    },
    problems,
    tabs: located,
    indicatorRows: indicators.rows,
    indicatorGroupRows: indicators.groups,
    taskRows: tasks.rows,
    taskGroupRows: tasks.groups,
    progressRows,
    assignmentRows,
  };
}
