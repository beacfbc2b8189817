/**
 * A plan laid out as the workbook's tabs (header row 1, Phụ lục-style group rows): what Khởi tạo
 * writes for the sample and what `cds-tracker template` writes. Reading these tabs back gives the
 * same plan (readWorkbook ∘ planTabs = identity on the plan, refs aside).
 */
import type { Group, Plan } from '../core/plan';
import { QD4725_CRITERIA } from '../core/dti/qd4725';
import { parseTarget } from '../core/target';
import { owedOccurrences, progressKey } from './progressRows';
import {
  ASSIGNMENTS_TAB,
  INDICATORS_TAB,
  LOG_TAB,
  PROGRESS_TAB,
  SELF_ASSESSMENT_TAB,
  SETTING_SPECS,
  SETTINGS_TAB,
  TASKS_TAB,
  type TabSpec,
} from './schema';
import { settingCells } from './settings';
import type { Cell } from './workbook';

export function headerRow(spec: TabSpec): Cell[] {
  return spec.columns.map((c) => c.header);
}

function rowOf(spec: TabSpec, values: Readonly<Record<string, unknown>>): Cell[] {
  return spec.columns.map((c) => {
    const v = values[c.key];
    return v === undefined || v === null ? '' : (v as Cell);
  });
}

function groupRow(spec: TabSpec, group: Group): Cell[] {
  return rowOf(spec, { stt: group.numeral, name: group.name });
}

function sameGroup(a: Group | undefined, b: Group): boolean {
  return a !== undefined && a.numeral === b.numeral && a.name === b.name;
}

/** Cấu hình: each row of the setting table, with the plan's value written as the reader reads it back (see settings.ts). */
export function settingsRows(plan: Plan | undefined): Cell[][] {
  const values = settingCells(plan?.settings);
  return [headerRow(SETTINGS_TAB), ...SETTING_SPECS.map((spec) => [spec.label, values.get(spec.key) ?? '', spec.help])];
}

export function indicatorRows(plan: Plan | undefined): Cell[][] {
  const rows: Cell[][] = [headerRow(INDICATORS_TAB)];
  let group: Group | undefined;
  for (const i of plan?.indicators ?? []) {
    if (i.group.numeral && !sameGroup(group, i.group)) rows.push(groupRow(INDICATORS_TAB, i.group));
    group = i.group;
    const [q1, q2, q3, q4] = i.quarterResults;
    rows.push(rowOf(INDICATORS_TAB, { stt: Number(i.id) || i.id, name: i.name, unit: i.unit, target: i.targetText, q1, q2, q3, q4, owner: i.owner, evidence: i.evidence, note: i.note }));
  }
  return rows;
}

/**
 * Number formats for the Quý I…IV cells of indicatorRows (data rows only, in order): a fraction
 * under a percent target shows as a percentage ("92%"), as it would had staff typed it.
 */
export function quarterFormats(plan: Plan | undefined): string[][] {
  const rows: string[][] = [];
  let group: Group | undefined;
  for (const i of plan?.indicators ?? []) {
    if (i.group.numeral && !sameGroup(group, i.group)) rows.push(['General', 'General', 'General', 'General']);
    group = i.group;
    const target = parseTarget(i.targetText, { unit: i.unit, baseline: i.baseline });
    const percent = target.ok && 'unit' in target.value && target.value.unit === 'percent';
    // «6/8» typed under a per-unit target must stay text: a General cell turns it into a date.
    if (target.ok && target.value.kind === 'perUnit') rows.push(['@', '@', '@', '@']);
    else rows.push(i.quarterResults.map((v) => (percent && typeof v === 'number' && v >= 0 && v <= 1 ? '0%' : 'General')));
  }
  return rows;
}

export function taskRows(plan: Plan | undefined): Cell[][] {
  const rows: Cell[][] = [headerRow(TASKS_TAB)];
  let group: Group | undefined;
  for (const t of plan?.tasks ?? []) {
    if (t.group.numeral && !sameGroup(group, t.group)) rows.push(groupRow(TASKS_TAB, t.group));
    group = t.group;
    rows.push(rowOf(TASKS_TAB, { stt: Number(t.id) || t.id, name: t.name, product: t.product, lead: t.lead, partners: t.partners, timing: t.timing, criteria: t.criteria }));
  }
  return rows;
}

/** Every owed occurrence, with what the plan records for it. */
export function progressRows(plan: Plan | undefined): Cell[][] {
  const rows: Cell[][] = [headerRow(PROGRESS_TAB)];
  if (!plan) return rows;
  const entries = new Map(plan.progress.map((p) => [progressKey(p.taskId, p.label), p]));
  for (const o of owedOccurrences(plan)) {
    const p = entries.get(progressKey(o.taskId, o.label));
    rows.push(
      rowOf(PROGRESS_TAB, {
        taskId: Number(o.taskId) || o.taskId,
        taskName: o.taskName,
        label: o.label,
        due: o.due,
        status: p?.status ?? '',
        completedOn: p?.completedOn ?? '',
        evidence: p?.evidence ?? '',
        note: p?.note ?? '',
      }),
    );
  }
  return rows;
}

export function assignmentRows(plan: Plan | undefined): Cell[][] {
  return [headerRow(ASSIGNMENTS_TAB), ...(plan?.assignments ?? []).map((a) => rowOf(ASSIGNMENTS_TAB, { ...a }))];
}

/**
 * Tự đánh giá CĐS: the plan's self-assessment as it holds it, or (none) the default criteria of
 * QĐ 4725 to be scored. A mandatory condition is marked «x» in Bắt buộc.
 */
export function selfAssessmentRows(plan: Plan | undefined): Cell[][] {
  const rows: Cell[][] = [headerRow(SELF_ASSESSMENT_TAB)];
  if (plan?.selfAssessment) {
    for (const c of plan.selfAssessment.criteria) {
      rows.push(rowOf(SELF_ASSESSMENT_TAB, { code: c.code, name: c.name, group: c.group, maxPoints: c.maxPoints, mandatory: c.mandatory, score: c.score, evidence: c.evidence, note: c.note, owner: c.owner }));
    }
    return rows;
  }
  for (const c of QD4725_CRITERIA) {
    rows.push(rowOf(SELF_ASSESSMENT_TAB, { code: c.code, name: c.name, group: c.group, maxPoints: c.maxPoints, mandatory: c.mandatory ? 'x' : '', note: c.note }));
  }
  return rows;
}

/** The rows of each plan tab (and the log's header), by tab name. */
export function planTabs(plan: Plan | undefined): Map<string, Cell[][]> {
  return new Map<string, Cell[][]>([
    [INDICATORS_TAB.name, indicatorRows(plan)],
    [TASKS_TAB.name, taskRows(plan)],
    [PROGRESS_TAB.name, progressRows(plan)],
    [ASSIGNMENTS_TAB.name, assignmentRows(plan)],
    [SELF_ASSESSMENT_TAB.name, selfAssessmentRows(plan)],
    [SETTINGS_TAB.name, settingsRows(plan)],
    [LOG_TAB.name, [headerRow(LOG_TAB)]],
  ]);
}
