/**
 * The Phòng/Sở workbook of the offline `rollup` (exceljs): six tabs, one row per school or per
 * code, never a tab per school, so it stays usable at 1,000 schools. Each tab: a title row (what
 * and as of when), a header row, the table; header frozen, filters on. What the tabs hold is the
 * roll-up (src/core/rollup/rollup.ts); this module only lays it out.
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { formatDdMmYyyy, parseIsoDate } from '../core/date';
import type { CodeAggregate, LevelCounts, Rollup, RollupSchool } from '../core/rollup/rollup';
import { sentAtMillis, type Snapshot, type SnapshotIndicator } from '../core/rollup/snapshot';
import { xmlSafeText } from '../core/xmlText';
import { COLORS, NUMBER_FORMATS } from '../sheet/formatting';

export const ROLLUP_TABS = {
  indicators: 'Tổng hợp chỉ tiêu',
  schools: 'Theo trường',
  overdue: 'Trường có việc quá hạn',
  notReported: 'Chưa báo cáo',
  levels: 'Mức độ CĐS',
  unmapped: 'Chỉ tiêu chưa gắn mã',
} as const;

/** Mức CĐS as the Sở reads it (QĐ 4725 wording). */
const LEVEL_LABELS: readonly string[] = ['Chưa đánh giá', 'Mức 1 (chưa đáp ứng)', 'Mức 2 (đáp ứng cơ bản)', 'Mức 3 (đáp ứng tốt)'];

type Value = string | number | Date | null;
type Format = 'text' | 'percent' | 'integer' | 'date' | 'number';

interface Column {
  readonly header: string;
  readonly width: number;
  readonly format?: Format;
  readonly note?: string;
}

const FORMATS: Record<Format, string> = {
  text: '@',
  percent: NUMBER_FORMATS.percent,
  integer: NUMBER_FORMATS.integer,
  date: NUMBER_FORMATS.date,
  number: '0.0',
};

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** A calendar day as exceljs keeps it (wall clock as UTC). */
function day(iso: string | undefined): Date | null {
  const d = iso ? parseIsoDate(iso) : undefined;
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : null;
}

/** «15/10/2026 07:05», Vietnam time. */
export function sentAtText(sentAt: string | undefined): string {
  const ms = sentAt ? sentAtMillis(sentAt) : undefined;
  if (ms === undefined) return sentAt ?? '';
  const t = new Date(ms + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

function text(s: string): string {
  return xmlSafeText(s);
}

type Sheet = ExcelJS.Worksheet;
type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

function headerStyle(cell: ExcelJS.Cell): void {
  cell.font = { bold: true };
  cell.alignment = { wrapText: true, vertical: 'middle' };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(COLORS.header) } };
}

/** A row of values, each formatted as its column says; committed at once (the writer streams). */
function addRow(ws: Sheet, values: readonly Value[], columns: readonly Column[]): ExcelJS.Row {
  const row = ws.addRow(values.map((v) => (v === null || v === '' ? null : typeof v === 'string' ? text(v) : v)));
  values.forEach((v, i) => {
    const format = columns[i]?.format;
    if (v !== null && v !== '' && format && format !== 'text') row.getCell(i + 1).numFmt = FORMATS[format];
  });
  return row;
}

/**
 * A table tab: title in row 1, headers in row 2, `rows` from row 3, written as they come (the
 * streaming writer: a workbook built cell by cell in memory took seconds at 1,000 schools).
 */
function tableTab(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, title: string, columns: readonly Column[], rows: Iterable<readonly Value[]>, freezeColumns = 0, after?: (ws: Sheet) => void): void {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2, xSplit: freezeColumns }] });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const titleRow = ws.addRow([text(title)]);
  titleRow.getCell(1).font = { bold: true, size: 13 };
  titleRow.commit();
  const header = ws.addRow(columns.map((c) => text(c.header)));
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    headerStyle(cell);
    if (c.note) cell.note = text(c.note);
  });
  header.commit();
  let last = 2;
  for (const values of rows) {
    addRow(ws, values, columns).commit();
    last++;
  }
  if (columns.length > 0) ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: last, column: columns.length } };
  after?.(ws);
  ws.commit();
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function indicatorsTab(workbook: Writer, rollup: Rollup, minName: ReadonlyMap<string, string>): void {
  const columns: Column[] = [
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
  const rows = rollup.indicators.map((a: CodeAggregate): Value[] => [
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
  tableTab(workbook, ROLLUP_TABS.indicators, `Tổng hợp kết quả thực hiện chỉ tiêu chuyển đổi số theo mã chỉ tiêu — số liệu đến ngày ${formatDdMmYyyy(rollup.asOf)} (${rollup.schools.length} trường)`, columns, rows);
}

const BLOCK = ['Kết quả', 'Tỷ lệ đạt', 'Đánh giá'] as const;

function blockValues(i: SnapshotIndicator | undefined): Value[] {
  if (!i) return [null, null, null];
  return [i.result === '' ? null : i.result, i.attainment, i.verdict];
}

function schoolsTab(workbook: Writer, rollup: Rollup): void {
  const names = new Map(rollup.indicators.map((a) => [a.code, a.name]));
  const fixed: Column[] = [
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
  const blocks: Column[] = rollup.codes.flatMap((code) =>
    BLOCK.map((b): Column => ({ header: `${code} · ${b}`, width: b === 'Tỷ lệ đạt' ? 10 : 12, format: b === 'Tỷ lệ đạt' ? 'percent' : 'text', note: `${code}: ${names.get(code) ?? ''}` })),
  );
  const unmappedBySchool = new Map<string, number>();
  for (const u of rollup.unmapped) unmappedBySchool.set(u.schoolId, (unmappedBySchool.get(u.schoolId) ?? 0) + 1);
  function* rows(): Iterable<Value[]> {
    for (const s of rollup.schools) {
      const snap = s.snapshot;
      const level = snap.selfAssessment ? LEVEL_LABELS[levelIndex(snap.selfAssessment.schoolLevel)]! : null;
      yield [
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
        s.previous ? (previousMean(s.previous) ?? null) : null,
        ...rollup.codes.flatMap((code) => blockValues(s.byCode.get(code))),
      ];
    }
  }
  tableTab(workbook, ROLLUP_TABS.schools, `Kết quả từng trường theo mã chỉ tiêu — số liệu đến ngày ${formatDdMmYyyy(rollup.asOf)}`, [...fixed, ...blocks], rows(), 2);
}

function previousMean(s: Snapshot): number | undefined {
  let n = 0;
  let sum = 0;
  for (const i of s.indicators) {
    if ((i.state !== 'met' && i.state !== 'unmet') || i.attainment === null) continue;
    n++;
    sum += Math.min(1, Math.max(0, i.attainment));
  }
  return n ? Math.min(1, sum / n) : undefined;
}

function levelIndex(level: number | null): number {
  return level === 1 || level === 2 || level === 3 ? level : 0;
}

function overdueTab(workbook: Writer, rollup: Rollup, asOf: ReadonlyMap<string, RollupSchool>): void {
  const columns: Column[] = [
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
  const rows = rollup.overdue.map((o): Value[] => {
    const m = o.mostOverdue;
    return [o.schoolId, o.schoolName, o.count, m?.days ?? null, m?.stt ?? null, m?.name ?? null, m?.label ?? null, day(m?.due), m?.lead ?? null, day(asOf.get(o.schoolId)?.snapshot.asOf)];
  });
  tableTab(workbook, ROLLUP_TABS.overdue, `Trường có nhiệm vụ quá hạn — số liệu đến ngày ${formatDdMmYyyy(rollup.asOf)} (${rollup.overdue.length} trường)`, columns, rows);
}

function notReportedTab(workbook: Writer, rollup: Rollup): void {
  const columns: Column[] = [
    { header: 'Mã trường', width: 12 },
    { header: 'Tên trường', width: 32 },
    { header: 'Lần gửi gần nhất', width: 16 },
    { header: 'Số liệu đến ngày', width: 12, format: 'date' },
  ];
  const rows = rollup.notReported.map((s): Value[] => [s.schoolId, s.schoolName, s.lastSentAt ? sentAtText(s.lastSentAt) : 'Chưa gửi lần nào', day(s.lastAsOf)]);
  tableTab(workbook, ROLLUP_TABS.notReported, `Trường chưa gửi số liệu từ ngày ${formatDdMmYyyy(rollup.since)} (${rollup.notReported.length} trường)`, columns, rows);
}

function levelRows(counts: LevelCounts, total: number): Value[][] {
  return [1, 2, 3, 0].map((l) => [LEVEL_LABELS[l]!, counts[l]!, share(counts[l]!, total)]);
}

function levelsTab(workbook: Writer, rollup: Rollup): void {
  const { levels } = rollup;
  const columns: Column[] = [
    { header: 'Mức độ chuyển đổi số của trường', width: 36 },
    { header: 'Số trường', width: 10, format: 'integer' },
    { header: 'Tỷ lệ', width: 10, format: 'percent', note: 'Trên số trường có tự đánh giá; dòng «Không gửi tự đánh giá»: trên tổng số trường' },
  ];
  const rows: Value[][] = [...levelRows(levels.school, levels.reporting), ['Không gửi tự đánh giá', rollup.schools.length - levels.reporting, share(rollup.schools.length - levels.reporting, rollup.schools.length)]];
  // Then per group: schools per level and the mean of the group's points.
  const groupColumns: Column[] = [{ header: 'Nhóm tiêu chí', width: 36 }, ...[1, 2, 3, 0].map((l): Column => ({ header: LEVEL_LABELS[l]!, width: 14, format: 'integer' })), { header: 'Số trường', width: 10, format: 'integer' }, { header: 'Điểm bình quân', width: 10, format: 'number' }];
  tableTab(workbook, ROLLUP_TABS.levels, `Mức độ chuyển đổi số (tự đánh giá theo QĐ 4725) — ${levels.reporting}/${rollup.schools.length} trường có tự đánh giá`, columns, rows, 0, (ws) => {
    ws.addRow([]).commit();
    ws.addRow([]).commit();
    const header = ws.addRow(groupColumns.map((c) => c.header));
    groupColumns.forEach((_, i) => headerStyle(header.getCell(i + 1)));
    header.commit();
    for (const g of levels.groups) addRow(ws, [g.name, g.counts[1], g.counts[2], g.counts[3], g.counts[0], g.schools, g.meanTotal ?? null], groupColumns).commit();
  });
}

function unmappedTab(workbook: Writer, rollup: Rollup): void {
  const columns: Column[] = [
    { header: 'Mã trường', width: 12 },
    { header: 'Tên trường', width: 32 },
    { header: 'STT', width: 7 },
    { header: 'Chỉ tiêu của trường', width: 60 },
    { header: 'Lý do', width: 48 },
  ];
  const rows = rollup.unmapped.map((u): Value[] => [
    u.schoolId,
    u.schoolName,
    u.stt,
    u.name,
    u.reason === 'unmapped' ? 'Chưa gắn «Mã chỉ tiêu Sở»' : `Trùng mã ${u.code} với một chỉ tiêu khác của trường (chỉ dòng đầu được tổng hợp)`,
  ]);
  tableTab(workbook, ROLLUP_TABS.unmapped, `Chỉ tiêu chưa gắn mã chỉ tiêu Sở, theo trường (${rollup.unmapped.length} dòng): không vào bảng tổng hợp theo mã`, columns, rows);
}

/** The Sở workbook as the bytes of an .xlsx (written by the caller, which never replaces a file). */
export async function rollupXlsx(rollup: Rollup): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'cds-tracker';
  const bySchool = new Map(rollup.schools.map((s) => [s.schoolId, s]));
  const names = new Map(rollup.schools.map((s) => [s.schoolId, `${s.snapshot.schoolName} (${s.schoolId})`]));
  indicatorsTab(workbook, rollup, names);
  schoolsTab(workbook, rollup);
  overdueTab(workbook, rollup, bySchool);
  notReportedTab(workbook, rollup);
  levelsTab(workbook, rollup);
  unmappedTab(workbook, rollup);
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
