/**
 * The self-assessment documents under QĐ 4725/QĐ-BGDĐT as data: every figure and sentence of the
 * «Phiếu tự đánh giá mức độ chuyển đổi số» and of the «Báo cáo tự đánh giá mức độ chuyển đổi số
 * năm …», in Vietnamese, from the plan's evaluation (its `selfAssessment`, scored by
 * core/dti/assessment.ts) and the tasks that name criteria. No layout here (see
 * ./selfAssessmentDocument.ts); no service calls.
 *
 * What the data does not say is never claimed: a criterion without a score is «Chưa chấm» (not
 * 0), a level computed while criteria are unscored is «tạm tính», a group whose maximum is not 100
 * says so, and the analysis sections only name criteria and tasks (no invented prose).
 */
import { assessSelfAssessment, type DtiAssessment, type DtiCriterionResult, type DtiGroupResult, dtiLevelText, UNRECONCILED } from '../dti/assessment';
import { dtiRuleText, groupLevelText, groupPointsText } from '../dti/assessmentText';
import type { DtiCriterion, DtiLevelRule } from '../dti/selfAssessment';
import type { CalendarDate } from '../date';
import type { OccurrenceEvaluation, PlanEvaluation } from '../evaluation';
import { formatNumber } from '../number';
import type { Plan, Task } from '../plan';
import { DONE } from '../status';
import { taskStateText } from '../statusText';
import { cleanText, foldText } from '../text';
import { BLANK, type CellText, headerOf, linesOf, recipientLines, type ReportModel, shortName, signerOf } from './model';
import { missingSettings, type MissingSetting } from './settingsCheck';

/** The decision the documents follow, as their subtitle and opening cite it. */
export const QD4725_CITATION = 'Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ Giáo dục và Đào tạo';

/** A criterion's score cell when nothing is typed: not scored yet (never shown as 0). */
export const UNSCORED = 'Chưa chấm';
/** A score typed but not readable (the data check names the cell). */
export const UNREADABLE = 'Chưa đọc được';
export const MET = 'Đạt';
export const UNMET = 'Chưa đạt';
/** A mandatory condition with nothing typed. */
export const UNASSESSED = 'Chưa đánh giá';
/** The «Điểm tối đa» cell of a mandatory condition. */
export const MANDATORY_LABEL = 'Điều kiện bắt buộc';

export const SHEET_COLUMNS = ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Tự đánh giá', 'Minh chứng'] as const;
export const GROUP_COLUMNS = ['Nhóm tiêu chí', 'Điểm tự đánh giá', 'Điểm tối đa', 'Tiêu chí đã chấm', 'Mức độ'] as const;

/** A task of Nhiệm vụ that names the criterion in «Tiêu chí 4725», with its state as of the evaluation's day. */
export interface LinkedTask {
  readonly id: string;
  readonly name: string;
  /** «Hoàn thành», «Đang thực hiện (1/2 kỳ xong)», «Quá hạn 12 ngày (Quý II)»… (statusText.ts). */
  readonly state: string;
  readonly done: boolean;
}

/** Where a criterion stands, for the analysis: at its maximum, above 0, at 0, not scored… */
export type CriterionStanding = 'full' | 'partial' | 'zero' | 'unscored' | 'unreadable' | 'met' | 'unmet' | 'unassessed';

export interface SheetRow {
  readonly code: string;
  readonly name: string;
  readonly mandatory: boolean;
  /** «6», or «Điều kiện bắt buộc». */
  readonly maxText: string;
  /** «4,5», «Chưa chấm», «Chưa đọc được», «Đạt», «Chưa đạt», «Chưa đánh giá». */
  readonly scoreText: string;
  readonly standing: CriterionStanding;
  /** The Minh chứng cell: the first link as «Xem minh chứng», or the text as typed. */
  readonly evidence: CellText;
  /** Every link of the Minh chứng cell, in order (the phiếu's Danh mục minh chứng lists them all). */
  readonly links: readonly string[];
  /** The Minh chứng cell's text without its links (a document's number, a description). */
  readonly evidenceText: string;
  readonly note: string;
  readonly tasks: readonly LinkedTask[];
  readonly result: DtiCriterionResult;
}

export interface SheetGroup {
  /** 1, 2… in the tab's order. */
  readonly index: number;
  /** «Nhóm 1. Chuyển đổi số trong dạy, học» */
  readonly title: string;
  readonly rows: readonly SheetRow[];
  /** «Cộng nhóm 1: 63/100 điểm» (…, «/90 điểm (tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725)», «; còn 3 tiêu chí chưa chấm»). */
  readonly subtotal: string;
  /** «Mức 2 (đáp ứng cơ bản)», «Mức 2 (đáp ứng cơ bản), tạm tính: còn 3 tiêu chí chưa chấm», «Chưa xác định (chưa chấm tiêu chí nào)». */
  readonly levelText: string;
  /** «Kết luận mức độ đáp ứng nhóm 1: Mức 2 (đáp ứng cơ bản)». */
  readonly conclusion: string;
  readonly result: DtiGroupResult;
}

export interface SelfAssessmentModel {
  /** The year the self-assessment is for: the plan year. */
  readonly year: number;
  /** Tên đơn vị from Cấu hình, cleaned; '' when blank (the documents then show «Trường …»). */
  readonly schoolName: string;
  readonly header: ReportModel['header'];
  readonly recipients: readonly string[];
  readonly signer: ReportModel['signer'];
  readonly missing: readonly MissingSetting[];
  readonly assessment: DtiAssessment;
  readonly groups: readonly SheetGroup[];
  /** «- 1.1. Có ban hành kế hoạch …: Đạt;» one per mandatory condition. */
  readonly mandatoryLines: readonly string[];
  /** «Mức độ chuyển đổi số của nhà trường: Mức 2 (đáp ứng cơ bản).» */
  readonly schoolLevelLine: string;
  /**
   * The rule, stated as the add-in's own assumption. Not where Cấu hình switches it: the line is
   * printed in a document the school signs and sends (the README and the row's help say where).
   */
  readonly ruleLine: string;
  readonly report: {
    readonly subject: string;
    readonly opening: string;
    readonly situation: readonly string[];
    /** II.1: one sentence per group, then the school level. */
    readonly groupLines: readonly string[];
    /** II.3: the plan's tasks linked to criteria. */
    readonly taskLines: readonly string[];
    readonly strengths: readonly string[];
    readonly gaps: readonly string[];
    readonly improvements: readonly string[];
    readonly proposals: readonly string[];
  };
  /**
   * What the data lacks to be read, with the place to fix (scores not understood, the tab
   * missing criteria): for the dialog and the CLI output, never printed in the document.
   */
  readonly notes: readonly string[];
}

// ---- rule --------------------------------------------------------------------------------------

/** The Cấu hình row that switches how the school's level follows from the groups' levels. */
export const RULE_SETTING_ROW = 'Cách xác định mức CĐS của trường';

function ruleLineOf(rule: DtiLevelRule): string {
  return (
    `Cách xác định: ${dtiRuleText(rule)}. QĐ 4725 quy định mức theo từng nhóm tiêu chí (dưới 50 điểm: Mức 1; từ 50 đến 75 điểm: Mức 2; trên 75 điểm: Mức 3), ` +
    'không quy định cách gộp hai nhóm thành một mức của nhà trường; cách trên là giả định của công cụ theo dõi kế hoạch chuyển đổi số, không phải quy định của QĐ 4725.'
  );
}

// ---- cells -------------------------------------------------------------------------------------

const URL = /https?:\/\/[^\s,;<>«»"]+/gi;

/** The links of a Minh chứng cell, and what is left of its text. */
export function evidenceParts(evidence: string): { links: string[]; text: string } {
  const clean = cleanText(evidence ?? '');
  const links = [...clean.matchAll(URL)].map((m) => m[0].replace(/[.)]+$/, ''));
  const text = clean
    .replace(URL, ' ')
    .replace(/\s*[;,]\s*(?=[;,]|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[;,:\-–]\s*/, '');
  return { links, text };
}

function evidenceCellOf(links: readonly string[], text: string): CellText {
  if (links.length === 0) return { text };
  const more = links.length > 1 ? ` (và ${links.length - 1} liên kết khác)` : '';
  return { text: `${text ? `${text}. ` : ''}Xem minh chứng${more}`, link: links[0]! };
}

function pointsText(n: number): string {
  return formatNumber(n);
}

function standingOf(r: DtiCriterionResult): CriterionStanding {
  if (r.mandatory) return r.met === true ? 'met' : r.met === false ? 'unmet' : 'unassessed';
  if (r.points === undefined) return isBlank(r.criterion.score) ? 'unscored' : 'unreadable';
  if (r.points <= 0) return 'zero';
  return r.maxPoints !== undefined && r.points >= r.maxPoints ? 'full' : 'partial';
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && cleanText(value) === '');
}

function scoreTextOf(r: DtiCriterionResult, standing: CriterionStanding): string {
  switch (standing) {
    case 'met':
      return MET;
    case 'unmet':
      return UNMET;
    case 'unassessed':
      return isBlank(r.criterion.score) ? UNASSESSED : UNREADABLE;
    case 'unscored':
      return UNSCORED;
    case 'unreadable':
      return UNREADABLE;
    default:
      return pointsText(r.points!);
  }
}

// ---- linked tasks ------------------------------------------------------------------------------

/**
 * The tasks naming each criterion (the sheet layer reads «Tiêu chí 4725»: tasksByCriterion in
 * src/sheet/selfAssessment.ts), each with its state from the evaluation's occurrences.
 */
function linkedTasks(
  criteria: readonly DtiCriterion[],
  tasksByCriterion: readonly (readonly Task[])[],
  occurrences: readonly OccurrenceEvaluation[],
  timingErrors: ReadonlyMap<string, string>,
): Map<DtiCriterion, LinkedTask[]> {
  const byTask = new Map<Task, OccurrenceEvaluation[]>();
  for (const o of occurrences) {
    const list = byTask.get(o.task);
    if (list) list.push(o);
    else byTask.set(o.task, [o]);
  }
  const made = new Map<Task, LinkedTask>();
  const linked = (task: Task): LinkedTask => {
    let got = made.get(task);
    if (!got) {
      const list = byTask.get(task) ?? [];
      const state = taskStateText(list, timingErrors.get(task.id));
      got = { id: task.id, name: shortName(task.name), state: state || 'Chưa có kỳ thực hiện', done: list.length > 0 && list.every((o) => o.status === DONE) };
      made.set(task, got);
    }
    return got;
  };
  return new Map(criteria.map((c, i) => [c, (tasksByCriterion[i] ?? []).map(linked)]));
}

// ---- groups ------------------------------------------------------------------------------------

/** «Nhóm 1. Chuyển đổi số trong dạy, học»; a group written only as a number stays «Nhóm 1». */
function groupTitle(index: number, name: string): string {
  const clean = cleanText(name).replace(/[.;:,]+$/, '');
  if (clean === '' || /^(nhom\s*)?([0-9]+|[ivx]+)$/.test(foldText(clean))) return `Nhóm ${index}`;
  const withoutPrefix = clean.replace(/^nhóm\s*([0-9]+|[IVX]+)\s*[.:\-–]\s*/i, '');
  return `Nhóm ${index}. ${withoutPrefix}`;
}

function unscoredCount(rows: readonly SheetRow[]): number {
  return rows.filter((r) => r.standing === 'unscored' || r.standing === 'unreadable').length;
}

function subtotalOf(index: number, g: DtiGroupResult, unscored: number): string {
  return `Cộng nhóm ${index}: ${groupPointsText(g)}${unscored > 0 ? `; còn ${unscored} tiêu chí chưa chấm` : ''}`;
}

// ---- the model ---------------------------------------------------------------------------------

/**
 * The documents' data for `plan`, as of `evaluation` (evaluatePlan with the plan's
 * selfAssessment), dated `issuedOn`. `tasksByCriterion`: the tasks naming each criterion of
 * plan.selfAssessment, index for index (src/sheet/selfAssessment.ts tasksByCriterion); none when
 * absent. Undefined when the plan has no self-assessment tab: the callers refuse with their own
 * message.
 */
export function buildSelfAssessment(
  plan: Plan,
  evaluation: PlanEvaluation & { readonly selfAssessment?: DtiAssessment },
  issuedOn: CalendarDate,
  tasksByCriterion: readonly (readonly Task[])[] = [],
): SelfAssessmentModel | undefined {
  if (!plan.selfAssessment) return undefined;
  // The evaluation's own scoring when it has one (the dashboard's), else the same scoring here.
  const assessment = evaluation.selfAssessment ?? assessSelfAssessment(plan.selfAssessment, plan.settings.dtiLevelRule);
  const settings = plan.settings;
  const year = settings.planYear;
  const timingErrors = new Map(evaluation.taskProblems.map((p) => [p.task.id, p.error]));
  const links = linkedTasks(plan.selfAssessment?.criteria ?? [], tasksByCriterion, evaluation.occurrences, timingErrors);

  const rowsOf = (r: DtiCriterionResult): SheetRow => {
    const standing = standingOf(r);
    const evidence = evidenceParts(r.criterion.evidence);
    return {
      code: cleanText(r.criterion.code),
      name: cleanText(r.criterion.name),
      mandatory: r.mandatory,
      maxText: r.mandatory ? MANDATORY_LABEL : r.maxPoints === undefined ? '' : pointsText(r.maxPoints),
      scoreText: scoreTextOf(r, standing),
      standing,
      evidence: evidenceCellOf(evidence.links, evidence.text),
      links: evidence.links,
      evidenceText: evidence.text,
      note: cleanText(r.criterion.note ?? ''),
      tasks: links.get(r.criterion) ?? [],
      result: r,
    };
  };

  const groups: SheetGroup[] = assessment.groups.map((g, i) => {
    const index = i + 1;
    const rows = assessment.criteria.filter((c) => foldText(c.criterion.group) === foldText(g.name)).map(rowsOf);
    const unscored = unscoredCount(rows);
    const levelText = groupLevelText(g, unscored);
    return {
      index,
      title: groupTitle(index, g.name),
      rows,
      subtotal: subtotalOf(index, g, unscored),
      levelText,
      conclusion: `Kết luận mức độ đáp ứng nhóm ${index}: ${levelText}`,
      result: g,
    };
  });
  const allRows = groups.flatMap((g) => g.rows);
  const mandatoryRows = allRows.filter((r) => r.mandatory);
  const mandatoryLines = mandatoryRows.map((r, i) => `- ${r.code}. ${r.name.replace(/[.;]+$/, '')}: ${r.scoreText}${i === mandatoryRows.length - 1 ? '.' : ';'}`);

  const school = cleanText(settings.schoolName ?? '') || `Trường ${BLANK}`;
  const schoolLevelLine = schoolLevelLineOf(assessment, mandatoryRows);
  const header = headerOf(settings, issuedOn);
  const subject = `Kết quả tự đánh giá mức độ chuyển đổi số năm ${year}`;

  return {
    year,
    schoolName: cleanText(settings.schoolName ?? ''),
    header,
    recipients: recipientLines(settings.recipients),
    signer: signerOf(settings),
    missing: missingSettings(settings),
    assessment,
    groups,
    mandatoryLines,
    schoolLevelLine,
    ruleLine: ruleLineOf(assessment.rule),
    report: {
      subject,
      opening: openingOf(plan, school, year),
      situation: situationOf(plan, school, groups, allRows),
      groupLines: groups.map((g) => `- ${g.title}: ${groupPointsText(g.result)}; ${lowerFirst(g.levelText)};`).concat(`- ${schoolLevelLine}`),
      taskLines: taskLinesOf(allRows),
      strengths: strengthsOf(allRows),
      gaps: gapsOf(groups, allRows),
      improvements: improvementsOf(allRows),
      proposals: linesOf(settings.proposals, BLANK),
    },
    notes: notesOf(assessment, groups),
  };
}

function lowerFirst(text: string): string {
  return /^Mức \d/.test(text) ? `mức ${text.slice(4)}` : text.charAt(0).toLowerCase() + text.slice(1);
}

function schoolLevelLineOf(a: DtiAssessment, mandatory: readonly SheetRow[]): string {
  const head = 'Mức độ chuyển đổi số của nhà trường';
  if (a.rule === 'groupsOnly') return `${head}: không gộp thành một mức chung (xem mức của từng nhóm tiêu chí).`;
  if (a.schoolLevel === undefined) return `${head}: chưa xác định (còn nhóm tiêu chí chưa chấm tiêu chí nào).`;
  const level = dtiLevelText(a.schoolLevel);
  if (a.cappedByMandatory) {
    const unmet = mandatory.filter((r) => r.standing === 'unmet').map((r) => r.code);
    return `${head}: ${level}, do còn điều kiện bắt buộc chưa đạt (${unmet.join(', ')}).`;
  }
  const provisional: string[] = [];
  const unscored = a.groups.reduce((s, g) => s + g.unscored, 0);
  if (unscored > 0) provisional.push(`còn ${unscored} tiêu chí chưa chấm`);
  if (a.rule === 'lowerCapped') {
    const unassessed = mandatory.filter((r) => r.standing === 'unassessed').length;
    if (unassessed > 0) provisional.push(`còn ${unassessed} điều kiện bắt buộc chưa đánh giá`);
  }
  return `${head}: ${level}${provisional.length > 0 ? `, tạm tính (${provisional.join('; ')})` : ''}.`;
}

function openingOf(plan: Plan, school: string, year: number): string {
  const reference = cleanText(plan.settings.planReference ?? '').replace(/[.;,]+$/, '');
  const basis = reference ? `; ${reference}` : '';
  return `Thực hiện ${QD4725_CITATION}${basis}, ${school} báo cáo kết quả tự đánh giá mức độ chuyển đổi số năm ${year} như sau:`;
}

function situationOf(plan: Plan, school: string, groups: readonly SheetGroup[], rows: readonly SheetRow[]): string[] {
  const reference = cleanText(plan.settings.planReference ?? '').replace(/[.;,]+$/, '');
  const lines: string[] = [];
  lines.push(
    reference
      ? `${school} triển khai chuyển đổi số theo ${reference}.`
      : `${school} triển khai chuyển đổi số theo Kế hoạch chuyển đổi số năm ${plan.settings.planYear} của nhà trường.`,
  );
  const scored = rows.filter((r) => !r.mandatory);
  const mandatory = rows.length - scored.length;
  const marked = scored.filter((r) => r.standing !== 'unscored' && r.standing !== 'unreadable').length;
  lines.push(
    `Bảng tự đánh giá gồm ${rows.length} tiêu chí thuộc ${groups.length} nhóm (${mandatory} điều kiện bắt buộc, ${scored.length} tiêu chí tính điểm); nhà trường đã chấm ${marked}/${scored.length} tiêu chí tính điểm.`,
  );
  const tasks = new Set(rows.flatMap((r) => r.tasks.map((t) => t.id)));
  if (tasks.size > 0) lines.push(`Kế hoạch chuyển đổi số của nhà trường có ${tasks.size} nhiệm vụ gắn với các tiêu chí tự đánh giá.`);
  return lines;
}

/** «1.4 (Học liệu được số hóa phục vụ dạy học)»: the whole name, cut at a word only when very long. */
function named(r: SheetRow): string {
  const name = r.name.replace(/[.;,]+$/, '');
  if (name.length <= 120) return `${r.code} (${name})`;
  const cut = name.slice(0, 120);
  return `${r.code} (${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 120)}…)`;
}

function taskLinesOf(rows: readonly SheetRow[]): string[] {
  const withTasks = rows.filter((r) => r.tasks.length > 0);
  if (withTasks.length === 0) return ['Chưa có nhiệm vụ nào của Kế hoạch được gắn với tiêu chí tự đánh giá.'];
  const tasks = new Map(withTasks.flatMap((r) => r.tasks.map((t) => [t.id, t] as const)));
  const done = [...tasks.values()].filter((t) => t.done).length;
  const lines = [`${tasks.size} nhiệm vụ của Kế hoạch gắn với ${withTasks.length} tiêu chí; ${done}/${tasks.size} nhiệm vụ đã hoàn thành:`];
  // Criteria served by the same tasks share a line (a task naming «1.3» serves 1.3.1–1.3.5).
  const shared = bySameTasks(withTasks, (r) => r.tasks);
  shared.forEach(({ codes, tasks: list }, i) => {
    const text = list.map((t) => `nhiệm vụ ${t.id} «${t.name}», tình trạng: ${t.state.charAt(0).toLowerCase()}${t.state.slice(1)}`).join('; ');
    lines.push(`- Tiêu chí ${codes.join(', ')}: ${text}${i === shared.length - 1 ? '.' : ';'}`);
  });
  return lines;
}

/** Rows grouped by the same list of tasks (`of`), in the order each list first appears; lists never empty. */
function bySameTasks(rows: readonly SheetRow[], of: (r: SheetRow) => readonly LinkedTask[]): { codes: string[]; tasks: readonly LinkedTask[] }[] {
  const groups = new Map<string, { codes: string[]; tasks: readonly LinkedTask[] }>();
  for (const r of rows) {
    const tasks = of(r);
    if (tasks.length === 0) continue;
    const key = tasks.map((t) => t.id).join('\u0000');
    const group = groups.get(key);
    if (group) group.codes.push(r.code);
    else groups.set(key, { codes: [r.code], tasks });
  }
  return [...groups.values()];
}

function listSentence(label: string, rows: readonly SheetRow[]): string {
  return `- ${label}: ${rows.map(named).join('; ')}.`;
}

function strengthsOf(rows: readonly SheetRow[]): string[] {
  const full = rows.filter((r) => r.standing === 'full');
  const met = rows.filter((r) => r.standing === 'met');
  const lines: string[] = [];
  if (full.length > 0) lines.push(listSentence(`${full.length} tiêu chí đạt điểm tối đa`, full));
  if (met.length > 0) lines.push(listSentence(`${met.length} điều kiện bắt buộc đã đạt`, met));
  if (lines.length === 0) lines.push('- Chưa có tiêu chí nào đạt điểm tối đa.');
  return lines;
}

function gapsOf(groups: readonly SheetGroup[], rows: readonly SheetRow[]): string[] {
  const lines: string[] = [];
  const unmet = rows.filter((r) => r.standing === 'unmet');
  const unassessed = rows.filter((r) => r.standing === 'unassessed');
  const zero = rows.filter((r) => r.standing === 'zero');
  const unscored = rows.filter((r) => r.standing === 'unscored' || r.standing === 'unreadable');
  const partial = rows.filter((r) => r.standing === 'partial');
  if (unmet.length > 0) lines.push(listSentence(`${unmet.length} điều kiện bắt buộc chưa đạt`, unmet));
  if (unassessed.length > 0) lines.push(listSentence(`${unassessed.length} điều kiện bắt buộc chưa đánh giá`, unassessed));
  if (zero.length > 0) lines.push(listSentence(`${zero.length} tiêu chí 0 điểm`, zero));
  if (unscored.length > 0) lines.push(listSentence(`${unscored.length} tiêu chí chưa chấm`, unscored));
  if (partial.length > 0) {
    lines.push(`- ${partial.length} tiêu chí chưa đạt điểm tối đa: ${partial.map((r) => `${r.code} (${r.scoreText}/${r.maxText} điểm)`).join('; ')}.`);
  }
  for (const g of groups) {
    if (!g.result.reconciled) lines.push(`- ${g.title}: tổng điểm tối đa của các tiêu chí là ${pointsText(g.result.maxTotal)}, không phải 100 (${UNRECONCILED}).`);
  }
  if (lines.length === 0) lines.push('- Không có tiêu chí nào dưới điểm tối đa.');
  return lines;
}

function improvementsOf(rows: readonly SheetRow[]): string[] {
  const below = rows.filter((r) => r.standing !== 'full' && r.standing !== 'met');
  const lines: string[] = [];
  for (const { codes, tasks } of bySameTasks(below, (r) => r.tasks.filter((t) => !t.done))) {
    lines.push(`- Tiêu chí ${codes.join(', ')}: hoàn thành ${tasks.map((t) => `nhiệm vụ ${t.id} «${t.name}»`).join(', ')}.`);
  }
  const withoutTask = below.filter((r) => r.tasks.filter((t) => !t.done).length === 0);
  if (withoutTask.length > 0) {
    lines.push(`- Các tiêu chí chưa đạt điểm tối đa, chưa có nhiệm vụ đang thực hiện trong Kế hoạch: ${withoutTask.map((r) => r.code).join(', ')}.`);
  }
  if (lines.length === 0) lines.push('- Duy trì kết quả các tiêu chí đã đạt điểm tối đa.');
  return lines;
}

function notesOf(a: DtiAssessment, groups: readonly SheetGroup[]): string[] {
  const notes: string[] = [];
  for (const r of a.criteria) {
    for (const p of r.problems) notes.push(`Tiêu chí ${cleanText(r.criterion.code) || '(chưa có mã)'}${r.criterion.ref ? ` (${r.criterion.ref})` : ''}: ${p.message}`);
  }
  for (const g of groups) {
    if (!g.result.reconciled) notes.push(`${g.title}: tổng điểm tối đa ${pointsText(g.result.maxTotal)}, ${UNRECONCILED}; sửa điểm tối đa các tiêu chí theo quyết định Sở/Phòng gửi.`);
  }
  return notes;
}

/** The levels as the CLI prints them and the add-in's dialog shows them: each group's, then the school's. */
export function levelSummary(model: SelfAssessmentModel): string[] {
  return [...model.groups.map((g) => `${g.title}: ${groupPointsText(g.result)}; ${g.levelText}`), model.schoolLevelLine];
}

// ---- refusal -----------------------------------------------------------------------------------

/** What a shell knows of the workbook's self-assessment tab when the plan has none to write. */
export interface SelfAssessmentTabState {
  /** The tab's name as the template writes it («Tự đánh giá CĐS»). */
  readonly tab: string;
  /** The tab's name as found in the workbook; undefined when it has no such tab. */
  readonly found: string | undefined;
  /** The reading problems of that tab, located («Tự đánh giá CĐS!F7: …»). */
  readonly problems: readonly string[];
  /** How to get the tab, in the shell's words (the CLI's template command, the add-in's menu). */
  readonly remedy: string;
}

/**
 * Why `plan` has no self-assessment to make documents from, in Vietnamese; undefined when it has
 * one. The tab absent, found but not read (its header row not recognised), or without a criterion.
 */
export function selfAssessmentRefusal(plan: Plan, state: SelfAssessmentTabState): string | undefined {
  const lead = 'chưa tạo được phiếu và báo cáo tự đánh giá';
  if (state.found === undefined) return `Bảng tính không có tab «${state.tab}» nên ${lead}. ${state.remedy}`;
  if (!plan.selfAssessment) {
    const shown = state.problems.slice(0, 10);
    return [
      `Không đọc được tab «${state.found}» nên ${lead}${shown.length > 0 ? ':' : ': không tìm thấy dòng tiêu đề có các cột «Mã», «Tiêu chí», «Điểm tự đánh giá».'}`,
      ...shown.map((p) => `- ${p}`),
      ...(state.problems.length > shown.length ? [`- … và ${state.problems.length - shown.length} lỗi khác.`] : []),
    ].join('\n');
  }
  if (plan.selfAssessment.criteria.length === 0) {
    return `Tab «${state.found}» chưa có tiêu chí nào nên ${lead}. Ghi các tiêu chí (Mã, Tiêu chí, Nhóm, Điểm tối đa, Bắt buộc, Điểm tự đánh giá) rồi chạy lại.`;
  }
  return undefined;
}
