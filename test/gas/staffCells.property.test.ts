/**
 * Issue 8, property: on real layouts scrambled the ways schools scramble them — last year's
 * year-suffixed twins of the add-in's columns, staff columns under names close to the add-in's,
 * a column-number row (partial, with letters, numbers moved or «(3a)» inserted, «Cột n»), a
 * total row labelled in free text with formulas, a footnote and a signature block under the
 * table, formulas staff put in computed cells, title rows, blank rows, columns moved (a computed
 * column too, its mark moving with it as in Sheets), staff's own tabs (named «Kiểm tra dữ liệu»,
 * «Nhật ký nhắc việc», «Tổng quan», …) — the whole day of the add-in (Khởi tạo answered «Có» or
 * «Không», Cập nhật, Kiểm tra dữ liệu, a status set to «Hoàn thành» with onEdit, the daily run)
 * leaves every cell staff typed byte-identical, with its number format and data validation, and
 * every formula where it was. The add-in may write only the cells of record rows (and Chỉ tiêu's
 * group rows) in columns carrying its mark, and its marks may sit only on the columns it made or
 * on new columns. The seed is fixed, so a run in CI is the run on the developer's machine.
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
import { AuthMode, asGas, Button, type FakeSheet, type FakeSpreadsheet, installGasFakes } from '../fakes';
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

/** A column-number row as staff leave it under the header. */
interface Numbering {
  readonly style: '(n)' | 'n' | '[n]' | 'n.' | 'Cột n';
  /** The first columns lettered «A», «B» (or «(A)», «(B)»). */
  readonly letters: number;
  readonly bracketLetters: boolean;
  /** Two adjacent numbers swapped (a column moved after numbering). */
  readonly swap: number | undefined;
  /** A column inserted after numbering, numbered «(3a)». */
  readonly inserted: number | undefined;
  /** Cells left blank (a merged header above them). */
  readonly blanks: readonly number[];
  /** A blank row between the header and the numbering row. */
  readonly blankAbove: boolean;
}

/** What schools type under a table: a footnote, the place and date, the signers, their names. */
interface Signature {
  readonly blankBefore: boolean;
  readonly footnote: boolean;
  /** Column (taken modulo the width) of the place-and-date line. */
  readonly date: number | undefined;
  /** Column of «HIỆU TRƯỞNG» («NGƯỜI LẬP BIỂU» goes in the label column), and whether the names follow. */
  readonly titles: { readonly at: number; readonly names: boolean } | undefined;
}

interface TableLayout {
  readonly titleRows: number;
  /** Staff columns: header and where it goes (taken modulo the width so far). */
  readonly extras: readonly { readonly header: string; readonly at: number }[];
  /** Original columns in a new order: sort keys, one per column. */
  readonly order: readonly number[] | undefined;
  readonly numbering: Numbering | undefined;
  /** Blank rows after these data rows (indexes taken modulo the number of data rows). */
  readonly blankAfter: readonly number[];
  /** A total row's label, and whether it is typed in the STT / Mã NV column rather than the name. */
  readonly total: { readonly label: string; readonly inNumberColumn: boolean } | undefined;
  readonly signature: Signature | undefined;
  /** Formulas staff put in computed cells of record rows: record index, computed column index. */
  readonly formulas: readonly (readonly [number, number])[];
  /** A computed column made by staff (same header, no mark): index among the computed columns. */
  readonly unmarked: number | undefined;
  /** A computed column (index among them) staff drag elsewhere once the tab is set up (mark and all). */
  readonly moved: { readonly computed: number; readonly to: number } | undefined;
}

const TOTAL_LABELS = ['Tổng cộng', 'TỔNG CỘNG', 'Cộng:', 'Trung bình', 'Tổng cộng (toàn trường)', 'Tổng cộng 22 chỉ tiêu', 'Cộng nhóm I', 'Tổng số: 29', 'Tổng cộng - toàn trường', 'Trung bình chung toàn trường'];

const numbering: fc.Arbitrary<Numbering> = fc.record({
  style: fc.constantFrom('(n)' as const, 'n' as const, '[n]' as const, 'n.' as const, 'Cột n' as const),
  letters: fc.nat(2),
  bracketLetters: fc.boolean(),
  swap: fc.option(fc.nat(40), { nil: undefined }),
  inserted: fc.option(fc.nat(40), { nil: undefined }),
  blanks: fc.array(fc.nat(40), { maxLength: 3 }),
  blankAbove: fc.boolean(),
});

const signature: fc.Arbitrary<Signature> = fc.record({
  blankBefore: fc.boolean(),
  footnote: fc.boolean(),
  date: fc.option(fc.nat(40), { nil: undefined }),
  titles: fc.option(fc.record({ at: fc.nat(40), names: fc.boolean() }), { nil: undefined }),
});

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
    numbering: fc.option(numbering, { nil: undefined }),
    blankAfter: fc.array(fc.nat(100), { maxLength: 3 }),
    total: fc.option(fc.record({ label: fc.constantFrom(...TOTAL_LABELS), inNumberColumn: fc.boolean() }), { nil: undefined }),
    signature: fc.option(signature, { nil: undefined }),
    formulas: fc.array(fc.tuple(fc.nat(100), fc.nat(5)), { maxLength: 3 }),
    unmarked: fc.option(fc.nat(5), { nil: undefined, freq: 3 }),
    moved: fc.option(fc.record({ computed: fc.nat(5), to: fc.nat(40) }), { nil: undefined, freq: 3 }),
  });

interface World {
  readonly tables: readonly TableLayout[];
  /** Formulas showing "" in Ngày hoàn thành of these Tiến độ records. */
  readonly dateFormulas: readonly number[];
  /** The Tiến độ record whose Trạng thái staff set to «Hoàn thành». */
  readonly edited: number;
  readonly staffTabs: readonly string[];
  /** Khởi tạo's questions answered «Có» or «Không». */
  readonly answer: 'yes' | 'no';
}

const world: fc.Arbitrary<World> = fc.record({
  tables: fc.tuple(...TABLES.map((t) => tableLayout(t.name))),
  dateFormulas: fc.array(fc.nat(100), { maxLength: 3 }),
  edited: fc.nat(100),
  staffTabs: fc.subarray(['Ghi chép của tổ', 'Tổng quan', 'Nhật ký', 'Kiểm tra dữ liệu', 'Nhật ký nhắc việc']),
  answer: fc.constantFrom('yes' as const, 'no' as const),
});

/** What staff typed in their own column for one row: numbers, text, dates, blanks. */
function staffValue(header: string, i: number): Cell {
  const kinds: Cell[] = [0.5 + (i % 5) / 10, `${header.toLowerCase()} ${i}`, calendarDate(2025, (i % 12) + 1, (i % 27) + 1), '', i % 3 ? 'Đạt' : 'Chưa đạt'];
  return kinds[(i + header.length) % kinds.length]!;
}

/** The cells of a column-number row `width` wide. */
function numberingRow(layout: Numbering, width: number): Cell[] {
  const inserted = layout.inserted === undefined ? undefined : 1 + (layout.inserted % (width - 1));
  const tokens: string[] = Array.from({ length: width }, (_, i) => (inserted === undefined || i < inserted ? String(i + 1) : i === inserted ? `${i}a` : String(i)));
  const cells: Cell[] = tokens.map((t) => (layout.style === 'n' ? (/^\d+$/.test(t) ? Number(t) : t) : layout.style === 'Cột n' ? `Cột ${t}` : layout.style.replace('n', t)));
  for (let i = 0; i < layout.letters; i++) cells[i] = layout.bracketLetters ? `(${'AB'[i]})` : 'AB'[i]!;
  if (layout.swap !== undefined) {
    const at = layout.swap % (width - 1);
    [cells[at], cells[at + 1]] = [cells[at + 1]!, cells[at]!];
  }
  for (const b of layout.blanks) cells[b % width] = '';
  return cells;
}

/** The rows of a signature block under a table `width` wide whose records are named in column `label` (1-based). */
function signatureRows(layout: Signature, width: number, label: number): Cell[][] {
  const row = (cells: readonly (readonly [number, Cell])[]): Cell[] => {
    const out = new Array<Cell>(width).fill('');
    for (const [c, v] of cells) out[c - 1] = v;
    return out;
  };
  const elsewhere = (at: number): number => {
    const c = (at % width) + 1;
    return c === label ? (c % width) + 1 : c;
  };
  const rows: Cell[][] = [];
  if (layout.blankBefore) rows.push(row([]));
  if (layout.footnote) rows.push(row([[label, 'Ghi chú: số liệu quý IV cập nhật sau']]));
  if (layout.date !== undefined) rows.push(row([[elsewhere(layout.date), 'An Lão, ngày 30 tháng 9 năm 2026']]));
  if (layout.titles) {
    const right = elsewhere(layout.titles.at);
    rows.push(row([[label, 'NGƯỜI LẬP BIỂU'], [right, 'HIỆU TRƯỞNG']]));
    if (layout.titles.names) rows.push(row([[label, 'Nguyễn Văn Hùng'], [right, 'Trần Thị Bình']]));
  }
  return rows;
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
  /** 1-based columns of the staff columns added (extras). */
  readonly staff: readonly number[];
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
  if (layout.numbering) {
    if (layout.numbering.blankAbove) rows.push([]);
    rows.push(numberingRow(layout.numbering, width));
  }
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
  const label = column(spec === PROGRESS_TAB ? 'taskName' : 'name');
  if (layout.total) {
    const total = new Array<Cell>(width).fill('');
    const at = layout.total.inNumberColumn ? column(spec === PROGRESS_TAB ? 'taskId' : 'stt') : label;
    total[at - 1] = layout.total.label;
    rows.push(total);
    computedKeys.forEach((key, i) => {
      const at = { row: rows.length, column: computed.get(key)!.column };
      if (total[at.column - 1] !== '') return;
      if (i % 2 === 0) formulas.push({ ...at, formula: `=COUNTA(A${headerRow + 1}:A${rows.length - 1})`, shown: records.length });
      else total[at.column - 1] = 'xem biên bản họp';
    });
  }
  if (layout.signature) rows.push(...signatureRows(layout.signature, width, label));
  for (const [record, k] of layout.formulas) {
    const key = computedKeys[k % computedKeys.length]!;
    const row = records[record % records.length]!;
    formulas.push({ row, column: computed.get(key)!.column, formula: `=IF(A${row}<>"";"tổ tính";"")`, shown: 'tổ tính' });
  }
  const staff = sources.flatMap((x, i) => ('extra' in x ? [i + 1] : []));
  return { rows, formulas, computed, written, records, staff };
}

/** Every cell of a sheet, every formula, number format and data validation, to compare before and after. */
function contentOf(sheet: FakeSheet): { values: unknown[][]; formulas: Record<string, string>; formats: Map<string, string>; validations: Map<string, unknown> } {
  return { values: sheet.snapshot(), formulas: sheet.formulaSnapshot(), formats: new Map(sheet.numberFormats), validations: new Map(sheet.validations) };
}

/**
 * Test set-up: what staff set on their own columns — a number format on every record's cell, a
 * dropdown on every other column (Khởi tạo lays out only new or empty tabs, Cập nhật writes values only).
 */
function staffFormats(sheet: FakeSheet, rows: readonly number[], columns: readonly number[]): void {
  columns.forEach((c, i) => {
    for (const r of rows) {
      sheet.numberFormats.set(`${r},${c}`, i % 2 ? '0.0%' : 'dd/mm/yyyy');
      if (i % 2 === 0) sheet.validations.set(`${r},${c}`, { kind: 'valueInList', args: [['Đạt', 'Chưa đạt']], allowInvalid: true, helpText: 'của tổ' });
    }
  });
}

/** The columns of `sheet` carrying one of the add-in's column marks. */
function markedColumns(ss: FakeSpreadsheet, sheet: FakeSheet): Set<number> {
  return new Set(ss.metadata.filter((m) => m.key === MARK_KEY && m.location.sheet === sheet && m.location.column !== undefined).map((m) => m.location.column!));
}

/** The column a computed column ends up in after staff dragged column `from` to `to`. */
function afterMove(column: number, from: number, to: number): number {
  if (column === from) return to;
  if (from < to && column > from && column <= to) return column - 1;
  if (from > to && column >= to && column < from) return column + 1;
  return column;
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
        const tidyMarks = new Map<string, ReadonlySet<number>>();
        for (const spec of PLAN_TABS) {
          const at = TABLES.indexOf(spec);
          const layout = w.tables[at];
          let table = layout ? build(spec, tidy.get(spec.name)!, layout) : undefined;
          const sheet = ss.addSheet(spec.name, toSheetValues(table?.rows ?? tidy.get(spec.name)!, ss.timeZone));
          if (!table || !layout) {
            // A tab left as Khởi tạo made it (Tự đánh giá CĐS): its computed columns carry the add-in's marks.
            const header = sheet.snapshot()[0]!;
            const marked = spec.columns.filter((c) => c.computed).map((c) => ({ key: c.key, column: header.indexOf(c.header) + 1 })).filter((c) => c.column > 0);
            for (const c of marked) markComputedColumn(sheet, c.column, c.key);
            tidyMarks.set(spec.name, new Set(marked.map((c) => c.column)));
            continue;
          }
          for (const x of table.formulas) sheet.putFormula(x.row, x.column, x.formula, x.shown);
          for (const [key, c] of table.computed) if (c.marked) markComputedColumn(sheet, c.column, key);
          staffFormats(sheet, table.records, table.staff);
          if (layout.moved) {
            // Staff drag a computed column elsewhere: its cells, formulas and mark go with it.
            const entries = [...table.computed];
            const from = entries[layout.moved.computed % entries.length]![1].column;
            const to = (layout.moved.to % sheet.extent().lastColumn) + 1;
            sheet.moveColumn(from, to);
            table = { ...table, computed: new Map(entries.map(([key, c]) => [key, { ...c, column: afterMove(c.column, from, to) }])) };
          }
          built.set(spec.name, table);
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

        f.spreadsheetApp.ui.alertResponse = w.answer === 'yes' ? Button.YES : Button.NO;
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
          const mine = table ? new Set([...table.computed.values()].map((c) => c.column)) : (tidyMarks.get(sheet.name) ?? new Set<number>());
          for (const c of marked) expect(mine.has(c) || c > widths.get(sheet)!, `${sheet.name}: a mark on staff's column ${c}`).toBe(true);
          was.values.forEach((row, r) =>
            row.forEach((value, c) => {
              // The add-in writes its marked columns below the header: a scrambled table's record rows, or any row of a tidy tab.
              const ownRow = table ? table.written.has(r + 1) : tidyMarks.has(sheet.name) && r > 0;
              const may = marked.has(c + 1) && ownRow && was.formulas[`${r + 1},${c + 1}`] === undefined;
              const stamped = sheet === progress && stampable && r + 1 === statusCell.row && c + 1 === dateColumn;
              if (may || stamped) return;
              const at = `${r + 1},${c + 1}`;
              expect(now.values[r]?.[c], `${sheet.name}!R${r + 1}C${c + 1}`).toStrictEqual(value);
              expect(now.formats.get(at), `${sheet.name}!R${r + 1}C${c + 1}: number format`).toBe(was.formats.get(at));
              expect(now.validations.get(at), `${sheet.name}!R${r + 1}C${c + 1}: validation`).toStrictEqual(was.validations.get(at));
            }),
          );
        }
      }),
      { numRuns: 30, seed: 20261015 },
    );
  });
});


describe('the fake\'s moveColumn (test helper)', () => {
  it('moves values, formulas, number formats, validations and the column marks, as Sheets moves a dragged column', () => {
    vi.unstubAllGlobals();
    const ss = installGasFakes().spreadsheetApp.spreadsheet;
    const sheet = ss.addSheet('Tiến độ', [['A', 'B', 'C', 'D'], [1, 2, 3, 4]]);
    sheet.putFormula(2, 2, '=A2*2', 2);
    sheet.numberFormats.set('2,2', '0.0%');
    sheet.validations.set('2,4', { kind: 'valueInList', args: [['x']], allowInvalid: true, helpText: '' });
    markComputedColumn(sheet, 2, 'taskName');
    sheet.moveColumn(2, 4);
    expect(sheet.snapshot()).toEqual([['A', 'C', 'D', 'B'], [1, 3, 4, 2]]);
    expect(sheet.formulaSnapshot()).toEqual({ '2,4': '=A2*2' });
    expect([...sheet.numberFormats]).toEqual([['2,4', '0.0%']]);
    expect([...sheet.validations.keys()]).toEqual(['2,3']);
    expect(markedColumns(ss, sheet)).toEqual(new Set([4]));
    sheet.moveColumn(4, 1);
    expect(sheet.snapshot()[0]).toEqual(['B', 'A', 'C', 'D']);
    expect(markedColumns(ss, sheet)).toEqual(new Set([1]));
  });
});
