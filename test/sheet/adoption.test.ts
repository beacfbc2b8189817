/**
 * Taking back the computed columns a version from before the marks wrote (provablyComputedColumns):
 * the Tiến độ rows the same run appends hold nothing of staff's, so they neither count for nor
 * against a column.
 */
import { describe, expect, it } from 'vitest';
import { samplePlan, SAMPLE_AS_OF } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import { recompute } from '../../src/sheet/recompute';
import { PROGRESS_TAB } from '../../src/sheet/schema';

/** The sample as an earlier version left it: every computed value written, no marks. */
function writtenWithoutMarks(): Map<string, unknown[][]> {
  const plan = samplePlan();
  const first = recompute(planTabs(plan), SAMPLE_AS_OF, { fallbackYear: 2026 });
  const written = planTabs(plan) as Map<string, unknown[][]>;
  for (const block of first.blocks) {
    const rows = written.get(block.tab)!.map((r) => [...r]);
    block.values.forEach((values, i) => values.forEach((v, j) => { rows[block.row - 1 + i]![block.column - 1 + j] = v; }));
    written.set(block.tab, rows);
  }
  return written;
}

describe('taking back unmarked computed columns while Tiến độ rows are added', () => {
  it('a Tiến độ column right in every row staff have is taken back, though most of its rows are added in the same run', () => {
    const written = writtenWithoutMarks();
    const progress = written.get(PROGRESS_TAB.name)!;
    // Keep the header and the first 20 occurrences: the other 60 are owed again and appended.
    written.set(PROGRESS_TAB.name, progress.slice(0, 21));
    const result = recompute(written as never, SAMPLE_AS_OF, { fallbackYear: 2026, columnMarks: new Map() });
    expect(result.appended?.values.length).toBe(progress.length - 21);
    expect(result.adopted.filter((c) => c.tab === PROGRESS_TAB.name).map((c) => c.header)).toEqual(expect.arrayContaining(['Nhiệm vụ', 'Hạn']));
  });
});
