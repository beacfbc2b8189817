/**
 * Kiểm tra dữ liệu: every problem in what staff typed, each located at its cell. Fixes nothing.
 */
import { type CalendarDate, compareDates, formatDdMmYyyy } from '../core/date';
import { isValidEmail, normalizeEmail } from '../core/email';
import { evaluatePlan, readCompletionDate } from '../core/evaluation';
import { isBlank } from '../core/grid';
import { toRoman } from '../core/period';
import { leadUnits, recipientDirectory } from '../core/reminders/recipients';
import { DONE, parseStatus } from '../core/status';
import { foldText } from '../core/text';
import { parseResultValue } from '../core/value';
import { problemPlace } from './problemPlace';
import { progressFlags } from './progressRows';
import { selfAssessmentChecks, selfAssessmentOf } from './selfAssessmentCheck';
import { ASSIGNMENTS_TAB, PROGRESS_TAB, SETTINGS_TAB, TASKS_TAB } from './schema';
import { type Problem, problemAt, type WorkbookRead } from './workbook';

export function checkData(read: WorkbookRead, asOf: CalendarDate): Problem[] {
  const problems: Problem[] = [...read.problems];
  const { indicators, tasks, progress, assignments } = read.tabs;
  const evaluation = evaluatePlan(read.plan, asOf, read.reading);
  // Cấu hình «Chỉ tiêu nhận mức CĐS» naming an STT no indicator has (the message names the row).
  if (evaluation.dtiLink?.problem) problems.push({ tab: read.tabs.settings?.name ?? SETTINGS_TAB.name, message: evaluation.dtiLink.problem });

  if (indicators) {
    read.indicatorRows.forEach(({ row, record }, i) => {
      const e = evaluation.indicators[i]!;
      if (!e.target.ok) {
        problems.push(problemAt(indicators, row, 'target', record.targetText === '' ? `Chỉ tiêu ${record.id} chưa có chỉ tiêu năm.` : `Chỉ tiêu ${record.id}: ${e.target.error}.`));
        return;
      }
      for (const w of e.warnings) problems.push(problemAt(indicators, row, 'target', `Chỉ tiêu ${record.id}: ${w}`));
      const target = e.target.value;
      // The indicator that takes the school's CĐS level does not use its quarter cells (a warning above says so).
      if (e.dtiLink?.level !== undefined) return;
      record.quarterResults.forEach((value, q) => {
        if (isBlank(value)) return;
        const parsed = parseResultValue(value, target);
        if (!parsed.ok) problems.push(problemAt(indicators, row, `q${q + 1}`, `Chỉ tiêu ${record.id}, Quý ${toRoman(q + 1)}: ${parsed.error}.`));
      });
    });
  }

  const directory = recipientDirectory(read.plan.assignments);
  if (tasks) {
    const timingErrors = new Map(evaluation.taskProblems.map((p) => [p.task, p.error]));
    for (const { row, record } of read.taskRows) {
      const error = timingErrors.get(record);
      if (error) problems.push(problemAt(tasks, row, 'timing', `Nhiệm vụ ${record.id}: ${error}.`));
      if (leadUnits(record.lead).length === 0) problems.push(problemAt(tasks, row, 'lead', `Nhiệm vụ ${record.id} chưa có đơn vị chủ trì.`));
      if (!assignments) continue;
      // The same matching the reminders use: a unit the check accepts is one that gets e-mail.
      for (const unit of directory.recipientsOf(record.lead).unmatched) {
        problems.push(problemAt(tasks, row, 'lead', `Nhiệm vụ ${record.id}: đơn vị chủ trì «${unit}» không có ai với e-mail hợp lệ trong tab Phân công (thêm đơn vị này cùng người nhận nhắc việc và e-mail).`));
      }
    }
  }

  if (assignments) {
    for (const { row, record } of read.assignmentRows) {
      if (record.unit === '') problems.push(problemAt(assignments, row, 'unit', `Dòng ${row} của Phân công thiếu đơn vị / bộ phận.`));
      if (record.email === '') problems.push(problemAt(assignments, row, 'email', `${record.name || record.unit || `Dòng ${row}`}: chưa có e-mail nên sẽ không nhận được nhắc việc.`));
      else if (!isValidEmail(normalizeEmail(record.email))) problems.push(problemAt(assignments, row, 'email', `E-mail không hợp lệ: '${record.email}' (ví dụ đúng: ten@truong.edu.vn).`));
    }
  }

  if (progress) {
    const flags = progressFlags(read);
    for (const { row, record } of read.progressRows) {
      const flag = flags.get(row);
      if (flag) problems.push(problemAt(progress, row, 'label', `Mã NV ${record.taskId}, kỳ «${record.label}»: ${flag}`));
      const status = parseStatus(record.status);
      if (!status.ok) {
        problems.push(problemAt(progress, row, 'status', `Mã NV ${record.taskId}, kỳ «${record.label}»: ${status.error}.`));
      }
      const completed = readCompletionDate(record.completedOn);
      if (!completed.ok) problems.push(problemAt(progress, row, 'completedOn', `Mã NV ${record.taskId}, kỳ «${record.label}»: ${completed.error}.`));
      else if (completed.value && compareDates(completed.value, asOf) > 0) {
        problems.push(problemAt(progress, row, 'completedOn', `Mã NV ${record.taskId}, kỳ «${record.label}»: ngày hoàn thành ${formatDdMmYyyy(completed.value)} ở tương lai (hôm nay ${formatDdMmYyyy(asOf)}).`));
      }
      if (status.ok && status.value === DONE) {
        if (completed.ok && !completed.value) problems.push(problemAt(progress, row, 'completedOn', `Mã NV ${record.taskId}, kỳ «${record.label}»: đã «Hoàn thành» nhưng chưa có ngày hoàn thành.`));
        if (record.evidence === '') problems.push(problemAt(progress, row, 'evidence', `Mã NV ${record.taskId}, kỳ «${record.label}»: đã «Hoàn thành» nhưng chưa có link minh chứng.`));
      }
    }
  }
  problems.push(...selfAssessmentChecks(read, selfAssessmentOf(read, evaluation), evaluation));
  return problems;
}

/**
 * A reading problem as the reminders carry it ("Tiến độ!C7: …", "Cấu hình dòng 4: …"). The text is
 * part of the problem's sent-log key, so the add-in and the command line must write it alike.
 */
export function reminderProblemText(p: Problem): string {
  const at = p.a1 ? `!${p.a1}` : p.row ? ` dòng ${p.row}` : '';
  return `${p.tab}${at}: ${p.message}`;
}

/** Tabs whose reading problems matter to reminders (the others go to the data check only). */
const REMINDER_TABS = new Set([TASKS_TAB, PROGRESS_TAB, ASSIGNMENTS_TAB, SETTINGS_TAB].map((spec) => foldText(spec.name)));

/**
 * The reading problems the head of the board is told about with the reminders, as text. Tab names
 * are compared folded ("Tien do" is Tiến độ), the same way online and offline, because the text
 * is part of the sent-log key.
 */
export function reminderProblems(problems: readonly Problem[]): string[] {
  return problems.filter((p) => REMINDER_TABS.has(foldText(p.tab))).map(reminderProblemText);
}

/** The check as lines of text (CLI and alerts). */
export function checkText(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'Không phát hiện vấn đề nào trong dữ liệu.';
  return [`Có ${problems.length} vấn đề cần sửa:`, ...problems.map((p, i) => `${i + 1}. ${problemPlace(p)}: ${p.message}`)].join('\n');
}
