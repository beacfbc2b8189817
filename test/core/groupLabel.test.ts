import { describe, expect, it } from 'vitest';
import { groupLabel, groupTitle, hasGroups, isUngrouped } from '../../src/core/groupLabel';

describe('group labels (issue 9 item 13)', () => {
  it('names a group by its numbering and name, as the plan types them', () => {
    expect(groupLabel({ numeral: 'I', name: 'Thể chế và quản trị số' })).toBe('I. Thể chế và quản trị số');
    expect(groupLabel({ numeral: 'A', name: 'Mục tiêu chung' })).toBe('A. Mục tiêu chung');
    expect(groupLabel({ numeral: '2.1', name: 'Hạ tầng số' })).toBe('2.1. Hạ tầng số');
    expect(groupLabel({ numeral: 'B', name: '' })).toBe('B');
    expect(groupLabel({ numeral: '', name: 'Nhóm riêng' })).toBe('Nhóm riêng');
    expect(groupLabel({ numeral: '', name: '' })).toBe('Chưa phân nhóm');
  });

  it('a sentence says «Nhóm …», unless the plan\'s own word leads the numbering', () => {
    expect(groupTitle({ numeral: 'II', name: 'Hạ tầng số' })).toBe('Nhóm II. Hạ tầng số');
    expect(groupTitle({ numeral: 'A', name: 'Mục tiêu chung' })).toBe('Nhóm A. Mục tiêu chung');
    expect(groupTitle({ numeral: 'Phần I', name: 'Chỉ tiêu chung' })).toBe('Phần I. Chỉ tiêu chung');
    expect(groupTitle({ numeral: '', name: '' })).toBe('Chưa phân nhóm');
  });

  it('a plan has groups when any record is in a group row', () => {
    expect(hasGroups([])).toBe(false);
    expect(hasGroups([{ group: { numeral: '', name: '' } }])).toBe(false);
    expect(hasGroups([{ group: { numeral: '', name: '' } }, { group: { numeral: 'I', name: 'X' } }])).toBe(true);
    expect(isUngrouped({ numeral: 'I', name: '' })).toBe(false);
  });
});
