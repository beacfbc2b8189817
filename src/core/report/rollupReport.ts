/**
 * The Phòng/Sở consolidated report, «Báo cáo tổng hợp kết quả thực hiện kế hoạch chuyển đổi số»,
 * from a Rollup (src/core/rollup/rollup.ts) and the Phòng/Sở's own Cấu hình (the same Settings a
 * school's Cấu hình gives: «Tên cơ quan chủ quản» UBND TỈNH …, «Tên đơn vị» Sở Giáo dục và Đào tạo …,
 * «Ký hiệu đơn vị» SGDĐT, «Địa danh», «Chức vụ người ký», «Người ký», «Nơi nhận», «Số/ngày kế hoạch»,
 * «Đề xuất, kiến nghị»). Pure: the model (every figure and sentence, in Vietnamese) and its
 * ReportDocument in NĐ 30 form, laid out by the same engine as a school's report (./document.ts).
 *
 * Sections: I. Tình hình chung (schools in scope, reported since the roll-up's day, not reported);
 * II. Kết quả thực hiện các chỉ tiêu (per Sở code: schools reporting, assessed, met, mean and lowest
 * attainment, each school's ratio capped at 100%); III. Tiến độ nhiệm vụ (occurrences by state,
 * schools with overdue tasks, the top N); IV. Mức độ chuyển đổi số (levels, when snapshots carry
 * them); V. Đề xuất, kiến nghị (Cấu hình). Phụ lục: schools not reported; indicators without a Sở
 * code (or with a code another row of the school has), per school. Only figures from the Rollup;
 * a section without data says so.
 */
import { calendarDateOf, type CalendarDate, parseIsoDate } from '../date';
import { dtiLevelResult, dtiLevelText } from '../dti/assessment';
import type { DtiLevel } from '../dti/selfAssessment';
import { formatCount, formatPercent } from '../format';
import { formatNumber } from '../number';
import { formatNd30Date, formatShortDate, periodLabel, periodSlug, type ReportPeriod } from '../period';
import type { Settings } from '../plan';
import type { Rollup } from '../rollup/rollup';
import { sentAtMillis } from '../rollup/snapshot';
import { TASK_STATUSES } from '../status';
import { cleanText, foldText } from '../text';
import {
  type Align, type Block, body, fittedColumns, headerBlock, heading, p, type ParagraphStyle, type ReportDocument,
  closingBlocks, ND30_PAGE, TABLE, tableCaption, type TableBlock, type TableRow, titleBlocks,
} from './document';
import { BLANK, headerOf, linesOf, recipientLines, type ReportModel, signerOf } from './model';
import { missingSettings, type MissingSetting } from './settingsCheck';
import { periodNameLabel } from './window';

/** How many schools the table of overdue tasks lists (the most overdue first). */
export const TOP_OVERDUE_SCHOOLS = 10;

/** A figure the table shows for «no value»: an en dash, as printed tables do. */
export const NO_FIGURE = '–';

export interface RollupReportOptions {
  /** How many schools «Các trường có nhiều nhiệm vụ quá hạn nhất» lists; default TOP_OVERDUE_SCHOOLS. */
  readonly topOverdue?: number;
}

/** One row of Bảng 1: a Sở indicator code across schools. */
export interface RollupIndicatorRow {
  readonly code: string;
  readonly name: string;
  /** Schools whose latest snapshot has a row with this code. */
  readonly schools: number;
  /** Of those, schools with a verdict (Đạt / Chưa đạt) and an attainment. */
  readonly assessed: number;
  readonly met: number;
  /** «87,5%»: mean of each assessed school's ratio capped at 100%; NO_FIGURE when none is assessed. */
  readonly mean: string;
  /** The lowest capped ratio; NO_FIGURE when none is assessed. */
  readonly min: string;
}

export interface StateCount {
  readonly state: string;
  readonly count: number;
}

export interface OverdueRow {
  readonly schoolName: string;
  readonly count: number;
  /** «Cập nhật học liệu số (Quý II)», or NO_FIGURE. */
  readonly mostOverdue: string;
  /** Days the most overdue one is late, or NO_FIGURE. */
  readonly days: string;
}

export interface LevelRow {
  readonly name: string;
  readonly schools: number;
  /** Mức 1, 2, 3, then not assessed. */
  readonly counts: readonly [number, number, number, number];
  /** Mean points of the group, «62,5»; NO_FIGURE for the school's overall level. */
  readonly meanTotal: string;
}

export interface NotReportedRow {
  readonly schoolName: string;
  readonly schoolId: string;
  /** «02/9/2026», or «Chưa gửi lần nào». */
  readonly lastSent: string;
  /** The day its last figures were as of, or ''. */
  readonly lastAsOf: string;
}

export interface UnmappedSchool {
  readonly schoolName: string;
  readonly rows: readonly { readonly stt: string; readonly name: string; readonly note: string }[];
}

export interface Appendix {
  /** «Phụ lục I», or «Phụ lục» when it is the only one. */
  readonly label: string;
  readonly title: string;
}

export interface RollupReportModel {
  readonly period: ReportPeriod;
  /** 'quý III năm 2026' */
  readonly periodLabel: string;
  /** The roll-up's day: what the figures are as of. */
  readonly asOf: CalendarDate;
  /** Schools whose latest snapshot was sent before this day count as not reported. */
  readonly since: CalendarDate;
  /** The day it is made (the header date). */
  readonly issuedOn: CalendarDate;
  /** «Sở Giáo dục và Đào tạo Hải Phòng» as the text names it; «…» when Cấu hình has no «Tên đơn vị». */
  readonly unitName: string;
  readonly header: ReportModel['header'];
  readonly title: string;
  readonly subject: string;
  readonly opening: string;
  readonly figures: {
    /** Schools in scope: every school with a snapshot, and roster schools without one. */
    readonly inScope: number;
    /** Schools whose latest snapshot was sent on or after `since`. */
    readonly reportedSince: number;
    readonly notReported: number;
    /** Of those, roster schools that never sent one. */
    readonly neverReported: number;
    /** Schools whose latest snapshot the sections II–IV add up. */
    readonly withSnapshot: number;
  };
  readonly general: readonly string[];
  readonly indicators: { readonly overview: readonly string[]; readonly rows: readonly RollupIndicatorRow[] };
  readonly tasks: {
    readonly overview: readonly string[];
    /** Occurrences by state across the schools' latest snapshots; empty without any. */
    readonly states: readonly StateCount[];
    readonly overdueOverview: readonly string[];
    readonly overdue: readonly OverdueRow[];
  };
  readonly levels: { readonly overview: readonly string[]; readonly rows: readonly LevelRow[] };
  readonly proposals: readonly string[];
  readonly recipients: readonly string[];
  readonly signer: ReportModel['signer'];
  /** Cấu hình rows the report needed and did not find (shown as «…»). */
  readonly missing: readonly MissingSetting[];
  readonly notReportedAppendix?: Appendix & { readonly rows: readonly NotReportedRow[] };
  readonly unmappedAppendix?: Appendix & { readonly schools: readonly UnmappedSchool[] };
}

/** The day, in Vietnam time, a snapshot's sentAt falls on. */
function sentDay(sentAt: string | undefined): CalendarDate | undefined {
  const millis = sentAt === undefined ? undefined : sentAtMillis(sentAt);
  return millis === undefined ? undefined : calendarDateOf(new Date(millis));
}

function percentOf(part: number, whole: number): string {
  return whole > 0 ? formatPercent(part / whole) : NO_FIGURE;
}

/** A ratio as printed in the table: never above 100% (the roll-up caps each school's ratio at 1). */
function cappedPercent(ratio: number | undefined): string {
  return ratio === undefined || !Number.isFinite(ratio) ? NO_FIGURE : formatPercent(Math.min(1, Math.max(0, ratio)));
}

/** Task states in the order a reader expects, then any other the snapshots carry. */
function stateCounts(rollup: Rollup): StateCount[] {
  const totals = new Map<string, number>();
  for (const s of TASK_STATUSES) totals.set(s, 0);
  for (const school of rollup.schools) {
    for (const [state, count] of Object.entries(school.snapshot.tasks.byState)) totals.set(state, (totals.get(state) ?? 0) + count);
  }
  const all = [...totals].map(([state, count]) => ({ state, count }));
  return all.some((s) => s.count > 0) ? all.filter((s, i) => i < TASK_STATUSES.length || s.count > 0) : [];
}

function romanLabel(labels: readonly string[], i: number): string {
  return labels.length === 1 ? 'Phụ lục' : `Phụ lục ${['I', 'II', 'III'][i]}`;
}

/**
 * The consolidated report of `period`, made on `issuedOn`, from `rollup` (its figures as of
 * rollup.asOf) under the Phòng/Sở's Cấu hình `settings`.
 */
export function buildRollupReport(rollup: Rollup, settings: Settings, period: ReportPeriod, issuedOn: CalendarDate, options: RollupReportOptions = {}): RollupReportModel {
  const label = periodLabel(period);
  const unitName = cleanText(settings.schoolName ?? '') || BLANK;
  const asOf = rollup.asOf;
  const since = rollup.since;
  const withSnapshot = rollup.schools.length;
  const never = rollup.notReported.filter((s) => s.lastSentAt === undefined);
  const late = rollup.notReported.length - never.length;
  const inScope = withSnapshot + never.length;
  const reportedSince = withSnapshot - late;

  const appendices: string[] = [];
  if (rollup.notReported.length > 0) appendices.push('notReported');
  if (rollup.unmapped.length > 0) appendices.push('unmapped');
  const appendixLabel = (key: string): string => romanLabel(appendices, appendices.indexOf(key));

  // I. Tình hình chung
  const general: string[] = [];
  if (inScope === 0) general.push(`Tính đến ngày ${formatShortDate(asOf)}, chưa có trường nào gửi số liệu.`);
  else {
    general.push(`Số trường thuộc phạm vi tổng hợp: ${inScope} trường.`);
    general.push(`Số trường đã gửi số liệu từ ngày ${formatShortDate(since)} đến ngày ${formatShortDate(asOf)}: ${formatCount(reportedSince, inScope)} trường (${percentOf(reportedSince, inScope)}).`);
    if (rollup.notReported.length === 0) general.push(`Tất cả các trường đều đã gửi số liệu từ ngày ${formatShortDate(since)}.`);
    else {
      const which =
        never.length === 0
          ? `lần gửi gần nhất trước ngày ${formatShortDate(since)}`
          : late === 0
            ? 'chưa gửi lần nào'
            : `${late} trường có lần gửi gần nhất trước ngày ${formatShortDate(since)}; ${never.length} trường chưa gửi lần nào`;
      general.push(`Số trường chưa gửi số liệu từ ngày ${formatShortDate(since)}: ${rollup.notReported.length} trường (${which}); danh sách tại ${appendixLabel('notReported')}.`);
    }
    if (withSnapshot > 0) {
      general.push(
        `Số liệu tại các mục II, III, IV lấy theo lần gửi gần nhất của mỗi trường (${withSnapshot} trường${late > 0 ? `, kể cả ${late} trường gửi trước ngày ${formatShortDate(since)}` : ''}).`,
      );
      const otherYears = new Map<number, number>();
      for (const s of rollup.schools) if (s.snapshot.planYear !== period.year) otherYears.set(s.snapshot.planYear, (otherYears.get(s.snapshot.planYear) ?? 0) + 1);
      if (otherYears.size > 0) {
        general.push(
          `Có ${[...otherYears.values()].reduce((a, b) => a + b, 0)} trường gửi số liệu của kế hoạch năm khác năm ${period.year} (${[...otherYears]
            .sort((a, b) => a[0] - b[0])
            .map(([year, n]) => `năm ${year}: ${n} trường`)
            .join('; ')}).`,
        );
      }
    }
  }

  // II. Kết quả thực hiện các chỉ tiêu
  const indicatorRows: RollupIndicatorRow[] = rollup.indicators.map((a) => ({
    code: a.code,
    name: cleanText(a.name),
    schools: a.schools,
    assessed: a.assessed,
    met: a.met,
    mean: cappedPercent(a.mean),
    min: cappedPercent(a.min),
  }));
  const unmappedSchools = new Set(rollup.unmapped.map((u) => u.schoolId));
  const unmappedLine =
    rollup.unmapped.length > 0
      ? [`Có ${rollup.unmapped.length} chỉ tiêu của ${unmappedSchools.size} trường chưa gắn mã chỉ tiêu của Sở hoặc trùng mã với chỉ tiêu khác của trường, chưa được tổng hợp; danh sách tại ${appendixLabel('unmapped')}.`]
      : [];
  const indicatorOverview: string[] = [];
  if (withSnapshot === 0) indicatorOverview.push('Chưa có số liệu chỉ tiêu nào.');
  else if (indicatorRows.length === 0) {
    indicatorOverview.push('Chưa có chỉ tiêu nào được các trường gắn mã chỉ tiêu của Sở (cột «Mã chỉ tiêu Sở» trang Chỉ tiêu), nên chưa tổng hợp được kết quả theo chỉ tiêu.');
    indicatorOverview.push(...unmappedLine);
  } else {
    const allMet = rollup.indicators.filter((a) => a.assessed > 0 && a.met === a.assessed).length;
    const noneAssessed = rollup.indicators.filter((a) => a.assessed === 0).length;
    indicatorOverview.push(`Các trường báo cáo ${indicatorRows.length} chỉ tiêu theo mã chỉ tiêu của Sở (Bảng 1).`);
    indicatorOverview.push(
      'Tỷ lệ đạt của mỗi trường tính tối đa 100%; tỷ lệ đạt trung bình và thấp nhất chỉ tính các trường đã có kết quả đánh giá (Đạt hoặc Chưa đạt).',
    );
    indicatorOverview.push(
      `Số chỉ tiêu mà mọi trường có kết quả đều đạt: ${formatCount(allMet, indicatorRows.length)}` +
        (noneAssessed > 0 ? `; số chỉ tiêu chưa trường nào có kết quả: ${noneAssessed}.` : '.'),
    );
    indicatorOverview.push(...unmappedLine);
  }

  // III. Tiến độ nhiệm vụ
  const states = stateCounts(rollup);
  const totalOccurrences = states.reduce((s, x) => s + x.count, 0);
  const taskOverview: string[] = [];
  if (withSnapshot === 0) taskOverview.push('Chưa có số liệu về nhiệm vụ.');
  else if (totalOccurrences === 0) taskOverview.push('Các trường chưa gửi số liệu về nhiệm vụ.');
  else {
    taskOverview.push(
      `Kế hoạch năm của ${withSnapshot} trường có ${formatNumber(totalOccurrences)} lượt nhiệm vụ (mỗi kỳ thực hiện của một nhiệm vụ tính một lượt; «Chưa thực hiện» gồm cả các lượt chưa đến hạn), tình trạng theo Bảng 2.`,
    );
  }
  const top = Math.max(0, Math.floor(options.topOverdue ?? TOP_OVERDUE_SCHOOLS));
  const overdueTotal = rollup.overdue.reduce((s, o) => s + o.count, 0);
  const overdueOverview: string[] = [];
  if (withSnapshot > 0) {
    if (rollup.overdue.length === 0) overdueOverview.push(`Tính đến ngày ${formatShortDate(asOf)}, không trường nào có nhiệm vụ quá hạn.`);
    else {
      overdueOverview.push(
        `Số trường có nhiệm vụ quá hạn: ${formatCount(rollup.overdue.length, withSnapshot)} trường (${percentOf(rollup.overdue.length, withSnapshot)}), tổng cộng ${formatNumber(overdueTotal)} lượt nhiệm vụ quá hạn.`,
      );
      const shown = Math.min(top, rollup.overdue.length);
      if (shown > 0) {
        overdueOverview.push(
          shown < rollup.overdue.length
            ? `${shown} trường có nhiều lượt nhiệm vụ quá hạn nhất tại Bảng 3; danh sách đầy đủ trong bảng tổng hợp của ${unitName}.`
            : `Các trường có nhiệm vụ quá hạn tại Bảng 3.`,
        );
      }
    }
  }
  const overdueRows: OverdueRow[] = rollup.overdue.slice(0, top).map((o) => ({
    schoolName: cleanText(o.schoolName),
    count: o.count,
    mostOverdue: o.mostOverdue ? `${cleanText(o.mostOverdue.name)}${o.mostOverdue.label ? ` (${cleanText(o.mostOverdue.label)})` : ''}` : NO_FIGURE,
    days: o.mostOverdue ? formatNumber(o.mostOverdue.days) : NO_FIGURE,
  }));

  // IV. Mức độ chuyển đổi số
  const lv = rollup.levels;
  const levelOverview: string[] = [];
  const levelRows: LevelRow[] = [];
  if (lv.reporting === 0) levelOverview.push('Chưa có trường nào gửi kết quả tự đánh giá mức độ chuyển đổi số.');
  else {
    levelOverview.push(`Số trường gửi kết quả tự đánh giá mức độ chuyển đổi số: ${formatCount(lv.reporting, withSnapshot)} trường; phân bố theo mức tại Bảng 4.`);
    const [, m1, m2, m3] = lv.school;
    levelOverview.push(
      `Mức độ chuyển đổi số của trường: ${[m1, m2, m3].map((n, i) => `${dtiLevelText((i + 1) as DtiLevel)}: ${n} trường (${percentOf(n, lv.reporting)})`).join('; ')}` +
        (lv.school[0] > 0 ? `; chưa xác định mức: ${lv.school[0]} trường.` : '.'),
    );
    for (const g of lv.groups) {
      levelRows.push({ name: cleanText(g.name), schools: g.schools, counts: [g.counts[1], g.counts[2], g.counts[3], g.counts[0]], meanTotal: g.meanTotal === undefined ? NO_FIGURE : formatNumber(Math.round(g.meanTotal * 10) / 10) });
    }
    levelRows.push({ name: 'Mức độ chuyển đổi số của trường', schools: lv.reporting, counts: [m1, m2, m3, lv.school[0]], meanTotal: NO_FIGURE });
  }

  // Phụ lục
  const notReportedRows: NotReportedRow[] = rollup.notReported.map((s) => {
    const day = sentDay(s.lastSentAt);
    const asOfDay = s.lastAsOf === undefined ? undefined : parseIsoDate(s.lastAsOf);
    return {
      schoolName: cleanText(s.schoolName),
      schoolId: cleanText(s.schoolId),
      lastSent: day ? formatShortDate(day) : 'Chưa gửi lần nào',
      lastAsOf: asOfDay ? formatShortDate(asOfDay) : '',
    };
  });
  const bySchool = new Map<string, { schoolName: string; rows: UnmappedSchool['rows'][number][] }>();
  for (const u of rollup.unmapped) {
    let school = bySchool.get(u.schoolId);
    if (!school) bySchool.set(u.schoolId, (school = { schoolName: cleanText(u.schoolName), rows: [] }));
    school.rows.push({ stt: cleanText(u.stt), name: cleanText(u.name), note: u.reason === 'duplicate' ? `Trùng mã «${u.code}»` : 'Chưa gắn mã' });
  }
  const unmapped: UnmappedSchool[] = [...bySchool.values()];

  const header = headerOf(settings, issuedOn);
  const reference = cleanText(settings.planReference ?? '').replace(/[.;,]+$/, '');
  const basis = reference || `Kế hoạch chuyển đổi số năm ${period.year} của ${unitName}`;
  return {
    period,
    periodLabel: label,
    asOf,
    since,
    issuedOn,
    unitName,
    header,
    title: 'BÁO CÁO',
    subject: `Tổng hợp kết quả thực hiện kế hoạch chuyển đổi số ${label}`,
    opening: `Thực hiện ${basis}, ${unitName} tổng hợp kết quả thực hiện kế hoạch chuyển đổi số ${label} của các trường (số liệu do các trường gửi, tính đến ngày ${formatShortDate(asOf)}) như sau:`,
    figures: { inScope, reportedSince, notReported: rollup.notReported.length, neverReported: never.length, withSnapshot },
    general,
    indicators: { overview: indicatorOverview, rows: indicatorRows },
    tasks: { overview: taskOverview, states: totalOccurrences > 0 ? states : [], overdueOverview, overdue: overdueRows },
    levels: { overview: levelOverview, rows: levelRows },
    proposals: linesOf(settings.proposals, BLANK),
    recipients: recipientLines(settings.recipients),
    signer: signerOf(settings),
    missing: missingSettings(settings),
    ...(rollup.notReported.length > 0
      ? { notReportedAppendix: { label: appendixLabel('notReported'), title: `DANH SÁCH TRƯỜNG CHƯA GỬI SỐ LIỆU TỪ NGÀY ${formatShortDate(since)}`, rows: notReportedRows } }
      : {}),
    ...(rollup.unmapped.length > 0
      ? { unmappedAppendix: { label: appendixLabel('unmapped'), title: 'CÁC CHỈ TIÊU CHƯA GẮN MÃ CHỈ TIÊU CỦA SỞ', schools: unmapped } }
      : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Layout

/** «Báo cáo tổng hợp CĐS quý III-2026 - Sở Giáo dục và Đào tạo Hải Phòng» */
export function rollupReportName(model: Pick<RollupReportModel, 'period' | 'unitName'>): string {
  const unit = model.unitName === BLANK ? '' : model.unitName;
  return `Báo cáo tổng hợp CĐS ${periodNameLabel(model.period)}${unit ? ` - ${unit}` : ''}`;
}

/** «bao-cao-tong-hop-cds-quy-3-2026-so-giao-duc-va-dao-tao-hai-phong»: the .docx's file stem. */
export function rollupReportFileStem(model: Pick<RollupReportModel, 'period' | 'unitName'>): string {
  const unit = foldText(model.unitName === BLANK ? '' : model.unitName).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `bao-cao-tong-hop-cds-${periodSlug(model.period)}${unit ? `-${unit}` : ''}`;
}

function table(specs: readonly [string, Align, number | undefined][], rows: readonly TableRow[]): TableBlock {
  return { kind: 'table', size: TABLE, columns: fittedColumns(specs, rows, TABLE), rows };
}

const cells = (...texts: readonly (string | number)[]): TableRow => ({ cells: texts.map((t) => ({ text: typeof t === 'number' ? formatNumber(t) : t })) });

function indicatorTable(rows: readonly RollupIndicatorRow[]): TableBlock {
  return table(
    [['Mã chỉ tiêu Sở', 'center', 2], ['Chỉ tiêu', 'left', undefined], ['Số trường báo cáo', 'center', 1], ['Số trường có kết quả', 'center', 1], ['Số trường đạt', 'center', 1], ['Tỷ lệ đạt trung bình', 'center', 1], ['Thấp nhất', 'center', 1]],
    rows.map((r) => cells(r.code, r.name, r.schools, r.assessed, r.met, r.mean, r.min)),
  );
}

function stateTable(states: readonly StateCount[]): TableBlock {
  const total = states.reduce((s, x) => s + x.count, 0);
  return table(
    [['Tình trạng', 'left', undefined], ['Số lượt nhiệm vụ', 'center', 1], ['Tỷ lệ', 'center', 1]],
    [...states.map((s) => cells(s.state, s.count, percentOf(s.count, total))), cells('Tổng cộng', total, percentOf(total, total))],
  );
}

function overdueTable(rows: readonly OverdueRow[]): TableBlock {
  return table(
    [['STT', 'center', 1], ['Trường', 'left', undefined], ['Số lượt quá hạn', 'center', 1], ['Nhiệm vụ quá hạn lâu nhất', 'left', undefined], ['Số ngày quá hạn', 'center', 1]],
    rows.map((r, i) => cells(i + 1, r.schoolName, r.count, r.mostOverdue, r.days)),
  );
}

function levelTable(rows: readonly LevelRow[]): TableBlock {
  return table(
    [['Nội dung', 'left', undefined], ['Số trường', 'center', 1], ...([1, 2, 3] as const).map((l): [string, Align, number] => [dtiLevelResult(l), 'center', 1]), ['Chưa xác định mức', 'center', 2], ['Điểm bình quân', 'center', 1]],
    rows.map((r) => cells(r.name, r.schools, r.counts[0], r.counts[1], r.counts[2], r.counts[3], r.meanTotal)),
  );
}

function notReportedTable(rows: readonly NotReportedRow[]): TableBlock {
  return table(
    [['STT', 'center', 1], ['Trường', 'left', undefined], ['Mã trường', 'center', 2], ['Lần gửi gần nhất', 'center', 2], ['Số liệu tính đến', 'center', 2]],
    rows.map((r, i) => cells(i + 1, r.schoolName, r.schoolId, r.lastSent, r.lastAsOf)),
  );
}

function unmappedTable(schools: readonly UnmappedSchool[]): TableBlock {
  const rows: TableRow[] = [];
  schools.forEach((s, i) => {
    // A school's row (its number, its name across the columns), then its indicators.
    rows.push({ group: true, cells: [{ text: String(i + 1) }, { text: s.schoolName }, { text: '' }, { text: '' }] });
    for (const r of s.rows) rows.push(cells('', r.name, r.stt, r.note));
  });
  return table([['STT', 'center', 1], ['Chỉ tiêu của trường', 'left', undefined], ['STT trong kế hoạch của trường', 'center', 2], ['Ghi chú', 'center', 2]], rows);
}

function appendixHeading(a: Appendix, model: RollupReportModel, first: boolean): Block[] {
  const centred: ParagraphStyle = { size: 14, align: 'center', bold: true, lineSpacing: 1, spaceAfterPt: 0, keepWithNext: true };
  const number = model.header.number.replace(/^Số:\s*/, '');
  return [
    p(a.label, { ...centred, pageBreakBefore: first, spaceBeforePt: first ? 0 : 18 }),
    p(a.title, { ...centred, spaceBeforePt: 6 }),
    p(`(Kèm theo Báo cáo số ${number} ${formatNd30Date(model.issuedOn)} của ${model.unitName})`, { ...centred, bold: false, italic: true, spaceAfterPt: 12 }),
  ];
}

export function buildRollupReportDocument(model: RollupReportModel): ReportDocument {
  const blocks: Block[] = [headerBlock(model), ...titleBlocks(model), body(model.opening)];

  blocks.push(heading('I. TÌNH HÌNH CHUNG'));
  for (const line of model.general) blocks.push(body(line));

  blocks.push(heading('II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU'));
  for (const line of model.indicators.overview) blocks.push(body(line));
  if (model.indicators.rows.length > 0) {
    blocks.push(tableCaption(`Bảng 1. Kết quả thực hiện các chỉ tiêu của Sở, tính đến ngày ${formatShortDate(model.asOf)}`));
    blocks.push(indicatorTable(model.indicators.rows));
  }

  blocks.push(heading('III. TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ'));
  for (const line of model.tasks.overview) blocks.push(body(line));
  if (model.tasks.states.length > 0) {
    blocks.push(tableCaption('Bảng 2. Tình trạng các lượt nhiệm vụ'));
    blocks.push(stateTable(model.tasks.states));
  }
  for (const line of model.tasks.overdueOverview) blocks.push(body(line));
  if (model.tasks.overdue.length > 0) {
    blocks.push(tableCaption('Bảng 3. Các trường có nhiều lượt nhiệm vụ quá hạn nhất'));
    blocks.push(overdueTable(model.tasks.overdue));
  }

  blocks.push(heading('IV. MỨC ĐỘ CHUYỂN ĐỔI SỐ'));
  for (const line of model.levels.overview) blocks.push(body(line));
  if (model.levels.rows.length > 0) {
    blocks.push(tableCaption('Bảng 4. Phân bố mức độ chuyển đổi số của các trường'));
    blocks.push(levelTable(model.levels.rows));
  }

  blocks.push(heading('V. ĐỀ XUẤT, KIẾN NGHỊ'));
  blocks.push(...closingBlocks(model.proposals, model));

  let first = true;
  if (model.notReportedAppendix) {
    blocks.push(...appendixHeading(model.notReportedAppendix, model, first));
    blocks.push(notReportedTable(model.notReportedAppendix.rows));
    first = false;
  }
  if (model.unmappedAppendix) {
    blocks.push(...appendixHeading(model.unmappedAppendix, model, first));
    blocks.push(unmappedTable(model.unmappedAppendix.schools));
  }
  return { name: rollupReportName(model), page: ND30_PAGE, blocks };
}
