/**
 * Whole plans through the real pipeline, for the behaviour tests of test/plans: sheet rows →
 * readWorkbook → evaluatePlan at a day → Kiểm tra dữ liệu, Cập nhật (computed columns), the report
 * model, the summary text and the dashboard. The fixtures are written the way four other schools
 * word their plans (issue 9: "the way other schools would word the same things").
 *
 * The few names that issue 9 leaves to the implementers (the baseline column's header, how a
 * long-term indicator is shown) are each one named constant or helper here, so they can be
 * adapted in one place.
 */
import { calendarDate, type CalendarDate, formatDdMmYyyy, isCalendarDate } from '../../src/core/date';
import { evaluatePlan, type IndicatorEvaluation, type OccurrenceEvaluation, type PlanEvaluation } from '../../src/core/evaluation';
import type { ReportPeriod } from '../../src/core/period';
import { buildReport, type IndicatorRow, type ReportModel } from '../../src/core/report/model';
import { planSummaryText } from '../../src/core/summaryText';
import { checkData } from '../../src/sheet/dataCheck';
import { dashboard, type Dashboard } from '../../src/sheet/dashboard';
import { applyBlocks, recompute } from '../../src/sheet/recompute';
import { type Cell, type Problem, readWorkbook, type WorkbookRead } from '../../src/sheet/workbook';

// ---- the names issue 9 leaves open (adapt here) ------------------------------------------------

/**
 * The header of the optional baseline column of Chỉ tiêu (issue 9 item 11: «giảm 5% so với năm
 * học trước» is read against it). Adapt to the header (or an alias) the implementation accepts.
 */
export const BASELINE_HEADER = 'Kết quả năm trước';

/**
 * Whether the report shows an indicator as long-term (issue 9 item 6: a target falling due after
 * the plan year is "shown as long-term, not «Chưa đạt»"). What users see: neither «Đạt» nor
 * «Chưa đạt», and the word «dài hạn» or the horizon's year in the verdict.
 */
export function shownAsLongTerm(row: IndicatorRow): boolean {
  const verdict: string = row.verdict;
  return verdict !== 'Chưa đạt' && verdict !== 'Đạt' && /dài hạn|lộ trình|20\d\d/i.test(verdict);
}

// ---- building tabs -----------------------------------------------------------------------------

export type Row = Cell[];
export type Tabs = Map<string, Row[]>;

export interface SchoolSettings {
  readonly parentAgency: string;
  readonly schoolName: string;
  readonly schoolCode: string;
  readonly place: string;
  readonly planReference: string;
  readonly signerTitle: string;
  readonly signerName: string;
  readonly boardHeadEmail: string;
}

/** A Cấu hình tab as a school fills it in (every required row, plan year 2026). */
export function settingsRows(s: SchoolSettings, extra: readonly Row[] = []): Row[] {
  return [
    ['Thiết lập', 'Giá trị', 'Hướng dẫn'],
    ['Tên cơ quan chủ quản', s.parentAgency],
    ['Tên đơn vị', s.schoolName],
    ['Ký hiệu đơn vị', s.schoolCode],
    ['Địa danh', s.place],
    ['Năm kế hoạch', 2026],
    ['Số/ngày kế hoạch', s.planReference],
    ['Chức vụ người ký', s.signerTitle],
    ['Người ký', s.signerName],
    ['Nơi nhận', '- Phòng Giáo dục và Đào tạo (để b/c);\n- Lưu: VT.'],
    ['E-mail trưởng ban', s.boardHeadEmail],
    ...extra,
  ];
}

/** What staff type in Tiến độ for one occurrence, found by its task and its due date («Hạn»). */
export interface StaffUpdate {
  readonly taskId: string;
  /** The occurrence's Hạn as the sheet shows it: '31/05/2026'. */
  readonly due: string;
  readonly status: string;
  readonly completedOn?: Cell;
  readonly evidence?: string;
}

export const PROGRESS_HEADER: Row = ['Mã NV', 'Nhiệm vụ', 'Kỳ', 'Hạn', 'Trạng thái', 'Ngày hoàn thành', 'Minh chứng', 'Ghi chú'];

/**
 * The tabs once staff have filled in Tiến độ: after Cập nhật generated a row per occurrence (its
 * Kỳ and Hạn), staff type the status of the ones they did. Each update is put on the generated row
 * of that task whose Hạn is the given day; when the plan gives no such occurrence, the row gets
 * the day as its Kỳ (which then matches nothing, and the data check says so).
 */
export function withStaffUpdates(tabs: Tabs, updates: readonly StaffUpdate[]): Tabs {
  const ev = evaluatePlan(readWorkbook(tabs).plan, calendarDate(2026, 12, 31));
  const rows: Row[] = updates.map((u) => {
    const slot = ev.occurrences.find((o) => o.task.id === u.taskId && o.due !== undefined && formatDdMmYyyy(o.due) === u.due);
    return [u.taskId, slot?.task.name ?? '', slot?.label ?? `Hạn ${u.due}`, '', u.status, u.completedOn ?? '', u.evidence ?? '', ''];
  });
  const out = new Map(tabs);
  out.set('Tiến độ', [...(tabs.get('Tiến độ') ?? [PROGRESS_HEADER]), ...rows]);
  return out;
}

// ---- running the pipeline ----------------------------------------------------------------------

export interface Run {
  readonly read: WorkbookRead;
  readonly ev: PlanEvaluation;
  /** Kiểm tra dữ liệu: every problem, located. */
  readonly problems: readonly Problem[];
  readonly summary: string;
  readonly dashboard: Dashboard;
}

export function run(tabs: Tabs, asOf: CalendarDate): Run {
  const read = readWorkbook(tabs, { fallbackYear: 2026 });
  const ev = evaluatePlan(read.plan, asOf);
  return {
    read,
    ev,
    problems: checkData(read, asOf),
    summary: planSummaryText(read.plan.settings.schoolName, ev),
    dashboard: dashboard(read.plan.settings, ev, asOf),
  };
}

export const Q3_2026: ReportPeriod = { kind: 'quarter', year: 2026, quarter: 3 };
export const YEAR_2026: ReportPeriod = { kind: 'year', year: 2026 };

export function report(tabs: Tabs, period: ReportPeriod): ReportModel {
  const read = readWorkbook(tabs, { fallbackYear: 2026 });
  const issuedOn = period.kind === 'year' ? calendarDate(2027, 1, 5) : calendarDate(2026, 10, 5);
  return buildReport(read.plan, period, issuedOn);
}

/** Every sentence and cell text of a report a reader sees (the evaluation objects it carries left out). */
export function reportText(model: ReportModel): string {
  const out: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (key === 'evaluation' || key === 'occurrence' || key === 'window' || key === 'period') return;
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'number') out.push(String(value));
    else if (Array.isArray(value)) value.forEach((v) => walk(v, ''));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(model, '');
  return out.join('\n');
}

/** The roll-up sentences of a report (overview, one line per group, chart caption): where no figure may pass 100%. */
export function rollUpText(model: ReportModel): string {
  return [...model.indicators.overview, ...model.indicators.byGroup, model.indicators.chartCaption].join('\n');
}

/** The dashboard's cells as text, one line per row. */
export function dashboardText(d: Dashboard): string {
  return d.values.map((r) => r.map((c) => (isCalendarDate(c) ? formatDdMmYyyy(c) : String(c))).join(' | ')).join('\n');
}

/** Every percentage written in a text, as a number: "94,7%" → 94.7. */
export function percentagesIn(text: string): number[] {
  return [...text.matchAll(/(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s?%/g)].map((m) => Number(m[1]!.replace(/\./g, '').replace(',', '.')));
}

// ---- reading the results -----------------------------------------------------------------------

/** The occurrences of a task, in the order the evaluation gives them. */
export function occurrencesOf(ev: PlanEvaluation, taskId: string): OccurrenceEvaluation[] {
  return ev.occurrences.filter((o) => o.task.id === taskId);
}

/** A task's due dates as dd/mm/yyyy ('—' for an occurrence with no due date). */
export function duesOf(ev: PlanEvaluation, taskId: string): string[] {
  return occurrencesOf(ev, taskId).map((o) => (o.due ? formatDdMmYyyy(o.due) : '—'));
}

export function indicatorOf(ev: PlanEvaluation, id: string): IndicatorEvaluation {
  const found = ev.indicators.find((i) => i.indicator.id === id);
  if (!found) throw new Error(`no indicator ${id} in the plan read`);
  return found;
}

/** The attainment of an indicator as the report's table writes it ("75%", "88,9%"), '' when none. */
export function ratioShown(model: ReportModel, id: string): string {
  return indicatorRowOf(model, id).ratio;
}

export function indicatorRowOf(model: ReportModel, id: string): IndicatorRow {
  const row = model.indicators.rows.find((r): r is IndicatorRow => r.kind === 'indicator' && r.stt === id);
  if (!row) throw new Error(`no indicator row ${id} in the report`);
  return row;
}

/** The Đánh giá column Cập nhật writes in Chỉ tiêu, by STT (what staff see in the sheet). */
export function verdictColumn(tabs: Tabs, asOf: CalendarDate): Map<string, string> {
  const r = recompute(tabs, asOf);
  const written = applyBlocks(tabs, r.blocks);
  const tab = r.read.tabs.indicators;
  const out = new Map<string, string>();
  if (!tab) return out;
  const column = tab.layout.columns.get('verdict');
  const rows = written.get(tab.name) ?? [];
  for (const { row, record } of r.read.indicatorRows) {
    out.set(record.id, column === undefined ? '' : String(rows[row - 1]?.[column - 1] ?? ''));
  }
  return out;
}

/** Problems of Kiểm tra dữ liệu about reading a target, a result or a timing (tab, row, column). */
export function readingProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => ['Chỉ tiêu', 'Nhiệm vụ', 'Tiến độ'].includes(p.tab));
}

/** A ratio rounded for comparison with a hand-computed fraction. */
export function round4(x: number | undefined): number | undefined {
  return x === undefined ? undefined : Math.round(x * 1e4) / 1e4;
}

// ---- what no report may ever say ----------------------------------------------------------------

/** Text no reader may see in a report, the summary or the dashboard (issue 9: 500%, «Nhóm . :», NaN, undefined). */
export const NEVER_SHOWN: readonly RegExp[] = [/500\s?%/, /Nhóm\s*\.\s*:/, /NaN/, /undefined/, /\bnull\b/, /Infinity/, /\[object/];

/**
 * The roll-ups of a plan on a day, as each place shows them: every group and the whole plan at
 * most 100% (issue 9 item 12), and none of NEVER_SHOWN anywhere.
 */
export function truthfulRollUps(tabs: Tabs, asOf: CalendarDate, period: ReportPeriod): {
  readonly means: readonly number[];
  readonly rollUpPercents: readonly number[];
  readonly shown: string;
} {
  const r = run(tabs, asOf);
  const model = report(tabs, period);
  const means = [...r.ev.groups, r.ev.overall, ...model.evaluation.groups, model.evaluation.overall]
    .map((s) => s.meanRatio)
    .filter((m): m is number => m !== undefined);
  const dashboardMeans = r.dashboard.values
    .filter((row) => row.length >= 5 && typeof row[1] === 'number' && typeof row[4] === 'number')
    .map((row) => row[4] as number);
  const summaryRollUps = r.summary.split('\n').filter((l) => /tỷ lệ đạt trung bình/.test(l)).join('\n');
  return {
    means: [...means, ...dashboardMeans],
    rollUpPercents: [...percentagesIn(rollUpText(model)), ...percentagesIn(summaryRollUps)],
    shown: [reportText(model), r.summary, dashboardText(r.dashboard)].join('\n'),
  };
}
