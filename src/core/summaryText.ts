/**
 * A short plain-text account of a plan's state, in Vietnamese: attainment by group, the
 * overdue occurrences and, when the plan has one, the QĐ 4725 self-assessment. What `npm start`
 * prints; the report builds on the same evaluation.
 */
import { formatDdMmYyyy } from './date';
import { dtiRuleSourceText, dtiRuleText, groupScoreText, mandatoryText, schoolLevelText } from './dti/assessmentText';
import type { PlanEvaluation, Summary } from './evaluation';
import { groupLabel, hasGroups } from './groupLabel';
import { isDayLabel } from './schedule';
import { formatCount, formatPercent } from './format';
import { overdueText } from './statusText';

/** 'tỷ lệ đạt trung bình 94,7%', or 'chưa có kết quả' when no indicator is assessed. */
export function meanRatioText(s: Summary): string {
  return s.meanRatio === undefined ? 'chưa có kết quả' : `tỷ lệ đạt trung bình ${formatPercent(s.meanRatio)}`;
}

function summaryLine(label: string, s: Summary): string {
  const mean = meanRatioText(s);
  const pending = s.total - s.assessed - s.longTerm;
  const longTerm = s.longTerm > 0 ? `; ${s.longTerm} chỉ tiêu dài hạn (đánh giá khi đến hạn)` : '';
  const rest = `${pending > 0 ? `; ${pending} chỉ tiêu chưa đánh giá được` : ''}${longTerm}`;
  return `${label}: đạt ${formatCount(s.met, s.total)} chỉ tiêu, ${mean}${rest}`;
}

/** " (Chỉ tiêu!A7)": the row to fix, when the plan was read from a workbook. */
function where(ref: string | undefined): string {
  return ref ? ` (${ref})` : '';
}

export function planSummaryText(schoolName: string, ev: PlanEvaluation): string {
  const lines: string[] = [];
  lines.push(`KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM ${ev.planYear} — ${schoolName}`);
  lines.push(`Tính đến ngày ${formatDdMmYyyy(ev.asOf)}`);
  lines.push('');
  // A plan without group rows: no line per group (there is none to name), only the whole plan.
  const grouped = hasGroups(ev.groups);
  lines.push(grouped ? '1. Chỉ tiêu theo nhóm' : '1. Chỉ tiêu');
  for (const g of grouped ? ev.groups : []) lines.push(`   ${summaryLine(groupLabel(g.group), g)}`);
  lines.push(`   ${summaryLine('Toàn kế hoạch', ev.overall)}`);
  const invalid = ev.indicators.filter((i) => i.state === 'invalid');
  for (const i of invalid) lines.push(`   ! Chỉ tiêu ${i.indicator.id}${where(i.indicator.ref)}: ${i.error}`);
  lines.push('');
  lines.push(`2. Nhiệm vụ quá hạn (${ev.overdue.length})`);
  if (ev.overdue.length === 0) lines.push('   Không có nhiệm vụ quá hạn.');
  for (const o of ev.overdue) {
    const due = o.due ? formatDdMmYyyy(o.due) : '';
    const when = isDayLabel(o.label) ? `hạn ${due}` : `${o.label}, hạn ${due}`;
    lines.push(`   - NV ${o.task.id} (${when}, ${overdueText(o.overdueDays)}) — ${o.task.lead}: ${o.task.name}`);
  }
  for (const p of ev.taskProblems) lines.push(`   ! Nhiệm vụ ${p.task.id}${where(p.task.ref)}: ${p.error}`);
  lines.push(...selfAssessmentLines(ev));
  return lines.join('\n');
}

/** Section 3: the self-assessment's groups, mandatory conditions, the school's level and the indicator it feeds. */
function selfAssessmentLines(ev: PlanEvaluation): string[] {
  const a = ev.selfAssessment;
  const link = ev.dtiLink;
  if (!a && !link) return [];
  const lines = ['', '3. Tự đánh giá mức độ chuyển đổi số (QĐ 4725/QĐ-BGDĐT)'];
  if (a) {
    for (const g of a.groups) lines.push(`   ${g.name}: ${groupScoreText(g)}`);
    lines.push(`   Điều kiện bắt buộc: ${mandatoryText(a)}`);
    lines.push(`   Mức của trường: ${schoolLevelText(a)}`);
    lines.push(`   Cách xác định: ${dtiRuleText(a.rule)} (${dtiRuleSourceText(a.rule)}).`);
    const problems = a.criteria.flatMap((c) => c.problems.map((p) => `${p.message}${where(c.criterion.ref)}`));
    for (const p of problems) lines.push(`   ! ${p}`);
  } else {
    lines.push('   Chưa có tab «Tự đánh giá CĐS».');
  }
  if (link?.problem) lines.push(`   ! ${link.problem}`);
  else if (link?.indicator) {
    const e = ev.indicators.find((i) => i.indicator === link.indicator);
    const took = link.link.level !== undefined;
    lines.push(`   Chỉ tiêu ${link.indicatorId}${took ? ' lấy kết quả từ mức này' : ' chưa lấy được mức (tự đánh giá chưa xong)'}${e?.attainment ? `: ${e.attainment.verdict}` : ''}.`);
    for (const w of link.link.warnings) lines.push(`   ! Chỉ tiêu ${link.indicatorId}: ${w}`);
  }
  return lines;
}
