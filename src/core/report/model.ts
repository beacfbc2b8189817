/**
 * The periodic report (báo cáo quý / 6 tháng / năm) as data: every figure and sentence a reader
 * sees, in Vietnamese, built from `evaluatePlan` as of min(the last day of the period's data window, the day it is made).
 * No layout here (see ./document.ts); no service calls. The dashboard uses the same evaluation,
 * so for the same day the figures agree.
 */
import { type CalendarDate, compareDates, lastDayOfMonth } from '../date';
import { evaluatePlan, type GroupSummary, type IndicatorEvaluation, indicatorsAsOf, longTermLabel, type OccurrenceEvaluation, type PlanEvaluation } from '../evaluation';
import { formatCellValue, formatCount, formatPercent } from '../format';
import { ongoingUpdateLabel } from '../occurrences';
import { formatPlaceDate, formatShortDate, periodLabel, quarterOf, type ReportPeriod, toRoman } from '../period';
import { groupLabel, groupTitle, hasGroups, isUngrouped, UNGROUPED_LABEL } from '../groupLabel';
import type { Plan, Settings } from '../plan';
import type { PlanReading } from '../reading';
import { isDayLabel, runsLabel } from '../schedule';
import { daysOverdue, DONE } from '../status';
import { NOT_DONE, NOT_UPDATED, occurrenceStateText, overdueText } from '../statusText';
import { meanRatioText } from '../summaryText';
import { cleanText } from '../text';
import { formatResult } from '../value';
import { closingQuarter, followingPeriod, type FollowingPeriod, inWindow, reportWindowOf, type ReportWindow } from './window';
import { missingSettings, type MissingSetting } from './settingsCheck';

/** A blank the signer fills by hand, as drafts show it. */
export const BLANK = '…';

/** Text of a table cell, with a link when the cell stands for one (an evidence URL). */
export interface CellText {
  readonly text: string;
  readonly link?: string;
}

export type IndicatorVerdict = 'Đạt' | 'Chưa đạt' | 'Chưa có kết quả' | 'Chưa đánh giá được' | 'Dài hạn' | `Dài hạn (đến ${number})`;

export interface IndicatorRow {
  readonly kind: 'indicator';
  readonly stt: string;
  readonly name: string;
  readonly unit: string;
  /** The target as the plan writes it. */
  readonly target: string;
  readonly result: string;
  readonly ratio: string;
  readonly verdict: IndicatorVerdict;
  readonly evidence: CellText;
  readonly evaluation: IndicatorEvaluation;
}

export interface GroupRow {
  readonly kind: 'group';
  readonly numeral: string;
  readonly name: string;
}

export interface TaskRow {
  readonly stt: string;
  readonly name: string;
  readonly lead: string;
  readonly product: string;
  /** "30/09/2026", or "Thường xuyên (Quý III)" for the quarterly update of an ongoing task. */
  readonly due: string;
  readonly status: string;
  readonly completedOn: string;
  readonly evidence: CellText;
  /** The first of the task's occurrences in the period (usually its only one). */
  readonly occurrence: OccurrenceEvaluation;
  /** Every occurrence of the task the period answers for, in order: one row per task, not per occurrence. */
  readonly occurrences: readonly OccurrenceEvaluation[];
}

export interface TaskCounts {
  /** Occurrences with a due date in the window, due by the report's day (or done by then). */
  readonly due: number;
  readonly doneOnTime: number;
  readonly doneLate: number;
  /** Done with no completion date (timeliness unknown). */
  readonly doneUndated: number;
  readonly inProgress: number;
  /** Staff chose «Chưa thực hiện». */
  readonly notStarted: number;
  /** No Tiến độ row, or a blank status: nobody reported on it («Chưa cập nhật»). */
  readonly notUpdated: number;
  /** Completed after the report's day: not done as of that day. */
  readonly notDone: number;
  readonly paused: number;
  /** Due in the window but after the report's day (a period not yet ended), and not done by then. */
  readonly notYetDue: number;
  /** Quarterly updates of ongoing tasks ("Thường xuyên") that fall in the window. */
  readonly ongoing: number;
}

export interface ChartBar {
  readonly numeral: string;
  readonly name: string;
  readonly met: number;
  readonly total: number;
}

export interface ReportModel {
  readonly period: ReportPeriod;
  /** 'quý III năm 2026' */
  readonly periodLabel: string;
  readonly window: ReportWindow;
  /** The day the report is as of: the window's last day, or the day it is made when that is earlier. */
  readonly asOf: CalendarDate;
  /** Whether the period's data window is over on the day the report is made. */
  readonly ended: boolean;
  readonly evaluation: PlanEvaluation;
  readonly header: {
    readonly parentAgency: string;
    readonly schoolName: string;
    /** "Số: …/BC-THPTAL" */
    readonly number: string;
    /** "An Lão, ngày 15 tháng 10 năm 2026" */
    readonly placeDate: string;
  };
  readonly title: string;
  readonly subject: string;
  readonly opening: string;
  readonly indicators: {
    readonly hasData: boolean;
    /** Overview sentences (or the no-data sentence). */
    readonly overview: readonly string[];
    /** One line per group, "- Nhóm I. …: đạt 4/6 chỉ tiêu …;" */
    readonly byGroup: readonly string[];
    readonly chart: readonly ChartBar[];
    readonly chartCaption: string;
    readonly rows: readonly (GroupRow | IndicatorRow)[];
  };
  readonly tasks: {
    readonly hasData: boolean;
    readonly counts: TaskCounts;
    readonly overview: readonly string[];
    readonly rows: readonly TaskRow[];
  };
  readonly issues: readonly string[];
  readonly following: FollowingPeriod;
  readonly directions: readonly string[];
  readonly proposals: readonly string[];
  /** "- Sở GD&ĐT (để b/c);" … "- Lưu: VT." */
  readonly recipients: readonly string[];
  readonly signer: { readonly titleLines: readonly string[]; readonly name: string };
  /** Cấu hình rows the report needed and did not find (the blanks above show "…"). */
  readonly missing: readonly MissingSetting[];
  /**
   * Phụ lục: the indicators and tasks still without data, in administrative words; empty unless
   * asked for (dialog checkbox, CLI `--phu-luc`).
   */
  readonly appendix: readonly string[];
  /**
   * What the data lacks to be read, with the place to fix (timings, targets, statuses not
   * understood): for the dialog and the CLI output, never printed in the document.
   */
  readonly notes: readonly string[];
}

export const INDICATOR_COLUMNS = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm', 'Kết quả', 'Tỷ lệ đạt', 'Đánh giá', 'Minh chứng'] as const;
export const TASK_COLUMNS = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm/Kết quả', 'Hạn', 'Tình trạng', 'Ngày hoàn thành', 'Minh chứng'] as const;

/** What a caller already has for the report: the run's reading of the plan, or its evaluation. */
export interface ReportInputs {
  /** An evaluation of this plan; used as is when it is as of the window's last day, else its reading is. */
  readonly evaluation?: PlanEvaluation;
  /** The run's reading of the plan's cells (see ../reading). */
  readonly reading?: PlanReading;
  /** Add the Phụ lục of indicators and tasks still without data. */
  readonly appendix?: boolean;
}

/** The indicators of a group due in the plan year: the long-term ones are not counted met or unmet yet. */
function dueThisYear(summary: GroupSummary): number {
  return summary.total - summary.longTerm;
}

/** The day a report of `window` made on `issuedOn` is as of: min(the window's last day, the day it is made). */
export function reportAsOf(window: ReportWindow, issuedOn: CalendarDate): CalendarDate {
  return compareDates(issuedOn, window.end) < 0 ? issuedOn : window.end;
}

/**
 * An occurrence as the report's day knows it: one completed after that day is not done yet (its
 * completion is the next period's news), and is overdue as of that day like any open one.
 */
export function atCutOff(o: OccurrenceEvaluation, asOf: CalendarDate): OccurrenceEvaluation {
  if (o.status !== DONE || !o.completedOn || compareDates(o.completedOn, asOf) <= 0) return o;
  return { ...o, status: null, completedOn: undefined, timeliness: undefined, overdueDays: daysOverdue(o.due, null, asOf), completedAfterCutOff: o.completedOn };
}

/** Whether `atCutOff` took this occurrence's completion away (completed after the report's day). */
function doneAfterCutOff(o: OccurrenceEvaluation): boolean {
  return o.completedAfterCutOff !== undefined;
}

/** Whether an occurrence is due after the report's day and not done by then. */
function notYetDue(o: OccurrenceEvaluation, asOf: CalendarDate): boolean {
  return o.due !== undefined && compareDates(o.due, asOf) > 0 && o.status !== DONE;
}

/**
 * The report of `period` for `plan`, dated `issuedOn` (the day it is made; the header date).
 * The plan is evaluated as of min(the last day of the period's data window, `issuedOn`) (Cấu hình
 * decides the window's rule), or that evaluation is taken from `given` when it has it. A
 * completion after that day counts as not done; nothing due after it is called late.
 */
export function buildReport(plan: Plan, period: ReportPeriod, issuedOn: CalendarDate, given: ReportInputs = {}): ReportModel {
  const settings = plan.settings;
  const window = reportWindowOf(period, settings);
  const asOf = reportAsOf(window, issuedOn);
  const ended = compareDates(asOf, window.end) === 0;
  // What the report says "tính đến": the window cut at the report's day.
  const cut: ReportWindow = { start: window.start, end: asOf };
  const evaluated =
    given.evaluation && compareDates(given.evaluation.asOf, asOf) === 0
      ? given.evaluation
      : evaluatePlan(plan, asOf, given.reading ?? given.evaluation?.reading);
  const occurrences = evaluated.occurrences.map((o) => atCutOff(o, asOf));
  const evaluation: PlanEvaluation = occurrences.every((o, i) => o === evaluated.occurrences[i])
    ? evaluated
    : { ...evaluated, occurrences, overdue: occurrences.filter((o) => o.overdueDays > 0).sort((a, b) => b.overdueDays - a.overdueDays) };
  const label = periodLabel(period);
  const inPeriod = occurrencesInWindow(evaluation, period, window);
  const following = followingPeriod(period, settings);
  const indicatorRows = indicatorTableRows(evaluation, cut);
  const indicatorsHaveData = evaluation.indicators.some((i) => i.latest !== undefined);
  const counts = countTasks(inPeriod, asOf);
  const grouped = hasGroups(evaluation.groups);
  const tasksHaveData = hasTaskData(inPeriod);
  return {
    period,
    periodLabel: label,
    window,
    asOf,
    ended,
    evaluation,
    header: headerOf(settings, issuedOn),
    title: 'BÁO CÁO',
    subject: `Kết quả thực hiện Kế hoạch chuyển đổi số ${label}`,
    opening: openingOf(settings, label, window, asOf),
    indicators: {
      hasData: indicatorsHaveData,
      overview: indicatorsHaveData ? indicatorOverview(evaluation, cut) : [noIndicatorData(cut)],
      // A plan without group rows: no line, bar or caption per group (there is none to name).
      byGroup: indicatorsHaveData && grouped ? groupLines(evaluation.groups, evaluation.indicators) : [],
      // A bar counts the indicators due this year: a long-term one is neither met nor unmet yet.
      chart: grouped ? evaluation.groups.map((g) => ({ numeral: g.group.numeral, name: g.group.name, met: g.met, total: dueThisYear(g) })) : [],
      chartCaption: grouped
        ? `Biểu đồ: Tỷ lệ chỉ tiêu đạt theo nhóm, tính đến ngày ${formatShortDate(asOf)} (${evaluation.groups
            .map((g) => `${groupLabel(g.group)}: ${formatCount(g.met, dueThisYear(g))}`)
            .join('; ')})${evaluation.overall.longTerm > 0 ? `, không tính ${evaluation.overall.longTerm} chỉ tiêu dài hạn` : ''}.`
        : '',
      rows: indicatorRows,
    },
    tasks: {
      hasData: tasksHaveData,
      counts,
      overview:
        inPeriod.length === 0
          ? [`Không có nhiệm vụ nào đến hạn trong ${label}.`]
          : tasksHaveData
            ? taskOverview(counts, label, ended ? undefined : asOf)
            : [noTaskData(label, inPeriod.length)],
      rows: tasksHaveData ? taskRows(inPeriod, asOf) : [],
    },
    issues: issuesOf(evaluation, inPeriod, cut),
    following,
    directions: directionsOf(evaluation, plan, following, cut),
    proposals: linesOf(settings.proposals, BLANK),
    recipients: recipientLines(settings.recipients),
    signer: signerOf(settings),
    missing: missingSettings(settings),
    appendix: given.appendix ? appendixOf(evaluation, inPeriod, asOf) : [],
    notes: dataNotes(evaluation, inPeriod),
  };
}

/** Whether staff entered anything on the occurrences a report answers for (already cut at its day). */
function hasTaskData(inPeriod: readonly OccurrenceEvaluation[]): boolean {
  return inPeriod.some((o) => o.status !== null || o.completedOn !== undefined || o.evidence !== '' || o.note !== '');
}

/** What a period's report says about its data, for the dialog: see `periodDataFacts`. */
export interface PeriodDataFacts {
  /** ReportModel.notes: what the data lacks to be read, located. */
  readonly notes: readonly string[];
  /** ReportModel.indicators.hasData || ReportModel.tasks.hasData. */
  readonly hasData: boolean;
}

/**
 * The notes and the has-data flags the report of `period` dated `issuedOn` would carry, without
 * building it and without evaluating the plan again: from `evaluation`, the plan evaluated as of
 * any day (the dialog's one evaluation as of the day it opens), with occurrences cut at the report's
 * day and indicators taken as of that day, as buildReport does. `indicators`: the indicators as of
 * the report's day when the caller has them (the dialog shares them between periods).
 */
export function periodDataFacts(
  evaluation: PlanEvaluation,
  period: ReportPeriod,
  window: ReportWindow,
  issuedOn: CalendarDate,
  indicators: readonly IndicatorEvaluation[] = indicatorsAsOf(evaluation, reportAsOf(window, issuedOn)),
): PeriodDataFacts {
  const asOf = reportAsOf(window, issuedOn);
  // Cutting keeps an occurrence's due day and label, so the window's occurrences are cut after choosing them.
  const inPeriod = occurrencesInWindow(evaluation, period, window).map((o) => atCutOff(o, asOf));
  return {
    notes: dataNotes({ indicators, taskProblems: evaluation.taskProblems }, inPeriod),
    hasData: indicators.some((i) => i.latest !== undefined) || hasTaskData(inPeriod),
  };
}

// ---- header, opening -------------------------------------------------------------------------

/** The header's four texts from Cấu hình (a school's, or a Phòng/Sở's for the roll-up); a missing row shows "…". */
export function headerOf(settings: Pick<Settings, 'parentAgency' | 'schoolName' | 'schoolCode' | 'place'>, issuedOn: CalendarDate): ReportModel['header'] {
  const code = cleanText(settings.schoolCode ?? '').toUpperCase();
  return {
    parentAgency: cleanText(settings.parentAgency ?? '').toUpperCase() || BLANK,
    schoolName: cleanText(settings.schoolName ?? '').toUpperCase() || BLANK,
    number: `Số: ${BLANK}/BC-${code || BLANK}`,
    placeDate: formatPlaceDate(cleanText(settings.place ?? '') || BLANK, issuedOn),
  };
}

function openingOf(settings: Settings, label: string, window: ReportWindow, asOf: CalendarDate): string {
  const school = cleanText(settings.schoolName ?? '') || `Trường ${BLANK}`;
  const reference = cleanText(settings.planReference ?? '').replace(/[.;,]+$/, '');
  const basis = reference || `Kế hoạch chuyển đổi số năm ${settings.planYear} của ${school}`;
  return (
    `Thực hiện ${basis}, ${school} báo cáo kết quả thực hiện ${label} ` +
    (compareDates(asOf, window.end) < 0
      ? `(kỳ báo cáo chưa kết thúc; số liệu tính đến ngày ${formatShortDate(asOf)}) như sau:`
      : `(số liệu tính từ ngày ${formatShortDate(window.start)} đến ngày ${formatShortDate(window.end)}) như sau:`)
  );
}

// ---- indicators --------------------------------------------------------------------------------

function indicatorTableRows(ev: PlanEvaluation, window: ReportWindow): (GroupRow | IndicatorRow)[] {
  const rows: (GroupRow | IndicatorRow)[] = [];
  const grouped = hasGroups(ev.groups);
  let group = '';
  for (const e of ev.indicators) {
    const key = `${e.indicator.group.numeral}\u0000${e.indicator.group.name}`;
    if (grouped && key !== group) {
      group = key;
      const g = e.indicator.group;
      rows.push({ kind: 'group', numeral: g.numeral, name: isUngrouped(g) ? UNGROUPED_LABEL : g.name });
    }
    rows.push(indicatorRow(e, window, ev.planYear));
  }
  return rows;
}

/** An indicator's Đánh giá as the report (and the Sở roll-up's snapshot) words it. */
export function indicatorVerdict(e: Pick<IndicatorEvaluation, 'state' | 'horizon'>): IndicatorVerdict {
  return e.state === 'longTerm' ? (longTermLabel(e.horizon) as IndicatorVerdict) : VERDICTS[e.state];
}

const VERDICTS: Record<IndicatorEvaluation['state'], IndicatorVerdict> = {
  met: 'Đạt',
  unmet: 'Chưa đạt',
  pending: 'Chưa có kết quả',
  invalid: 'Chưa đánh giá được',
  longTerm: 'Dài hạn',
};

function indicatorRow(e: IndicatorEvaluation, window: ReportWindow, planYear: number): IndicatorRow {
  return {
    kind: 'indicator',
    stt: e.indicator.id,
    name: cleanText(e.indicator.name),
    unit: cleanText(e.indicator.unit),
    target: cleanText(e.indicator.targetText),
    result: resultText(e, window, planYear),
    ratio: e.attainment ? formatPercent(e.attainment.ratio) : '',
    verdict: indicatorVerdict(e),
    evidence: evidenceCell(e.indicator.evidence),
    evaluation: e,
  };
}

/** The latest result as a reader expects it ("98,5%", "2 đợt", "Có"), marked with its quarter when older than the period's. */
export function resultText(e: IndicatorEvaluation, window: ReportWindow, planYear: number, quote = false): string {
  if (!e.latest) return '';
  // A result that does not read against its target (or a target not read) is shown as typed.
  const value = e.target.ok && e.state !== 'invalid' ? formatResult(e.latest.value, e.target.value, 2) : untargetedResult(e.latest.value, e.indicator.unit);
  const shown = quote ? `«${value}»` : value;
  const current = window.end.year === planYear && e.latest.quarter === quarterOf(window.end);
  return current ? shown : `${shown} (quý ${toRoman(e.latest.quarter)})`;
}

/**
 * A result whose target could not be read, as typed; a number in a «%» row as a percentage
 * (0,97 or 97 → «97%»), as the row's other results read.
 */
function untargetedResult(value: unknown, unit: string): string {
  if (typeof value === 'number' && Number.isFinite(value) && /^\s*%\s*$|phần trăm|tỷ lệ|tỉ lệ/iu.test(unit ?? '')) {
    return formatPercent(value > 1 ? value / 100 : value, 2);
  }
  return formatCellValue(value);
}

/** Indicators with a result whose target or result could not be read: counted «chưa đánh giá được», not as missing. */
function unassessable(list: readonly IndicatorEvaluation[]): number {
  return list.filter((e) => e.state === 'invalid' && e.latest !== undefined).length;
}

/** Indicators with no result yet (an unreadable target with no result among them). */
function withoutResult(list: readonly IndicatorEvaluation[]): number {
  return list.filter((e) => e.state === 'pending' || (e.state === 'invalid' && e.latest === undefined)).length;
}

const UNASSESSABLE = 'đã có kết quả, chưa đánh giá được mức độ đạt';

function indicatorOverview(ev: PlanEvaluation, window: ReportWindow): string[] {
  const o = ev.overall;
  const counts = stateCounts(ev.indicators);
  const unread = unassessable(ev.indicators);
  const waiting = withoutResult(ev.indicators);
  // Nothing assessed but results there: "đạt 0/2" would read as a failure.
  const parts = o.assessed === 0 && unread > 0 ? [] : [`đạt ${formatCount(o.met, o.total)} chỉ tiêu`];
  if (counts.unmet) parts.push(`${counts.unmet} chỉ tiêu chưa đạt`);
  if (unread) parts.push(`${parts.length === 0 ? 'có ' : ''}${unread} chỉ tiêu ${UNASSESSABLE}`);
  if (waiting) parts.push(`${waiting} chỉ tiêu chưa có kết quả`);
  if (counts.longTerm) parts.push(`${counts.longTerm} chỉ tiêu dài hạn (đánh giá khi đến hạn)`);
  const lines = [`Tính đến ngày ${formatShortDate(window.end)}, nhà trường ${parts.join('; ')}.`];
  const byGroup = hasGroups(ev.groups) ? 'Kết quả theo từng nhóm chỉ tiêu:' : '';
  if (o.meanRatio !== undefined) {
    lines.push(`Tỷ lệ đạt trung bình của ${o.assessed} chỉ tiêu đã có kết quả là ${formatPercent(o.meanRatio)}.${byGroup ? ` ${byGroup}` : ''}`);
  } else if (byGroup) {
    lines.push(byGroup);
  }
  return lines;
}

function stateCounts(list: readonly IndicatorEvaluation[]): Record<IndicatorEvaluation['state'], number> {
  const out = { met: 0, unmet: 0, pending: 0, invalid: 0, longTerm: 0 };
  for (const i of list) out[i.state]++;
  return out;
}

function groupLines(groups: readonly GroupSummary[], indicators: readonly IndicatorEvaluation[]): string[] {
  return groups.map((g, i) => {
    const end = i === groups.length - 1 ? '.' : ';';
    const longTerm = g.longTerm > 0 ? ` (${g.longTerm} chỉ tiêu dài hạn)` : '';
    const unread = unassessable(indicators.filter((e) => e.indicator.group.numeral === g.group.numeral && e.indicator.group.name === g.group.name));
    const unreadText = `${unread} chỉ tiêu ${UNASSESSABLE}`;
    // Results there but none assessable: not «đạt 0/1 chỉ tiêu, chưa có kết quả».
    if (g.assessed === 0 && unread > 0) return `- ${groupTitle(g.group)}: ${unreadText}${longTerm}${end}`;
    return `- ${groupTitle(g.group)}: đạt ${formatCount(g.met, g.total)} chỉ tiêu${longTerm}, ${meanRatioText(g)}${unread > 0 ? `; ${unreadText}` : ''}${end}`;
  });
}

function noIndicatorData(window: ReportWindow): string {
  return (
    `Tính đến ngày ${formatShortDate(window.end)}, chưa có chỉ tiêu nào được cập nhật kết quả trên bảng theo dõi, ` +
    'nên chưa đánh giá được mức độ đạt các chỉ tiêu trong kỳ báo cáo.'
  );
}

// ---- tasks -------------------------------------------------------------------------------------

/**
 * Occurrences the period answers for: those due in the window, and the quarterly updates of
 * ongoing tasks for the quarters the window ends in (for 6 tháng / năm: the last quarter only,
 * so an ongoing task appears once).
 */
export function occurrencesInWindow(ev: PlanEvaluation, period: ReportPeriod, window: ReportWindow): OccurrenceEvaluation[] {
  const ongoingLabel = ongoingUpdateLabel(closingQuarter(period));
  const samePlanYear = period.year === ev.planYear;
  return ev.occurrences.filter((o) => (o.due ? inWindow(o.due, window) : samePlanYear && o.label === ongoingLabel));
}

/** The occurrences of the window counted as of `asOf` (already cut by `atCutOff`). */
function countTasks(list: readonly OccurrenceEvaluation[], asOf: CalendarDate): TaskCounts {
  const c = { due: 0, doneOnTime: 0, doneLate: 0, doneUndated: 0, inProgress: 0, notStarted: 0, notUpdated: 0, notDone: 0, paused: 0, notYetDue: 0, ongoing: 0 };
  for (const o of list) {
    if (!o.due) {
      c.ongoing++;
      continue;
    }
    if (notYetDue(o, asOf)) {
      c.notYetDue++;
      continue;
    }
    c.due++;
    if (o.status === DONE) {
      if (o.timeliness === 'Đúng hạn') c.doneOnTime++;
      else if (o.timeliness === 'Trễ hạn') c.doneLate++;
      else c.doneUndated++;
    } else if (doneAfterCutOff(o)) c.notDone++;
    else if (o.status === 'Đang thực hiện') c.inProgress++;
    else if (o.status === 'Tạm dừng') c.paused++;
    else if (o.status === null) c.notUpdated++;
    else c.notStarted++;
  }
  return c;
}

/** `asOf`: the report's day when the period has not ended (undefined when it has). */
function taskOverview(c: TaskCounts, label: string, asOf: CalendarDate | undefined): string[] {
  const lines: string[] = [];
  if (c.due > 0) {
    const done = c.doneOnTime + c.doneLate + c.doneUndated;
    const doneDetail = [c.doneOnTime ? `${c.doneOnTime} đúng hạn` : '', c.doneLate ? `${c.doneLate} trễ hạn` : '', c.doneUndated ? `${c.doneUndated} chưa ghi ngày hoàn thành` : '']
      .filter(Boolean)
      .join(', ');
    const parts = [`${done} hoàn thành${doneDetail ? ` (${doneDetail})` : ''}`];
    if (c.inProgress) parts.push(`${c.inProgress} đang thực hiện`);
    if (c.notDone) parts.push(`${c.notDone} chưa hoàn thành`);
    if (c.notStarted) parts.push(`${c.notStarted} chưa thực hiện`);
    if (c.notUpdated) parts.push(`${c.notUpdated} ${NOT_UPDATED.toLowerCase()} tiến độ`);
    if (c.paused) parts.push(`${c.paused} tạm dừng`);
    const when = asOf ? `Tính đến ngày ${formatShortDate(asOf)}, trong ${label}` : `Trong ${label}`;
    lines.push(`${when} có ${c.due} lượt nhiệm vụ đến hạn: ${parts.join(', ')}.`);
  } else if (c.notYetDue === 0) {
    lines.push(`Trong ${label} không có nhiệm vụ nào có hạn cụ thể.`);
  }
  if (c.notYetDue > 0) lines.push(`${c.due > 0 ? 'Còn' : `Tính đến ngày ${formatShortDate(asOf!)}, có`} ${c.notYetDue} lượt nhiệm vụ chưa đến hạn trong ${label}.`);
  if (c.ongoing > 0) lines.push(`Ngoài ra, ${c.ongoing} nhiệm vụ thực hiện thường xuyên được theo dõi, cập nhật tiến độ trong kỳ.`);
  lines.push('Chi tiết tại bảng sau:');
  return lines;
}

function noTaskData(label: string, count: number): string {
  return `Trong ${label} có ${count} lượt nhiệm vụ cần báo cáo nhưng chưa có nhiệm vụ nào được cập nhật tiến độ trên bảng theo dõi.`;
}

/** Longest typed timing the narrow Hạn column shows as is. */
const UNDATED_WORDS_MAX = 30;

/**
 * Hạn of a task with no due date, in the plan's own words when short («Khi có yêu cầu», «Đột
 * xuất», «Thường xuyên»: already read as such, shown as typed, never read again), else «Thường xuyên».
 */
function undatedWords(timing: OccurrenceEvaluation['task']['timing']): string {
  const typed = typeof timing === 'string' ? cleanText(timing).replace(/[\s.;,:]+$/u, '') : '';
  if (!typed || typed.length > UNDATED_WORDS_MAX) return 'Thường xuyên';
  return typed.charAt(0).toLocaleUpperCase('vi') + typed.slice(1);
}

/** One row per task, in the order of their first occurrence: a monthly task takes one row, not 12. */
function taskRows(list: readonly OccurrenceEvaluation[], asOf: CalendarDate): TaskRow[] {
  const byTask = new Map<OccurrenceEvaluation['task'], OccurrenceEvaluation[]>();
  for (const o of list) {
    const same = byTask.get(o.task);
    if (same) same.push(o);
    else byTask.set(o.task, [o]);
  }
  return [...byTask.values()].map((same) => taskRow(same, asOf));
}

/** "(Quý III, hạn 30/9/2026)", or "(hạn 15/4/2026)" when the label is the date itself. */
export function labelWithDue(o: OccurrenceEvaluation, due: CalendarDate): string {
  return isDayLabel(o.label) ? `hạn ${formatShortDate(due)}` : `${o.label}, hạn ${formatShortDate(due)}`;
}

const MONTH_LABEL = /^Tháng (\d{1,2})(\/\d{4})?$/u;
const QUARTER_LABEL = /^Quý (I|II|III|IV)(\/\d{4})?$/u;
const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** The periods of some occurrences in few words: "Tháng 1–12", "Quý I–III", else their labels (dates for «Hạn …»). */
function periodsText(list: readonly OccurrenceEvaluation[]): { text: string; kind: 'month' | 'quarter' | 'other' } {
  for (const [pattern, kind, value, show] of [
    [MONTH_LABEL, 'month', (m: string) => Number(m), String],
    [QUARTER_LABEL, 'quarter', (m: string) => ROMAN_QUARTERS.indexOf(m) + 1, (n: number) => ROMAN_QUARTERS[n - 1]!],
  ] as const) {
    const found = list.map((o) => pattern.exec(o.label));
    if (found.every((m) => m !== null) && new Set(found.map((m) => m![2] ?? '')).size === 1) {
      const numbers = [...new Set(found.map((m) => value(m![1]!)))].sort((a, b) => a - b);
      return { text: `${kind === 'month' ? 'Tháng' : 'Quý'} ${runsLabel(numbers, show)}${found[0]![2] ?? ''}`, kind };
    }
  }
  return { text: list.map((o) => (o.due && isDayLabel(o.label) ? formatShortDate(o.due) : o.label)).join(', '), kind: 'other' };
}

const isMonthEnd = (d: CalendarDate): boolean => d.day === lastDayOfMonth(d.year, d.month).day;

/**
 * Hạn of a task's row. One occurrence: its date. Two: each date with its period. More: the periods
 * and the rule of their dates, «Tháng 1–12 (ngày 12 hằng tháng)», «Quý I–IV (cuối mỗi quý)».
 */
function dueText(list: readonly OccurrenceEvaluation[]): string {
  const first = list[0]!;
  if (!first.due) return `${undatedWords(first.task.timing)} (${list.map((o) => o.label).join(', ')})`;
  if (list.length === 1) return formatShortDate(first.due);
  const dues = list.map((o) => o.due).filter((d): d is CalendarDate => d !== undefined);
  if (list.length === 2) return list.map((o) => (o.due ? (isDayLabel(o.label) ? formatShortDate(o.due) : `${formatShortDate(o.due)} (${o.label})`) : o.label)).join('; ');
  const periods = periodsText(list);
  if (periods.kind === 'month' && dues.every(isMonthEnd)) return `${periods.text} (cuối mỗi tháng)`;
  if (periods.kind === 'quarter' && dues.every((d) => isMonthEnd(d) && d.month % 3 === 0)) return `${periods.text} (cuối mỗi quý)`;
  if (periods.kind === 'month' && new Set(dues.map((d) => d.day)).size === 1) return `${periods.text} (ngày ${dues[0]!.day} hằng tháng)`;
  if (periods.kind === 'other') return dues.map(formatShortDate).join('; ');
  return `${periods.text} (hạn ${dues.map(formatShortDate).join('; ')})`;
}

/** Tình trạng of a task's row: one state, or each state with the periods it holds for. */
function statusText(list: readonly OccurrenceEvaluation[], asOf: CalendarDate): string {
  const byState = new Map<string, OccurrenceEvaluation[]>();
  for (const o of list) {
    const state = doneAfterCutOff(o) ? NOT_DONE : occurrenceStateText(o, asOf);
    const same = byState.get(state);
    if (same) same.push(o);
    else byState.set(state, [o]);
  }
  if (byState.size === 1) return [...byState.keys()][0]!;
  return [...byState].map(([state, group]) => `${state}: ${periodsText(group).text}`).join('; ');
}

/** Ngày hoàn thành of a task's row: the dates, or after three the count and the last one. */
function completedText(list: readonly OccurrenceEvaluation[]): string {
  const dates = list.map((o) => o.completedOn).filter((d): d is CalendarDate => d !== undefined).map(formatShortDate);
  if (dates.length <= 3) return dates.join('; ');
  return `${dates.length} lần, lần cuối ${dates[dates.length - 1]}`;
}

function taskRow(list: readonly OccurrenceEvaluation[], asOf: CalendarDate): TaskRow {
  const o = list[0]!;
  const withEvidence = list.filter((x) => cleanText(x.evidence ?? '') !== '');
  return {
    stt: o.task.id,
    name: cleanText(o.task.name),
    lead: cleanText(o.task.lead),
    product: cleanText(o.task.product),
    due: dueText(list),
    status: statusText(list, asOf),
    completedOn: completedText(list),
    evidence: evidenceCell(withEvidence.length > 0 ? withEvidence[withEvidence.length - 1]!.evidence : ''),
    occurrence: o,
    occurrences: list,
  };
}

/** A URL becomes a short linked "Xem minh chứng"; other evidence text is shown as typed. */
export function evidenceCell(evidence: string): CellText {
  const text = cleanText(evidence ?? '');
  if (/^https?:\/\/\S+$/i.test(text)) return { text: 'Xem minh chứng', link: text };
  return { text };
}

// ---- tồn tại, hạn chế ------------------------------------------------------------------------

/** A task's name short enough for a sentence: up to its first ";" or 90 characters. */
export function shortName(name: string): string {
  const clean = cleanText(name).replace(/[.;,]+$/, '');
  const first = clean.split(';')[0]!.trim();
  if (first.length <= 90) return first;
  const cut = first.slice(0, 90);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 90)}…`;
}

function noteOf(text: string): string {
  const note = cleanText(text ?? '').replace(/[.;]+$/, '');
  return note ? ` Ghi chú: ${note}.` : '';
}

/**
 * Tồn tại, hạn chế: unmet and unassessable indicators, indicators still without a result, and
 * occurrences late, overdue or paused, each with the note staff wrote on it. Notes on items that
 * are fine (a met indicator, a task done on time) are not problems and are left out.
 */
function issuesOf(ev: PlanEvaluation, inPeriod: readonly OccurrenceEvaluation[], window: ReportWindow): string[] {
  const lines: string[] = [];
  for (const e of ev.indicators) {
    const name = `Chỉ tiêu ${e.indicator.id} «${cleanText(e.indicator.name)}»`;
    const owner = cleanText(e.indicator.owner) ? `; đơn vị phụ trách: ${cleanText(e.indicator.owner)}` : '';
    if (e.state === 'unmet' && e.target.ok && e.target.value.kind === 'yesNo') {
      // An outcome («Hoàn thành», «Ban hành quy chế»): the words typed, quoted; a ratio of 0% says nothing more.
      lines.push(
        `${name} chưa đạt: kết quả ${resultText(e, window, ev.planYear, true)} so với chỉ tiêu «${cleanText(e.indicator.targetText)}»` +
          `${owner}.${noteOf(e.indicator.note)}`,
      );
    } else if (e.state === 'unmet') {
      lines.push(
        `${name} chưa đạt: kết quả ${resultText(e, window, ev.planYear)} so với chỉ tiêu ${cleanText(e.indicator.targetText)}` +
          ` (tỷ lệ đạt ${formatPercent(e.attainment!.ratio)})${owner}.${noteOf(e.indicator.note)}`,
      );
    }
    // An indicator that cannot be assessed is a problem of the data, not of the school's work:
    // counted in the overview, listed in the Phụ lục, and its reason goes to `notes`.
  }
  const pending = ev.indicators.filter((e) => e.state === 'pending');
  if (pending.length > 0 && pending.length < ev.indicators.length) {
    lines.push(`Chưa có kết quả đối với ${pending.length} chỉ tiêu: ${pending.map((e) => e.indicator.id).join(', ')}.`);
  }
  const what = (o: OccurrenceEvaluation, due: CalendarDate): string =>
    `Nhiệm vụ ${o.task.id} «${shortName(o.task.name)}» (${labelWithDue(o, due)})`;
  const leadOf = (o: OccurrenceEvaluation): string => `; đơn vị chủ trì: ${cleanText(o.task.lead) || BLANK}`;
  const reported = new Set<OccurrenceEvaluation>();
  for (const o of inPeriod) {
    if (!o.due || notYetDue(o, window.end)) continue;
    if (doneAfterCutOff(o)) {
      // Done since: the next period's news, said in passing so the reader is not misled.
      const later = o.completedAfterCutOff!;
      lines.push(`${what(o, o.due)} chưa hoàn thành tính đến ngày ${formatShortDate(window.end)} (hoàn thành ngày ${formatShortDate(later)}, sau kỳ báo cáo)${leadOf(o)}.${noteOf(o.note)}`);
      reported.add(o);
    } else if (o.status !== DONE) {
      lines.push(`${what(o, o.due)} chưa hoàn thành, tình trạng: ${occurrenceStateText(o, window.end).toLowerCase()}${leadOf(o)}.${noteOf(o.note)}`);
      reported.add(o);
    } else if (o.timeliness === 'Trễ hạn') {
      lines.push(`${what(o, o.due)} hoàn thành trễ hạn, ngày ${formatShortDate(o.completedOn!)}${leadOf(o)}.${noteOf(o.note)}`);
      reported.add(o);
    }
  }
  // Still open from before the window.
  for (const o of ev.overdue) {
    if (reported.has(o) || !o.due || compareDates(o.due, window.start) >= 0) continue;
    lines.push(`${what(o, o.due)} ${overdueText(o.overdueDays)} chưa hoàn thành${leadOf(o)}.${noteOf(o.note)}`);
    reported.add(o);
  }
  for (const o of inPeriod) {
    if (o.due) continue;
    if (o.status === 'Tạm dừng') {
      lines.push(`Nhiệm vụ ${o.task.id} «${shortName(o.task.name)}» (thường xuyên) đang tạm dừng${leadOf(o)}.${noteOf(o.note)}`);
    }
  }
  if (lines.length === 0) return ['Trong kỳ, các chỉ tiêu đã có kết quả đều đạt và các nhiệm vụ đến hạn đều hoàn thành đúng hạn.'];
  return lines.map((l) => `- ${l}`);
}

// ---- phụ lục, notes ----------------------------------------------------------------------------

/**
 * Phụ lục: what still has no data on the report's day, in administrative words (no reason, no
 * tool's note): indicators without a result, indicators with a result not yet assessable, tasks
 * due with no progress reported, and tasks whose time of completion the plan leaves undetermined.
 */
function appendixOf(ev: PlanEvaluation, inPeriod: readonly OccurrenceEvaluation[], asOf: CalendarDate): string[] {
  const sections: { title: string; items: string[] }[] = [];
  const owner = (e: IndicatorEvaluation): string => (cleanText(e.indicator.owner) ? `; đơn vị phụ trách: ${cleanText(e.indicator.owner)}` : '');
  const indicatorName = (e: IndicatorEvaluation): string => `Chỉ tiêu ${e.indicator.id} «${cleanText(e.indicator.name)}»`;
  sections.push({
    title: 'Chỉ tiêu chưa có kết quả',
    items: ev.indicators.filter((e) => e.state === 'pending' || (e.state === 'invalid' && !e.latest)).map((e) => `${indicatorName(e)}${owner(e)}`),
  });
  sections.push({
    title: 'Chỉ tiêu đã có kết quả, chưa đánh giá được mức độ đạt',
    items: ev.indicators
      .filter((e) => e.state === 'invalid' && e.latest)
      .map((e) => `${indicatorName(e)}: kết quả ${resultText(e, { start: asOf, end: asOf }, ev.planYear)}, chỉ tiêu năm «${cleanText(e.indicator.targetText)}»${owner(e)}`),
  });
  sections.push({
    title: 'Nhiệm vụ đến hạn chưa cập nhật tiến độ',
    items: inPeriod
      .filter((o) => o.due && !notYetDue(o, asOf) && o.status === null && !doneAfterCutOff(o))
      .map((o) => `Nhiệm vụ ${o.task.id} «${shortName(o.task.name)}» (${labelWithDue(o, o.due!)}); đơn vị chủ trì: ${cleanText(o.task.lead) || BLANK}`),
  });
  sections.push({
    title: 'Nhiệm vụ chưa xác định được thời hạn thực hiện',
    items: ev.taskProblems.map((p) => {
      const typed = typeof p.task.timing === 'string' ? cleanText(p.task.timing) : '';
      return `Nhiệm vụ ${p.task.id} «${shortName(p.task.name)}»${typed ? ` (thời gian thực hiện theo kế hoạch: «${typed}»)` : ''}; đơn vị chủ trì: ${cleanText(p.task.lead) || BLANK}`;
    }),
  });
  const lines: string[] = [];
  let n = 0;
  for (const section of sections) {
    if (section.items.length === 0) continue;
    lines.push(`${++n}. ${section.title} (${section.items.length}):`);
    section.items.forEach((item, i) => lines.push(`- ${item}${i === section.items.length - 1 ? '.' : ';'}`));
  }
  return lines.length > 0 ? lines : [`Tính đến ngày ${formatShortDate(asOf)}, các chỉ tiêu và nhiệm vụ của kỳ báo cáo đều đã có số liệu.`];
}

/** " (Chỉ tiêu!A7)": the row to fix, when the plan was read from a workbook. */
function at(ref: string | undefined): string {
  return ref ? ` (${ref})` : '';
}

/** What the data lacks to be read, located: for the dialog and the CLI, never for the document. */
function dataNotes(ev: Pick<PlanEvaluation, 'indicators' | 'taskProblems'>, inPeriod: readonly OccurrenceEvaluation[]): string[] {
  const notes: string[] = [];
  for (const e of ev.indicators) {
    if (e.state === 'invalid') notes.push(`Chỉ tiêu ${e.indicator.id}${at(e.indicator.ref)}: ${e.error}; báo cáo ghi «Chưa đánh giá được».`);
  }
  for (const p of ev.taskProblems) notes.push(`Nhiệm vụ ${p.task.id}${at(p.task.ref)}: chưa theo dõi được tiến độ vì ${p.error}; báo cáo không liệt kê nhiệm vụ này.`);
  for (const o of inPeriod) {
    if (o.errors.length > 0) notes.push(`Nhiệm vụ ${o.task.id} (${o.label}${o.ref ? `, ${o.ref}` : ''}): ${o.errors.join('; ')}; báo cáo ghi «${NOT_UPDATED}».`);
  }
  return notes;
}

// ---- phương hướng ----------------------------------------------------------------------------

function directionsOf(ev: PlanEvaluation, plan: Plan, following: FollowingPeriod, window: ReportWindow): string[] {
  const lines: string[] = [];
  if (following.start.year > ev.planYear) {
    lines.push(`Tổng kết, đánh giá kết quả thực hiện Kế hoạch chuyển đổi số năm ${ev.planYear}; xây dựng Kế hoạch chuyển đổi số năm ${ev.planYear + 1}.`);
  }
  // What falls due next, and what is still to come in a period not yet ended.
  const upcoming = ev.occurrences.filter((o) => o.due && o.status !== DONE && (inWindow(o.due, following) || (compareDates(o.due, window.end) > 0 && compareDates(o.due, following.start) < 0)));
  // One line per task, with all its due dates in the period ahead.
  const byTask = new Map<string, OccurrenceEvaluation[]>();
  for (const o of upcoming) byTask.set(o.task.id, [...(byTask.get(o.task.id) ?? []), o]);
  for (const [id, list] of byTask) {
    const task = list[0]!.task;
    const dues = list.map((o) => formatShortDate(o.due!)).join(', ');
    lines.push(`Nhiệm vụ ${id}: ${shortName(task.name)} (hạn ${dues}; chủ trì: ${cleanText(task.lead) || BLANK}).`);
  }
  // Still to finish: not done as of the report's day, and not completed since either.
  const late = ev.occurrences.filter((o) => o.due && compareDates(o.due, window.end) <= 0 && o.status !== DONE && !doneAfterCutOff(o));
  const lateIds = [...new Set(late.map((o) => o.task.id))];
  if (lateIds.length > 0) lines.push(`Khẩn trương hoàn thành các nhiệm vụ còn chậm: nhiệm vụ ${lateIds.join(', ')}.`);
  const unmet = ev.indicators.filter((e) => e.state === 'unmet').map((e) => e.indicator.id);
  if (unmet.length > 0) lines.push(`Tập trung giải pháp để đạt các chỉ tiêu chưa đạt: chỉ tiêu ${unmet.join(', ')}.`);
  const ongoing = new Set(ev.occurrences.filter((o) => !o.due).map((o) => o.task.id));
  if (ongoing.size > 0 && following.start.year <= ev.planYear) {
    lines.push(`Duy trì ${ongoing.size} nhiệm vụ thực hiện thường xuyên; các bộ phận cập nhật tiến độ, minh chứng trên bảng theo dõi.`);
  }
  if (lines.length === 0) lines.push(`Tiếp tục triển khai các nhiệm vụ theo Kế hoạch chuyển đổi số năm ${plan.settings.planYear}.`);
  return lines.map((l) => `- ${l}`);
}

// ---- settings-derived text ---------------------------------------------------------------------

/** The signature block from Cấu hình: «Chức vụ người ký» in capitals, line by line, and «Người ký». */
export function signerOf(settings: Settings): ReportModel['signer'] {
  return {
    titleLines: linesOf(settings.signerTitle, BLANK).map((l) => l.toUpperCase()),
    name: cleanText(settings.signerName ?? '') || BLANK,
  };
}

/** A multi-line Cấu hình cell as its non-blank lines, cleaned; [fallback] when it has none. */
export function linesOf(text: string | undefined, fallback: string): string[] {
  const lines = String(text ?? '')
    .split(/\r?\n/)
    .map((l) => cleanText(l))
    .filter(Boolean);
  return lines.length ? lines : [fallback];
}

/** NĐ 30: "- X;" per recipient, the last one "- Lưu: VT." (added when the list has none). */
export function recipientLines(recipients: readonly string[]): string[] {
  const items = (recipients ?? []).map((r) => cleanText(r).replace(/^[-–•+]\s*/, '').replace(/[.;,]+$/, '')).filter(Boolean);
  if (items.length === 0) items.push(BLANK);
  const isArchive = (r: string): boolean => /^lưu\b/i.test(r);
  if (!items.some(isArchive)) items.push('Lưu: VT');
  // Lưu goes last.
  const ordered = [...items.filter((r) => !isArchive(r)), ...items.filter(isArchive)];
  return ordered.map((r, i) => `- ${r}${i === ordered.length - 1 ? '.' : ';'}`);
}

