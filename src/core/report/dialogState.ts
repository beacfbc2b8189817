/**
 * What the «Tạo báo cáo quý» dialog shows before a report is made: the periods of the plan year
 * (the last finished one selected), and for each what data is missing, so staff can fill it first.
 * Plain data, safe to hand to google.script.run (strings, booleans, arrays).
 */
import { type CalendarDate, compareDates } from '../date';
import { evaluatePlan, type IndicatorEvaluation, indicatorsAsOf, type PlanEvaluation, reportableQuarters } from '../evaluation';
import { isBlank } from '../grid';
import { formatShortDate, periodLabel, periodSlug, type ReportPeriod, toRoman } from '../period';
import type { Plan } from '../plan';
import type { PlanReading } from '../reading';
import { DONE } from '../status';
import { periodDataFacts, reportAsOf } from './model';
import { missingSettings } from './settingsCheck';
import { closingQuarter, defaultReportPeriod, inWindow, periodsOfYear, reportingRuleOf, reportWindowOf } from './window';

export interface PeriodChoice {
  /** 'quy-3-2026': what the dialog sends back. */
  readonly slug: string;
  /** 'Quý III năm 2026' */
  readonly label: string;
  /** Vietnamese, one line each: data missing for this period. Empty when nothing is missing. */
  readonly notes: readonly string[];
}

export interface ReportDialogState {
  readonly school: string;
  readonly periods: readonly PeriodChoice[];
  readonly selected: string;
  /** Cấu hình rows to fill (the report shows "…" meanwhile). */
  readonly settings: readonly string[];
  /** Problems found reading the workbook, located ("Chỉ tiêu!D7: …"). At most 10, then a count. */
  readonly problems: readonly string[];
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function list(ids: readonly string[], max = 12): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')}, … (${ids.length} mục)`;
}

/**
 * What data the period lacks, and what the data lacks to be read (with the place to fix): the
 * dialog and the CLI show these; the document never does. `evaluation`: the plan evaluated once,
 * as of any day — the dialog's evaluation as of the day it opens serves all its periods — or a
 * function giving it for the report's day (the CLI's report evaluation); by default the plan is
 * evaluated here as of `today`. Nothing is evaluated again: a period's notes need which result
 * cells are blank (the plan), which occurrences fall in its window and what staff typed on them
 * (the same on every day), and the indicators as of the report's day (the evaluation's targets,
 * results taken from that day's quarters).
 */
export function periodNotes(
  plan: Plan,
  period: ReportPeriod,
  today: CalendarDate,
  evaluation: PlanEvaluation | ((asOf: CalendarDate) => PlanEvaluation) = evaluatePlan(plan, today),
): string[] {
  const ev = typeof evaluation === 'function' ? evaluation(reportAsOf(reportWindowOf(period, plan.settings), today)) : evaluation;
  return notesOf(plan, period, today, ev, (asOf) => indicatorsAsOf(ev, asOf));
}

function notesOf(plan: Plan, period: ReportPeriod, today: CalendarDate, ev: PlanEvaluation, indicatorsAt: (asOf: CalendarDate) => readonly IndicatorEvaluation[]): string[] {
  const window = reportWindowOf(period, plan.settings);
  const asOf = reportAsOf(window, today);
  const notes: string[] = [];
  if (window.cutAt) {
    notes.push(`Hạn nộp báo cáo là ngày ${formatShortDate(window.cutAt)} (Cấu hình): số liệu tính đến ngày ${formatShortDate(window.cutAt)}.`);
  }
  if (compareDates(window.end, today) > 0) {
    notes.push(
      `Kỳ này chưa kết thúc (hết ngày ${formatShortDate(window.end)}): báo cáo lập ngày ${formatShortDate(today)} ghi số liệu tính đến ngày ${formatShortDate(asOf)}; nhiệm vụ chưa đến hạn không bị tính là chậm.`,
    );
  }
  if (period.year !== plan.settings.planYear) {
    notes.push(`Kỳ này không thuộc năm kế hoạch ${plan.settings.planYear}: báo cáo sẽ ghi là chưa có số liệu.`);
    return notes;
  }
  const q = closingQuarter(period);
  // The indicator that takes the school's CĐS level has its result from the self-assessment, not its quarter cells.
  const fromLevel = new Set(ev.indicators.filter((e) => e.dtiLink?.level !== undefined).map((e) => e.indicator));
  const noResult = plan.indicators.filter((i) => !fromLevel.has(i) && isBlank(i.quarterResults[q - 1])).map((i) => i.id);
  if (noResult.length > 0) {
    notes.push(`${noResult.length} chỉ tiêu chưa có kết quả quý ${toRoman(q)} (trang Chỉ tiêu, cột «Quý ${toRoman(q)}»): ${list(noResult)}.`);
  }
  const facts = periodDataFacts(ev, period, window, today, indicatorsAt(asOf));
  // Status and completion are what staff typed, the same whatever day the plan was evaluated as of.
  const due = ev.occurrences.filter((o) => o.due && inWindow(o.due, { start: window.start, end: asOf }));
  const noStatus = due.filter((o) => o.status === null && o.errors.length === 0);
  if (noStatus.length > 0) {
    notes.push(`${noStatus.length} lượt nhiệm vụ đến hạn trong kỳ chưa cập nhật trạng thái (trang Tiến độ), báo cáo ghi «Chưa cập nhật»: nhiệm vụ ${list([...new Set(noStatus.map((o) => o.task.id))])}.`);
  }
  const doneLater = due.filter((o) => o.status === DONE && o.completedOn && compareDates(o.completedOn, asOf) > 0);
  if (doneLater.length > 0) {
    notes.push(
      `${doneLater.length} lượt nhiệm vụ hoàn thành sau ngày ${formatShortDate(asOf)}, báo cáo ${periodLabel(period)} ghi «Chưa hoàn thành» (tính đến ngày ${formatShortDate(asOf)}): nhiệm vụ ${list([...new Set(doneLater.map((o) => o.task.id))])}.`,
    );
  }
  // Why the data cannot be read, located: at most 10 here, the rest in «Kiểm tra dữ liệu».
  notes.push(...facts.notes.slice(0, 10));
  if (facts.notes.length > 10) notes.push(`Và ${facts.notes.length - 10} mục khác chưa đọc được: chạy «Kiểm tra dữ liệu» để xem hết.`);
  if (!facts.hasData) notes.push('Kỳ này chưa có số liệu: báo cáo sẽ ghi rõ là chưa có số liệu thay vì in số 0.');
  return notes;
}

/**
 * The period a report defaults to on `today`: the last finished quarter when it belongs to the
 * plan year; after the plan year, the whole year; before it, quý I.
 */
export function defaultPeriodForPlan(plan: Plan, today: CalendarDate): ReportPeriod {
  const year = plan.settings.planYear;
  const suggested = defaultReportPeriod(today, reportingRuleOf(plan.settings));
  if (suggested.year === year) return suggested;
  return today.year > year ? { kind: 'year', year } : { kind: 'quarter', year, quarter: 1 };
}

/** The dialog's state on `today`. `reading`: the run's reading of the plan (the workbook read's), if any. */
export function reportDialogState(plan: Plan, problems: readonly string[], today: CalendarDate, reading?: PlanReading): ReportDialogState {
  const periods = periodsOfYear(plan.settings.planYear);
  const selected = defaultPeriodForPlan(plan, today);
  // One evaluation per open, as of today; each period takes the indicators as of its report's day
  // from it, shared by the periods whose days have the same reportable quarters.
  const evaluation = evaluatePlan(plan, today, reading);
  const byQuarters = new Map<string, readonly IndicatorEvaluation[]>();
  const indicatorsAt = (asOf: CalendarDate): readonly IndicatorEvaluation[] => {
    const key = reportableQuarters(evaluation.planYear, asOf).join();
    let indicators = byQuarters.get(key);
    if (!indicators) {
      indicators = indicatorsAsOf(evaluation, asOf);
      byQuarters.set(key, indicators);
    }
    return indicators;
  };
  return {
    school: plan.settings.schoolName,
    periods: periods.map((p) => ({ slug: periodSlug(p), label: capitalised(periodLabel(p)), notes: notesOf(plan, p, today, evaluation, indicatorsAt) })),
    selected: periodSlug(selected),
    settings: missingSettings(plan.settings).map((m) => m.message),
    problems: problems.length <= 10 ? [...problems] : [...problems.slice(0, 10), `Và ${problems.length - 10} vấn đề khác: chạy «Kiểm tra dữ liệu» để xem hết.`],
  };
}
