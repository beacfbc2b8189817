/** readPlan: the optional «Mã chỉ tiêu Sở» column (issue 14) → Indicator.soCode. */
import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import { INDICATORS_TAB } from '../../src/sheet/schema';
import { readPlan, type Cell } from '../../src/sheet/workbook';

function tabsWith(rows: Cell[][]): Map<string, Cell[][]> {
  const tabs = planTabs(samplePlan());
  tabs.set('Chỉ tiêu', rows);
  return tabs;
}

describe('readPlan: the Sở indicator code', () => {
  it.each(['Mã chỉ tiêu Sở', 'Mã Sở', 'Mã chỉ tiêu', 'MÃ CHỈ TIÊU SỞ'])('reads %j, cleaned, and leaves a blank cell unmapped', (header) => {
    const { plan, problems } = readPlan(tabsWith([
      ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Quý I', 'Ghi chú', header],
      ['I', 'Thể chế số'],
      [1, 'Văn bản điện tử', '100%', 0.9, 'Theo Sở', '  I.1 '],
      [2, 'Chữ ký số', '≥95%', '96%', '', ''],
      [3, 'Học bạ số', '100%', 1, '', 2.1],
    ]));
    expect(problems).toEqual([]);
    expect(plan.indicators.map((i) => i.soCode)).toEqual(['I.1', undefined, '2.1']);
  });

  it('a workbook without the column reads as before: no code on any row', () => {
    const { plan } = readPlan(planTabs(samplePlan()));
    expect(plan.indicators.every((i) => i.soCode === undefined)).toBe(true);
  });

  it('is the last column of Chỉ tiêu, so adding it moved no other column', () => {
    expect(INDICATORS_TAB.columns.at(-1)!.header).toBe('Mã chỉ tiêu Sở');
    expect(INDICATORS_TAB.columns.at(-2)!.key).toBe('baseline');
  });
});
