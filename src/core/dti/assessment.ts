/**
 * Scoring of the QĐ 4725 self-assessment: each criterion's cells read (never a guess: what cannot
 * be read is a problem naming the field), each group's total and level, and the school's one
 * level under the rule Cấu hình chooses.
 *
 * Rules (README «Tự đánh giá CĐS»):
 * - A group's level from its total: Mức 1 under 50, Mức 2 from 50 to 75 inclusive, Mức 3 strictly
 *   above 75 (75,5 is Mức 3; 49,5 is Mức 1). The total is not rescaled when the group's maximum is
 *   not 100 (the missing points are not invented).
 * - A group has no level while none of its scored criteria has a readable score; its level is
 *   provisional while some are still blank.
 * - Groups are the criteria with the same Nhóm text (compared folded: case, diacritics and
 *   punctuation aside), in the order first seen; the text is taken as typed, so «1» and
 *   «Chuyển đổi số trong dạy, học» are two groups.
 * - 'lowerCapped' (the default, the add-in's own assumption): the lower of the group levels, at
 *   most Mức 1 while a mandatory condition is «Chưa đạt». A condition not yet assessed (blank)
 *   does not cap: the level is then still provisional. 'lower': the lower group level.
 *   'groupsOnly': no school level. No school level while a group has none.
 */
import { isCalendarDate } from '../date';
import { isBlank } from '../grid';
import { formatNumber, parseNumber } from '../number';
import { parseQuantity } from '../target';
import { cleanText, displayText, foldText, quote } from '../text';
import type { DtiCriterion, DtiLevel, DtiLevelRule, SelfAssessment } from './selfAssessment';

/** The cell a criterion problem is about (the sheet layer turns it into a column). 'group' extends the contract. */
export type DtiProblemField = 'score' | 'maxPoints' | 'mandatory' | 'code' | 'group';

export interface DtiProblem {
  readonly field: DtiProblemField;
  readonly message: string;
}

export interface DtiCriterionResult {
  readonly criterion: DtiCriterion;
  readonly mandatory: boolean;
  /** Scored criteria only, when readable. */
  readonly maxPoints: number | undefined;
  /** Scored criteria with a readable score. */
  readonly points: number | undefined;
  /** Mandatory conditions: true Đạt, false Chưa đạt, undefined not yet assessed (or unreadable). */
  readonly met: boolean | undefined;
  /** «Tỷ lệ …» criteria: a count typed in their score is a problem of its own. */
  readonly percentCriterion: boolean;
  readonly problems: readonly DtiProblem[];
}

export interface DtiGroupResult {
  /** The group's text as first typed (cleaned). */
  readonly name: string;
  /** Sum of the readable maximums of its scored criteria. */
  readonly maxTotal: number;
  /** Sum of its readable scores. */
  readonly total: number;
  /** Scored criteria with a readable score. */
  readonly scored: number;
  /** Scored criteria still blank or unreadable. */
  readonly unscored: number;
  /** Undefined while no criterion of the group is scored. */
  readonly level: DtiLevel | undefined;
  /** maxTotal is 100. */
  readonly reconciled: boolean;
  readonly mandatoryUnmet: number;
  /** Mandatory conditions blank or unreadable. */
  readonly mandatoryUnassessed: number;
}

export interface DtiAssessment {
  readonly criteria: readonly DtiCriterionResult[];
  readonly groups: readonly DtiGroupResult[];
  readonly schoolLevel: DtiLevel | undefined;
  readonly rule: DtiLevelRule;
  /** The cap of 'lowerCapped' applies: a mandatory condition is «Chưa đạt» and the school level is Mức 1. */
  readonly cappedByMandatory: boolean;
  /**
   * Every group has a level, no scored criterion is blank or unreadable, and every mandatory
   * condition is assessed: the level is final (the linked indicator takes it only then).
   */
  readonly complete: boolean;
}

/** Shown for a group whose maximums do not add to 100. */
export const UNRECONCILED = 'chưa đối chiếu đủ với QĐ 4725';

const LEVEL_NAMES: Record<DtiLevel, string> = { 1: 'chưa đáp ứng', 2: 'đáp ứng cơ bản', 3: 'đáp ứng tốt' };

/** A group's level from its total: under 50 → 1, 50 to 75 inclusive → 2, above 75 → 3. */
export function levelOfTotal(total: number): DtiLevel {
  if (total < 50) return 1;
  return total <= 75 ? 2 : 3;
}

/** «Mức 2 (đáp ứng cơ bản)». */
export function dtiLevelText(level: DtiLevel): string {
  return `Mức ${level} (${LEVEL_NAMES[level]})`;
}

/** «Mức 2»: the level as an indicator's result (target.ts reads it as a level). */
export function dtiLevelResult(level: DtiLevel): string {
  return `Mức ${level}`;
}

const EPSILON = 1e-9;
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

export function assessSelfAssessment(sa: SelfAssessment, rule: DtiLevelRule): DtiAssessment {
  const criteria = sa.criteria.map(assessCriterion);
  flagCodes(criteria);
  const groups = groupResults(criteria);
  const levels = groups.map((g) => g.level);
  const anyUnmet = groups.some((g) => g.mandatoryUnmet > 0);
  const lowest = groups.length > 0 && levels.every((l) => l !== undefined) ? (Math.min(...(levels as DtiLevel[])) as DtiLevel) : undefined;
  const capped = rule === 'lowerCapped' && anyUnmet && lowest !== undefined;
  const schoolLevel = rule === 'groupsOnly' || lowest === undefined ? undefined : capped ? 1 : lowest;
  const complete = lowest !== undefined && groups.every((g) => g.unscored === 0 && g.mandatoryUnassessed === 0);
  return { criteria, groups, schoolLevel, rule, cappedByMandatory: capped, complete };
}

// ---- one criterion --------------------------------------------------------------------------

function label(c: DtiCriterion): string {
  const code = cleanText(displayText(c.code));
  return code !== '' ? `Tiêu chí ${code}` : `Tiêu chí ${quote(cleanText(displayText(c.name)))}`;
}

function isPercentCriterion(name: string): boolean {
  return /(^| )t[yi] le( |$)/.test(foldText(displayText(name)));
}

const MANDATORY_YES = new Set(['x', 'co', 'bat buoc', 'dieu kien bat buoc', 'dkbb', 'true']);
const MANDATORY_NO = new Set(['khong', 'false']);

/** The Bắt buộc cell: true, false, or undefined when it cannot be read. */
function readMandatory(raw: unknown): boolean | undefined {
  if (isBlank(raw)) return false;
  if (typeof raw === 'boolean') return raw;
  if (typeof raw !== 'string') return undefined;
  const key = foldText(raw);
  if (key === '') return false;
  return MANDATORY_YES.has(key) ? true : MANDATORY_NO.has(key) ? false : undefined;
}

const MET = new Set(['dat', 'da dat', 'dat yeu cau', 'co', 'da co', 'x', 'true']);
const UNMET = new Set(['chua dat', 'khong dat', 'khong', 'chua co', 'chua', 'false']);

/** A number of points as typed: 6, «4,5», «6 điểm». Null when not a plain number. */
function pointsOf(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const text = cleanText(raw);
  const n = parseNumber(text);
  if (n !== null) return n;
  const withWord = /^(.*?)\s*(?:điểm|diem|đ)\.?$/i.exec(text.normalize('NFC'));
  return withWord ? parseNumber(withWord[1]!) : null;
}

function assessCriterion(c: DtiCriterion): DtiCriterionResult {
  const problems: DtiProblem[] = [];
  const name = label(c);
  const percentCriterion = isPercentCriterion(c.name);
  const mandatoryRead = readMandatory(c.mandatory);
  if (mandatoryRead === undefined) {
    problems.push({ field: 'mandatory', message: `${name}: cột «Bắt buộc» không hiểu ${quote(displayText(c.mandatory))} (ghi «x» nếu là điều kiện bắt buộc, để trống nếu không); tạm coi là tiêu chí tính điểm.` });
  }
  if (cleanText(displayText(c.group)) === '') problems.push({ field: 'group', message: `${name}: chưa ghi nhóm tiêu chí.` });
  if (cleanText(displayText(c.code)) === '') problems.push({ field: 'code', message: `${name}: chưa ghi mã tiêu chí (ví dụ 1.3.1).` });
  const mandatory = mandatoryRead === true;
  const base = { criterion: c, mandatory, percentCriterion };

  if (mandatory) {
    if (!isBlank(c.maxPoints) && pointsOf(c.maxPoints) !== 0) {
      problems.push({ field: 'maxPoints', message: `${name} là điều kiện bắt buộc, không tính điểm: xóa điểm tối đa ${quote(displayText(c.maxPoints))} hoặc bỏ đánh dấu ở cột «Bắt buộc».` });
    }
    const met = readMet(c.score);
    if (met === null) {
      problems.push({ field: 'score', message: `${name} là điều kiện bắt buộc: ghi «Đạt» hoặc «Chưa đạt», không ghi ${quote(displayText(c.score))}.` });
    }
    return { ...base, maxPoints: undefined, points: undefined, met: met ?? undefined, problems };
  }

  const maxPoints = readMaxPoints(c.maxPoints, name, problems);
  const points = readScore(c.score, maxPoints, percentCriterion, name, problems);
  return { ...base, maxPoints, points: maxPoints === undefined ? undefined : points, met: undefined, problems };
}

/** A mandatory condition's cell: true met, false not met, undefined blank, null unreadable. */
function readMet(raw: unknown): boolean | undefined | null {
  if (isBlank(raw)) return undefined;
  if (typeof raw === 'boolean') return raw;
  if (typeof raw !== 'string') return null;
  const key = foldText(raw);
  if (key === '') return undefined;
  return MET.has(key) ? true : UNMET.has(key) ? false : null;
}

function readMaxPoints(raw: unknown, name: string, problems: DtiProblem[]): number | undefined {
  if (isBlank(raw)) {
    problems.push({ field: 'maxPoints', message: `${name}: chưa ghi điểm tối đa (hoặc đánh dấu «x» ở cột «Bắt buộc» nếu là điều kiện bắt buộc).` });
    return undefined;
  }
  const n = pointsOf(raw);
  if (n === null || n <= 0) {
    problems.push({ field: 'maxPoints', message: `${name}: điểm tối đa phải là một số dương, không phải ${quote(displayText(raw))}.` });
    return undefined;
  }
  return n;
}

const FRACTION = /^\d+(?:[.,]\d+)? ?\/ ?\d+(?:[.,]\d+)?$/;

function readScore(raw: unknown, maxPoints: number | undefined, percentCriterion: boolean, name: string, problems: DtiProblem[]): number | undefined {
  if (isBlank(raw)) return undefined;
  const shown = displayText(raw);
  const problem = (message: string): undefined => {
    problems.push({ field: 'score', message });
    return undefined;
  };
  const outOf = maxPoints === undefined ? '' : ` (tối đa ${formatNumber(maxPoints)} điểm)`;
  if (typeof raw === 'boolean' || isCalendarDate(raw) || (typeof raw !== 'number' && typeof raw !== 'string')) {
    return problem(`${name}: điểm tự đánh giá phải là số điểm${outOf}, không phải ${quote(shown)}.`);
  }
  const n = pointsOf(raw);
  if (n === null) {
    const text = cleanText(shown);
    const quantity = parseQuantity(text);
    if (quantity?.unit === 'percent' || /%$/.test(text)) {
      return problem(`${name}: ${quote(text)} là tỷ lệ, không phải điểm; ghi điểm tự đánh giá${outOf} quy đổi từ tỷ lệ đạt được theo QĐ 4725.`);
    }
    const isCount = FRACTION.test(text) || (quantity !== null && quantity.unit === 'count');
    if (percentCriterion && isCount) {
      return problem(`${name} là tiêu chí tỷ lệ: ${quote(text)} là số lượng, không phải điểm; ghi điểm tự đánh giá${outOf} quy đổi từ tỷ lệ đạt được.`);
    }
    return problem(`${name}: không hiểu điểm tự đánh giá ${quote(text)} (ghi số điểm${outOf}, ví dụ 6 hoặc 4,5).`);
  }
  if (n < 0) return problem(`${name}: điểm tự đánh giá không được âm (${quote(cleanText(shown))}).`);
  if (maxPoints !== undefined && n > maxPoints + EPSILON) {
    return problem(`${name}: điểm tự đánh giá ${formatNumber(n)} vượt điểm tối đa ${formatNumber(maxPoints)}.`);
  }
  return n;
}

// ---- codes and groups ------------------------------------------------------------------------

/** A code used by an earlier criterion is a problem of the later one. */
function flagCodes(criteria: DtiCriterionResult[]): void {
  const seen = new Map<string, DtiCriterion>();
  criteria.forEach((r, i) => {
    const key = foldText(displayText(r.criterion.code));
    if (key === '') return;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, r.criterion);
      return;
    }
    const where = first.ref ? ` (${first.ref})` : '';
    const message = `Mã tiêu chí ${cleanText(displayText(r.criterion.code))} trùng với một tiêu chí phía trên${where}: mỗi tiêu chí một mã.`;
    criteria[i] = { ...r, problems: [...r.problems, { field: 'code', message }] };
  });
}

function groupResults(criteria: readonly DtiCriterionResult[]): DtiGroupResult[] {
  const groups = new Map<string, { name: string; items: DtiCriterionResult[] }>();
  for (const r of criteria) {
    const name = cleanText(displayText(r.criterion.group));
    const key = foldText(name);
    if (key === '') continue;
    const entry = groups.get(key) ?? { name, items: [] };
    entry.items.push(r);
    groups.set(key, entry);
  }
  return [...groups.values()].map(({ name, items }) => {
    const scoredItems = items.filter((r) => !r.mandatory);
    const withPoints = scoredItems.filter((r) => r.points !== undefined);
    const maxTotal = round(scoredItems.reduce((s, r) => s + (r.maxPoints ?? 0), 0));
    const total = round(withPoints.reduce((s, r) => s + r.points!, 0));
    const conditions = items.filter((r) => r.mandatory);
    return {
      name,
      maxTotal,
      total,
      scored: withPoints.length,
      unscored: scoredItems.length - withPoints.length,
      level: withPoints.length > 0 ? levelOfTotal(total) : undefined,
      reconciled: Math.abs(maxTotal - 100) < EPSILON,
      mandatoryUnmet: conditions.filter((r) => r.met === false).length,
      mandatoryUnassessed: conditions.filter((r) => r.met === undefined).length,
    };
  });
}
