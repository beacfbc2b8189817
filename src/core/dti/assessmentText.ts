/**
 * The self-assessment in words, one wording for the CLI summary, the dashboard and the documents:
 * a group's score and level, the mandatory conditions, the school's level and the rule behind it.
 */
import { formatNumber } from '../number';
import { cleanText, displayText } from '../text';
import { type DtiAssessment, type DtiGroupResult, dtiLevelText, UNRECONCILED } from './assessment';
import type { DtiLevelRule } from './selfAssessment';

/** How the school's level follows from the groups', as a clause: «mức thấp hơn của hai nhóm, …». */
export function dtiRuleText(rule: DtiLevelRule): string {
  switch (rule) {
    case 'lowerCapped':
      return 'mức thấp hơn của các nhóm, tối đa Mức 1 khi còn điều kiện bắt buộc chưa đạt (giả định của tiện ích, đổi được ở Cấu hình)';
    case 'lower':
      return 'mức thấp hơn của các nhóm (Cấu hình: không xét điều kiện bắt buộc)';
    case 'groupsOnly':
      return 'chỉ xếp mức từng nhóm (Cấu hình), không xếp mức chung của trường';
  }
}

/**
 * «62/100 điểm — Mức 2 (đáp ứng cơ bản)»; «68/90 điểm — Mức 2 (đáp ứng cơ bản); điểm tối đa cộng
 * được 90, chưa đối chiếu đủ với QĐ 4725»; «chưa chấm điểm» while no criterion is scored; a level
 * still partial says so («tạm tính, còn 3 tiêu chí chưa chấm»).
 */
export function groupScoreText(g: DtiGroupResult): string {
  const notes: string[] = [];
  if (g.level !== undefined && g.unscored > 0) notes.push(`tạm tính, còn ${g.unscored} tiêu chí chưa chấm`);
  if (!g.reconciled) notes.push(`điểm tối đa cộng được ${formatNumber(g.maxTotal)}, ${UNRECONCILED}`);
  const score = g.level === undefined ? 'chưa chấm điểm' : `${formatNumber(g.total)}/${formatNumber(g.maxTotal)} điểm — ${dtiLevelText(g.level)}`;
  return notes.length > 0 ? `${score}; ${notes.join('; ')}` : score;
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
