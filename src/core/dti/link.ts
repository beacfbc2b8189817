/**
 * The plan's indicator that takes the school's CĐS level as its result (Cấu hình «Chỉ tiêu nhận
 * mức CĐS», An Lão's «Nhà trường đạt mức độ CĐS mức 2 trở lên»).
 *
 * Rules (README «Tự đánh giá CĐS»):
 * - The level counts only when the self-assessment is complete (every scored criterion has a
 *   readable score, every mandatory condition is Đạt or Chưa đạt): a half-filled tab gives no
 *   result, not a provisional «Chưa đạt».
 * - It is the result of the latest quarter reportable on the evaluation day (the tab keeps no
 *   history: a report for an earlier quarter made later shows today's level).
 * - It wins over results typed in the quarter columns, which are then not used; a warning on the
 *   indicator says so. While there is no level, the typed results are used as before.
 * - The level asked for is the target when that is a level («Mức 2 trở lên»); otherwise the level
 *   the indicator's name states (An Lão writes «… mức 2 trở lên» in the name and «100%» as the
 *   target). Neither is an error on the indicator.
 */
import { isBlank } from '../grid';
import type { Indicator, Plan } from '../plan';
import { fail, ok, type Result } from '../result';
import type { Target } from '../target';
import { cleanText } from '../text';
import { type DtiAssessment, dtiLevelResult } from './assessment';
import type { DtiLevel } from './selfAssessment';

/** What the evaluation of the linked indicator needs: the level (when final) and what to say about it. */
export interface DtiIndicatorLink {
  /** The school's level when the self-assessment is complete; undefined otherwise (typed results are used). */
  readonly level: DtiLevel | undefined;
  /** Warnings shown with the indicator's (data check, report notes). */
  readonly warnings: readonly string[];
}

/** The link as a whole, on the plan's evaluation. */
export interface DtiLinkState {
  /** Cấu hình «Chỉ tiêu nhận mức CĐS» as read. */
  readonly indicatorId: string;
  /** The indicator it names; undefined when no indicator has that STT. */
  readonly indicator: Indicator | undefined;
  readonly link: DtiIndicatorLink;
  /** Why the link does nothing (an STT no indicator has); shown at the Cấu hình row. */
  readonly problem: string | undefined;
}

const TAB = '«Tự đánh giá CĐS»';
const SETTING = '«Chỉ tiêu nhận mức CĐS»';

/** The plan's link, or undefined when Cấu hình names no indicator. */
export function dtiLinkOf(plan: Plan, assessment: DtiAssessment | undefined): DtiLinkState | undefined {
  const indicatorId = cleanText(plan.settings.dtiIndicator ?? '');
  if (indicatorId === '') return undefined;
  const indicator = plan.indicators.find((i) => i.id === indicatorId);
  const link = indicatorLink(indicator, assessment);
  const problem = indicator
    ? undefined
    : `Cấu hình ${SETTING} ghi '${indicatorId}' nhưng tab «Chỉ tiêu» không có chỉ tiêu nào có STT ${indicatorId}: ghi đúng STT của chỉ tiêu về mức CĐS, hoặc để trống.`;
  return { indicatorId, indicator, link, problem };
}

function indicatorLink(indicator: Indicator | undefined, assessment: DtiAssessment | undefined): DtiIndicatorLink {
  const typed = indicator !== undefined && indicator.quarterResults.some((v) => !isBlank(v));
  if (!assessment) return { level: undefined, warnings: [`Cấu hình ${SETTING} nối chỉ tiêu này với mức CĐS nhưng bảng tính chưa có tab ${TAB}.`] };
  if (assessment.rule === 'groupsOnly') {
    return { level: undefined, warnings: [`Cấu hình chọn chỉ xếp mức từng nhóm nên trường không có mức CĐS chung để ghi vào chỉ tiêu này (xem «Cách xác định mức CĐS của trường»).`] };
  }
  if (assessment.schoolLevel === undefined || !assessment.complete) {
    return { level: undefined, warnings: typed ? [`tự đánh giá CĐS chưa xong (${unfinished(assessment)}): tạm dùng kết quả nhập ở cột quý.`] : [] };
  }
  const level = assessment.schoolLevel;
  const warnings = typed ? [`kết quả lấy từ mức CĐS tự đánh giá (${dtiLevelResult(level)}, tab ${TAB}); số liệu nhập ở các cột quý không được dùng.`] : [];
  return { level, warnings };
}

/** «còn 3 tiêu chí chưa chấm điểm, 1 điều kiện bắt buộc chưa đánh giá». */
function unfinished(a: DtiAssessment): string {
  const unscored = a.groups.reduce((s, g) => s + g.unscored, 0);
  const unassessed = a.groups.reduce((s, g) => s + g.mandatoryUnassessed, 0);
  const parts = [
    ...(unscored > 0 ? [`${unscored} tiêu chí chưa chấm điểm`] : []),
    ...(unassessed > 0 ? [`${unassessed} điều kiện bắt buộc chưa đánh giá`] : []),
  ];
  if (a.groups.length === 0) return 'tab chưa có tiêu chí';
  return parts.length > 0 ? `còn ${parts.join(', ')}` : 'còn nhóm chưa có điểm';
}

/** «mức 2», «Mức 3», «muc 2»: where a level is named in a text. */
const LEVEL_WORD = /m(?:ứ|u)c\s+(\d+)/giu;

/**
 * The target the linked indicator's level is held against: its own when that is a level
 * («Mức 2 trở lên»); else the level its name states, as a level to reach: the last «mức N» of
 * the name, N from 1 to 3 («… mức 2 trở lên», «… đạt mức 3» → Mức N trở lên). An error when
 * neither says. (Read here, not by parseTarget: the run's reading counts one parse per target cell.)
 */
export function dtiLevelTarget(indicator: Indicator, target: Result<Target>): Result<Target> {
  if (target.ok && 'unit' in target.value && target.value.unit === 'level') return target;
  const matches = [...cleanText(indicator.name).normalize('NFC').matchAll(LEVEL_WORD)];
  const value = Number(matches[matches.length - 1]?.[1]);
  if (!(value >= 1 && value <= 3)) {
    return fail(`chỉ tiêu nhận mức CĐS (Cấu hình ${SETTING}) nhưng không ghi mức cần đạt: ghi ở cột chỉ tiêu, ví dụ «Mức 2 trở lên»`);
  }
  return ok({ kind: 'atLeast', value, unit: 'level', strict: false });
}

export { dtiLevelResult };
