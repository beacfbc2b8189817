import { describe, expect, it } from 'vitest';
import { findTab, headerKey, locateHeader } from '../../src/sheet/headers';
import { INDICATORS_TAB, PLAN_TABS, PROGRESS_TAB, TASKS_TAB } from '../../src/sheet/schema';

describe('headerKey', () => {
  it('folds case, diacritics, spacing, punctuation and a trailing year that is the plan\'s', () => {
    expect(headerKey('Mức đạt 2026', 2026)).toBe('muc dat');
    expect(headerKey('Mức đạt (2026)', 2026)).toBe('muc dat');
    expect(headerKey('  MỨC-ĐẠT  ', 2026)).toBe('muc dat');
    expect(headerKey('Chỉ tiêu năm 2026', 2026)).toBe('chi tieu nam');
    expect(headerKey('Quá hạn (ngày)')).toBe('qua han ngay');
    expect(headerKey('Quý I')).toBe('quy i');
  });

  it('keeps a year that is not the plan\'s, so «Mức đạt 2025» never matches «Mức đạt» in 2026 (issue 8 item 2)', () => {
    expect(headerKey('Mức đạt 2025', 2026)).toBe('muc dat 2025');
    expect(headerKey('Mức đạt 2026')).toBe('muc dat 2026');
  });
});

describe('locateHeader', () => {
  it('finds a header row below a title, with columns moved, renamed and extra', () => {
    const rows = [
      ['PHỤ LỤC 1'],
      [],
      ['TT', 'Ghi chú riêng', 'Nội dung chỉ tiêu', 'Mức đạt 2026', 'Quý 3', 'Đánh giá'],
      [1, '', 'Hồ sơ điện tử', '100%', 0.9],
    ];
    const layout = locateHeader(rows, INDICATORS_TAB, 2026)!;
    expect(layout.headerRow).toBe(3);
    expect(Object.fromEntries(layout.columns)).toEqual({ stt: 1, name: 3, target: 4, q3: 5, verdict: 6 });
    expect(layout.headers.get('target')).toBe('Mức đạt 2026');
  });

  it('reads a two-row header (quarters under a merged "Kết quả thực hiện")', () => {
    const rows = [
      ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Kết quả thực hiện', '', '', ''],
      ['', '', '', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'],
      [1, 'Hồ sơ điện tử', '100%', 0.9, 0.95, '', ''],
    ];
    const layout = locateHeader(rows, INDICATORS_TAB)!;
    expect(layout.headerRow).toBe(2);
    expect(layout.columns.get('q1')).toBe(4);
    expect(layout.columns.get('q4')).toBe(7);
  });

  it('skips a header naming another year; two columns claiming one role are a conflict, and neither is taken', () => {
    const rows = [['STT', 'Chỉ tiêu', 'Mức đạt 2025', 'Mức đạt 2026', 'Tỷ lệ đạt 2025', 'Tỷ lệ đạt', 'Tỉ lệ đạt']];
    const layout = locateHeader(rows, INDICATORS_TAB, 2026)!;
    expect(layout.columns.get('target')).toBe(4);
    expect(layout.columns.has('attainment')).toBe(false);
    expect(layout.conflicts).toEqual([{ key: 'attainment', candidates: [{ column: 6, header: 'Tỷ lệ đạt' }, { column: 7, header: 'Tỉ lệ đạt' }] }]);
    expect(locateHeader([['STT', 'Chỉ tiêu', 'Mức đạt 2025']], INDICATORS_TAB, 2026)).toBeUndefined();
  });

  it('is undefined when a required column is missing', () => {
    expect(locateHeader([['STT', 'Nhiệm vụ', 'Đơn vị chủ trì']], TASKS_TAB)).toBeUndefined();
    expect(locateHeader([], PROGRESS_TAB)).toBeUndefined();
  });

  it('does not take a data row for the header', () => {
    const rows = [['Mã NV', 'Kỳ', 'Trạng thái'], [1, 'Quý I', 'Hoàn thành']];
    expect(locateHeader(rows, PROGRESS_TAB)!.headerRow).toBe(1);
  });
});

describe('the headers real plans use (issue 9 item 13)', () => {
  /** The role each header of `row` is read as in `spec`'s tab (undefined: none). */
  function rolesOf(spec: typeof TASKS_TAB, row: string[]): (string | undefined)[] {
    const layout = locateHeader([row], spec, 2026);
    expect(layout, row.join(' | ')).toBeDefined();
    return row.map((_, i) => [...layout!.columns].find(([, c]) => c === i + 1)?.[0]);
  }

  it('Nhiệm vụ: the task, its timing and its lead as other schools head them', () => {
    const tables = [
      ['Tháng', 'Nhiệm vụ trọng tâm', 'Sản phẩm/Kết quả', 'Bộ phận chủ trì'],
      ['TT', 'Nội dung nhiệm vụ', 'Đơn vị thực hiện', 'Thời gian thực hiện'],
      ['STT', 'Nội dung công việc', 'Người phụ trách', 'Thời hạn'],
      ['STT', 'Tên nhiệm vụ', 'Phụ trách', 'Tiến độ thực hiện'],
      ['STT', 'Các nhiệm vụ, giải pháp', 'Người thực hiện', 'Thời gian hoàn thành'],
      ['STT', 'Nhiệm vụ cụ thể', 'Đơn vị chủ trì', 'Thời gian'],
      ['STT', 'Nhiệm vụ và giải pháp', 'Bộ phận thực hiện', 'Thời gian triển khai'],
      ['STT', 'Nội dung công việc', 'Cá nhân phụ trách', 'Hạn hoàn thành'],
    ];
    expect(rolesOf(TASKS_TAB, tables[0]!)).toEqual(['timing', 'name', 'product', 'lead']);
    for (const row of tables.slice(1)) expect(rolesOf(TASKS_TAB, row), row.join(' | ')).toEqual(['stt', 'name', 'lead', 'timing']);
  });

  it('Chỉ tiêu: the indicator and its target as other schools head them', () => {
    const tables = [
      ['STT', 'Nội dung chỉ tiêu', 'Chỉ tiêu năm 2026'],
      ['TT', 'Tiêu chí', 'Mục tiêu'],
      ['STT', 'Chỉ tiêu cụ thể', 'Chỉ tiêu cần đạt'],
      ['STT', 'Tên tiêu chí', 'Kết quả cần đạt'],
      ['STT', 'Nội dung tiêu chí', 'Mục tiêu cần đạt'],
      ['STT', 'Chỉ tiêu', 'Mức đạt 2026'],
      ['TT', 'Nội dung chỉ tiêu', 'Chỉ tiêu phấn đấu năm 2026'],
      ['TT', 'Nội dung chỉ tiêu', 'Chỉ tiêu phấn đấu (năm 2026)'],
      ['Số TT', 'Tên chỉ tiêu', 'Mục tiêu phấn đấu'],
      ['TT', 'Nội dung chỉ tiêu', 'Chỉ tiêu phấn đấu'],
      ['Số thứ tự', 'Chỉ tiêu', 'Mức đạt năm 2026'],
      ['TT', 'Chỉ tiêu', 'Mục tiêu phấn đấu năm 2026'],
      ['TT', 'Chỉ tiêu', 'Chỉ tiêu năm học 2025-2026'],
    ];
    for (const row of tables) expect(rolesOf(INDICATORS_TAB, row), row.join(' | ')).toEqual(['stt', 'name', 'target']);
  });

  it('Chỉ tiêu: a target heading of another year is never the plan\'s, and last year\'s result beside it is left alone', () => {
    for (const target of ['Chỉ tiêu phấn đấu năm 2025', 'Mục tiêu phấn đấu 2027', 'Chỉ tiêu năm học 2024-2025']) {
      expect(locateHeader([['TT', 'Nội dung chỉ tiêu', 'ĐVT', target]], INDICATORS_TAB, 2026), target).toBeUndefined();
    }
    const layout = locateHeader([['TT', 'Nội dung chỉ tiêu', 'ĐVT', 'Kết quả năm 2025', 'Chỉ tiêu phấn đấu năm 2025', 'Chỉ tiêu phấn đấu năm 2026']], INDICATORS_TAB, 2026)!;
    expect(Object.fromEntries(layout.columns)).toEqual({ stt: 1, name: 2, unit: 3, target: 6 });
  });

  it('Nhiệm vụ: the product as other schools head it', () => {
    for (const product of ['Kết quả/Sản phẩm', 'Kết quả, sản phẩm', 'Sản phẩm/Kết quả', 'Sản phẩm dự kiến', 'Kết quả dự kiến']) {
      expect(rolesOf(TASKS_TAB, ['TT', 'Nội dung nhiệm vụ', product, 'Người phụ trách', 'Thời gian thực hiện']), product).toEqual(['stt', 'name', 'product', 'lead', 'timing']);
    }
  });

  it('no spelling names two columns of one tab, and a computed column takes no spelling of a staff column', () => {
    for (const tab of PLAN_TABS) {
      const owner = new Map<string, string>();
      for (const column of tab.columns) {
        for (const spelling of [column.header, ...column.aliases]) {
          const folded = headerKey(spelling);
          expect(owner.get(folded) ?? column.key, `«${spelling}» in ${tab.name}`).toBe(column.key);
          owner.set(folded, column.key);
        }
      }
    }
  });
});

describe('findTab', () => {
  it('matches the tab name folded, or an alias', () => {
    const tabs = new Map([['CHI TIEU', [['x']]], ['Phụ lục 2', [['y']]]]);
    expect(findTab(tabs, INDICATORS_TAB)?.name).toBe('CHI TIEU');
    expect(findTab(tabs, TASKS_TAB)?.name).toBe('Phụ lục 2');
    expect(findTab(tabs, PROGRESS_TAB)).toBeUndefined();
  });
});
