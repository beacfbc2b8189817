/**
 * The custom functions, measured through the built dist/Code.js loaded in a bare vm context,
 * as Apps Script would run them, with a fake SpreadsheetApp that counts service calls.
 * Budget (issue 2): < 200 ms per 10,000-row call. Issue 8 (item 18): any cell up to Sheets'
 * 50,000-character limit in well under 100 ms, one cell or three in one range.
 */
import fs from 'node:fs';
import vm from 'node:vm';
import { CallLog } from '../test/fakes/calls';
import { FakeSpreadsheetApp } from '../test/fakes/spreadsheetApp';
import { type Report, time } from './measure';

/** dist/Code.js in a bare context whose only service is the fake SpreadsheetApp, recording into `log`. */
function loadBundle(log: CallLog): Record<string, (...args: unknown[]) => unknown> {
  const code = fs.readFileSync(new URL('../dist/Code.js', import.meta.url), 'utf8');
  const context = vm.createContext({ SpreadsheetApp: new FakeSpreadsheetApp(log) });
  vm.runInContext(code, context);
  return context as unknown as Record<string, (...args: unknown[]) => unknown>;
}

const TARGETS = ['100%', '≥95%', '≥ 95 %', 'Tối thiểu 90%', 'tối thiểu 02 đợt/năm', 'Mức 2 trở lên', '≤ 5%', 'Có', '$\\geq 80\\%$', 'từ 90% đến 95%'];
const RESULTS = [1, 0.96, '95,5 %', 92, '2 đợt', 'Mức 3', 0.03, 'Có', '81%', 0.93];
const TIMINGS = ['Quý II', 'Hàng quý', 'Thường xuyên', 'trước ngày 05/12', 'Quý II-III', 'Tháng 4, 5', 'trước ngày 12 hàng tháng', '6 tháng đầu năm', 'Cả năm', 'hàng tháng'];

function column<T>(values: readonly T[], rows: number): T[][] {
  return Array.from({ length: rows }, (_, i) => [values[i % values.length]!]);
}

/** 10,000 different texts over two years of days: the worst case for per-call caching. */
function distinctTimings(rows: number): string[][] {
  const forms = [(d: number, m: number, y: number) => `trước ngày ${d}/${m}/${y}`, (d: number, m: number, y: number) => `Hạn: ${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`];
  return Array.from({ length: rows }, (_, i) => {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const year = 2026 + (Math.floor(i / 336) % 2);
    return [`${forms[Math.floor(i / 672) % 2]!(day, month, year)}${' '.repeat(Math.floor(i / 1344))}`];
  });
}

const ROWS = 10_000;

/** Sheets' limit on the text of one cell. */
const CELL_LIMIT = 50_000;

/**
 * Three different cells of each kind (so the per-call cache of timings cannot answer the second
 * and third from the first), each exactly 50,000 characters: the kinds that were slowest before
 * and after the fix of issue 8, item 18.
 */
const LONG_CELLS: Readonly<Record<string, readonly string[]>> = {
  /**
   * A run of the punctuation the parsers drop from the end of a cell, stopping one character short
   * of the end, after a character outside Latin-1. A `[…]+$` regex retried such a run from each
   * of its positions: 10–16 s per cell before the fix.
   */
  'punctuation run': ['.', ',', ';'].map((mark) => `Quý II…${mark.repeat(CELL_LIMIT - 8)}x`),
  /** 25,000 one-letter words: the most spaces for the text cleaning to replace. */
  'one-letter words': ['a ', 'b ', 'c '].map((word) => word.repeat(CELL_LIMIT / 2)),
  /** Letters with two diacritics each: the most work for Unicode normalisation and folding. */
  diacritics: ['ộ', 'ữ', 'ặ'].map((letter) => letter.repeat(CELL_LIMIT)),
  /** Short Vietnamese words: spaces and diacritics together. */
  'Vietnamese words': ['đạt ', 'mức ', 'quý '].map((word) => word.repeat(CELL_LIMIT / 4)),
};

export function benchCustomFunctions(report: Report): void {
  const log = new CallLog();
  const gas = loadBundle(log);
  const results = column(RESULTS, ROWS);
  const targets = column(TARGETS, ROWS);
  const timings = column(TIMINGS, ROWS);
  const asOf = new Date('2026-10-14T17:00:00Z');

  for (const [bench, run] of [
    ['CDS_DANHGIA', () => gas.CDS_DANHGIA!(results, targets)],
    ['CDS_TYLEDAT', () => gas.CDS_TYLEDAT!(results, targets)],
    ['CDS_HANCHOT', () => gas.CDS_HANCHOT!(timings, 2026, asOf)],
    ['CDS_HANCHOT distinct timings', () => gas.CDS_HANCHOT!(distinctTimings(ROWS), 2026, asOf)],
    ['CDS_QUAHAN', () => gas.CDS_QUAHAN!(timings, column(['Đang thực hiện'], ROWS), asOf)],
  ] as const) {
    log.clear();
    run();
    const perCall = log.calls.length;
    report({ bench, rows: ROWS, ms: time(run), calls: perCall });
  }
  benchLongCells(report, gas, asOf);
}

type Gas = Record<string, (...args: unknown[]) => unknown>;

/** Where each function meets the long cell: `long` is the column of long cells, `same` a column of one value. */
const LONG_CELL_CALLS: readonly (readonly [string, (gas: Gas, long: string[][], same: (v: unknown) => unknown[][], asOf: Date) => unknown])[] = [
  ['CDS_DANHGIA target', (gas, long, same) => gas.CDS_DANHGIA!(same(1), long)],
  ['CDS_TYLEDAT result', (gas, long, same) => gas.CDS_TYLEDAT!(long, same('≥95%'))],
  ['CDS_HANCHOT timing', (gas, long, _, asOf) => gas.CDS_HANCHOT!(long, 2026, asOf)],
  ['CDS_QUAHAN due', (gas, long, same, asOf) => gas.CDS_QUAHAN!(long, same('Đang thực hiện'), asOf)],
  ['CDS_QUAHAN status', (gas, long, same, asOf) => gas.CDS_QUAHAN!(same('Quý II'), long, asOf)],
];

/** Each custom function on its slowest kind of 50,000-character cell, alone and three to a range. */
function benchLongCells(report: Report, gas: Gas, asOf: Date): void {
  for (const cells of [1, 3]) {
    const same = (value: unknown) => column([value], cells);
    for (const [bench, call] of LONG_CELL_CALLS) {
      const timed = Object.entries(LONG_CELLS).map(([kind, texts]) => {
        const long = texts.slice(0, cells).map((text) => [text]);
        return { kind, ms: time(() => call(gas, long, same, asOf), 3) };
      });
      const worst = timed.reduce((a, b) => (b.ms > a.ms ? b : a));
      const range = cells > 1 ? ` ×${cells} in one range` : '';
      report({ bench: `${bench}, worst 50,000-character cell${range} (${worst.kind})`, rows: cells, ms: worst.ms });
    }
  }
}
