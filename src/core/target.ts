/**
 * Targets (chỉ tiêu): the text of a plan's target cell → a typed target.
 * CONTRACT (implementation owned by the targets work):
 */
import type { Result } from './result';

/** percent: value is a fraction (95% → 0.95). count: a number of things (đợt, lần, hoạt động…). level: "Mức 2". */
export type TargetUnit = 'percent' | 'count' | 'level';

export type Target =
  /** "≥95%", "95%", "Tối thiểu 90%", "ít nhất 01", "> 80%" (strict), "Mức 2 trở lên", "tối thiểu 02 đợt/năm" */
  | { readonly kind: 'atLeast'; readonly value: number; readonly unit: TargetUnit; readonly strict: boolean; readonly unitLabel?: string; readonly per?: string }
  /** "≤ 5%", "không quá 2 sự cố" — lower is better */
  | { readonly kind: 'atMost'; readonly value: number; readonly unit: TargetUnit; readonly strict: boolean; readonly unitLabel?: string; readonly per?: string }
  /** "từ 90% đến 95%" */
  | { readonly kind: 'range'; readonly min: number; readonly max: number; readonly unit: TargetUnit; readonly unitLabel?: string }
  /** "Có" */
  | { readonly kind: 'yesNo' };

export function parseTarget(_text: string): Result<Target> {
  throw new Error('not implemented');
}
