/**
 * CONTRACT (implementation owned by the shared-sheet work, issue 3): the workbook's cells → the plan.
 * Cells reach this layer already normalised by the shells: blank is '', dates are CalendarDate
 * (never a Date object), so nothing here depends on a time zone.
 */
import type { CalendarDate } from '../core/date';
import type { Plan } from '../core/plan';

export type Cell = string | number | boolean | CalendarDate;
export type Rows = readonly (readonly Cell[])[];
/** Every tab's values by the tab's name as it appears in the workbook. */
export type TabValues = ReadonlyMap<string, Rows>;

/** Something wrong in what staff typed, located so they can fix it. */
export interface Problem {
  readonly tab: string;
  /** 1-based sheet row, when the problem is in one row. */
  readonly row?: number;
  /** The column's header as found in the sheet, when the problem is in one column. */
  readonly column?: string;
  /** "C7" style address, when the problem is in one cell. */
  readonly a1?: string;
  /** Vietnamese, names what to fix. */
  readonly message: string;
}

export interface PlanRead {
  readonly plan: Plan;
  readonly problems: readonly Problem[];
}

export function readPlan(_tabs: TabValues): PlanRead {
  throw new Error('not implemented');
}
