import { describe, expect, it } from 'vitest';
import { quarterFormats } from '../../src/sheet/planTabs';
import { indicator, plan } from '../support/reportPlans';

describe('quarterFormats', () => {
  it('shows fractions as percentages under a percent target, whether the % is in the target or in Đơn vị tính', () => {
    const formats = quarterFormats(plan({
      indicators: [
        indicator('1', { group: { numeral: '', name: '' }, unit: 'Tỷ lệ', targetText: '≥ 95%', quarterResults: [0.9, '', '', ''] }),
        indicator('2', { group: { numeral: '', name: '' }, unit: '%', targetText: '95', quarterResults: [0.9, '', '', ''] }),
        indicator('3', { group: { numeral: '', name: '' }, unit: 'đợt', targetText: '2', quarterResults: [1, '', '', ''] }),
      ],
    }));
    expect(formats.map((row) => row[0])).toEqual(['0%', '0%', 'General']);
  });

  it('keeps a per-unit target\'s results as plain text, so «6/8» is not turned into a date', () => {
    const formats = quarterFormats(plan({
      indicators: [indicator('1', { group: { numeral: '', name: '' }, unit: 'tổ', targetText: 'Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề', quarterResults: ['6/8', '', '', ''] })],
    }));
    expect(formats).toEqual([['@', '@', '@', '@']]);
  });
});
