/**
 * The state of a plan on a given day: every indicator assessed against its target, every
 * occurrence of every task with its status and days overdue, and roll-ups by group. This is the
 * one model the computed columns, the dashboard, the report and the reminders are built from.
 */
import { settingsCalendar } from './calendar';
import { type CalendarDate, compareDates, isCalendarDate, parseDateText } from './date';
import type { DtiAssessment } from './dti/assessment';
import { type DtiIndicatorLink, dtiLevelResult, dtiLevelTarget, dtiLinkOf, type DtiLinkState } from './dti/link';
import { type Attainment, attainment } from './evaluate';
import { isBlank } from './grid';
import { progressKey } from './occurrences';
import { quarterEnd, QUARTERS, type Quarter } from './period';
import type { Group, Indicator, Plan, Task } from './plan';
import { fail, ok, type Result } from './result';
import { completionTimeliness, daysOverdue, DONE, parseStatus, type TaskStatus, type Timeliness } from './status';
import { planReading, type PlanReading } from './reading';
import { parseTarget, type Target, targetWarnings } from './target';
import { quote } from './text';
import { parseResultValue } from './value';

/**
 * longTerm: the target falls due after the plan year («… đến năm 2030»): shown as long-term, not
 * «Chưa đạt», and kept out of the plan year's assessed / met / mean (it counts in the total).
 */
export type IndicatorState = 'met' | 'unmet' | 'pending' | 'invalid' | 'longTerm';

export interface IndicatorEvaluation {
  readonly indicator: Indicator;
  readonly target: Result<Target>;
  /** The latest quarter with a result on the day in question. */
  readonly latest: { readonly quarter: Quarter; readonly value: unknown } | undefined;
  readonly state: IndicatorState;
  /** The attainment of the latest result (for a long-term target too: its progress so far). */
  readonly attainment: Attainment | undefined;
  /** The last year of a long-term target's horizon (state 'longTerm'). */
  readonly horizon: number | undefined;
  /** Why the indicator could not be assessed (state 'invalid'). */
  readonly error: string | undefined;
  readonly warnings: readonly string[];
  /**
   * Set on the indicator Cấu hình «Chỉ tiêu nhận mức CĐS» names (see dti/link.ts): with a level,
   * its result is that level and its target the level it asks for.
   */
  readonly dtiLink?: DtiIndicatorLink;
}

export interface OccurrenceEvaluation {
  readonly task: Task;
  readonly label: string;
  readonly due: CalendarDate | undefined;
  readonly status: TaskStatus | null;
  readonly completedOn: CalendarDate | undefined;
  readonly overdueDays: number;
  readonly timeliness: Timeliness | undefined;
  readonly evidence: string;
  readonly note: string;
  /** Problems with what staff typed for this occurrence (status or date not understood). */
  readonly errors: readonly string[];
  /** Where staff update it: the Tiến độ row if there is one, else the task's row. */
  readonly ref: string | undefined;
  /**
   * Set only in a report cut at a day before the completion (report/model.ts atCutOff): the day it
   * was completed, after the cut-off; its status and completion date are then cleared.
   */
  readonly completedAfterCutOff?: CalendarDate;
}

export interface TaskProblem {
  readonly task: Task;
  readonly error: string;
}

export interface Summary {
  readonly total: number;
  /** Indicators with a verdict this plan year (met or unmet; long-term ones are not). */
  readonly assessed: number;
  readonly met: number;
  /** Long-term indicators (due after the plan year): in the total, not assessed. */
  readonly longTerm: number;
  /** Mean over assessed indicators of each one's ratio capped at 1 (never above 100%); undefined when none is assessed. */
  readonly meanRatio: number | undefined;
}

export interface GroupSummary extends Summary {
  readonly group: Group;
}

export interface PlanEvaluation {
  readonly asOf: CalendarDate;
  readonly planYear: number;
  readonly indicators: readonly IndicatorEvaluation[];
  readonly groups: readonly GroupSummary[];
  readonly overall: Summary;
  readonly occurrences: readonly OccurrenceEvaluation[];
  /** Overdue occurrences, most overdue first. */
  readonly overdue: readonly OccurrenceEvaluation[];
  /** Tasks whose timing could not be read: they have no occurrences. */
  readonly taskProblems: readonly TaskProblem[];
  /** The run's reading of the plan's timings and targets: another evaluation of the same plan reuses it. */
  readonly reading: PlanReading;
  /** The QĐ 4725 self-assessment scored, when the plan has one. */
  readonly selfAssessment?: DtiAssessment;
  /** The indicator that takes the school's CĐS level, when Cấu hình names one. */
  readonly dtiLink?: DtiLinkState;
}

/** Quarters of the plan year whose results may be reported by `asOf` (the current quarter included). */
export function reportableQuarters(planYear: number, asOf: CalendarDate): readonly Quarter[] {
  if (asOf.year > planYear) return QUARTERS;
  if (asOf.year < planYear) return [];
  return QUARTERS.filter((q) => q === 1 || compareDates(quarterEnd(planYear, (q - 1) as Quarter), asOf) < 0);
}

function latestResult(indicator: Indicator, quarters: readonly Quarter[]): IndicatorEvaluation['latest'] {
  for (const q of [...quarters].reverse()) {
    const value = indicator.quarterResults[q - 1];
    if (!isBlank(value)) return { quarter: q, value };
  }
  return undefined;
}

/**
 * One indicator on the day `quarters` describes: its target read with the row's Đơn vị tính and
 * baseline (or as the run's reading already read it), its latest result, the verdict. A rate is
 * held against the quarter of that result; a target whose horizon is after `planYear` is long-term.
 * `dtiLink`: the indicator takes the school's CĐS level; with a level, that level is the result of
 * the latest of `quarters` and the typed results are not read (dti/link.ts).
 */
export function evaluateIndicator(
  indicator: Indicator,
  quarters: readonly Quarter[],
  planYear?: number,
  target: Result<Target> = parseTarget(indicator.targetText, { unit: indicator.unit, baseline: indicator.baseline }),
  dtiLink?: DtiIndicatorLink,
): IndicatorEvaluation {
  const linked = dtiLink?.level !== undefined;
  const goal = linked ? dtiLevelTarget(indicator, target) : target;
  const last = quarters[quarters.length - 1];
  const latest = !linked ? latestResult(indicator, quarters) : last === undefined ? undefined : { quarter: last, value: dtiLevelResult(dtiLink.level!) };
  const horizon = goal.ok && planYear !== undefined && goal.value.horizon !== undefined && goal.value.horizon > planYear ? goal.value.horizon : undefined;
  const warnings = [...(goal.ok ? targetWarnings(goal.value) : []), ...(dtiLink?.warnings ?? [])];
  const base = { indicator, target: goal, latest, horizon, warnings, ...(dtiLink ? { dtiLink } : {}) };
  const waiting: IndicatorState = horizon === undefined ? 'pending' : 'longTerm';
  if (!goal.ok) return { ...base, state: 'invalid', attainment: undefined, error: goal.error };
  if (!latest) return { ...base, state: waiting, attainment: undefined, error: undefined };
  const value = parseResultValue(latest.value, goal.value);
  if (!value.ok) return { ...base, state: 'invalid', attainment: undefined, error: value.error };
  if (value.value === null) return { ...base, state: waiting, attainment: undefined, error: undefined };
  const a = attainment(value.value, goal.value, { quarter: latest.quarter, ...(planYear === undefined ? {} : { year: planYear }) });
  const state: IndicatorState = horizon !== undefined ? 'longTerm' : a.verdict === 'Đạt' ? 'met' : 'unmet';
  return { ...base, state, attainment: a, error: undefined };
}

/**
 * The indicators of `evaluation` as they stand on another day `asOf`: the same targets (already
 * read), each latest result taken from the quarters reportable by `asOf`. The evaluation's own
 * indicators when those quarters are the same. Nothing else of an evaluation depends on its day
 * but the days overdue: an occurrence's status and completion are what staff typed.
 */
export function indicatorsAsOf(evaluation: PlanEvaluation, asOf: CalendarDate): readonly IndicatorEvaluation[] {
  const quarters = reportableQuarters(evaluation.planYear, asOf);
  if (quarters.join() === reportableQuarters(evaluation.planYear, evaluation.asOf).join()) return evaluation.indicators;
  // The linked indicator keeps its link: its level moves to the latest quarter reportable then.
  return evaluation.indicators.map((e) => evaluateIndicator(e.indicator, quarters, evaluation.planYear, e.target, e.dtiLink));
}

/** Đánh giá of a long-term indicator: «Dài hạn (đến 2030)». */
export function longTermLabel(horizon: number | undefined): string {
  return horizon === undefined ? 'Dài hạn' : `Dài hạn (đến ${horizon})`;
}

/** A ratio as it counts in a mean: capped at 1 (110% counts as 100%), never below 0. */
function cappedRatio(ratio: number): number {
  return Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : ratio > 0 ? 1 : 0;
}

export function summarize(evaluations: readonly IndicatorEvaluation[]): Summary {
  const assessed = evaluations.filter((e) => (e.state === 'met' || e.state === 'unmet') && e.attainment !== undefined);
  const ratios = assessed.map((e) => cappedRatio(e.attainment!.ratio));
  return {
    total: evaluations.length,
    assessed: assessed.length,
    met: assessed.filter((e) => e.state === 'met').length,
    longTerm: evaluations.filter((e) => e.state === 'longTerm').length,
    meanRatio: ratios.length ? Math.min(1, ratios.reduce((s, r) => s + r, 0) / ratios.length) : undefined,
  };
}

function groupSummaries(evaluations: readonly IndicatorEvaluation[]): GroupSummary[] {
  const byGroup = new Map<string, { group: Group; items: IndicatorEvaluation[] }>();
  for (const e of evaluations) {
    const key = `${e.indicator.group.numeral}\u0000${e.indicator.group.name}`;
    const entry = byGroup.get(key) ?? { group: e.indicator.group, items: [] };
    entry.items.push(e);
    byGroup.set(key, entry);
  }
  return [...byGroup.values()].map(({ group, items }) => ({ group, ...summarize(items) }));
}

/** A completion date as the plan holds it: a calendar day, a typed "15/4/2026", or blank. */
export function readCompletionDate(value: unknown): Result<CalendarDate | undefined> {
  if (isBlank(value)) return ok(undefined);
  if (isCalendarDate(value)) return ok(value);
  const parsed = typeof value === 'string' ? parseDateText(value) : undefined;
  return parsed ? ok(parsed) : fail(`không hiểu ngày hoàn thành ${quote(String(value))} (ví dụ đúng: 15/04/2026)`);
}

function evaluateOccurrences(plan: Plan, asOf: CalendarDate, reading: PlanReading): { occurrences: OccurrenceEvaluation[]; taskProblems: TaskProblem[] } {
  const progress = new Map(plan.progress.map((p) => [progressKey(p.taskId, p.label), p]));
  const occurrences: OccurrenceEvaluation[] = [];
  const calendar = settingsCalendar(plan.settings);
  const taskProblems: TaskProblem[] = [];
  for (const task of plan.tasks) {
    const slots = reading.occurrences(task, calendar);
    if (!slots.ok) {
      taskProblems.push({ task, error: slots.error });
      continue;
    }
    for (const slot of slots.value) {
      const entry = progress.get(progressKey(task.id, slot.label));
      const status = parseStatus(entry?.status ?? '');
      const completed = readCompletionDate(entry?.completedOn);
      const statusValue = status.ok ? status.value : null;
      const completedOn = completed.ok ? completed.value : undefined;
      occurrences.push({
        task,
        label: slot.label,
        due: slot.due,
        status: statusValue,
        completedOn,
        overdueDays: daysOverdue(slot.due, statusValue, asOf),
        timeliness: statusValue === DONE ? completionTimeliness(slot.due, completedOn) : undefined,
        evidence: entry?.evidence ?? '',
        note: entry?.note ?? '',
        errors: [status, completed].flatMap((r) => (r.ok ? [] : [r.error])),
        ref: entry?.ref ?? task.ref,
      });
    }
  }
  return { occurrences, taskProblems };
}

/**
 * The plan as of `asOf`. `reading`: the run's reading of the plan's cells (see ./reading), so that
 * evaluating again — another day, a re-read workbook — interprets no timing or target again.
 */
export function evaluatePlan(plan: Plan, asOf: CalendarDate, reading: PlanReading = planReading()): PlanEvaluation {
  const quarters = reportableQuarters(plan.settings.planYear, asOf);
  const selfAssessment = plan.selfAssessment ? reading.assessment(plan.selfAssessment, plan.settings.dtiLevelRule) : undefined;
  const dtiLink = dtiLinkOf(plan, selfAssessment);
  const linkOf = (i: Indicator): DtiIndicatorLink | undefined => (dtiLink && dtiLink.indicator && i.id === dtiLink.indicatorId ? dtiLink.link : undefined);
  const indicators = plan.indicators.map((i) => evaluateIndicator(i, quarters, plan.settings.planYear, reading.target(i), linkOf(i)));
  const { occurrences, taskProblems } = evaluateOccurrences(plan, asOf, reading);
  return {
    asOf,
    planYear: plan.settings.planYear,
    indicators,
    groups: groupSummaries(indicators),
    overall: summarize(indicators),
    occurrences,
    overdue: occurrences.filter((o) => o.overdueDays > 0).sort((a, b) => b.overdueDays - a.overdueDays),
    taskProblems,
    reading,
    ...(selfAssessment ? { selfAssessment } : {}),
    ...(dtiLink ? { dtiLink } : {}),
  };
}
