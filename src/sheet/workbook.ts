/**
 * The workbook's cells → the plan, with where every record came from and what could not be read.
 * Cells reach this layer already normalised by the shells: blank is '', dates are CalendarDate
 * (never a Date object), so nothing here depends on a time zone.
 */
import { type CalendarDate, isCalendarDate } from '../core/date';
import { type PlanCalendar, settingsCalendar } from '../core/calendar';
import type { Assignment, Group, Indicator, Plan, ProgressEntry, Task } from '../core/plan';
import type { DtiCriterion } from '../core/dti/selfAssessment';
import type { DtiAssessment } from '../core/dti/assessment';
import { planReading, type PlanReading } from '../core/reading';
import { foldText, shorten } from '../core/text';
import { cellA1, columnLetter, rowRef } from './a1';
import { cellText as text, idOf } from './cells';
import { describeRequiredHeaders, findTab, HEADER_SEARCH_ROWS, type HeaderConflict, type HeaderLayout, locateHeader, otherYearHeaders } from './headers';
import { type FormulaCells, NO_FORMULAS } from './formulaCells';
import { type GroupNumbering, groupNumbering, isColumnNumberingRow, isFootnote, isRecordNumber, isSignatureOrFootnote, isTotalLabel, startsWithTotalWord } from './nonRecordRows';
import { headsRowsBelow } from '../core/groupNumbering';
import { ownedColumns, type TabColumnMarks, type UnmarkedColumn, unmarkedColumnMessage } from './ownedColumns';
import { PLAN_TABS, SETTINGS_TAB, type TabKey, type TabSpec } from './schema';
import { readSettings } from './settings';
import { criterionCode } from './selfAssessment';

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
  /**
   * The reading of the plan's timings (and targets) this read began: hand it to evaluatePlan and
   * the rest of the run so no cell is interpreted twice. Absent for a plan that was not read here.
   */
  readonly reading?: PlanReading;
}

/** A tab found in the workbook with its header row located. */
export interface LocatedTab {
  readonly spec: TabSpec;
  /** The tab's name as it is in the workbook. */
  readonly name: string;
  readonly rows: Rows;
  readonly layout: HeaderLayout;
  /** Column key → 1-based column, for each computed column the add-in may write (see ownedColumns). */
  readonly owned: ReadonlyMap<string, number>;
  /** The cells holding a formula: never written. */
  readonly formulas: FormulaCells;
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
  readonly reading: PlanReading;
  readonly tabs: Partial<Record<TabKey, LocatedTab>>;
  /**
   * The problems (also in `problems`) about which columns the add-in reads or writes: two columns
   * claiming one role, a computed column's header on a column without the add-in's mark. Cập
   * nhật names each in its closing message.
   */
  readonly columnProblems: readonly Problem[];
  /** Columns with a computed column's header but not the add-in's mark: never written (Khởi tạo offers to hand them over). */
  readonly unmarked: readonly UnmarkedColumn[];
  readonly indicatorRows: readonly RecordRow<Indicator>[];
  readonly indicatorGroupRows: readonly GroupRow[];
  readonly taskRows: readonly RecordRow<Task>[];
  readonly taskGroupRows: readonly GroupRow[];
  readonly progressRows: readonly RecordRow<ProgressEntry>[];
  readonly assignmentRows: readonly RecordRow<Assignment>[];
  /** Tự đánh giá CĐS: one row per criterion (none when the workbook has no such tab). */
  readonly selfAssessmentRows: readonly RecordRow<DtiCriterion>[];
  /** Its group heading rows («Nhóm 1. Chuyển đổi số trong dạy, học»), when the tab has them. */
  readonly selfAssessmentGroupRows: readonly { readonly row: number; readonly group: string }[];
}

export interface ReadOptions {
  /** Plan year when Cấu hình has none; default the current year. */
  readonly fallbackYear?: number;
  /**
   * The add-in's column marks of each tab, by the tab's name: a computed column is written only
   * where it carries its mark. Absent when no marks exist (an .xlsx, or tabs the add-in lays out
   * itself): a computed column found by its header is then the add-in's.
   */
  readonly columnMarks?: ReadonlyMap<string, TabColumnMarks>;
  /** The cells holding a formula, by the tab's name (absent: none known). */
  readonly formulas?: ReadonlyMap<string, FormulaCells>;
  /** The run's reading of timings and targets, when the run reads the workbook more than once (default: a new one). */
  readonly reading?: PlanReading;
}

export function readPlan(tabs: TabValues, options: ReadOptions = {}): PlanRead {
  const { plan, problems, reading } = readWorkbook(tabs, options);
  return { plan, problems, reading };
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


/** A group row's group: its numbering as typed and its name (in the STT cell after the numbering, in the name column, or the row's first other text). */
function groupOf(numbering: GroupNumbering, stt: string, name: string, row: readonly Cell[]): Group {
  const fallback = row.map(text).find((t, i) => i > 0 && t !== '' && t !== stt) ?? '';
  return { numeral: numbering.numeral, name: numbering.inlineName || name || fallback };
}

function missingTab(spec: TabSpec): Problem {
  return { tab: spec.name, message: `Không có tab «${spec.name}». Chạy «Chuyển đổi số → Khởi tạo bảng theo dõi» để tạo tab này.` };
}

/**
 * Whether a tab cannot be read without this column: a required one, or STT, which gives each
 * record its id (Mã NV in Tiến độ refers to it; ids from row numbers would match nothing).
 */
function isNeededToRead(spec: TabSpec, key: string): boolean {
  const column = spec.columns.find((c) => c.key === key);
  return column?.required === true || key === 'stt';
}

/**
 * Two or more columns claiming one role: named with their letters, and what the add-in does
 * meanwhile (a role the tab cannot be read without: the tab is neither read nor written;
 * otherwise none of the columns is read, or written when the role is a computed one).
 */
function conflictProblem(name: string, spec: TabSpec, headerRow: number, conflict: HeaderConflict, planYear: number): Problem {
  const column = spec.columns.find((c) => c.key === conflict.key)!;
  const [first] = conflict.candidates;
  const list = conflict.candidates.map((c) => `«${c.header}» (cột ${columnLetter(c.column)})`).join(', ');
  const meanwhile = isNeededToRead(spec, conflict.key)
    ? `tab «${name}» không được đọc và không được ghi`
    : column.computed
      ? 'tiện ích không ghi vào cột nào trong các cột này'
      : 'tiện ích không đọc cột nào trong các cột này';
  return {
    tab: name,
    row: headerRow,
    a1: cellA1(headerRow, first!.column),
    message:
      `Tab «${name}» có ${conflict.candidates.length} cột cùng là cột «${column.header}»: ${list}. ` +
      `Tiện ích không tự chọn một cột: hãy đổi tên cột không dùng (ví dụ «${first!.header} ${planYear - 1}» nếu đó là cột của năm trước). Cho tới khi đó, ${meanwhile}.`,
  };
}

function headerRowNotFound(name: string, spec: TabSpec, rows: Rows, planYear: number): Problem {
  const otherYears = otherYearHeaders(rows, spec, planYear);
  const hint = otherYears.length
    ? ` Các cột ${otherYears.map((h) => `«${h}»`).join(', ')} ghi năm khác năm kế hoạch ${planYear} («Năm kế hoạch» trong Cấu hình) nên không được coi là cột của kế hoạch năm nay.`
    : '';
  return {
    tab: name,
    message: `Không tìm thấy dòng tiêu đề của tab «${name}» trong ${HEADER_SEARCH_ROWS} dòng đầu. Cần một dòng có các cột ${describeRequiredHeaders(spec)}.${hint}`,
  };
}

/** Where the header row is and which columns the add-in may write, read problems aside. */
interface Located {
  readonly tab: LocatedTab | undefined;
  readonly unmarked: readonly UnmarkedColumn[];
}

function unmarkedProblem(column: UnmarkedColumn, headerRow: number): Problem {
  return { tab: column.tab, row: headerRow, column: column.header, a1: cellA1(headerRow, column.column), message: unmarkedColumnMessage(column) };
}

function locate(tabs: TabValues, spec: TabSpec, planYear: number, options: ReadOptions, problems: Problem[], columnProblems: Problem[]): Located {
  const found = findTab(tabs, spec);
  if (!found) {
    if (!spec.optional) problems.push(missingTab(spec));
    return { tab: undefined, unmarked: [] };
  }
  const layout = locateHeader(found.rows, spec, planYear);
  if (!layout) {
    problems.push(headerRowNotFound(found.name, spec, found.rows, planYear));
    return { tab: undefined, unmarked: [] };
  }
  const about = [...layout.conflicts.map((conflict) => conflictProblem(found.name, spec, layout.headerRow, conflict, planYear))];
  const unreadable = layout.conflicts.some((c) => isNeededToRead(spec, c.key));
  const { owned, unmarked } = ownedColumns(found.name, spec, layout, options.columnMarks?.get(found.name) ?? (options.columnMarks ? new Map() : undefined));
  if (!unreadable) about.push(...unmarked.map((u) => unmarkedProblem(u, layout.headerRow)));
  problems.push(...about);
  columnProblems.push(...about);
  if (unreadable) return { tab: undefined, unmarked: [] };
  return { tab: { spec, name: found.name, rows: found.rows, layout, owned, formulas: options.formulas?.get(found.name) ?? NO_FORMULAS }, unmarked };
}

/** A data row's cell by column key; undefined when the tab has no such column. */
type CellGetter = (key: string) => Cell | undefined;

function isBlankCell(cell: Cell | undefined): boolean {
  return text(cell) === '' && !isCalendarDate(cell);
}

/** The columns whose text may label a total row («Tổng cộng» in STT, in the name, in Mã NV…). */
const LABEL_KEYS = ['stt', 'code', 'name', 'taskId', 'taskName', 'label', 'unit'];

/** The column numbering a tab's records (STT, Mã NV, Mã); Phân công has none. */
const NUMBER_KEY: Partial<Record<TabKey, string>> = { indicators: 'stt', tasks: 'stt', progress: 'taskId', selfAssessment: 'code' };

/**
 * Whether a row is staff's calculation rather than a record:
 * - a label cell (STT, the name, Mã NV…) is exactly a total label («Tổng cộng», «Cộng:»,
 *   «Trung bình»), whatever else the row holds;
 * - or, in a row without a record number (see isRecordNumber), the label cells or any cell left
 *   of them begin with a total word («Tổng cộng 22 chỉ tiêu», «Cộng nhóm I», «Tổng số nhiệm vụ:
 *   29»; see startsWithTotalWord) — a numbered «Tổng kết năm học…» stays a task;
 * - or every filled cell holds a formula and the first required column (the name, Mã NV, the
 *   unit) is blank — a row of sums, say.
 */
function isCalculationRow(tab: LocatedTab, row: number, cells: readonly Cell[]): boolean {
  const labelColumns = LABEL_KEYS.map((key) => tab.layout.columns.get(key)).filter((c): c is number => c !== undefined);
  if (labelColumns.some((c) => isTotalLabel(cells[c - 1]))) return true;
  const numberKey = NUMBER_KEY[tab.spec.key];
  const numberColumn = numberKey === undefined ? undefined : tab.layout.columns.get(numberKey);
  if (numberKey !== undefined && (numberColumn === undefined || !isRecordNumber(cells[numberColumn - 1]))) {
    const leftmost = Math.min(...labelColumns);
    const leading = [...labelColumns, ...Array.from({ length: Math.max(0, leftmost - 1) }, (_, i) => i + 1)];
    if (leading.some((c) => startsWithTotalWord(cells[c - 1]))) return true;
  }
  const identity = tab.layout.columns.get(tab.spec.columns.find((c) => c.required)!.key);
  if (identity === undefined || !isBlankCell(cells[identity - 1])) return false;
  return cells.every((cell, i) => isBlankCell(cell) || tab.formulas.has(row, i + 1));
}

/** Whether a row repeats the header row (a table pasted from Word repeats it at each page): each required column's cell is its header. */
function isHeaderRepeat(tab: LocatedTab, cells: readonly Cell[]): boolean {
  return tab.spec.columns
    .filter((c) => c.required)
    .every((c) => {
      const column = tab.layout.columns.get(c.key);
      const header = tab.layout.headers.get(c.key);
      if (column === undefined || header === undefined) return false;
      const cell = text(cells[column - 1]);
      // A record's long name is never its header: not folded.
      return cell.length <= 2 * header.length + 8 && foldText(cell) === foldText(header);
    });
}

/** A data row: where it is, its cells, and whether a blank row separates it from the row above it in the table. */
interface DataRow {
  readonly row: number;
  readonly get: CellGetter;
  readonly cells: readonly Cell[];
  readonly afterBlank: boolean;
}

/**
 * The data rows of a tab below its header: every row but blank rows and rows that are not
 * records whatever they hold — a column-number row right under the header row (or a blank row
 * below it, or under a repeat of the header), a repeat of the header row, a total row, a row of
 * formulas. Whether a row below the table (a signature block) is a record is the reader's call.
 */
function* dataRows(tab: LocatedTab): Generator<DataRow> {
  const userColumns = tab.spec.columns.filter((c) => !c.computed).map((c) => tab.layout.columns.get(c.key)).filter((c): c is number => c !== undefined);
  /** Blank rows since the header (or its repeat), while nothing else came; undefined once something did. */
  let blanksUnderHeader: number | undefined = 0;
  let afterBlank = false;
  for (let r = tab.layout.headerRow + 1; r <= tab.rows.length; r++) {
    const cells = tab.rows[r - 1] ?? [];
    if (userColumns.every((c) => isBlankCell(cells[c - 1]))) {
      afterBlank = true;
      if (blanksUnderHeader !== undefined) blanksUnderHeader++;
      continue;
    }
    const underHeader = blanksUnderHeader !== undefined && blanksUnderHeader <= 1;
    blanksUnderHeader = undefined;
    if (isHeaderRepeat(tab, cells)) {
      blanksUnderHeader = 0;
      afterBlank = false;
      continue;
    }
    if ((underHeader && isColumnNumberingRow(cells)) || isCalculationRow(tab, r, cells)) continue;
    const get: CellGetter = (key) => {
      const c = tab.layout.columns.get(key);
      return c === undefined ? undefined : (cells[c - 1] ?? '');
    };
    yield { row: r, get, cells, afterBlank };
    afterBlank = false;
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

/** «A», «A và B», «A, B và C». */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/**
 * Whether a row without a record number ends the table: it carries a line of a signature block
 * or a footnote («Ghi chú: …», «An Lão, ngày …», «HIỆU TRƯỞNG», «NGƯỜI LẬP BIỂU») and has no
 * record name of its own (its name cell is blank or is such a line).
 */
function endsTable(cells: readonly Cell[], name: string): boolean {
  if (name !== '' && !isSignatureOrFootnote(name)) return false;
  return cells.some((cell) => isSignatureOrFootnote(cell));
}

/**
 * The rows of a tab of grouped records (Chỉ tiêu, Nhiệm vụ). A row is a group row, setting the
 * group of the records below it until the next group row (the nearest group row wins: a «2.1»
 * under «II» is the group of the rows under it), when it has none of a record's own cells
 * (`ownKeys`: the target and results; the lead and timing) and its STT numbers a group (see
 * groupNumbering): a Roman numeral, a capital letter, «Phần …», or a numbering with the name in
 * the same cell («I. Thể chế…»); or a section number «1.», «2.1» or a bare «1» that heads the
 * rows below it (see headsRowsBelow). Every other row is a record — which needs a name — when it
 * has a record number in STT (see isRecordNumber) or some of its own cells; a row with neither (a
 * note, a name running on from the row above) is not: it is named as a problem when a record
 * follows it, so a record typed without its STT is never dropped unseen. The table ends (rows
 * below are records only when numbered) at a row without a record number that follows a blank
 * row under numbered records, or that is a footnote or a line of a signature block (see endsTable).
 */
function readGroupedRecords<T>(
  tab: LocatedTab,
  problems: Problem[],
  kind: {
    /** A record's own cells: a row with none of them and no STT is not a record. */
    readonly ownKeys: readonly string[];
    /** «chỉ tiêu», «nhiệm vụ». */
    readonly noun: string;
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
  const hasOwnData = (get: CellGetter): boolean => kind.ownKeys.some((k) => !isBlankCell(get(k)));
  const ownHeaders = kind.ownKeys.flatMap((k) => (tab.layout.headers.has(k) ? [`«${tab.layout.headers.get(k)!}»`] : []));
  /** Rows without a number or data of their own, named as problems once a record follows them. */
  let pending: Problem[] = [];
  let ended = false;
  let lastNumbered = false;
  const flush = (): void => {
    problems.push(...pending);
    pending = [];
  };
  const data = [...dataRows(tab)];
  /** A row's group numbering when the row has none of a record's own cells. */
  const headingOf = (get: CellGetter): GroupNumbering | undefined => (hasOwnData(get) ? undefined : groupNumbering(get('stt')));
  /** The STT of the next row below `index` that is numbered, undefined when a group row or the end comes first. */
  const nextNumber = (index: number): string | undefined => {
    for (const { get } of data.slice(index + 1)) {
      if (headingOf(get)?.kind === 'heading') return undefined;
      if (isRecordNumber(get('stt'))) return text(get('stt'));
    }
    return undefined;
  };
  for (const [index, { row, get, cells, afterBlank }] of data.entries()) {
    const stt = text(get('stt'));
    const name = text(get('name'));
    const own = hasOwnData(get);
    const numbering = headingOf(get);
    if (numbering && (numbering.kind === 'heading' || headsRowsBelow(numbering, nextNumber(index)))) {
      const g = groupOf(numbering, stt, name, cells);
      group = g;
      groups.push({ row, group: g });
      ended = false;
      flush();
      continue;
    }
    const numbered = isRecordNumber(get('stt'));
    if (numbered) ended = false;
    else if ((afterBlank && lastNumbered) || endsTable(cells, name)) ended = true;
    if (ended) continue;
    if (!numbered && !own) {
      if (name !== '' && !isFootnote(name)) {
        pending.push(
          problemAt(
            tab,
            row,
            'name',
            `Dòng ${row} («${shorten(name, 80)}») không có STT, ${listOf(ownHeaders)}, nên không được tính là một ${kind.noun}. ` +
              `Nếu đây là phần tiếp theo của dòng trên, hãy gộp vào dòng trên; nếu là một ${kind.noun}, hãy điền STT.`,
          ),
        );
      }
      continue;
    }
    flush();
    if (name === '') {
      problems.push(problemAt(tab, row, 'name', kind.missingName(row)));
      continue;
    }
    lastNumbered = numbered;
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
    ownKeys: ['target', ...QUARTER_KEYS],
    noun: 'chỉ tiêu',
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
        ...baselineOf(get('baseline')),
        ...soCodeOf(get('soCode')),
        owner: text(get('owner')),
        evidence: text(get('evidence')),
        note: text(get('note')),
        ref,
      };
    },
  });
}

/** Số liệu năm trước, raw; left out when the column is absent or the cell blank. */
function baselineOf(cell: Cell | undefined): { baseline?: unknown } {
  const value = rawValue(cell);
  return value === '' || value === null || value === undefined ? {} : { baseline: value };
}

/** Mã chỉ tiêu Sở as typed (cleaned); left out when the column is absent or the cell blank. */
function soCodeOf(cell: Cell | undefined): { soCode?: string } {
  const code = text(cell);
  return code === '' ? {} : { soCode: code };
}

/** Tiêu chí 4725, as typed; left out when the column is absent or the cell blank. */
function criteriaOf(cell: Cell | undefined): { criteria?: string } {
  const codes = text(cell);
  return codes === '' ? {} : { criteria: codes };
}

function readTasks(tab: LocatedTab, problems: Problem[]) {
  return readGroupedRecords<Task>(tab, problems, {
    perGroupNumbering: true,
    ownKeys: ['lead', 'timing'],
    noun: 'nhiệm vụ',
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
        ...criteriaOf(get('criteria')),
        ref,
      };
    },
  });
}

/** Occurrence labels as the schedule writes them, by folded spelling, per task. */
function canonicalLabels(tasks: readonly Task[], calendar: PlanCalendar, reading: PlanReading): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const task of tasks) {
    const slots = reading.occurrences(task, calendar);
    if (slots.ok) out.set(task.id, new Map(slots.value.map((s) => [foldText(s.label), s.label])));
  }
  return out;
}

function readProgress(tab: LocatedTab, tasks: readonly Task[], calendar: PlanCalendar, reading: PlanReading, problems: Problem[]) {
  const rows: RecordRow<ProgressEntry>[] = [];
  const labels = canonicalLabels(tasks, calendar, reading);
  let ended = false;
  let lastNumbered = false;
  for (const { row, get, cells, afterBlank } of dataRows(tab)) {
    const taskId = idOf(get('taskId'));
    const typed = text(get('label'));
    // As in Chỉ tiêu and Nhiệm vụ, a signature block or a note closes the table (see readGroupedRecords).
    const numbered = isRecordNumber(get('taskId'));
    if (numbered) ended = false;
    else if ((afterBlank && lastNumbered) || endsTable(cells, '')) ended = true;
    if (ended) continue;
    if (taskId === '') {
      // A note or a signature under the table: nothing of an occurrence in it.
      if (['label', 'status', 'completedOn'].every((k) => isBlankCell(get(k)))) continue;
      problems.push(problemAt(tab, row, 'taskId', `Dòng ${row} có dữ liệu nhưng thiếu «Mã NV» (STT của nhiệm vụ trong tab Nhiệm vụ).`));
      continue;
    }
    const label = labels.get(taskId)?.get(foldText(typed)) ?? typed;
    lastNumbered = numbered;
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

/** A criterion's own cells: a row with none of them (and no Mã, or a group's numbering in it) heads a group. */
const CRITERION_KEYS = ['maxPoints', 'mandatory', 'score', 'evidence'];

/**
 * Tự đánh giá CĐS: every row with a Mã or a criterion's own cells is a criterion, in order. A row
 * with none of a criterion's own cells (Điểm tối đa, Bắt buộc, Điểm tự đánh giá, Minh chứng)
 * whose Mã is blank, a group's numbering («I», «Nhóm 1», «A.») or a bare number («1», «2.») is a
 * group heading: the criteria below it with a blank Nhóm are of its group. The table ends at a
 * footnote or a line of a signature block. A missing or repeated Mã, a score above the maximum…
 * are the scoring's problems (criterionProblems), named at their cells by readWorkbook.
 */
function readSelfAssessment(tab: LocatedTab, problems: Problem[]) {
  const rows: RecordRow<DtiCriterion>[] = [];
  const groups: { row: number; group: string }[] = [];
  let group = '';
  for (const { row, get, cells } of dataRows(tab)) {
    const code = criterionCode(text(get('code')));
    const name = text(get('name'));
    if (code === '' && endsTable(cells, name)) break;
    const own = CRITERION_KEYS.some((k) => !isBlankCell(get(k)));
    const numbering = groupNumbering(get('code'));
    const heads = code === '' || numbering?.kind === 'heading' || (numbering !== undefined && numbering.parts.length === 1);
    if (!own && heads) {
      const heading = name || numbering?.inlineName || '';
      if (heading === '' || isFootnote(heading)) continue;
      group = heading;
      groups.push({ row, group });
      continue;
    }
    if (name === '') {
      problems.push(problemAt(tab, row, 'name', `Dòng ${row}${code ? ` (mã «${code}»)` : ''} có dữ liệu nhưng thiếu tên tiêu chí.`));
      continue;
    }
    rows.push({
      row,
      record: {
        code,
        name,
        group: text(get('group')) || group,
        maxPoints: rawValue(get('maxPoints')),
        mandatory: rawValue(get('mandatory')),
        score: rawValue(get('score')),
        evidence: text(get('evidence')),
        note: text(get('note')),
        owner: text(get('owner')),
        ref: rowRef(tab.name, row),
      },
    });
  }
  return { rows, groups };
}

/** The scoring's problems with each criterion, at the cell of the field each names (the column absent: the row). */
function criterionProblems(tab: LocatedTab, rows: readonly RecordRow<DtiCriterion>[], assessment: DtiAssessment): Problem[] {
  return rows.flatMap(({ row }, i) => (assessment.criteria[i]?.problems ?? []).map((p) => problemAt(tab, row, p.field, p.message)));
}

/** The plan tabs holding records, located by header (Cấu hình is key/value rows, read by readSettings). */
const RECORD_TABS: readonly TabSpec[] = PLAN_TABS.filter((spec) => spec !== SETTINGS_TAB);

/** Everything readPlan gives, plus where each record and column is (for checks and computed columns). */
export function readWorkbook(tabs: TabValues, options: ReadOptions = {}): WorkbookRead {
  const problems: Problem[] = [];
  const fallbackYear = options.fallbackYear ?? new Date().getFullYear();
  const reading = options.reading ?? planReading();

  const settingsTab = findTab(tabs, SETTINGS_TAB);
  if (!settingsTab) problems.push(missingTab(SETTINGS_TAB));
  const { settings, problems: settingProblems } = readSettings(settingsTab?.name ?? SETTINGS_TAB.name, settingsTab?.rows ?? [], fallbackYear);
  problems.push(...settingProblems);

  const columnProblems: Problem[] = [];
  // Every record tab of the schema is located the same way; each is then read by its own reader.
  const found = RECORD_TABS.map((spec) => locate(tabs, spec, settings.planYear, options, problems, columnProblems));
  const located: Partial<Record<TabKey, LocatedTab>> = {};
  for (const f of found) if (f.tab) located[f.tab.spec.key] = f.tab;
  const { indicators: indicatorsTab, tasks: tasksTab, progress: progressTab, assignments: assignmentsTab, selfAssessment: selfAssessmentTab } = located;

  const indicators = indicatorsTab ? readIndicators(indicatorsTab, problems) : { rows: [], groups: [] };
  const tasks = tasksTab ? readTasks(tasksTab, problems) : { rows: [], groups: [] };
  const taskRecords = tasks.rows.map((r) => r.record);
  const progressRows = progressTab ? readProgress(progressTab, taskRecords, settingsCalendar(settings), reading, problems) : [];
  const assignmentRows = assignmentsTab ? readAssignments(assignmentsTab) : [];
  const selfAssessment = selfAssessmentTab ? readSelfAssessment(selfAssessmentTab, problems) : undefined;
  const selfAssessmentRecord = selfAssessment ? { criteria: selfAssessment.rows.map((r) => r.record) } : undefined;
  if (selfAssessmentTab && selfAssessment && selfAssessmentRecord) {
    // Scored through the run's reading, so evaluatePlan on this plan reuses the same assessment.
    const assessment = reading.assessment(selfAssessmentRecord, settings.dtiLevelRule);
    problems.push(...criterionProblems(selfAssessmentTab, selfAssessment.rows, assessment));
  }

  return {
    plan: {
      settings,
      indicators: indicators.rows.map((r) => r.record),
      tasks: taskRecords,
      progress: progressRows.map((r) => r.record),
      assignments: assignmentRows.map((r) => r.record),
      ...(selfAssessmentRecord ? { selfAssessment: selfAssessmentRecord } : {}),
    },
    problems,
    reading,
    tabs: located,
    columnProblems,
    unmarked: found.flatMap((f) => f.unmarked),
    indicatorRows: indicators.rows,
    indicatorGroupRows: indicators.groups,
    taskRows: tasks.rows,
    taskGroupRows: tasks.groups,
    progressRows,
    assignmentRows,
    selfAssessmentRows: selfAssessment?.rows ?? [],
    selfAssessmentGroupRows: selfAssessment?.groups ?? [],
  };
}
