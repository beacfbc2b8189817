/**
 * Tổng quan: the plan at a glance as one rectangle of values (attainment by group, the QĐ 4725
 * self-assessment when the workbook has its tab, counts of task occurrences by status, the overdue
 * list) and where the two charts take their data.
 */
import { type CalendarDate, formatDdMmYyyy } from '../core/date';
import type { DtiAssessment } from '../core/dti/assessment';
import { dtiRuleSourceText, dtiRuleText, groupScoreText, mandatoryText, schoolLevelText } from '../core/dti/assessmentText';
import type { PlanEvaluation } from '../core/evaluation';
import { groupLabel, hasGroups } from '../core/groupLabel';
import type { Settings } from '../core/plan';
import { TASK_STATUSES } from '../core/status';
import { occurrenceStatus } from '../core/statusText';
import type { Cell } from './workbook';

export interface ChartSpec {
  readonly kind: 'bar' | 'pie';
  readonly title: string;
  /** 1-based rows and columns of the data: labels in the first column, values in the second. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly labelColumn: number;
  readonly valueColumn: number;
  /** Where the chart's top-left corner goes. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

export interface Dashboard {
  readonly values: Cell[][];
  /** Number format of each cell of the values block ('General' = automatic). */
  readonly formats: string[][];
  readonly charts: readonly ChartSpec[];
  /** Rows holding a section's header (for bold). */
  readonly headerRows: readonly number[];
  readonly width: number;
}

export const DASHBOARD_WIDTH = 7;
/** The start of A1, the title the add-in writes (the year and school follow). */
const DASHBOARD_TITLE = 'TỔNG QUAN THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ';
/** Part of A2: says the tab is written by Cập nhật. */
const DASHBOARD_NOTE = 'Bảng này do «Chuyển đổi số → Cập nhật đánh giá & tiến độ» ghi lại; không nhập vào đây.';

/**
 * Indicators due after the plan year (issue 9): in «Số chỉ tiêu», not in «Đã có kết quả» nor in
 * the mean; counted here so a principal sees why, next to the mean (the bar chart reads column 5).
 */
const LONG_TERM_HEADER = 'Dài hạn (chưa đến hạn)';

/** The self-assessment block's title (first cell of its header row). */
export const SELF_ASSESSMENT_HEADER = 'Tự đánh giá mức độ CĐS (QĐ 4725)';

/**
 * The block's rows, worded as the CLI summary and the documents word them (core/dti/assessmentText):
 * each group's points out of its maximum and its level (with UNRECONCILED when the maximum is not
 * 100), the mandatory conditions met out of all, the school's level and the rule that gave it.
 */
function selfAssessmentRows(a: DtiAssessment): { cells: Cell[]; formats: string[] }[] {
  const rows: { cells: Cell[]; formats: string[] }[] = a.groups.map((g) => ({ cells: [g.name, g.scored > 0 ? g.total : '', g.maxTotal, groupScoreText(g)], formats: [] }));
  rows.push({ cells: ['Điều kiện bắt buộc', '', '', mandatoryText(a)], formats: [] });
  rows.push({ cells: ['Mức chuyển đổi số của trường', '', '', schoolLevelText(a)], formats: [] });
  const rule = `${dtiRuleText(a.rule)} (${dtiRuleSourceText(a.rule)})`;
  rows.push({ cells: ['Cách xác định mức của trường', '', '', `${rule.charAt(0).toUpperCase()}${rule.slice(1)}`], formats: [] });
  return rows;
}

const PERCENT = '0.0%';
const GENERAL = 'General';
const DATE = 'dd/mm/yyyy';

export function dashboard(settings: Settings, evaluation: PlanEvaluation, asOf: CalendarDate): Dashboard {
  const rows: Cell[][] = [];
  const formats: string[][] = [];
  const headerRows: number[] = [];
  const push = (cells: Cell[], fmt: string[] = []): number => {
    rows.push(cells);
    formats.push(fmt);
    return rows.length;
  };
  const header = (cells: Cell[]): number => {
    const r = push(cells);
    headerRows.push(r);
    return r;
  };

  push([`${DASHBOARD_TITLE} NĂM ${settings.planYear}${settings.schoolName ? ` – ${settings.schoolName.toUpperCase()}` : ''}`]);
  push([`Số liệu tính đến ngày ${formatDdMmYyyy(asOf)}. ${DASHBOARD_NOTE}`]);
  push([]);

  // A plan without group rows: no row per group (there is none to name), only «Toàn kế hoạch».
  const grouped = hasGroups(evaluation.groups);
  header([grouped ? 'Nhóm chỉ tiêu' : 'Chỉ tiêu', 'Số chỉ tiêu', 'Đã có kết quả', 'Đạt', 'Tỷ lệ đạt bình quân', LONG_TERM_HEADER]);
  const groupFirst = rows.length + 1;
  for (const g of grouped ? evaluation.groups : []) {
    push([groupLabel(g.group), g.total, g.assessed, g.met, g.meanRatio ?? '', g.longTerm], ['', '0', '0', '0', PERCENT, '0']);
  }
  const groupLast = rows.length;
  const o = evaluation.overall;
  push(['Toàn kế hoạch', o.total, o.assessed, o.met, o.meanRatio ?? '', o.longTerm], ['', '0', '0', '0', PERCENT, '0']);
  push([]);

  // The self-assessment (QĐ 4725), when the workbook has its tab: no block otherwise.
  if (evaluation.selfAssessment) {
    header([SELF_ASSESSMENT_HEADER, 'Điểm', 'Điểm tối đa', 'Kết quả']);
    for (const row of selfAssessmentRows(evaluation.selfAssessment)) push(row.cells, row.formats);
    push([]);
  }

  header(['Trạng thái nhiệm vụ (theo kỳ)', 'Số kỳ']);
  const statusFirst = rows.length + 1;
  const counts = new Map<string, number>(TASK_STATUSES.map((s) => [s, 0]));
  for (const occ of evaluation.occurrences) {
    const s = occurrenceStatus(occ);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  for (const s of TASK_STATUSES) push([s, counts.get(s) ?? 0], ['', '0']);
  const statusLast = rows.length;
  push(['Trong đó quá hạn', evaluation.overdue.length], ['', '0']);
  push([]);

  header(['Việc quá hạn', 'Mã NV', 'Kỳ', 'Hạn', 'Quá hạn (ngày)', 'Đơn vị chủ trì', 'Dòng cập nhật']);
  if (evaluation.overdue.length === 0) push(['Không có việc quá hạn.']);
  for (const occ of evaluation.overdue) {
    push([occ.task.name, occ.task.id, occ.label, occ.due ?? '', occ.overdueDays, occ.task.lead, occ.ref ?? ''], ['', '', '', DATE, '0', '', '']);
  }

  const width = DASHBOARD_WIDTH;
  const values = rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill('')]);
  const fmt = formats.map((f) => [...f, ...new Array<string>(width - f.length).fill('')].map((x) => x || GENERAL));
  const charts: ChartSpec[] = [
    { kind: 'bar', title: grouped ? 'Tỷ lệ đạt bình quân theo nhóm chỉ tiêu' : 'Tỷ lệ đạt bình quân', firstRow: groupFirst, lastRow: Math.max(groupFirst, groupLast), labelColumn: 1, valueColumn: 5, anchorRow: 1, anchorColumn: width + 2 },
    { kind: 'pie', title: 'Nhiệm vụ theo trạng thái (số kỳ)', firstRow: statusFirst, lastRow: statusLast, labelColumn: 1, valueColumn: 2, anchorRow: 20, anchorColumn: width + 2 },
  ];
  return { values, formats: fmt, charts, headerRows, width };
}
