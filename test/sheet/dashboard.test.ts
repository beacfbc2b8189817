/**
 * Tổng quan as a principal reads it: long-term indicators (due after the plan year, issue 9 item 6)
 * are counted in their own column, so «Số chỉ tiêu» minus «Đã có kết quả» is explained.
 */
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import { run } from '../plans/pipeline';
import { mamNonTabs } from '../plans/mamNonNoGroups';
import { tieuHocTabs } from '../plans/tieuHocPerUnit';

const Q3_END = calendarDate(2026, 9, 30);

describe('Tổng quan: long-term indicators', () => {
  it('a column counts them per group and for the whole plan', () => {
    const board = run(tieuHocTabs(), Q3_END).dashboard;
    const header = board.values.find((r) => r[0] === 'Nhóm chỉ tiêu')!;
    const column = header.indexOf('Dài hạn (chưa đến hạn)');
    expect(column).toBeGreaterThan(0);
    const count = (label: string) => board.values.find((r) => r[0] === label)![column];
    expect(count('A. Mục tiêu chung')).toBe(1);
    expect(count('1.1. Thể chế số')).toBe(0);
    expect(count('2.2. Học liệu số và kiểm tra, đánh giá')).toBe(1);
    expect(count('Toàn kế hoạch')).toBe(2);
  });

  it('a plan without groups and without long-term indicators shows 0, and no group row', () => {
    const board = run(mamNonTabs(), Q3_END).dashboard;
    const header = board.values.find((r) => r[0] === 'Chỉ tiêu')!;
    const column = header.indexOf('Dài hạn (chưa đến hạn)');
    expect(column).toBeGreaterThan(0);
    const whole = board.values.find((r) => r[0] === 'Toàn kế hoạch')!;
    expect(whole[column]).toBe(0);
    expect(board.values.some((r) => String(r[0]).startsWith('Nhóm') || r[0] === '.')).toBe(false);
  });
});
