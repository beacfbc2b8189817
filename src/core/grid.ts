/**
 * Custom functions receive either one cell value or a whole range (a 2-D array). These helpers
 * apply a per-cell function over such arguments and give back the same shape: one value for
 * single cells, an array for ranges. Arguments that are single cells apply to every cell of a
 * range argument; two ranges are matched cell by cell.
 */

export type Grid = unknown[][];

/** True for what Sheets passes for a range: an array of rows. */
export function isGrid(value: unknown): value is Grid {
  return Array.isArray(value) && value.every(Array.isArray);
}

/**
 * A bare array (not rows) is not something Sheets sends; treat it as one row so it still
 * gets an answer per element rather than an exception.
 */
function asGrid(value: unknown): Grid | undefined {
  if (!Array.isArray(value)) return undefined;
  return isGrid(value) ? value : [value];
}

const SHAPE_MISMATCH = Symbol('shape mismatch');

/** The value of `arg` for cell (r, c) of the result, or SHAPE_MISMATCH when the range is too small. */
function cellAt(arg: unknown, grid: Grid | undefined, r: number, c: number): unknown {
  if (!grid) return arg;
  if (grid.length === 1 && grid[0]!.length === 1) return grid[0]![0];
  const row = grid[r];
  if (row === undefined || c >= row.length) return SHAPE_MISMATCH;
  return row[c];
}

/**
 * Maps `fn` over the cells of its arguments. The result has the shape of the first range
 * argument (or is a single value when no argument is a range). `onMismatch` gives the value
 * for a cell whose partner range is smaller.
 */
export function mapCells(args: readonly unknown[], fn: (...cells: unknown[]) => unknown, onMismatch: () => unknown): unknown {
  const grids = args.map(asGrid);
  const shape = grids.find((g) => g !== undefined && !(g.length === 1 && g[0]!.length === 1)) ?? grids.find((g) => g !== undefined);
  if (!shape) return fn(...args);
  return shape.map((row, r) =>
    row.map((_, c) => {
      const cells = args.map((arg, i) => cellAt(arg, grids[i], r, c));
      return cells.includes(SHAPE_MISMATCH) ? onMismatch() : fn(...cells);
    }),
  );
}

/** Blank as Sheets means it: empty string, null/undefined, or only spaces. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
