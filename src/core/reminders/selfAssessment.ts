/**
 * The yearly self-assessment under QĐ 4725 (tab «Tự đánh giá CĐS»), reminded like a task
 * occurrence: one occurrence (Mã NV = DTI_TASK_ID, Kỳ = «Năm <plan year>») due on Cấu hình
 * «Hạn tự đánh giá CĐS» (default 31/5) of the plan year, open while a criterion is not scored or
 * a mandatory condition not assessed. Its recipients are the Phụ trách units of the criteria
 * still open (resolved through Phân công like a task's lead units), the head of the board standing
 * in for criteria nobody answers for and hearing of it once more than 14 days late, as for a task.
 * Pure: planReminders (digest.ts) makes its entries in the same digests as the tasks'.
 */
import { type CalendarDate, isValidCalendarDate } from '../date';
import type { DtiAssessment, DtiCriterionResult } from '../dti/assessment';
import type { Settings } from '../plan';
import { cleanText } from '../text';

/** Mã NV of the self-assessment's sent-log rows: a pseudo-task no plan numbers a task by. */
export const DTI_TASK_ID = 'Tự đánh giá CĐS';
/** What the mails call it. */
export const DTI_TITLE = 'Tự đánh giá mức độ chuyển đổi số (QĐ 4725/QĐ-BGDĐT)';

/** A criterion still to be scored (or a mandatory condition still to be assessed), as the mail lists it. */
export interface OpenCriterion {
  readonly code: string;
  readonly name: string;
  /** Phụ trách as written ('' when blank). */
  readonly owner: string;
  readonly ref?: string;
}

/** The self-assessment as a reminder item: its one occurrence and what is left to do. */
export interface SelfAssessmentItem {
  /** Kỳ of the occurrence: «Năm 2026» (moving the deadline keeps it, so no stage is sent twice). */
  readonly label: string;
  readonly due: CalendarDate;
  /** Criteria still open, in the tab's order. */
  readonly open: readonly OpenCriterion[];
  /** Criteria done (scored, or assessed for a mandatory condition) and all that count. */
  readonly done: number;
  readonly total: number;
}

/** A criterion the self-assessment needs: a scored criterion (a readable Điểm tối đa) or a mandatory condition. */
function counts(r: DtiCriterionResult): boolean {
  return r.mandatory || r.maxPoints !== undefined;
}

/** Done: a mandatory condition assessed (Đạt / Chưa đạt), a scored criterion with a readable score. */
function isDone(r: DtiCriterionResult): boolean {
  return r.mandatory ? r.met !== undefined : r.points !== undefined;
}

/** The deadline in the plan year; undefined when Cấu hình holds no valid day (31/2). */
export function selfAssessmentDue(settings: Pick<Settings, 'planYear' | 'dtiDeadline'>): CalendarDate | undefined {
  const deadline = settings.dtiDeadline;
  if (!deadline || !isValidCalendarDate(settings.planYear, deadline.month, deadline.day)) return undefined;
  return { year: settings.planYear, month: deadline.month, day: deadline.day };
}

/**
 * The self-assessment still to be done, or undefined: the plan has no criteria tab (or no
 * criterion that counts), every criterion is done, or there is no valid deadline.
 */
export function selfAssessmentItem(settings: Pick<Settings, 'planYear' | 'dtiDeadline'>, assessment: DtiAssessment | undefined): SelfAssessmentItem | undefined {
  if (!assessment) return undefined;
  const due = selfAssessmentDue(settings);
  const counted = assessment.criteria.filter(counts);
  const open = counted.filter((r) => !isDone(r));
  if (!due || open.length === 0) return undefined;
  return {
    label: `Năm ${settings.planYear}`,
    due,
    open: open.map(({ criterion: c }) => ({ code: cleanText(c.code), name: cleanText(c.name), owner: cleanText(c.owner), ...(c.ref ? { ref: c.ref } : {}) })),
    done: counted.length - open.length,
    total: counted.length,
  };
}
