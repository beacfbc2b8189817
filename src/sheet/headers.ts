/**
 * Finding a tab by name and its columns by header text: case, diacritics, spacing and
 * punctuation do not matter, nor does a trailing year when it is the plan's year ("Mức đạt 2026"
 * = "mức đạt" in a 2026 plan); a header naming another year ("Mức đạt 2025") is never the plan's
 * column. Aliases are accepted; columns may be moved, renamed to an alias, or surrounded by extra
 * columns. Two columns claiming one role are a conflict: neither is taken (the caller says so).
 */
import { headerKey } from '../core/planColumns';
import { foldText } from '../core/text';

export { headerKey };
import type { Cell, Rows, TabValues } from './workbook';
import type { TabSpec } from './schema';

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 15;

const TRAILING_YEAR = /\s*\b((?:19|20)\d{2})$/;

function cellText(cell: Cell | undefined): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}

/** The tab's values under its name or an alias; `name` is the tab as it is named in the workbook. */
export function findTab(tabs: TabValues, spec: TabSpec): { name: string; rows: Rows } | undefined {
  for (const [name, rows] of tabs) if (foldText(name) === foldText(spec.name)) return { name, rows };
  const aliases = new Set(spec.aliases.map(foldText));
  for (const [name, rows] of tabs) if (aliases.has(foldText(name))) return { name, rows };
  return undefined;
}

/** A column whose header names a role: where it is and its header as typed. */
export interface HeaderCandidate {
  /** 1-based column. */
  readonly column: number;
  readonly header: string;
}

/** A role (column key) that two or more columns claim; none of them is taken. */
export interface HeaderConflict {
  readonly key: string;
  readonly candidates: readonly HeaderCandidate[];
}

export interface HeaderLayout {
  /** 1-based row of the (last) header row; data starts below it. */
  readonly headerRow: number;
  /** Column key → 1-based column, for each role exactly one column claims. */
  readonly columns: ReadonlyMap<string, number>;
  /** Column key → the header text as found in the sheet. */
  readonly headers: ReadonlyMap<string, string>;
  /** Roles more than one column claims (absent from `columns`). */
  readonly conflicts: readonly HeaderConflict[];
}

/** Column key of each folded header and alias of the spec (the first column claiming a spelling keeps it). */
function keysByHeader(spec: TabSpec, planYear: number | undefined): Map<string, string> {
  const keyOf = new Map<string, string>();
  for (const c of spec.columns) for (const h of [c.header, ...c.aliases]) if (!keyOf.has(headerKey(h, planYear))) keyOf.set(headerKey(h, planYear), c.key);
  return keyOf;
}

/** The cells of a row that name a role, by role. */
function candidatesIn(row: readonly Cell[] | undefined, keyOf: ReadonlyMap<string, string>, planYear: number | undefined): Map<string, HeaderCandidate[]> {
  const out = new Map<string, HeaderCandidate[]>();
  (row ?? []).forEach((cell, i) => {
    const text = cellText(cell);
    if (!text.trim()) return;
    const key = keyOf.get(headerKey(text, planYear));
    if (key) out.set(key, [...(out.get(key) ?? []), { column: i + 1, header: text.trim() }]);
  });
  return out;
}

function layoutOf(headerRow: number, candidates: ReadonlyMap<string, readonly HeaderCandidate[]>): HeaderLayout {
  const columns = new Map<string, number>();
  const headers = new Map<string, string>();
  const conflicts: HeaderConflict[] = [];
  for (const [key, found] of candidates) {
    if (found.length === 1) {
      columns.set(key, found[0]!.column);
      headers.set(key, found[0]!.header);
    } else conflicts.push({ key, candidates: [...found].sort((a, b) => a.column - b.column) });
  }
  return { headerRow, columns, headers, conflicts };
}

/**
 * The header row: the first row (within the first HEADER_SEARCH_ROWS) naming every required
 * column; a second header row right below it (e.g. "Quý I … Quý IV" under a merged "Kết quả")
 * adds the columns it names. Undefined when no row names all required columns. `planYear`: the
 * year a header may end with (see headerKey).
 */
export function locateHeader(rows: Rows, spec: TabSpec, planYear?: number): HeaderLayout | undefined {
  const keyOf = keysByHeader(spec, planYear);
  const required = spec.columns.filter((c) => c.required).map((c) => c.key);
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const found = candidatesIn(rows[r], keyOf, planYear);
    if (!required.every((k) => found.has(k))) continue;
    const below = candidatesIn(rows[r + 1], keyOf, planYear);
    const secondRowAdds = [...below.keys()].filter((k) => !found.has(k)).length >= 2;
    if (!secondRowAdds) return layoutOf(r + 1, found);
    const merged = new Map(found);
    for (const [key, more] of below) {
      const known = merged.get(key) ?? [];
      merged.set(key, [...known, ...more.filter((m) => !known.some((k) => k.column === m.column))]);
    }
    return layoutOf(r + 2, merged);
  }
  return undefined;
}

/**
 * Headers in the top rows that would name a required column but for the year they end with
 * («Mức đạt 2025» in a 2026 plan): said when the header row cannot be found.
 */
export function otherYearHeaders(rows: Rows, spec: TabSpec, planYear: number): string[] {
  const required = new Set(spec.columns.filter((c) => c.required).flatMap((c) => [c.header, ...c.aliases].map((h) => headerKey(h))));
  const out: string[] = [];
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    for (const cell of row) {
      const folded = foldText(cellText(cell));
      const year = TRAILING_YEAR.exec(folded);
      if (year && Number(year[1]) !== planYear && required.has(folded.slice(0, year.index).trim())) out.push(cellText(cell).trim());
    }
  }
  return out;
}

/** "«Chỉ tiêu», «Chỉ tiêu năm» (hoặc «Mức đạt», …)": what a missing header row should contain. */
export function describeRequiredHeaders(spec: TabSpec): string {
  return spec.columns
    .filter((c) => c.required)
    .map((c) => `«${c.header}»${c.aliases.length ? ` (hoặc ${c.aliases.slice(0, 3).map((a) => `«${a}»`).join(', ')})` : ''}`)
    .join(', ');
}
