/**
 * Evaluation: a result against its target → Đạt / Chưa đạt and the fraction of the target reached.
 *
 * At least: ratio = result ÷ target (0.90 against ≥95% → 0.947…, may exceed 1). At most (lower is
 * better): 1 when met, otherwise target ÷ result (10% against ≤5% → 0.5). A range counts as met
 * from its lower end up; yes/no gives 1 or 0. Ratios are always finite.
 */
import { ok, type Result } from './result';
import { parseTarget, type Target } from './target';
import { cleanText } from './text';
import { parseResultValue, type ResultValue } from './value';

export type Verdict = 'Đạt' | 'Chưa đạt';
export interface Attainment { readonly verdict: Verdict; readonly ratio: number }

/**
 * The verdict and ratio of a result that `parseResultValue` accepted for this target.
 * Defensive for other input: a boolean counts as 1/0 and a non-finite number is never met.
 */
export function attainment(result: ResultValue, target: Target): Attainment {
  if (target.kind === 'yesNo') return attained(result === true || result === 1, result === true || result === 1 ? 1 : 0);
  const value = Number(result);
  switch (target.kind) {
    case 'atLeast':
      return atLeast(value, target.value, target.strict);
    case 'atMost':
      return atMost(value, target.value, target.strict);
    case 'range':
      return atLeast(value, target.min, false);
  }
}

/** Parse both cells and evaluate; ok(null) when the result is blank (no result yet). Errors are the parser messages. */
export function assess(rawResult: unknown, targetText: string): Result<Attainment | null> {
  if (isBlank(rawResult)) return ok(null);
  const target = parseTarget(targetText);
  if (!target.ok) return target;
  const result = parseResultValue(rawResult, target.value);
  if (!result.ok) return result;
  return ok(result.value === null ? null : attainment(result.value, target.value));
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
