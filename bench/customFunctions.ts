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
 * The slowest 50,000-character cells found (issue 8, item 18): a run of the punctuation the
 * parsers drop from the end of a cell that stops one character short of the end, after text with
 * a character outside Latin-1. A `[…]+$` regex retried such a run from each of its positions:
 * 11–16 s per cell before the fix. Three different cells, so the per-call cache of timings cannot
 * answer the second and third from the first.
 */
const WORST_CELLS = ['.', ',', ';'].map((mark) => `Quý II…${mark.repeat(CELL_LIMIT - 8)}x`);

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

/** Each custom function on the worst 50,000-character cell, alone and three to a range. */
function benchLongCells(report: Report, gas: Record<string, (...args: unknown[]) => unknown>, asOf: Date): void {
  for (const cells of [1, 3]) {
    const worst = WORST_CELLS.slice(0, cells).map((cell) => [cell]);
    for (const [bench, run] of [
      ['CDS_DANHGIA target', () => gas.CDS_DANHGIA!(column([1], cells), worst)],
      ['CDS_TYLEDAT result', () => gas.CDS_TYLEDAT!(worst, column(['≥95%'], cells))],
      ['CDS_HANCHOT timing', () => gas.CDS_HANCHOT!(worst, 2026, asOf)],
      ['CDS_QUAHAN due', () => gas.CDS_QUAHAN!(worst, column(['Đang thực hiện'], cells), asOf)],
    ] as const) {
      report({ bench: `${bench}, worst 50,000-character cell${cells > 1 ? ` ×${cells} in one range` : ''}`, rows: cells, ms: time(run, 3) });
    }
  }
}
