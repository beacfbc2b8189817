/**
 * The receiver's tabs in the Phòng/Sở spreadsheet (issue 14), and the pure decisions of a push:
 * no service is called here (rollupReceiver.ts does the reads and writes).
 *
 * - «Trường»: the register. Staff type the school ids (and names); «Thiết lập nhận số liệu» writes
 *   each token's SHA-256 (never the token); each accepted push rewrites the rest of its school's row.
 *   The row also says where the school's rows are in the two data tabs (a block the school owns).
 * - «Số liệu mới nhất»: one row per school × indicator. A school's rows are one contiguous block
 *   with some spare rows; a push rewrites its block in one setValues, and moves it to the end
 *   (blanking the old one) only when it outgrows it. No per-school tab: 1,000 schools stay one table.
 * - «Số liệu quý trước»: the same layout, the school's latest rows of the previous quarter, copied
 *   there when a push brings a new quarter.
 * - «Nhật ký nhận»: every push, accepted or refused, with the reason.
 *
 * Columns are fixed (A…): the tabs are the add-in's (marked), and staff add their own columns to
 * the right, where the receiver never writes. A register whose headers were moved is not written.
 */
import { parseIsoDate } from '../core/date';
import type { IndicatorState } from '../core/evaluation';
import type { HeldSnapshots, Stamped } from '../core/rollup/rollup';
import { MAX_ATTAINMENT, readOverdueList, readSelfAssessmentPart, type Snapshot, type SnapshotIndicator, type SnapshotSelfAssessment } from '../core/rollup/snapshot';
import { TASK_STATUSES } from '../core/status';
import { foldText } from '../core/text';
import type { ColumnFormat, ColumnSpec, TabSpec } from '../sheet/schema';

function col(key: string, header: string, width: number, format?: ColumnFormat): ColumnSpec {
  return { key, header, aliases: [], width, ...(format ? { format } : {}) };
}

/** Columns of «Trường», in order (their positions are fixed). */
export const SCHOOLS_TAB: TabSpec = {
  key: 'rollupSchools',
  name: 'Trường',
  aliases: ['Danh sách trường'],
  columns: [
    col('id', 'Mã trường', 110, 'plainText'),
    col('name', 'Tên trường', 260, 'plainText'),
    col('email', 'E-mail của trường', 200, 'plainText'),
    col('tokenHash', 'Mã bảo mật (SHA-256)', 160, 'plainText'),
    col('sentAt', 'Gửi lúc', 170, 'plainText'),
    col('asOf', 'Số liệu đến ngày', 110, 'plainText'),
    col('planYear', 'Năm kế hoạch', 90, 'integer'),
    col('quarter', 'Quý', 90, 'plainText'),
    col('indicators', 'Số chỉ tiêu', 90, 'integer'),
    ...TASK_STATUSES.map((s, i) => col(`state${i}`, `Kỳ nhiệm vụ: ${s}`, 110, 'integer')),
    col('overdue', 'Việc quá hạn', 90, 'integer'),
    col('level', 'Mức tự đánh giá CĐS', 110, 'integer'),
    col('receivedAt', 'Nhận lúc', 150, 'dateTime'),
    col('latestStart', 'Dòng đầu (số liệu mới nhất)', 110, 'integer'),
    col('latestSize', 'Số dòng (số liệu mới nhất)', 110, 'integer'),
    col('previousQuarter', 'Quý trước', 90, 'plainText'),
    col('previousStart', 'Dòng đầu (quý trước)', 110, 'integer'),
    col('previousSize', 'Số dòng (quý trước)', 110, 'integer'),
    // What the snapshot carries beyond the columns above, as JSON for the roll-up (not for reading):
    // the self-assessment (every group's points and level, the school's level) and the most overdue
    // occurrences (at most RECEIVER_OVERDUE_KEPT). Last, so the columns before keep their places.
    col('selfAssessment', 'Tự đánh giá CĐS theo nhóm (dữ liệu)', 160, 'plainText'),
    col('overdueList', 'Việc quá hạn lâu nhất (dữ liệu)', 160, 'plainText'),
  ],
};

/** How many overdue occurrences, the most overdue first, the register keeps per school (their number is kept whole). */
export const RECEIVER_OVERDUE_KEPT = 20;
/** Longest JSON the register writes in a cell (a Sheets cell holds at most 50,000 characters). */
export const MAX_CELL_CHARS = 45_000;

const DATA_COLUMNS: readonly ColumnSpec[] = [
  col('id', 'Mã trường', 110, 'plainText'),
  col('name', 'Tên trường', 220, 'plainText'),
  col('code', 'Mã chỉ tiêu Sở', 100, 'plainText'),
  col('stt', 'STT', 60, 'plainText'),
  col('indicator', 'Chỉ tiêu', 320, 'plainText'),
  col('unit', 'Đơn vị tính', 90, 'plainText'),
  col('target', 'Mục tiêu', 140, 'plainText'),
  col('result', 'Kết quả', 120, 'plainText'),
  col('resultQuarter', 'Quý của kết quả', 80, 'integer'),
  col('attainment', 'Tỷ lệ đạt', 90, 'percent'),
  col('verdict', 'Đánh giá', 140, 'plainText'),
  col('state', 'Tình trạng', 120, 'plainText'),
  col('asOf', 'Số liệu đến ngày', 110, 'plainText'),
  col('sentAt', 'Gửi lúc', 170, 'plainText'),
];

export const LATEST_TAB: TabSpec = { key: 'rollupLatest', name: 'Số liệu mới nhất', aliases: [], columns: DATA_COLUMNS };
export const PREVIOUS_TAB: TabSpec = { key: 'rollupPrevious', name: 'Số liệu quý trước', aliases: [], columns: DATA_COLUMNS };
export const RECEIVE_LOG_TAB: TabSpec = {
  key: 'rollupLog',
  name: 'Nhật ký nhận',
  aliases: [],
  columns: [
    col('time', 'Thời điểm', 150, 'dateTime'),
    col('id', 'Mã trường', 110, 'plainText'),
    col('name', 'Tên trường', 220, 'plainText'),
    col('sentAt', 'Gửi lúc', 170, 'plainText'),
    col('outcome', 'Kết quả', 110, 'plainText'),
    col('reason', 'Lý do', 420, 'plainText'),
  ],
};

/** The indicator's state as the data tabs word it (and back, for readers of the tabs). */
export const STATE_LABELS: Readonly<Record<IndicatorState, string>> = {
  met: 'Đạt',
  unmet: 'Chưa đạt',
  pending: 'Chưa có kết quả',
  invalid: 'Không đọc được',
  longTerm: 'Dài hạn',
};

const SCHOOL_COLUMN = Object.fromEntries(SCHOOLS_TAB.columns.map((c, i) => [c.key, i])) as Record<string, number>;
export const SCHOOL_WIDTH = SCHOOLS_TAB.columns.length;
export const DATA_WIDTH = DATA_COLUMNS.length;
/** First data row of every receiver tab (row 1 is the header). */
export const FIRST_ROW = 2;

/** A block of rows a school owns in a data tab. */
export interface Block {
  readonly start: number;
  readonly size: number;
}

/** A school of the register, as read. */
export interface SchoolEntry {
  /** 1-based sheet row. */
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly tokenHash: string;
  readonly sentAt: string;
  /** «Số liệu đến ngày» of the latest snapshot held (ISO day, as written). */
  readonly asOf: string;
  readonly quarter: string;
  readonly latest: Block | undefined;
  readonly previous: Block | undefined;
  readonly previousQuarter: string;
  /** The row as read, its register columns only (rewritten as it is where a push changes nothing). */
  readonly cells: readonly unknown[];
}

export interface Register {
  readonly schools: ReadonlyMap<string, SchoolEntry>;
  /** The first row below every school's block, per data tab. */
  readonly latestEnd: number;
  readonly previousEnd: number;
  /** The first row below the register's last row with content. */
  readonly nextRow: number;
}

/** The key a school id is matched by: trimmed, case and diacritics folded («THPT-AL» = «thpt-al»). */
export function schoolKey(id: string): string {
  return foldText(id).replace(/\s+/g, '');
}

function text(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell).trim();
}

function whole(cell: unknown): number | undefined {
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' && cell.trim() !== '' ? Number(cell) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function block(start: unknown, size: unknown): Block | undefined {
  const s = whole(start);
  const n = whole(size);
  return s !== undefined && n !== undefined && s >= FIRST_ROW ? { start: s, size: n } : undefined;
}

/**
 * Whether the register's header row is the add-in's (folded; staff may restyle it). The receiver
 * does not write a register whose columns were moved or renamed: it could write into the wrong one.
 */
export function registerHeaderProblem(header: readonly unknown[]): string | undefined {
  const bad = SCHOOLS_TAB.columns.findIndex((c, i) => foldText(text(header[i])) !== foldText(c.header));
  if (bad < 0) return undefined;
  const c = SCHOOLS_TAB.columns[bad]!;
  return `Tab «${SCHOOLS_TAB.name}» của Phòng/Sở đã bị đổi cột (cột ${bad + 1} phải là «${c.header}»); máy nhận tạm ngừng ghi cho đến khi chạy lại «Thiết lập nhận số liệu (Phòng/Sở)».`;
}

/**
 * A register made before the last columns were added (its header stops short, and those columns
 * are blank in every row): the 0-based index of the first missing column, for «Thiết lập nhận số
 * liệu» to add their headers. Undefined when the register is whole, or moved, or those cells hold
 * anything (staff columns: never written).
 */
export function missingRegisterColumns(values: readonly (readonly unknown[])[]): number | undefined {
  const header = values[0] ?? [];
  const first = SCHOOLS_TAB.columns.findIndex((c, i) => foldText(text(header[i])) !== foldText(c.header));
  if (first <= 0) return undefined;
  const blank = values.every((row) => SCHOOLS_TAB.columns.every((_, i) => i < first || text(row[i]) === ''));
  return blank ? first : undefined;
}

/** The register from the tab's values (header row included). A school listed twice: the first row counts. */
export function readRegister(values: readonly (readonly unknown[])[]): Register {
  const schools = new Map<string, SchoolEntry>();
  let latestEnd = FIRST_ROW;
  let previousEnd = FIRST_ROW;
  let nextRow = FIRST_ROW;
  for (let i = FIRST_ROW - 1; i < values.length; i++) {
    const row = values[i] ?? [];
    const cells = SCHOOLS_TAB.columns.map((_, c) => row[c] ?? '');
    if (cells.some((c) => text(c) !== '')) nextRow = i + 2;
    const id = text(cells[SCHOOL_COLUMN.id!]);
    const latest = block(cells[SCHOOL_COLUMN.latestStart!], cells[SCHOOL_COLUMN.latestSize!]);
    const previous = block(cells[SCHOOL_COLUMN.previousStart!], cells[SCHOOL_COLUMN.previousSize!]);
    if (latest) latestEnd = Math.max(latestEnd, latest.start + latest.size);
    if (previous) previousEnd = Math.max(previousEnd, previous.start + previous.size);
    const key = schoolKey(id);
    if (key === '' || schools.has(key)) continue;
    schools.set(key, {
      row: i + 1,
      id,
      name: text(cells[SCHOOL_COLUMN.name!]),
      tokenHash: text(cells[SCHOOL_COLUMN.tokenHash!]).toLowerCase(),
      sentAt: text(cells[SCHOOL_COLUMN.sentAt!]),
      asOf: text(cells[SCHOOL_COLUMN.asOf!]),
      quarter: text(cells[SCHOOL_COLUMN.quarter!]),
      latest,
      previous,
      previousQuarter: text(cells[SCHOOL_COLUMN.previousQuarter!]),
      cells,
    });
  }
  return { schools, latestEnd, previousEnd, nextRow };
}

/** «Quý 2/2026» of an ISO day. */
export function quarterLabel(asOf: string): string {
  const d = parseIsoDate(asOf);
  return d ? `Quý ${Math.floor((d.month - 1) / 3) + 1}/${d.year}` : '';
}

/** A quarter label's order (year × 4 + quarter), undefined when it is not one. */
export function quarterOrder(label: string): number | undefined {
  const m = /^Quý\s*([1-4])\s*\/\s*(\d{4})$/i.exec(label.trim());
  return m ? Number(m[2]) * 4 + Number(m[1]) : undefined;
}

/** The first day of a quarter label («Quý 2/2026» → «2026-04-01»), '' when it is not one. */
export function quarterStart(label: string): string {
  const order = quarterOrder(label);
  if (order === undefined) return '';
  const year = Math.floor((order - 1) / 4);
  const quarter = order - year * 4;
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

const DATA_COLUMN = Object.fromEntries(DATA_COLUMNS.map((c, i) => [c.key, i])) as Record<string, number>;

function isoDay(cell: unknown): string {
  const t = text(cell);
  return parseIsoDate(t) ? t : '';
}

/**
 * What the register and the data tabs hold of a school's snapshots, as core's `retain` orders
 * them (sentAt, as-of day): the latest from the register row; the previous quarter's from the
 * first row of its block (`previousFirstRow`, read by the caller only when the school has one).
 * A day that cannot be read falls back to the first day of the quarter the register names.
 */
export function heldStamps(school: SchoolEntry, previousFirstRow: readonly unknown[] | undefined): HeldSnapshots<Stamped> | undefined {
  if (school.sentAt === '') return undefined;
  const latest: Stamped = { sentAt: school.sentAt, asOf: isoDay(school.asOf) || quarterStart(school.quarter) };
  if (!school.previous) return { latest };
  const row = previousFirstRow ?? [];
  const previous: Stamped = { sentAt: text(row[DATA_COLUMN.sentAt!]), asOf: isoDay(row[DATA_COLUMN.asOf!]) || quarterStart(school.previousQuarter) };
  return { latest, previous };
}

/** A snapshot's rows for a data tab, then blank rows up to the block's size. */
export function dataRows(snapshot: Snapshot, size: number): unknown[][] {
  const rows: unknown[][] = snapshot.indicators.map((i) => [
    snapshot.schoolId,
    snapshot.schoolName,
    i.code,
    i.stt,
    i.name,
    i.unit,
    i.target,
    i.result,
    i.quarter ?? '',
    i.attainment ?? '',
    i.verdict,
    STATE_LABELS[i.state],
    snapshot.asOf,
    snapshot.sentAt,
  ]);
  while (rows.length < size) rows.push(blankRow(DATA_WIDTH));
  return rows;
}

export function blankRow(width: number): string[] {
  return Array.from({ length: width }, () => '');
}

/** Rows a new block gets: the snapshot's, and spare ones so it can grow a little in place. */
export function blockSize(rows: number): number {
  return rows + Math.max(5, Math.ceil(rows / 5));
}

/**
 * Where a school's rows go in a data tab: its block when they fit; else a new block at the end
 * (the old one, if any, is blanked by the caller).
 */
export function placeBlock(current: Block | undefined, rows: number, end: number): { block: Block; moved: Block | undefined } {
  if (current && current.size >= rows) return { block: current, moved: undefined };
  return { block: { start: end, size: blockSize(rows) }, moved: current };
}

/** The register row after an accepted push (`cells`: the row as read; id and token hash kept). */
export function registerRow(
  cells: readonly unknown[],
  snapshot: Snapshot,
  receivedAt: Date,
  latest: Block,
  previous: PreviousChange,
): unknown[] {
  const row = [...cells];
  const set = (key: string, value: unknown): void => {
    row[SCHOOL_COLUMN[key]!] = value;
  };
  set('name', snapshot.schoolName);
  set('email', snapshot.email);
  set('sentAt', snapshot.sentAt);
  set('asOf', snapshot.asOf);
  set('planYear', snapshot.planYear);
  set('quarter', quarterLabel(snapshot.asOf));
  set('indicators', snapshot.indicators.length);
  TASK_STATUSES.forEach((s, i) => set(`state${i}`, snapshot.tasks.byState[s] ?? 0));
  set('overdue', snapshot.tasks.overdueCount);
  set('level', snapshot.selfAssessment?.schoolLevel ?? '');
  set('receivedAt', receivedAt);
  set('latestStart', latest.start);
  set('latestSize', latest.size);
  const sa = snapshot.selfAssessment;
  set('selfAssessment', sa ? fittedJson(sa.groups, (groups): SnapshotSelfAssessment => ({ groups, schoolLevel: sa.schoolLevel })) : '');
  const overdue = snapshot.tasks.overdue.slice(0, RECEIVER_OVERDUE_KEPT);
  set('overdueList', overdue.length > 0 ? fittedJson(overdue, (list) => list) : '');
  return withPrevious(row, previous);
}

/** JSON of `wrap(items)`, of as many of the first items as fit in MAX_CELL_CHARS. */
function fittedJson<T>(items: readonly T[], wrap: (items: readonly T[]) => unknown): string {
  let n = items.length;
  let json = JSON.stringify(wrap(items));
  while (json.length > MAX_CELL_CHARS && n > 0) json = JSON.stringify(wrap(items.slice(0, --n)));
  return json;
}

/** What a push does to a school's previous-quarter block: a new one, none any more (null), or nothing (undefined). */
export type PreviousChange = { readonly quarter: string; readonly block: Block } | null | undefined;

/** The register row with its previous-quarter columns as `previous` says. */
export function withPrevious(cells: readonly unknown[], previous: PreviousChange): unknown[] {
  const row = [...cells];
  if (previous === undefined) return row;
  row[SCHOOL_COLUMN.previousQuarter!] = previous ? previous.quarter : '';
  row[SCHOOL_COLUMN.previousStart!] = previous ? previous.block.start : '';
  row[SCHOOL_COLUMN.previousSize!] = previous ? previous.block.size : '';
  return row;
}

/** Lower-case hex of a Byte[] as Utilities.computeDigest returns it (signed values). */
export function hexOf(bytes: readonly number[]): string {
  return bytes.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');
}

// ---------------------------------------------------------------------------------------------
// The snapshots the receiver's tabs hold (for «Cập nhật bảng tổng hợp (Phòng/Sở)»)

const STATE_OF_LABEL = new Map(Object.entries(STATE_LABELS).map(([state, label]) => [foldText(label), state as IndicatorState]));

function numberOf(cell: unknown): number | undefined {
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' && cell.trim() !== '' ? Number(cell) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function indicatorOfRow(row: readonly unknown[]): SnapshotIndicator {
  const quarter = numberOf(row[DATA_COLUMN.resultQuarter!]);
  const attainment = numberOf(row[DATA_COLUMN.attainment!]);
  return {
    code: text(row[DATA_COLUMN.code!]),
    stt: text(row[DATA_COLUMN.stt!]),
    name: text(row[DATA_COLUMN.indicator!]),
    unit: text(row[DATA_COLUMN.unit!]),
    target: text(row[DATA_COLUMN.target!]),
    result: text(row[DATA_COLUMN.result!]),
    quarter: quarter === 1 || quarter === 2 || quarter === 3 || quarter === 4 ? quarter : null,
    attainment: attainment === undefined ? null : Math.min(MAX_ATTAINMENT, Math.max(0, attainment)),
    verdict: text(row[DATA_COLUMN.verdict!]),
    state: STATE_OF_LABEL.get(foldText(text(row[DATA_COLUMN.state!]))) ?? 'invalid',
  };
}

/** The rows of a school's block that are its own (column A is its id). */
function blockRows(values: readonly (readonly unknown[])[], block: Block | undefined, id: string): (readonly unknown[])[] {
  if (!block) return [];
  const key = schoolKey(id);
  return values.slice(block.start - 1, block.start - 1 + block.size).filter((r) => schoolKey(text(r[0])) === key);
}

/** What the receiver's tabs keep of the schools, rebuilt as snapshots (and the register as the roster). */
export interface ReceiverHoldings {
  readonly snapshots: readonly Snapshot[];
  /** Every school of «Trường» (one never heard from is listed as not reported). */
  readonly roster: readonly { readonly schoolId: string; readonly schoolName: string }[];
  /** A register cell of JSON that cannot be read (edited by hand), in Vietnamese: that part is left out. */
  readonly unreadable: readonly string[];
}

/** A JSON cell of the register read by core's reader; undefined when blank or unreadable (then said in `unreadable`). */
function storedPart<T>(school: SchoolEntry, key: string, read: (value: unknown) => { ok: true; value: T } | { ok: false; error: string }, unreadable: string[]): T | undefined {
  const cell = text(school.cells[SCHOOL_COLUMN[key]!]);
  if (cell === '') return undefined;
  let value: unknown;
  let error: string;
  try {
    value = JSON.parse(cell);
    const r = read(value);
    if (r.ok) return r.value;
    error = r.error;
  } catch {
    error = 'không đúng định dạng JSON';
  }
  const header = SCHOOLS_TAB.columns[SCHOOL_COLUMN[key]!]!.header;
  unreadable.push(`Tab «${SCHOOLS_TAB.name}», dòng ${school.row} (trường ${school.id}), cột «${header}»: ô bị sửa, không đọc được (${error}); phần này không được tổng hợp cho đến lần gửi sau của trường.`);
  return undefined;
}

/**
 * The snapshots the receiver holds, rebuilt from its tabs' values (header rows included): each
 * school's latest from its register row (task counts, the self-assessment with every group, the
 * RECEIVER_OVERDUE_KEPT most overdue occurrences and their whole number) and its block in «Số
 * liệu mới nhất»; its previous quarter's from its block in «Số liệu quý trước» (indicators only:
 * all the roll-up reads of it). A register row from before the JSON columns: the school's level
 * alone, no overdue list. Pure.
 */
export function receiverHoldings(register: readonly (readonly unknown[])[], latest: readonly (readonly unknown[])[], previous: readonly (readonly unknown[])[]): ReceiverHoldings {
  const { schools } = readRegister(register);
  const snapshots: Snapshot[] = [];
  const roster: { schoolId: string; schoolName: string }[] = [];
  const unreadable: string[] = [];
  for (const s of schools.values()) {
    roster.push({ schoolId: s.id, schoolName: s.name });
    if (s.sentAt === '') continue;
    const cell = (key: string) => s.cells[SCHOOL_COLUMN[key]!];
    const byState: Record<string, number> = {};
    TASK_STATUSES.forEach((state, i) => {
      byState[state] = Math.max(0, Math.round(numberOf(cell(`state${i}`)) ?? 0));
    });
    const level = numberOf(cell('level'));
    const selfAssessment =
      storedPart(s, 'selfAssessment', (v) => readSelfAssessmentPart(v), unreadable) ?? (level === 1 || level === 2 || level === 3 ? { groups: [], schoolLevel: level } : undefined);
    const overdue = storedPart(s, 'overdueList', (v) => readOverdueList(v), unreadable) ?? [];
    const base = {
      version: 1 as const,
      schoolId: s.id,
      schoolName: s.name,
      email: text(cell('email')),
      planYear: Math.round(numberOf(cell('planYear')) ?? 0),
    };
    snapshots.push({
      ...base,
      asOf: isoDay(s.asOf) || quarterStart(s.quarter),
      sentAt: s.sentAt,
      indicators: blockRows(latest, s.latest, s.id).map(indicatorOfRow),
      tasks: { byState, overdueCount: Math.max(overdue.length, Math.round(numberOf(cell('overdue')) ?? 0)), overdue },
      ...(selfAssessment ? { selfAssessment } : {}),
    });
    const rows = blockRows(previous, s.previous, s.id);
    if (rows.length > 0) {
      const first = rows[0]!;
      snapshots.push({
        ...base,
        asOf: isoDay(first[DATA_COLUMN.asOf!]) || quarterStart(s.previousQuarter),
        sentAt: text(first[DATA_COLUMN.sentAt!]),
        indicators: rows.map(indicatorOfRow),
        tasks: { byState: {}, overdueCount: 0, overdue: [] },
      });
    }
  }
  return { snapshots, roster, unreadable };
}
