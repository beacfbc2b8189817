/**
 * The computed columns of «Tự đánh giá CĐS»: Đạt điều kiện (a mandatory condition's state), Điểm
 * nhóm and Mức (the criterion's group: on every criterion row of the group, so a filtered or sorted
 * tab still shows each row's group, and on the group's heading row when the tab has one), Nhiệm vụ
 * liên quan (the tasks naming the criterion in «Tiêu chí 4725», with their state) and Minh chứng
 * từ nhiệm vụ (the evidence of those tasks' done occurrences: offered, never written into the
 * staff's own «Minh chứng»).
 */
import { type DtiAssessment, type DtiGroupResult, dtiLevelText, UNRECONCILED } from '../core/dti/assessment';
import type { OccurrenceEvaluation, PlanEvaluation } from '../core/evaluation';
import { formatNumber } from '../core/number';
import type { Task } from '../core/plan';
import { DONE } from '../core/status';
import { taskStateText } from '../core/statusText';
import { cleanText, foldText, shorten } from '../core/text';
import { tasksByCriterion } from './selfAssessment';
import type { Cell, WorkbookRead } from './workbook';

/** Đạt điều kiện of a mandatory condition; blank for a scored criterion. */
function metText(mandatory: boolean, met: boolean | undefined): string {
  if (!mandatory) return '';
  return met === true ? 'Đạt' : met === false ? 'Chưa đạt' : 'Chưa đánh giá';
}

/** Điểm nhóm: «62/100», «40/100 (còn 3 tiêu chí chưa chấm)», «Chưa chấm (tối đa 90)». */
function groupScoreText(g: DtiGroupResult): string {
  if (g.scored === 0) return `Chưa chấm (tối đa ${formatNumber(g.maxTotal)})`;
  const score = `${formatNumber(g.total)}/${formatNumber(g.maxTotal)}`;
  return g.unscored > 0 ? `${score} (còn ${g.unscored} tiêu chí chưa chấm)` : score;
}

/**
 * Mức of a group: «Mức 2 (đáp ứng cơ bản)», «tạm tính» while some criteria are blank, and, when
 * the group's maximums do not add to 100, «tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725».
 */
function groupLevelText(g: DtiGroupResult): string {
  const level = g.level === undefined ? 'Chưa đánh giá' : `${dtiLevelText(g.level)}${g.unscored > 0 ? ', tạm tính' : ''}`;
  return g.reconciled ? level : `${level}; tổng điểm tối đa ${formatNumber(g.maxTotal)}, ${UNRECONCILED}`;
}

/** «3. Xây dựng kho học liệu số — Đang thực hiện»: a linked task and its state. */
function linkedTaskText(task: Task, occurrences: readonly OccurrenceEvaluation[], timingError: string | undefined): string {
  const state = taskStateText(occurrences, timingError);
  const name = `${task.id}. ${shorten(task.name, 60)}`;
  return state ? `${name} — ${state}` : name;
}

/** «NV 3, Quý II: https://…» for each done occurrence with evidence, once per text. */
function evidenceLines(tasks: readonly Task[], occurrencesOf: (task: Task) => readonly OccurrenceEvaluation[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const task of tasks) {
    for (const o of occurrencesOf(task)) {
      const evidence = cleanText(o.evidence);
      if (o.status !== DONE || evidence === '' || seen.has(evidence)) continue;
      seen.add(evidence);
      lines.push(`NV ${task.id}, ${o.label}: ${evidence}`);
    }
  }
  return lines;
}

/** The group of a criterion in the assessment, by its folded Nhóm (as assessSelfAssessment groups). */
function groupOf(assessment: DtiAssessment, group: string): DtiGroupResult | undefined {
  const key = foldText(group);
  return key === '' ? undefined : assessment.groups.find((g) => foldText(g.name) === key);
}

/** What the add-in writes in each row of the tab (criterion rows and group heading rows), by column key. */
export function selfAssessmentRowValues(read: WorkbookRead, evaluation: PlanEvaluation, assessment: DtiAssessment): Map<number, Map<string, Cell>> {
  const occurrences = new Map<Task, OccurrenceEvaluation[]>();
  for (const o of evaluation.occurrences) occurrences.set(o.task, [...(occurrences.get(o.task) ?? []), o]);
  const occurrencesOf = (task: Task) => occurrences.get(task) ?? [];
  const errors = new Map(evaluation.taskProblems.map((p) => [p.task, p.error]));
  const linked = tasksByCriterion(read.selfAssessmentRows.map((r) => r.record), read.plan.tasks);
  const byRow = new Map<number, Map<string, Cell>>();
  read.selfAssessmentRows.forEach(({ row, record }, i) => {
    const r = assessment.criteria[i]!;
    const g = groupOf(assessment, record.group);
    const tasks = linked[i]!;
    byRow.set(row, new Map<string, Cell>([
      ['met', metText(r.mandatory, r.met)],
      ['groupScore', g ? groupScoreText(g) : ''],
      ['level', g ? groupLevelText(g) : ''],
      ['linkedTasks', tasks.map((t) => linkedTaskText(t, occurrencesOf(t), errors.get(t))).join('\n')],
      ['taskEvidence', evidenceLines(tasks, occurrencesOf).join('\n')],
    ]));
  });
  for (const { row, group } of read.selfAssessmentGroupRows) {
    const g = groupOf(assessment, group);
    byRow.set(row, new Map<string, Cell>([
      ['met', ''],
      ['groupScore', g ? groupScoreText(g) : ''],
      ['level', g ? groupLevelText(g) : ''],
      ['linkedTasks', ''],
      ['taskEvidence', ''],
    ]));
  }
  return byRow;
}
