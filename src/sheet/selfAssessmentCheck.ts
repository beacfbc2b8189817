/**
 * What Kiểm tra dữ liệu finds about «Tự đánh giá CĐS» beyond the reading (each criterion's own
 * problems come with readWorkbook): a group whose maximums do not add to 100, a task naming a
 * criterion the tab does not have. And the assessment the computed columns show.
 */
import { assessSelfAssessment, type DtiAssessment, UNRECONCILED } from '../core/dti/assessment';
import type { PlanEvaluation } from '../core/evaluation';
import { formatNumber } from '../core/number';
import { foldText } from '../core/text';
import { criteriaCodes, unknownCodes } from './selfAssessment';
import { SELF_ASSESSMENT_TAB, SETTINGS_TAB } from './schema';
import { type Problem, problemAt, type WorkbookRead } from './workbook';

/** The assessment of the workbook's self-assessment: the evaluation's, or scored under Cấu hình's rule (undefined without the tab). */
export function selfAssessmentOf(read: Pick<WorkbookRead, 'plan'>, evaluation?: Pick<PlanEvaluation, 'selfAssessment'>): DtiAssessment | undefined {
  const sa = read.plan.selfAssessment;
  if (!sa) return undefined;
  return evaluation?.selfAssessment ?? assessSelfAssessment(sa, read.plan.settings.dtiLevelRule);
}

/**
 * Kiểm tra dữ liệu's own findings about the self-assessment: each group whose maximums do not add
 * to 100 (at the Điểm tối đa of its first scored criterion), and each code a task names in «Tiêu chí
 * 4725» that is not on the tab (or the tab missing while tasks name codes).
 */
export function selfAssessmentChecks(read: WorkbookRead, assessment: DtiAssessment | undefined, evaluation?: Pick<PlanEvaluation, 'dtiLink'>): Problem[] {
  const problems: Problem[] = [];
  // Cấu hình «Chỉ tiêu nhận mức CĐS» naming no indicator (the core words it).
  const linkProblem = evaluation?.dtiLink?.problem;
  if (linkProblem) problems.push({ tab: SETTINGS_TAB.name, message: linkProblem });
  const tab = read.tabs.selfAssessment;
  if (tab && assessment) {
    for (const g of assessment.groups) {
      if (g.reconciled) continue;
      const inGroup = read.selfAssessmentRows.filter((r) => foldText(r.record.group) === foldText(g.name));
      // At the first maximum of the group (its mandatory conditions have none).
      const first = inGroup.find((r) => !assessment.criteria[read.selfAssessmentRows.indexOf(r)]?.mandatory) ?? inGroup[0];
      const message =
        `Nhóm «${g.name}»: tổng điểm tối đa là ${formatNumber(g.maxTotal)}, ${UNRECONCILED} (mỗi nhóm 100 điểm). ` +
        `Hãy đối chiếu với văn bản hướng dẫn Sở (hoặc Phòng) GDĐT gửi: sửa cột «Điểm tối đa» hoặc thêm tiêu chí còn thiếu trên tab «${tab.name}». ` +
        'Cho tới khi đó, mức của nhóm tính trên tổng điểm hiện có, không quy đổi.';
      problems.push(first ? problemAt(tab, first.row, 'maxPoints', message) : { tab: tab.name, message });
    }
  }
  const tasksTab = read.tabs.tasks;
  if (!tasksTab) return problems;
  const criteria = read.selfAssessmentRows.map((r) => r.record);
  if (!tab) {
    const first = read.taskRows.find((r) => criteriaCodes(r.record.criteria).length > 0);
    if (first) {
      problems.push(
        problemAt(
          tasksTab,
          first.row,
          'criteria',
          `Nhiệm vụ ${first.record.id} ghi tiêu chí QĐ 4725 nhưng bảng tính chưa có tab «${SELF_ASSESSMENT_TAB.name}»: chạy «Chuyển đổi số → Khởi tạo bảng theo dõi» để tạo tab này với các tiêu chí.`,
        ),
      );
    }
    return problems;
  }
  for (const { row, record } of read.taskRows) {
    const unknown = unknownCodes(record, criteria);
    if (unknown.length === 0) continue;
    const list = unknown.map((c) => `«${c}»`).join(', ');
    problems.push(
      problemAt(tasksTab, row, 'criteria', `Nhiệm vụ ${record.id}: ${unknown.length > 1 ? 'các tiêu chí' : 'tiêu chí'} ${list} không có trong cột «Mã» của tab «${tab.name}» (ghi mã như trên tab đó, ví dụ 1.3.1; nhiều mã cách nhau bằng dấu phẩy).`),
    );
  }
  return problems;
}
