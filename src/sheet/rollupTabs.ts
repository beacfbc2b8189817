/**
 * The Phòng/Sở workbook's tabs from a Rollup (src/core/rollup/rollup.ts), pure: per tab its name,
 * title, columns (header, width in characters, format, note) and rows of plain values. One
 * module for both shells: the CLI's `rollup` lays them out with exceljs (src/cli/rollupXlsx.ts),
 * the add-in's «Cập nhật bảng tổng hợp (Phòng/Sở)» writes them into its own marked tabs
 * (src/gas/rollupSummary.ts). One row per school or per code, never a tab per school, so the
 * workbook stays usable at 1,000 schools.
 *
 * Layout of every tab: the title in row 1, the first table's header in row 2, its rows from row 3;
 * a further table (the levels tab's per-group one) two blank rows below, with its own header row.
 */
import { type CalendarDate, formatDdMmYyyy, parseIsoDate, PLAN_TIME_ZONE, timeOfDayText, zoneParts } from '../core/date';
import { dtiLevelText } from '../core/dti/assessment';
import type { CodeAggregate, LevelCounts, Rollup } from '../core/rollup/rollup';
import { cappedRatio } from '../core/rollup/rollup';
import { sentAtMillis, type Snapshot, type SnapshotIndicator } from '../core/rollup/snapshot';

export const ROLLUP_TABS = {
  indicators: 'Tổng hợp chỉ tiêu',
  schools: 'Theo trường',
  overdue: 'Trường có việc quá hạn',
  notReported: 'Chưa báo cáo',
  levels: 'Mức độ CĐS',
  unmapped: 'Chỉ tiêu chưa gắn mã',
} as const;

export type RollupTabKey = keyof typeof ROLLUP_TABS;

/** Mức CĐS as the Sở reads it: index 0 not assessed, 1–3 core's one wording (dtiLevelText, QĐ 4725). */
export const LEVEL_LABELS: readonly string[] = ['Chưa đánh giá', ...([1, 2, 3] as const).map(dtiLevelText)];

/** A cell: text, a number (shown as its column's format says), a calendar day, or blank. */
export type RollupValue = string | number | CalendarDate | null;
export type RollupFormat = 'text' | 'percent' | 'integer' | 'date' | 'number';

export interface RollupColumn {
  readonly header: string;
  /** Width in characters (Excel's unit; the add-in converts to pixels). */
  readonly width: number;
  readonly format?: RollupFormat;
  /** Shown as the header cell's note. */
  readonly note?: string;
}

export interface RollupTable {
  readonly columns: readonly RollupColumn[];
  readonly rows: readonly (readonly RollupValue[])[];
}

export interface RollupTab {
  readonly key: RollupTabKey;
  readonly name: string;
  readonly title: string;
  /** Columns kept in view when scrolling right (the rows' title rows are always frozen). */
  readonly freezeColumns: number;
  /** First column (0-based) of the per-code columns, which repeat for every code (none: undefined). */
  readonly perCodeFrom?: number;
  /** The first table (header in row 2, filters on), then any further one two blank rows below. */
  readonly tables: readonly RollupTable[];
}

/** Blank rows between two tables of a tab. */
export const TABLE_GAP = 2;

/** «15/10/2026 07:05», Vietnam time; the text as it is when it is not a date-time. */
export function sentAtText(sentAt: string | undefined): string {
  const ms = sentAt ? sentAtMillis(sentAt) : undefined;
  if (ms === undefined) return sentAt ?? '';
  const p = zoneParts(new Date(ms), PLAN_TIME_ZONE);
  return `${formatDdMmYyyy(p)} ${timeOfDayText(p)}`;
}

function day(iso: string | undefined): CalendarDate | null {
  return (iso ? parseIsoDate(iso) : undefined) ?? null;
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function levelIndex(level: number | null): number {
  return level === 1 || level === 2 || level === 3 ? level : 0;
}

function indicatorsTab(rollup: Rollup, minName: ReadonlyMap<string, string>): RollupTab {
  const columns: RollupColumn[] = [
    { header: 'Mã chỉ tiêu', width: 12 },
    { header: 'Chỉ tiêu', width: 60 },
    { header: 'Số trường báo cáo', width: 12, format: 'integer' },
    { header: 'Số trường đã đánh giá', width: 12, format: 'integer', note: 'Trường có kết quả được đánh giá Đạt hoặc Chưa đạt trong năm kế hoạch' },
    { header: 'Số trường đạt', width: 10, format: 'integer' },
    { header: 'Tỷ lệ trường đạt', width: 11, format: 'percent', note: 'Số trường đạt ÷ số trường đã đánh giá' },
    { header: 'Tỷ lệ đạt bình quân', width: 11, format: 'percent', note: 'Bình quân tỷ lệ đạt của các trường đã đánh giá; mỗi trường tính tối đa 100%' },
    { header: 'Tỷ lệ đạt thấp nhất', width: 11, format: 'percent' },
    { header: 'Trường thấp nhất', width: 32 },
    { header: 'Chưa có kết quả', width: 10, format: 'integer' },
    { header: 'Dài hạn', width: 9, format: 'integer' },
    { header: 'Chưa đánh giá được', width: 11, format: 'integer' },
  ];
  const rows = rollup.indicators.map((a: CodeAggregate): RollupValue[] => [
    a.code,
    a.name,
    a.schools,
    a.assessed,
    a.met,
    share(a.met, a.assessed),
    a.mean ?? null,
    a.min ?? null,
    a.minSchoolId === undefined ? null : (minName.get(a.minSchoolId) ?? a.minSchoolId),
    a.pending,
    a.longTerm,
    a.invalid,
  ]);
  return {
    key: 'indicators',
    name: ROLLUP_TABS.indicators,
    title: `Tổng hợp kết quả thực hiện chỉ tiêu chuyển đổi số theo mã chỉ tiêu — số liệu đến ngày ${formatDdMmYyyy(rollup.asOf)} (${rollup.schools.length} trường)`,
    freezeColumns: 0,
    tables: [{ columns, rows }],
  };
}

const BLOCK = ['Kết quả', 'Tỷ lệ đạt', 'Đánh giá'] as const;

function blockValues(i: SnapshotIndicator | undefined): RollupValue[] {
  if (!i) return [null, null, null];
  return [i.result === '' ? null : i.result, i.attainment, i.verdict];
}

/** Mean over a snapshot's assessed indicators of each ratio capped at 1 (as the roll-up counts it). */
function meanOf(s: Snapshot): number | undefined {
  let n = 0;
  let sum = 0;
  for (const i of s.indicators) {
    if ((i.state !== 'met' && i.state !== 'unmet') || i.attainment === null) continue;
    n++;
    sum += cappedRatio(i.attainment);
  }
  return n ? Math.min(1, sum / n) : undefined;
}

function schoolsTab(rollup: Rollup): RollupTab {
  const names = new Map(rollup.indicators.map((a) => [a.code, a.name]));
  const fixed: RollupColumn[] = [
    { header: 'Mã trường', width: 12 },
    { header: 'Tên trường', width: 32 },
    { header: 'E-mail', width: 26 },
    { header: 'Năm kế hoạch', width: 9, format: 'integer' },
    { header: 'Số liệu đến ngày', width: 12, format: 'date' },
    { header: 'Gửi lúc', width: 16 },
    { header: 'Số chỉ tiêu', width: 9, format: 'integer' },
    { header: 'Đã đánh giá', width: 9, format: 'integer' },
    { header: 'Đạt', width: 7, format: 'integer' },
    { header: 'Tỷ lệ đạt bình quân', width: 11, format: 'percent', note: 'Bình quân tỷ lệ đạt các chỉ tiêu đã đánh giá của trường; mỗi chỉ tiêu tính tối đa 100%' },
    { header: 'Số kỳ quá hạn', width: 9, format: 'integer' },
    { header: 'Mức CĐS', width: 20 },
    { header: 'Chỉ tiêu chưa gắn mã', width: 10, format: 'integer' },
    { header: 'Quý trước: số liệu đến ngày', width: 12, format: 'date' },
    { header: 'Quý trước: tỷ lệ đạt bình quân', width: 11, format: 'percent' },
  ];
  const blocks: RollupColumn[] = rollup.codes.flatMap((code) =>
    BLOCK.map((b): RollupColumn => ({ header: `${code} · ${b}`, width: b === 'Tỷ lệ đạt' ? 10 : 12, format: b === 'Tỷ lệ đạt' ? 'percent' : 'text', note: `${code}: ${names.get(code) ?? ''}` })),
  );
  const unmappedBySchool = new Map<string, number>();
  for (const u of rollup.unmapped) unmappedBySchool.set(u.schoolId, (unmappedBySchool.get(u.schoolId) ?? 0) + 1);
  const rows = rollup.schools.map((s): RollupValue[] => {
    const snap = s.snapshot;
    const level = snap.selfAssessment ? LEVEL_LABELS[levelIndex(snap.selfAssessment.schoolLevel)]! : null;
    return [
      s.schoolId,
      snap.schoolName,
      snap.email,
      snap.planYear,
      day(snap.asOf),
      sentAtText(snap.sentAt),
      s.summary.total,
      s.summary.assessed,
      s.summary.met,
      s.summary.meanRatio ?? null,
      s.overdueCount,
      level,
      unmappedBySchool.get(s.schoolId) ?? 0,
      day(s.previous?.asOf),
      s.previous ? (meanOf(s.previous) ?? null) : null,
      ...rollup.codes.flatMap((code) => blockValues(s.byCode.get(code))),
    ];
  });
  return {
    key: 'schools',
    name: ROLLUP_TABS.schools,
    title: `Kết quả từng trường theo mã chỉ tiêu — số liệu đến ngày ${formatDdMmYyyy(rollup.asOf)}`,
    freezeColumns: 2,
    perCodeFrom: fixed.length,
    tables: [{ columns: [...fixed, ...blocks], rows }],
  };
}

function overdueTab(rollup: Rollup): RollupTab {
  const columns: RollupColumn[] = [
    { header: 'Mã trường', width: 12 },
    { header: 'Tên trường', width: 32 },
    { header: 'Số kỳ quá hạn', width: 10, format: 'integer' },
    { header: 'Quá hạn lâu nhất (ngày)', width: 12, format: 'integer' },
    { header: 'STT nhiệm vụ', width: 8 },
    { header: 'Nhiệm vụ quá hạn lâu nhất', width: 60 },
    { header: 'Kỳ', width: 10 },
    { header: 'Hạn', width: 12, format: 'date' },
    { header: 'Đơn vị chủ trì', width: 24 },
    { header: 'Số liệu đến ngày', width: 12, format: 'date' },
  ];
  const asOf = new Map(rollup.schools.map((s) => [s.schoolId, s.snapshot.asOf]));
  const rows = rollup.overdue.map((o): RollupValue[] => {
    const m = o.mostOverdue;
    return [o.schoolId, o.schoolName, o.count, m?.days ?? null, m?.stt ?? null, m?.name ?? null, m?.label ?? null, day(m?.due), m?.lead ?? null, day(asOf.get(o.schoolId))];
  });
  return {
    key: 'overdue',
    name: ROLLUP_TABS.overdue,
    title: `Trường có nhiệm vụ quá hạn — số liệu đến ngày ${formatDdMmYyyy(rollup.asOf)} (${rollup.overdue.length} trường)`,
    freezeColumns: 0,
    tables: [{ columns, rows }],
  };
}

function notReportedTab(rollup: Rollup): RollupTab {
  const columns: RollupColumn[] = [
    { header: 'Mã trường', width: 12 },
    { header: 'Tên trường', width: 32 },
    { header: 'Lần gửi gần nhất', width: 16 },
    { header: 'Số liệu đến ngày', width: 12, format: 'date' },
  ];
  const rows = rollup.notReported.map((s): RollupValue[] => [s.schoolId, s.schoolName, s.lastSentAt ? sentAtText(s.lastSentAt) : 'Chưa gửi lần nào', day(s.lastAsOf)]);
  return {
    key: 'notReported',
    name: ROLLUP_TABS.notReported,
    title: `Trường chưa gửi số liệu từ ngày ${formatDdMmYyyy(rollup.since)} (${rollup.notReported.length} trường)`,
    freezeColumns: 0,
    tables: [{ columns, rows }],
  };
}

function levelRows(counts: LevelCounts, total: number): RollupValue[][] {
  return [1, 2, 3, 0].map((l) => [LEVEL_LABELS[l]!, counts[l]!, share(counts[l]!, total)]);
}

function levelsTab(rollup: Rollup): RollupTab {
  const { levels } = rollup;
  const columns: RollupColumn[] = [
    { header: 'Mức độ chuyển đổi số của trường', width: 36 },
    { header: 'Số trường', width: 10, format: 'integer' },
    { header: 'Tỷ lệ', width: 10, format: 'percent', note: 'Trên số trường có tự đánh giá; dòng «Không gửi tự đánh giá»: trên tổng số trường' },
  ];
  const silent = rollup.schools.length - levels.reporting;
  const rows: RollupValue[][] = [...levelRows(levels.school, levels.reporting), ['Không gửi tự đánh giá', silent, share(silent, rollup.schools.length)]];
  // Then per group: schools per level and the mean of the group's points.
  const groupColumns: RollupColumn[] = [
    { header: 'Nhóm tiêu chí', width: 36 },
    ...[1, 2, 3, 0].map((l): RollupColumn => ({ header: LEVEL_LABELS[l]!, width: 14, format: 'integer' })),
    { header: 'Số trường', width: 10, format: 'integer' },
    { header: 'Điểm bình quân', width: 10, format: 'number' },
  ];
  const groupRows = levels.groups.map((g): RollupValue[] => [g.name, g.counts[1], g.counts[2], g.counts[3], g.counts[0], g.schools, g.meanTotal ?? null]);
  return {
    key: 'levels',
    name: ROLLUP_TABS.levels,
    title: `Mức độ chuyển đổi số (tự đánh giá theo QĐ 4725) — ${levels.reporting}/${rollup.schools.length} trường có tự đánh giá`,
    freezeColumns: 0,
    tables: [
      { columns, rows },
      { columns: groupColumns, rows: groupRows },
    ],
  };
}

function unmappedTab(rollup: Rollup): RollupTab {
  const columns: RollupColumn[] = [
    { header: 'Mã trường', width: 12 },
    { header: 'Tên trường', width: 32 },
    { header: 'STT', width: 7 },
    { header: 'Chỉ tiêu của trường', width: 60 },
    { header: 'Lý do', width: 48 },
  ];
  const rows = rollup.unmapped.map((u): RollupValue[] => [
    u.schoolId,
    u.schoolName,
    u.stt,
    u.name,
    u.reason === 'unmapped' ? 'Chưa gắn «Mã chỉ tiêu Sở»' : `Trùng mã ${u.code} với một chỉ tiêu khác của trường (chỉ dòng đầu được tổng hợp)`,
  ]);
  return {
    key: 'unmapped',
    name: ROLLUP_TABS.unmapped,
    title: `Chỉ tiêu chưa gắn mã chỉ tiêu Sở, theo trường (${rollup.unmapped.length} dòng): không vào bảng tổng hợp theo mã`,
    freezeColumns: 0,
    tables: [{ columns, rows }],
  };
}

/** The Sở workbook's six tabs, in order. Linear in the roll-up. */
export function rollupTabs(rollup: Rollup): readonly RollupTab[] {
  const names = new Map(rollup.schools.map((s) => [s.schoolId, `${s.snapshot.schoolName} (${s.schoolId})`]));
  return [indicatorsTab(rollup, names), schoolsTab(rollup), overdueTab(rollup), notReportedTab(rollup), levelsTab(rollup), unmappedTab(rollup)];
}

/**
 * A tab as one block of rows (title, header, rows; a further table after TABLE_GAP blank rows, its
 * header first), each row as wide as the widest table; and the 1-based rows that are headers.
 */
export function tabGrid(tab: RollupTab): { readonly rows: RollupValue[][]; readonly width: number; readonly headerRows: readonly number[]; readonly formats: readonly (readonly (RollupFormat | undefined)[])[] } {
  const width = Math.max(1, ...tab.tables.map((t) => t.columns.length));
  const pad = (values: readonly RollupValue[]): RollupValue[] => [...values, ...Array<RollupValue>(width - values.length).fill(null)];
  const rows: RollupValue[][] = [pad([tab.title])];
  const formats: (RollupFormat | undefined)[][] = [Array(width).fill(undefined)];
  const headerRows: number[] = [];
  tab.tables.forEach((t, n) => {
    if (n > 0) {
      for (let i = 0; i < TABLE_GAP; i++) {
        rows.push(pad([]));
        formats.push(Array(width).fill(undefined));
      }
    }
    rows.push(pad(t.columns.map((c) => c.header)));
    formats.push(Array(width).fill(undefined));
    headerRows.push(rows.length);
    const columnFormats = [...t.columns.map((c) => c.format), ...Array(width - t.columns.length).fill(undefined)];
    for (const r of t.rows) {
      rows.push(pad(r));
      formats.push(columnFormats);
    }
  });
  return { rows, width, headerRows, formats };
}
