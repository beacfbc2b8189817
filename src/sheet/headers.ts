/**
 * Finding a tab by name and its columns by header text: case, diacritics, spacing, punctuation
 * and a trailing year do not matter ("Mức đạt 2026" = "mức đạt"), aliases are accepted, columns
 * may be moved, renamed to an alias, or surrounded by extra columns.
 */
import { foldText } from '../core/text';
import type { Cell, Rows, TabValues } from './workbook';
import type { TabSpec } from './schema';

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 15;

/** Folded header text without a trailing year ("Mức đạt 2026" → "muc dat"): what aliases are compared on. */
export function headerKey(text: string): string {
  return foldText(text)
    .replace(/\s*(19|20)\d{2}$/, '')
    .trim();
}

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

export interface HeaderLayout {
  /** 1-based row of the (last) header row; data starts below it. */
  readonly headerRow: number;
  /** Column key → 1-based column. */
  readonly columns: ReadonlyMap<string, number>;
  /** Column key → the header text as found in the sheet. */
  readonly headers: ReadonlyMap<string, string>;
}

function matchRow(row: readonly Cell[] | undefined, spec: TabSpec, into: Map<string, number>, headers: Map<string, string>): void {
  if (!row) return;
  const keyOf = new Map<string, string>();
  for (const c of spec.columns) for (const h of [c.header, ...c.aliases]) if (!keyOf.has(headerKey(h))) keyOf.set(headerKey(h), c.key);
  row.forEach((cell, i) => {
    const text = cellText(cell);
    if (!text.trim()) return;
    const key = keyOf.get(headerKey(text));
    if (key && !into.has(key)) {
      into.set(key, i + 1);
      headers.set(key, text.trim());
    }
  });
}

/**
 * The header row: the first row (within the first HEADER_SEARCH_ROWS) holding every required
 * column; a second header row right below it (e.g. "Quý I … Quý IV" under a merged "Kết quả")
 * adds the columns it names. Undefined when no row has all required columns.
 */
export function locateHeader(rows: Rows, spec: TabSpec): HeaderLayout | undefined {
  const required = spec.columns.filter((c) => c.required).map((c) => c.key);
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = new Map<string, number>();
    const headers = new Map<string, string>();
    matchRow(rows[r], spec, columns, headers);
    if (!required.every((k) => columns.has(k))) continue;
    const below = new Map(columns);
    const belowHeaders = new Map(headers);
    matchRow(rows[r + 1], spec, below, belowHeaders);
    const secondRowAdds = below.size - columns.size >= 2;
    return secondRowAdds
      ? { headerRow: r + 2, columns: below, headers: belowHeaders }
      : { headerRow: r + 1, columns, headers };
  }
  return undefined;
}

/** "«Chỉ tiêu», «Chỉ tiêu năm» (hoặc «Mức đạt», …)": what a missing header row should contain. */
export function describeRequiredHeaders(spec: TabSpec): string {
  return spec.columns
    .filter((c) => c.required)
    .map((c) => `«${c.header}»${c.aliases.length ? ` (hoặc ${c.aliases.slice(0, 3).map((a) => `«${a}»`).join(', ')})` : ''}`)
    .join(', ');
}
