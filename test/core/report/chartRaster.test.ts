import { describe, expect, it } from 'vitest';
import { barLabel, barShare } from '../../../src/core/report/chartRaster';

describe('the bar figures', () => {
  it('shares are clamped and empty groups have no bar', () => {
    expect(barShare({ numeral: 'I', name: '', met: 3, total: 0 })).toBe(0);
    expect(barShare({ numeral: 'I', name: '', met: 5, total: 4 })).toBe(1);
  });

  it('labels each group by its numbering, letters and section numbers too (issue 9 item 13)', () => {
    const bar = (numeral: string, name = 'Nhóm') => ({ numeral, name, met: 1, total: 2 });
    expect(['I', 'IV', 'A', 'Đ', '2.1', 'Phần III', 'Mục B', ''].map((n) => barLabel(bar(n, n === '' ? '' : 'Nhóm')))).toEqual(['I', 'IV', 'A', 'D', '2.1', 'III', 'B', '-']);
  });
});
