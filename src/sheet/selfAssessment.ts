/**
 * The Tự đánh giá CĐS tab's links to the plan: which tasks name which QĐ 4725 criteria (Nhiệm vụ's
 * «Tiêu chí 4725» column), compared by code. Pure.
 */
import type { CalendarDate } from '../core/date';
import type { DtiCriterion } from '../core/dti/selfAssessment';
import { evaluatePlan } from '../core/evaluation';
import type { Plan, Task } from '../core/plan';
import type { PlanReading } from '../core/reading';
import { buildSelfAssessment, type SelfAssessmentModel } from '../core/report/selfAssessment';
import { cleanText } from '../core/text';
import { problemPlace } from './problemPlace';
import type { Problem } from './workbook';

/**
 * The codes a «Tiêu chí 4725» cell names, as typed and in order, once each: split on «,», «;»,
 * line breaks and spaces; a closing dot or bracket dropped («1.4.» → «1.4»); words without a
 * digit are not codes («TC 2.3.3», «1.4 và 2.3»). «1.3.1, 1.4; 2.3» → ["1.3.1", "1.4", "2.3"].
 */
export function criteriaCodes(text: string | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const part of cleanText(text ?? '').split(/[,;\s]+/)) {
    const code = criterionCode(part);
    if (!/\d/.test(code) || seen.has(codeKey(code))) continue;
    seen.add(codeKey(code));
    out.push(code);
  }
  return out;
}

/** A Mã as read: cleaned, without a closing dot or bracket («1.4.» → «1.4», «a)» → «a»). */
export function criterionCode(text: string): string {
  return cleanText(text).replace(/[.)]+$/, '');
}

/** How two codes compare: case and a «TC» / «Tiêu chí» prefix aside («TC 1.4» = «1.4»). */
export function codeKey(code: string): string {
  return criterionCode(code)
    .toLowerCase()
    .replace(/^(?:tc|tiêu chí|tieu chi)\s*/u, '')
    .replace(/\s+/g, '');
}

/**
 * Whether a task naming `named` serves the criterion `code`: the same code, or a code above it
 * (a task naming «1.3» serves 1.3.1 … 1.3.5).
 */
export function codeCovers(named: string, code: string): boolean {
  const a = codeKey(named);
  const b = codeKey(code);
  return a !== '' && (a === b || b.startsWith(`${a}.`));
}

/** The tasks naming each criterion (by index in `criteria`), in the tasks' order. */
export function tasksByCriterion(criteria: readonly DtiCriterion[], tasks: readonly Task[]): Task[][] {
  const named = tasks.map((task) => ({ task, codes: criteriaCodes(task.criteria) }));
  return criteria.map((c) => (c.code === '' ? [] : named.filter(({ codes }) => codes.some((n) => codeCovers(n, c.code))).map(({ task }) => task)));
}

/** The codes a task names that no criterion has (itself or below it): a data-check problem. */
export function unknownCodes(task: Task, criteria: readonly DtiCriterion[]): string[] {
  return criteriaCodes(task.criteria).filter((n) => !criteria.some((c) => codeCovers(n, c.code)));
}

/** The self-assessment documents' model on `day` (undefined without a Tự đánh giá CĐS tab): for the add-in and the CLI alike. */
export function selfAssessmentModelOf(plan: Plan, day: CalendarDate, reading?: PlanReading): SelfAssessmentModel | undefined {
  return buildSelfAssessment(plan, evaluatePlan(plan, day, reading), day, tasksByCriterion(plan.selfAssessment?.criteria ?? [], plan.tasks));
}

/** The reading problems of the tab named `found` («Tự đánh giá CĐS!D7: …»), as a refusal lists them. */
export function selfAssessmentProblemLines(problems: readonly Problem[], found: string | undefined): string[] {
  return found === undefined ? [] : problems.filter((p) => p.tab === found).map((p) => `${problemPlace(p)}: ${p.message}`);
}
