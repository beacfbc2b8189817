/**
 * src/sheet/rollupTabs.ts: the Sở workbook's tabs from a Rollup, one module for the CLI's .xlsx and
 * the add-in's aggregate tabs; the grid both shells write (title row 1, header row 2, a further
 * table two blank rows below with its own header).
 */
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import { rollUp } from '../../src/core/rollup/rollup';
import { sampleSnapshots } from '../../src/sample/soRollup';
import { ROLLUP_TABS, rollupTabs, TABLE_GAP, tabGrid } from '../../src/sheet/rollupTabs';

const rollup = rollUp(sampleSnapshots(60), calendarDate(2026, 10, 15));
const tabs = rollupTabs(rollup);

describe('rollupTabs', () => {
  it('the six tabs in order, one row per code or per school (never a tab per school)', () => {
    expect(tabs.map((t) => t.name)).toEqual(Object.values(ROLLUP_TABS));
    const byKey = new Map(tabs.map((t) => [t.key, t]));
    expect(byKey.get('indicators')!.tables[0]!.rows.map((r) => r[0])).toEqual(rollup.codes);
    expect(byKey.get('schools')!.tables[0]!.rows.map((r) => r[0])).toEqual(rollup.schools.map((s) => s.schoolId));
    expect(byKey.get('schools')!.tables[0]!.columns).toHaveLength(byKey.get('schools')!.perCodeFrom! + 3 * rollup.codes.length);
    expect(byKey.get('overdue')!.tables[0]!.rows.map((r) => r[0])).toEqual(rollup.overdue.map((o) => o.schoolId));
    for (const t of tabs) for (const table of t.tables) for (const r of table.rows) expect(r).toHaveLength(table.columns.length);
  });

  it('the grid: title, header in row 2, rows from row 3; the levels tab\'s group table after two blank rows, with its header', () => {
    const levels = tabs.find((t) => t.key === 'levels')!;
    const grid = tabGrid(levels);
    const [first, groups] = levels.tables;
    expect(grid.rows[0]![0]).toBe(levels.title);
    expect(grid.headerRows).toEqual([2, 2 + first!.rows.length + TABLE_GAP + 1]);
    expect(grid.rows[1]!.slice(0, first!.columns.length)).toEqual(first!.columns.map((c) => c.header));
    expect(grid.rows[grid.headerRows[1]! - 1]).toEqual(groups!.columns.map((c) => c.header));
    expect(grid.rows).toHaveLength(2 + first!.rows.length + TABLE_GAP + 1 + groups!.rows.length);
    expect(new Set(grid.rows.map((r) => r.length))).toEqual(new Set([grid.width]));
    expect(grid.formats[2]!.slice(0, 3)).toEqual([undefined, 'integer', 'percent']);
  });
});
