/**
 * The self-assessment in words, one wording for the CLI summary, the dashboard and the documents:
 * a group's score and level, the mandatory conditions, the school's level and the rule behind it.
 */
import { formatNumber } from '../number';
import { cleanText, displayText } from '../text';
import { type DtiAssessment, type DtiGroupResult, dtiLevelText, UNRECONCILED } from './assessment';
import type { DtiLevelRule } from './selfAssessment';

/**
 * How the school's level follows from the groups', as a clause: one wording for the documents, the
 * CLI summary and the dashboard («mức của nhà trường là mức thấp hơn trong hai nhóm tiêu chí; …»).
 */
export function dtiRuleText(rule: DtiLevelRule): string {
  switch (rule) {
    case 'lowerCapped':
      return 'mức của nhà trường là mức thấp hơn trong hai nhóm tiêu chí; nếu còn điều kiện bắt buộc chưa đạt thì nhà trường ở Mức 1';
    case 'lower':
      return 'mức của nhà trường là mức thấp hơn trong hai nhóm tiêu chí (không xét điều kiện bắt buộc)';
    case 'groupsOnly':
      return 'chỉ xác định mức của từng nhóm tiêu chí, không gộp thành một mức chung của nhà trường';
  }
}

/** Where the rule comes from, for the tool's own summaries (the signed documents say it their way). */
export function dtiRuleSourceText(rule: DtiLevelRule): string {
  return rule === 'lowerCapped' ? 'giả định của tiện ích, đổi được ở Cấu hình' : 'theo Cấu hình';
}

/** «64,5/100 điểm»; «63/90 điểm (tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725)». */
export function groupPointsText(g: DtiGroupResult): string {
  const unreconciled = g.reconciled ? '' : ` (tổng điểm tối đa ${formatNumber(g.maxTotal)}, ${UNRECONCILED})`;
  return `${formatNumber(g.total)}/${formatNumber(g.maxTotal)} điểm${unreconciled}`;
}

/**
 * A group's level: «Mức 2 (đáp ứng cơ bản)», «Mức 2 (đáp ứng cơ bản), tạm tính: còn 2 tiêu chí chưa
 * chấm», «Chưa xác định (chưa chấm tiêu chí nào)». `unscored`: criteria still without points (default the group's count).
 */
export function groupLevelText(g: DtiGroupResult, unscored: number = g.unscored): string {
  if (g.level === undefined) return 'Chưa xác định (chưa chấm tiêu chí nào)';
  const level = dtiLevelText(g.level);
  return unscored > 0 ? `${level}, tạm tính: còn ${unscored} tiêu chí chưa chấm` : level;
}

/**
 * A group's points and level in one phrase (CLI summary, dashboard): «62/100 điểm — Mức 2 (đáp ứng
 * cơ bản)», «63/90 điểm (tổng điểm tối đa 90, …) — Mức 2 (…), tạm tính: còn 3 tiêu chí chưa chấm»;
 * «chưa chấm điểm» while no criterion is scored.
 */
export function groupScoreText(g: DtiGroupResult): string {
  return g.level === undefined ? 'chưa chấm điểm' : `${groupPointsText(g)} — ${groupLevelText(g)}`;
}

/** «đạt 4/4», «đạt 3/4, chưa đạt: 1.2», «đạt 2/4, 2 chưa đánh giá». */
export function mandatoryText(a: DtiAssessment): string {
  const conditions = a.criteria.filter((c) => c.mandatory);
  if (conditions.length === 0) return 'không có';
  const met = conditions.filter((c) => c.met === true).length;
  const unmet = conditions.filter((c) => c.met === false).map((c) => cleanText(displayText(c.criterion.code)));
  const unassessed = conditions.filter((c) => c.met === undefined).length;
  const parts = [`đạt ${met}/${conditions.length}`];
  if (unmet.length > 0) parts.push(`chưa đạt: ${unmet.join(', ')}`);
  if (unassessed > 0) parts.push(`${unassessed} chưa đánh giá`);
  return parts.join('; ');
}

/** «Mức 2 (đáp ứng cơ bản)», «Mức 1 (chưa đáp ứng) — giới hạn vì điều kiện bắt buộc chưa đạt», «chưa xác định (…)», «không xếp». */
export function schoolLevelText(a: DtiAssessment): string {
  if (a.rule === 'groupsOnly') return 'không xếp (chỉ xếp mức từng nhóm)';
  if (a.schoolLevel === undefined) return a.groups.length === 0 ? 'chưa xác định (chưa có tiêu chí)' : 'chưa xác định (còn nhóm chưa chấm điểm)';
  const level = dtiLevelText(a.schoolLevel);
  const capped = a.cappedByMandatory ? ' — tối đa Mức 1 vì còn điều kiện bắt buộc chưa đạt' : '';
  const provisional = a.complete ? '' : ' — tạm tính, tự đánh giá chưa xong';
  return `${level}${capped}${provisional}`;
}
