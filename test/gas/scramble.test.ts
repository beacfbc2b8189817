/**
 * Staff rearrange their sheet (after Khởi tạo marked the computed columns): columns moved and
 * renamed to other spellings, an extra column, a title above the header, blank rows, group rows
 * merged across. Recompute must still give the same results, and every cell staff typed must be
 * exactly as it was.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recomputeSpreadsheet } from '../../src/gas/recompute';
import { toSheetValues } from '../../src/gas/sheetValues';
import { samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import { PLAN_TABS } from '../../src/sheet/schema';
import type { Cell } from '../../src/sheet/workbook';
import { asGas, installGasFakes, type FakeSheet, type FakeSpreadsheet } from '../fakes';
import { markAsKhoiTaoWould, markComputedColumn } from '../support/sheetPlans';

const NOW = new Date('2026-10-15T03:00:00Z');

afterEach(() => {
  vi.unstubAllGlobals();
});

interface Scramble {
  /** New header text for some headers. */
  readonly rename: Readonly<Record<string, string>>;
  /** The original headers in their new left-to-right order (all of them). */
  readonly order: readonly string[];
  readonly titleRows: number;
}

const SCRAMBLES: Readonly<Record<string, Scramble>> = {
  'Chỉ tiêu': {
    rename: { STT: 'TT', 'Chỉ tiêu': 'Nội dung chỉ tiêu', 'Chỉ tiêu năm': 'Mức đạt 2026', 'Quý I': 'Kết quả quý I', 'Quý III': 'Quý 3', 'Phụ trách': 'Đơn vị phụ trách', 'Tỷ lệ đạt': 'Tỉ lệ đạt' },
    order: ['STT', 'Chỉ tiêu', 'Phụ trách', 'Chỉ tiêu năm', 'Đánh giá', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Tỷ lệ đạt', 'Kết quả mới nhất', 'Ghi chú', 'Đơn vị tính', 'Minh chứng'],
    titleRows: 2,
  },
  'Nhiệm vụ': {
    rename: { 'Sản phẩm/Kết quả': 'Sản phẩm', 'Đơn vị chủ trì': 'Chủ trì', 'Thời gian': 'Thời gian thực hiện' },
    order: ['STT', 'Nhiệm vụ', 'Thời gian', 'Tình trạng', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Hạn gần nhất', 'Sản phẩm/Kết quả'],
    titleRows: 1,
  },
  'Tiến độ': {
    rename: { 'Mã NV': 'Mã nhiệm vụ', Kỳ: 'Kỳ báo cáo', 'Ngày hoàn thành': 'Ngày HT' },
    order: ['Kỳ', 'Mã NV', 'Trạng thái', 'Ngày hoàn thành', 'Quá hạn (ngày)', 'Minh chứng', 'Hạn', 'Ghi chú', 'Lưu ý của hệ thống', 'Nhiệm vụ'],
    titleRows: 0,
  },
};

const EXTRA_HEADER = 'Ghi chú riêng của tổ';

/** The tab rearranged; an extra column right after the first, a blank row after every 5th data row. */
function scrambled(name: string, rows: Cell[][]): { rows: Cell[][]; merges: number[] } {
  const s = SCRAMBLES[name];
  if (!s) return { rows, merges: [] };
  const header = rows[0]!.map(String);
  const index = s.order.map((h) => header.indexOf(h));
  expect(index.every((i) => i >= 0)).toBe(true);
  const reorder = (row: Cell[]): Cell[] => {
    const moved = index.map((i) => row[i] ?? '');
    return [moved[0]!, '', ...moved.slice(1)];
  };
  const out: Cell[][] = [];
  for (let t = 0; t < s.titleRows; t++) out.push([t === 0 ? `PHỤ LỤC – ${name.toUpperCase()}` : '(kèm theo Kế hoạch số …)']);
  out.push(reorder(header.map((h) => s.rename[h] ?? h)).map((v, i) => (i === 1 ? EXTRA_HEADER : v)));
  const merges: number[] = [];
  rows.slice(1).forEach((row, i) => {
    const r = reorder(row);
    const isGroup = typeof row[0] === 'string' && /^[IVX]+$/.test(row[0]);
    if (isGroup) {
      // Merged group row: "I. Name" in the first cell, merged across the row.
      out.push([`${row[0]}. ${row[1]}`, ...new Array<Cell>(r.length - 1).fill('')]);
      merges.push(out.length);
    } else {
      r[1] = `ghi chú ${i}`;
      out.push(r);
    }
    if (i % 5 === 4) out.push([]);
  });
  return { rows: out, merges };
}

/**
 * The marks Khởi tạo left on the computed columns, where they are after staff moved and renamed
 * the columns (Sheets moves a column's metadata with it).
 */
function markMoved(sheet: FakeSheet, name: string): void {
  const s = SCRAMBLES[name];
  const spec = PLAN_TABS.find((t) => t.name === name);
  const header = sheet.values[s?.titleRows ?? 0]!;
  for (const c of spec?.columns ?? []) if (c.computed) markComputedColumn(sheet, header.indexOf(s?.rename[c.header] ?? c.header) + 1, c.key);
}

function computedColumns(ss: FakeSpreadsheet, name: string): Set<number> {
  const computed = new Set(['Kết quả mới nhất', 'Tỉ lệ đạt', 'Tỷ lệ đạt', 'Đánh giá', 'Hạn gần nhất', 'Tình trạng', 'Nhiệm vụ', 'Hạn', 'Quá hạn (ngày)', 'Lưu ý của hệ thống', 'Đạt điều kiện', 'Điểm nhóm', 'Mức', 'Nhiệm vụ liên quan', 'Minh chứng từ nhiệm vụ']);
  const rows = ss.sheet(name).snapshot();
  const header = rows.find((r) => r.includes('Đánh giá') || r.includes('Tình trạng') || r.includes('Lưu ý của hệ thống') || r.includes('Đạt điều kiện')) ?? [];
  if (name === 'Nhiệm vụ') computed.delete('Nhiệm vụ');
  return new Set(header.map((h, i) => (computed.has(String(h)) ? i : -1)).filter((i) => i >= 0));
}

/** Computed results keyed by what identifies a row (STT, or Mã NV + Kỳ), independent of layout. */
function results(ss: FakeSpreadsheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, keys, computed] of [
    ['Chỉ tiêu', ['STT', 'TT'], ['Kết quả mới nhất', 'Tỷ lệ đạt', 'Tỉ lệ đạt', 'Đánh giá']],
    ['Nhiệm vụ', ['STT'], ['Hạn gần nhất', 'Tình trạng']],
    ['Tiến độ', ['Mã NV', 'Mã nhiệm vụ', 'Kỳ', 'Kỳ báo cáo'], ['Nhiệm vụ', 'Hạn', 'Quá hạn (ngày)', 'Lưu ý của hệ thống']],
  ] as const) {
    const rows = ss.sheet(name).snapshot();
    const h = rows.findIndex((r) => r.includes(computed[computed.length - 1]));
    const header = rows[h]!.map(String);
    const keyCols = keys.map((k) => header.indexOf(k)).filter((i) => i >= 0);
    const cols = computed.map((c) => header.indexOf(c)).filter((i) => i >= 0);
    for (const row of rows.slice(h + 1)) {
      const first = String(row[0] ?? '');
      const key = /^[IVX]+\./.test(first) ? first.split('.')[0] : keyCols.map((c) => String(row[c])).join('|');
      if (key === '' || key.split('|').every((k) => k === '')) continue;
      out[`${name}:${key}`] = cols.map((c) => row[c]);
    }
  }
  // The overdue list's last column is the row to update, which moved with the blank rows.
  out.dashboard = ss.sheet('Tổng quan').snapshot().map((r) => r.slice(0, 6));
  return out;
}

describe('a scrambled sheet', () => {
  it('gives the same results as the tidy one, and no cell staff typed changes', () => {
    const tidy = installGasFakes().spreadsheetApp.spreadsheet;
    const messy = installGasFakes().spreadsheetApp.spreadsheet;
    for (const [name, rows] of planTabs(samplePlan())) {
      markAsKhoiTaoWould(tidy.addSheet(name, toSheetValues(rows, tidy.timeZone)));
      const { rows: mixed, merges } = scrambled(name, rows);
      const sheet = messy.addSheet(name, toSheetValues(mixed, messy.timeZone));
      for (const r of merges) sheet.range(r, 1, 1, mixed[r - 1]!.length).merge();
      markMoved(sheet, name);
    }
    const before = new Map(messy.sheets.map((s) => [s.name, s.snapshot()]));

    recomputeSpreadsheet(asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(tidy), NOW);
    const outcome = recomputeSpreadsheet(asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(messy), NOW);

    expect(outcome.result.read.problems).toEqual([]);
    expect(outcome.appendedRows).toBe(0);
    expect(outcome.result.read.plan.indicators).toHaveLength(22);
    expect(outcome.result.read.plan.tasks).toHaveLength(29);
    const expected = results(tidy);
    const actual = results(messy);
    expect(Object.keys(actual).length).toBe(Object.keys(expected).length);
    expect(actual).toEqual(expected);

    for (const [name, old] of before) {
      const now = messy.sheet(name).snapshot();
      const skip = computedColumns(messy, name);
      old.forEach((row, r) =>
        row.forEach((v, c) => {
          if (!skip.has(c)) expect(now[r]?.[c], `${name}!${String.fromCharCode(65 + c)}${r + 1}`).toStrictEqual(v);
        }),
      );
    }
  });
});
