/**
 * Issue 8, property: on real layouts scrambled the ways schools scramble them — last year's
 * year-suffixed twins of the add-in's columns, staff columns under names close to the add-in's,
 * a column-number row, a «Tổng cộng» row with formulas, formulas staff put in computed cells,
 * title rows, blank rows, columns moved, staff's own tabs — the whole day of the add-in (Khởi tạo
 * answered «Có», Cập nhật, Kiểm tra dữ liệu, a status set to «Hoàn thành» with onEdit, the daily
 * run) leaves every cell staff typed byte-identical, and every formula where it was. The add-in
 * may write only the cells of record rows (and Chỉ tiêu's group rows) in columns carrying its
 * mark, and its marks may sit only on the columns it made or on new columns.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarDate } from '../../src/core/date';
import { checkSpreadsheet } from '../../src/gas/checkData';
import { MARK_KEY } from '../../src/gas/marks';
import { stampCompletionDates } from '../../src/gas/onEdit';
import { recomputeSpreadsheet } from '../../src/gas/recompute';
import { onDailyTrigger } from '../../src/gas/reminders/actions';
import { DEFAULT_DEPS } from '../../src/gas/reminders/run';
import { setUpSpreadsheet } from '../../src/gas/setUp';
import { toSheetValues } from '../../src/gas/sheetValues';
import { samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import { INDICATORS_TAB, PLAN_TABS, PROGRESS_TAB, type TabSpec, TASKS_TAB } from '../../src/sheet/schema';
import type { Cell } from '../../src/sheet/workbook';
import { AuthMode, asGas, Button, type FakeSheet, type FakeSpreadsheet } from '../fakes';
import { installReminderFakes } from '../fakes/reminderGas';
import { markComputedColumn } from '../support/sheetPlans';

/** 15/10/2026 10:00 in Việt Nam; the daily run the next morning. */
const NOW = new Date('2026-10-15T03:00:00Z');
const NEXT_MORNING = new Date('2026-10-16T00:30:00Z');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Staff columns schools add to each table: last year's twins, their own columns under near names. */
const STAFF_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  'Chỉ tiêu': ['Tỷ lệ đạt 2025', 'Đánh giá 2025', 'Mức đạt 2025', 'Kết quả mới nhất 2025', 'Kết quả đánh giá', 'Ghi chú của tổ'],
  'Nhiệm vụ': ['Hạn gần nhất 2025', 'Tình trạng 2025', 'Tình hình', 'Hạn chót', 'Hạn tiếp theo', 'Ghi chú của tổ'],
  'Tiến độ': ['Hạn 2025', 'Hạn hoàn thành', 'Hạn chót', 'Ngày hoàn thành 2025', 'Quá hạn (ngày) 2025', 'Số ngày quá hạn', 'Ghi chú của tổ'],
};
/** A column that makes two columns claim one role (the add-in then writes, or reads, neither). */
const CLASHING_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  'Chỉ tiêu': ['Tỉ lệ đạt', 'Mục tiêu'],
  'Nhiệm vụ': ['Tình trạng'],
  'Tiến độ': ['Lưu ý hệ thống'],
};
const TABLES: readonly TabSpec[] = [INDICATORS_TAB, TASKS_TAB, PROGRESS_TAB];

interface TableLayout {
  readonly titleRows: number;
  /** Staff columns: header and where it goes (taken modulo the width so far). */
  readonly extras: readonly { readonly header: string; readonly at: number }[];
  /** Original columns in a new order: sort keys, one per column. */
  readonly order: readonly number[] | undefined;
  readonly numbering: '(n)' | 'n' | '[n]' | 'n.' | undefined;
  /** Blank rows after these data rows (indexes taken modulo the number of data rows). */
  readonly blankAfter: readonly number[];
  readonly total: string | undefined;
  /** Formulas staff put in computed cells of record rows: record index, computed column index. */
  readonly formulas: readonly (readonly [number, number])[];
  /** A computed column made by staff (same header, no mark): index among the computed columns. */
  readonly unmarked: number | undefined;
}

const tableLayout = (name: string): fc.Arbitrary<TableLayout> =>
  fc.record({
    titleRows: fc.integer({ min: 0, max: 2 }),
    extras: fc
      .tuple(fc.subarray([...STAFF_COLUMNS[name]!]), fc.option(fc.constantFrom(...CLASHING_COLUMNS[name]!), { nil: undefined, freq: 4 }))
      .chain(([headers, clash]) => {
        const all = clash ? [...headers, clash] : headers;
        return fc.array(fc.nat(40), { minLength: all.length, maxLength: all.length }).map((ats) => all.map((header, i) => ({ header, at: ats[i]! })));
      }),
    order: fc.option(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }), { nil: undefined }),
    numbering: fc.option(fc.constantFrom('(n)' as const, 'n' as const, '[n]' as const, 'n.' as const), { nil: undefined }),
    blankAfter: fc.array(fc.nat(100), { maxLength: 3 }),
    total: fc.option(fc.constantFrom('Tổng cộng', 'TỔNG CỘNG', 'Cộng:', 'Trung bình', 'Tổng cộng (toàn trường)'), { nil: undefined }),
    formulas: fc.array(fc.tuple(fc.nat(100), fc.nat(5)), { maxLength: 3 }),
    unmarked: fc.option(fc.nat(5), { nil: undefined, freq: 3 }),
  });

interface World {
  readonly tables: readonly TableLayout[];
  /** Formulas showing "" in Ngày hoàn thành of these Tiến độ records. */
  readonly dateFormulas: readonly number[];
  /** The Tiến độ record whose Trạng thái staff set to «Hoàn thành». */
  readonly edited: number;
  readonly staffTabs: readonly string[];
}

const world: fc.Arbitrary<World> = fc.record({
  tables: fc.tuple(...TABLES.map((t) => tableLayout(t.name))),
  dateFormulas: fc.array(fc.nat(100), { maxLength: 3 }),
  edited: fc.nat(100),
  staffTabs: fc.subarray(['Ghi chép của tổ', 'Tổng quan', 'Nhật ký']),
});

/** What staff typed in their own column for one row: numbers, text, dates, blanks. */
function staffValue(header: string, i: number): Cell {
  const kinds: Cell[] = [0.5 + (i % 5) / 10, `${header.toLowerCase()} ${i}`, calendarDate(2025, (i % 12) + 1, (i % 27) + 1), '', i % 3 ? 'Đạt' : 'Chưa đạt'];
  return kinds[(i + header.length) % kinds.length]!;
}

function numberToken(style: NonNullable<TableLayout['numbering']>, n: number): Cell {
  return style === 'n' ? n : style.replace('n', String(n));
}

/** A table as staff left it, and what the test knows of it. */
interface Built {
  readonly rows: Cell[][];
  readonly formulas: readonly { readonly row: number; readonly column: number; readonly formula: string; readonly shown: Cell }[];
  /** Computed column key → 1-based column, and whether Khởi tạo's mark is on it. */
  readonly computed: ReadonlyMap<string, { readonly column: number; readonly marked: boolean }>;
  /** 1-based rows the add-in may write (records; Chỉ tiêu's group rows). */
  readonly written: ReadonlySet<number>;
  readonly records: readonly number[];
}

function build(spec: TabSpec, tidy: readonly Cell[][], layout: TableLayout): Built {
  const header = tidy[0]!;
  const originals = header.map((_, i) => i);
  const ordered = layout.order ? [...originals].sort((a, b) => layout.order![a]! - layout.order![b]! || a - b) : originals;
  const sources: ({ readonly original: number } | { readonly extra: string })[] = ordered.map((original) => ({ original }));
  for (const { header: h, at } of layout.extras) sources.splice(at % (sources.length + 1), 0, { extra: h });
  const width = sources.length;
  const cellsOf = (row: readonly Cell[], i: number, group: boolean): Cell[] =>
    sources.map((s) => ('original' in s ? (row[s.original] ?? '') : group ? '' : staffValue(s.extra, i)));

  const rows: Cell[][] = [];
  for (let t = 0; t < layout.titleRows; t++) rows.push([t === 0 ? `PHỤ LỤC – ${spec.name.toUpperCase()}` : '(Kèm theo Kế hoạch số 12/KH-THPTAL)']);
  rows.push(sources.map((s) => ('original' in s ? header[s.original]! : s.extra)));
  const headerRow = rows.length;
  if (layout.numbering) rows.push(Array.from({ length: width }, (_, i) => numberToken(layout.numbering!, i + 1)));
  const data = tidy.slice(1);
  const blanks = new Set(layout.blankAfter.map((i) => i % Math.max(1, data.length)));
  const written = new Set<number>();
  const records: number[] = [];
  data.forEach((row, i) => {
    const group = typeof row[0] === 'string' && /^[IVX]+$/.test(row[0]);
    rows.push(cellsOf(row, i, group));
    if (!group) records.push(rows.length);
    if (!group || spec === INDICATORS_TAB) written.add(rows.length);
    if (blanks.has(i)) rows.push([]);
  });

  const column = (key: string): number => sources.findIndex((s) => 'original' in s && spec.columns[s.original]?.key === key) + 1;
  const computedKeys = spec.columns.filter((c) => c.computed).map((c) => c.key);
  const computed = new Map(computedKeys.map((key, i) => [key, { column: column(key), marked: layout.unmarked === undefined || layout.unmarked % computedKeys.length !== i }]));
  const formulas: { row: number; column: number; formula: string; shown: Cell }[] = [];
  if (layout.total) {
    const total = new Array<Cell>(width).fill('');
    const label = column(spec === PROGRESS_TAB ? 'taskName' : 'name');
    total[label - 1] = layout.total;
    rows.push(total);
    computedKeys.forEach((key, i) => {
      const at = { row: rows.length, column: computed.get(key)!.column };
      if (at.column === label) return;
      if (i % 2 === 0) formulas.push({ ...at, formula: `=COUNTA(A${headerRow + 1}:A${rows.length - 1})`, shown: records.length });
      else total[at.column - 1] = 'xem biên bản họp';
    });
  }
  for (const [record, k] of layout.formulas) {
    const key = computedKeys[k % computedKeys.length]!;
    const row = records[record % records.length]!;
    formulas.push({ row, column: computed.get(key)!.column, formula: `=IF(A${row}<>"";"tổ tính";"")`, shown: 'tổ tính' });
  }
  return { rows, formulas, computed, written, records };
}

/** Every cell of a sheet and every formula, to compare before and after. */
function contentOf(sheet: FakeSheet): { values: unknown[][]; formulas: Record<string, string> } {
  return { values: sheet.snapshot(), formulas: sheet.formulaSnapshot() };
}

/** The columns of `sheet` carrying one of the add-in's column marks. */
function markedColumns(ss: FakeSpreadsheet, sheet: FakeSheet): Set<number> {
  return new Set(ss.metadata.filter((m) => m.key === MARK_KEY && m.location.sheet === sheet && m.location.column !== undefined).map((m) => m.location.column!));
}

function runDay(ss: FakeSpreadsheet, ui: GoogleAppsScript.Base.Ui, progress: FakeSheet, statusCell: { row: number; column: number }): void {
  const gas = asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(ss);
  setUpSpreadsheet(gas, ui, NOW);
  recomputeSpreadsheet(gas, NOW);
  checkSpreadsheet(gas, NOW);
  const range = progress.range(statusCell.row, statusCell.column);
  range.setValues([['Hoàn thành']]);
  stampCompletionDates({ authMode: AuthMode.LIMITED, range: asGas<GoogleAppsScript.Spreadsheet.Range>(range), source: gas, value: 'Hoàn thành' } as unknown as GoogleAppsScript.Events.SheetsOnEdit, NOW);
  onDailyTrigger(undefined, { ...DEFAULT_DEPS, now: () => NEXT_MORNING });
}

describe('the add-in on scrambled real layouts (issue 8)', () => {
  it('leaves every cell staff typed byte-identical, and every formula where it was', () => {
    const tidy = planTabs(samplePlan());
    fc.assert(
      fc.property(world, (w) => {
        vi.unstubAllGlobals();
        const f = installReminderFakes();
        vi.spyOn(console, 'log').mockImplementation(() => {});
        vi.spyOn(console, 'warn').mockImplementation(() => {});
        const ss = f.spreadsheetApp.spreadsheet;
        const built = new Map<string, Built>();
        for (const spec of PLAN_TABS) {
          const at = TABLES.indexOf(spec);
          const table = at >= 0 ? build(spec, tidy.get(spec.name)!, w.tables[at]!) : undefined;
          const sheet = ss.addSheet(spec.name, toSheetValues(table?.rows ?? tidy.get(spec.name)!, ss.timeZone));
          if (!table) continue;
          built.set(spec.name, table);
          for (const x of table.formulas) sheet.putFormula(x.row, x.column, x.formula, x.shown);
          for (const [key, c] of table.computed) if (c.marked) markComputedColumn(sheet, c.column, key);
        }
        for (const name of w.staffTabs) {
          const sheet = ss.addSheet(name, [['Sổ tay của tổ Tin', 'Số liệu'], ['Máy tính hỏng', 3], ['Ghi chú', '- nhập tay, không xoá']]);
          sheet.putFormula(2, 3, '=B2*2', 6);
        }
        const progress = ss.sheet('Tiến độ');
        const p = built.get('Tiến độ')!;
        const progressHeader = progress.snapshot().find((r) => r.includes('Trạng thái'))!;
        const dateColumn = progressHeader.indexOf('Ngày hoàn thành') + 1;
        for (const i of w.dateFormulas) progress.putFormula(p.records[i % p.records.length]!, dateColumn, '=IFERROR(VLOOKUP(A2;\'Biên bản\'!A:C;3;FALSE);"")', '');
        const statusCell = { row: p.records[w.edited % p.records.length]!, column: progressHeader.indexOf('Trạng thái') + 1 };

        const staffSheets = [...ss.sheets];
        const before = new Map(staffSheets.map((s) => [s, contentOf(s)]));
        const widths = new Map(staffSheets.map((s) => [s, s.extent().lastColumn]));
        // What staff themselves change: the status, and (when blank, no formula) the date onEdit stamps.
        const expected = before.get(progress)!;
        const stampable = expected.values[statusCell.row - 1]![dateColumn - 1] === '' && progress.formulaAt(statusCell.row, dateColumn) === '';
        expected.values[statusCell.row - 1]![statusCell.column - 1] = 'Hoàn thành';

        f.spreadsheetApp.ui.alertResponse = Button.YES;
        runDay(ss, asGas<GoogleAppsScript.Base.Ui>(f.spreadsheetApp.ui), progress, statusCell);

        // The day did its work: Tổng quan in the add-in's own tab, the morning's reminders sent.
        const dashboard = ss.metadata.find((m) => m.key === MARK_KEY && m.value?.startsWith('tab:dashboard:'))!.location.sheet;
        expect(String(dashboard.snapshot()[0]![0])).toMatch(/^TỔNG QUAN THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026/);
        expect(f.mailApp.outbox.length).toBeGreaterThan(0);

        for (const sheet of staffSheets) {
          const was = before.get(sheet)!;
          const now = contentOf(sheet);
          expect(now.formulas, `${sheet.name}: formulas`).toStrictEqual(was.formulas);
          const table = built.get(sheet.name);
          const marked = markedColumns(ss, sheet);
          const mine = new Set([...(table?.computed.values() ?? [])].map((c) => c.column));
          for (const c of marked) expect(mine.has(c) || c > widths.get(sheet)!, `${sheet.name}: a mark on staff's column ${c}`).toBe(true);
          was.values.forEach((row, r) =>
            row.forEach((value, c) => {
              const may = table !== undefined && marked.has(c + 1) && table.written.has(r + 1) && was.formulas[`${r + 1},${c + 1}`] === undefined;
              const stamped = sheet === progress && stampable && r + 1 === statusCell.row && c + 1 === dateColumn;
              if (!may && !stamped) expect(now.values[r]?.[c], `${sheet.name}!R${r + 1}C${c + 1}`).toStrictEqual(value);
            }),
          );
        }
      }),
      { numRuns: 30 },
    );
  });
});

