/**
 * Evaluation: a result against its target → Đạt / Chưa đạt and the fraction of the target reached.
 *
 * At least: ratio = result ÷ target (0.90 against ≥95% → 0.947…, may exceed 1). At most (lower is
 * better): 1 when met, otherwise target ÷ result (10% against ≤5% → 0.5). A range counts as met
 * from its lower end up; yes/no gives 1 or 0; a per-unit target gives the share of units that meet
 * it («6/8» → 0.75, Đạt only at 8/8). A rate («01 lần/quý», «hằng tháng») is held against the
 * periods begun by the end of the quarter whose result is read (by the end of quý III, «01
 * lần/quý» expects 3); an annual count («02 đợt/năm») against its figure. Ratios are always finite.
 */
import { dayNumber } from './date';
import { type Quarter, quarterEnd } from './period';
import { ok, type Result } from './result';
import { parseTarget, type Target, type TargetContext } from './target';
import { cleanText, foldDiacritics } from './text';
import { isUnitCount, parseResultValue, type ResultValue } from './value';

/** The quarter whose result is read (its year for «/ngày»). Without one, a rate is held against the whole year. */
export interface RatePoint {
  readonly year?: number;
  readonly quarter: Quarter;
}

export type Verdict = 'Đạt' | 'Chưa đạt';
export interface Attainment { readonly verdict: Verdict; readonly ratio: number }

/**
 * The verdict and ratio of a result that `parseResultValue` accepted for this target.
 * Defensive for other input: a boolean counts as 1/0 and a non-finite number is never met.
 */
export function attainment(result: ResultValue, target: Target, at?: RatePoint): Attainment {
  if (target.kind === 'yesNo') return attained(result === true || result === 1, result === true || result === 1 ? 1 : 0);
  if (target.kind === 'perUnit') return unitsAttained(result);
  const value = isUnitCount(result) ? NaN : Number(result);
  switch (target.kind) {
    case 'atLeast':
      return atLeast(value, target.value * periodsElapsed(target.per, at), target.strict);
    case 'atMost':
      return atMost(value, target.value * periodsElapsed(target.per, at), target.strict);
    case 'range':
      return atLeast(value, target.min, false);
  }
}

function unitsAttained(result: ResultValue): Attainment {
  if (isUnitCount(result)) return attained(result.of > 0 && result.met >= result.of, result.of > 0 ? result.met / result.of : 0);
  return attained(result === true || result === 1, result === true || result === 1 ? 1 : 0);
}

/**
 * How many periods of a rate have begun by the end of the quarter read: quarters, months, weeks
 * (13 a quarter), days; «học kỳ»: học kỳ II from quý I, học kỳ I of the next school year from quý III.
 * 1 for a yearly figure («/năm», «/năm học»), an unknown period («/kỳ») or no period.
 */
export function periodsElapsed(per: string | undefined, at: RatePoint | undefined): number {
  const q = at?.quarter ?? 4;
  switch (per === undefined ? '' : foldDiacritics(per).toLowerCase()) {
    case 'quy':
    case 'qui':
      return q;
    case 'thang':
      return 3 * q;
    case 'tuan':
      return 13 * q;
    case 'ngay': {
      const year = at?.year ?? 2001;
      return dayNumber(quarterEnd(year, q)) - dayNumber(quarterEnd(year - 1, 4));
    }
    case 'hoc ky':
    case 'hoc ki':
      return q <= 2 ? 1 : 2;
    default:
      return 1;
  }
}

/** What besides the two cells an assessment needs: the row's Đơn vị tính and baseline, the quarter read. */
export interface AssessContext extends TargetContext {
  readonly at?: RatePoint;
}

/** Parse both cells and evaluate; ok(null) when the result is blank (no result yet). Errors are the parser messages. */
export function assess(rawResult: unknown, targetText: string, context: AssessContext = {}): Result<Attainment | null> {
  if (isBlank(rawResult)) return ok(null);
  const target = parseTarget(targetText, context);
  if (!target.ok) return target;
  const result = parseResultValue(rawResult, target.value);
  if (!result.ok) return result;
  return ok(result.value === null ? null : attainment(result.value, target.value, context.at));
}

/** A group row or a row with no result yet: blank output, whatever its target cell says. */
function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && cleanText(raw) === '');
}

function atLeast(result: number, target: number, strict: boolean): Attainment {
  const met = strict ? result > target : result >= target;
  return attained(met, target === 0 ? (met ? 1 : 0) : result / target);
}

function atMost(result: number, target: number, strict: boolean): Attainment {
  const met = strict ? result < target : result <= target;
  return attained(met, met ? 1 : result > 0 ? target / result : 0);
}

function attained(met: boolean, ratio: number): Attainment {
  return { verdict: met ? 'Đạt' : 'Chưa đạt', ratio: finite(ratio) };
}

/** NaN → 0, ±Infinity → the largest finite number of that sign. */
function finite(ratio: number): number {
  if (Number.isNaN(ratio)) return 0;
  return Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, ratio));
}
