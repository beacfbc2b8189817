import { describe, expect, it } from 'vitest';
import { barLabel, barShare, renderBarChart } from '../../../src/core/report/chartRaster';

const BAR = [46, 84, 150];

function column(r: ReturnType<typeof renderBarChart>, x: number): number[][] {
  return Array.from({ length: r.height }, (_, y) => [...r.pixels.subarray((y * r.width + x) * 3, (y * r.width + x) * 3 + 3)]);
}

describe('renderBarChart', () => {
  it('draws each bar as tall as the share of the group\'s indicators met', () => {
    const bars = [
      { numeral: 'I', name: 'A', met: 4, total: 4 },
      { numeral: 'II', name: 'B', met: 1, total: 4 },
      { numeral: 'III', name: 'C', met: 0, total: 3 },
    ];
    const r = renderBarChart(bars, 600, 250);
    expect(r.pixels).toHaveLength(600 * 250 * 3);
    const barPixels = (x: number) => column(r, x).filter((p) => p.join() === BAR.join()).length;
    // Scan columns for the three bar heights.
    const found = new Set<number>();
    for (let x = 0; x < r.width; x++) {
      const n = barPixels(x);
      if (n > 0) found.add(n);
    }
    const sorted = [...found].sort((a, b) => b - a);
    expect(sorted.length).toBeGreaterThanOrEqual(2);
    const full = sorted[0]!;
    // The 1/4 bar is a quarter of the full one (within the pixels the value label takes).
    expect(sorted.some((h) => Math.abs(h - full / 4) <= 2)).toBe(true);
  });

  it('shares are clamped and empty groups have no bar', () => {
    expect(barShare({ numeral: 'I', name: '', met: 3, total: 0 })).toBe(0);
    expect(barShare({ numeral: 'I', name: '', met: 5, total: 4 })).toBe(1);
  });

  it('is white where nothing is drawn', () => {
    const r = renderBarChart([], 200, 100);
    expect([...r.pixels.subarray(r.pixels.length - 3)]).toEqual([255, 255, 255]);
  });

  it('writes each group\'s numbering under its bar, letters and section numbers too (issue 9 item 13)', () => {
    const bar = (numeral: string, name = 'Nhóm') => ({ numeral, name, met: 1, total: 2 });
    expect(['I', 'IV', 'A', 'Đ', '2.1', 'Phần III', 'Mục B', ''].map((n) => barLabel(bar(n, n === '' ? '' : 'Nhóm')))).toEqual(['I', 'IV', 'A', 'D', '2.1', 'III', 'B', '-']);
    // Every character a label may hold is drawn: the text row under the axis has ink under each bar.
    const labels = ['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'W', 'Y', 'Z', '1.2', '-'];
    for (const label of labels) {
      const r = renderBarChart([bar(label)], 300, 125);
      const ink = (y: number) => Array.from({ length: r.width }, (_, x) => r.pixels[(y * r.width + x) * 3]!).filter((v) => v < 100).length;
      const below = Array.from({ length: 18 }, (_, i) => ink(r.height - 1 - i)).reduce((a, b) => a + b, 0);
      expect(below, label).toBeGreaterThan(0);
    }
  });
});
