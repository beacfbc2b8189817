/**
 * Cells up to Sheets' 50,000-character limit (issue 8, item 18). A custom function that runs past
 * 30 s is killed by Sheets; one such cell once took 12.8 s because of a quadratic regex, and the
 * error it returned quoted all 50,000 characters, more than a cell can hold.
 *
 * Speed figures belong to `npm run bench`. Here a worker thread with a hard 12 s limit is only a
 * hang guard: the fixed code answers in milliseconds, the quadratic code took 11–16 s per cell.
 */
import { build } from 'esbuild';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate, isCalendarDate } from '../../src/core/date';
import { parseSchedule } from '../../src/core/schedule';
import { type DateCodec, danhGiaCells, hanChotCells, quaHanCells, tyLeDatCells } from '../../src/core/sheetFunctions';
import { parseStatus } from '../../src/core/status';
import { parseTarget } from '../../src/core/target';
import { parseResultValue } from '../../src/core/value';

/** Sheets' limit on the text of one cell. */
const CELL_LIMIT = 50_000;

/** Sheets' limit on the run time of one custom function call. */
const SHEETS_KILL_MS = 30_000;

/** The hang guard's limit: far above what the fixed code needs, below what the quadratic code took. */
const HANG_GUARD_MS = 12_000;

/** `unit` repeated up to exactly `length` characters. */
function filled(unit: string, length = CELL_LIMIT): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * The slowest cells found: a run of the punctuation the parsers drop from the end of a cell,
 * stopping one character short of the end, after a character outside Latin-1.
 */
const WORST_CELLS = ['.', ',', ';', ':', ')'].map((mark) => `Quý II…${filled(mark, CELL_LIMIT - 8)}x`);

/** A paragraph pasted into a cell, repeated up to the limit: long, but nothing a regex struggles with. */
const PASTED = filled('Tổ chức rà soát, làm sạch, chuẩn hóa dữ liệu học sinh trên CSDL ngành; ');

const codec: DateCodec = {
  readDate: (v) => (isCalendarDate(v) ? v : undefined),
  writeDate: (d: CalendarDate) => d,
  today: () => calendarDate(2026, 10, 15),
};

const column = (cells: readonly unknown[]): unknown[][] => cells.map((cell) => [cell]);

/** What a custom function answers, as a string (error texts are strings). */
const text = (answer: unknown): string => String(answer);

describe('hang guard: every custom function answers the worst 50,000-character cells', () => {
  interface Progress { readonly done?: string; readonly error?: string }

  /** src/core/sheetFunctions.ts bundled from the current source, as a CommonJS module body. */
  async function bundledSheetFunctions(): Promise<string> {
    const out = await build({
      entryPoints: [fileURLToPath(new URL('../../src/core/sheetFunctions.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      target: 'es2020',
      logLevel: 'silent',
    });
    return out.outputFiles[0]!.text;
  }

  /** Runs each call in a worker thread, reporting after each one; the worker only reads its input. */
  const WORKER = `
    const { parentPort, workerData } = require('node:worker_threads');
    const module = { exports: {} };
    new Function('module', 'exports', workerData.core)(module, module.exports);
    const core = module.exports;
    const codec = { readDate: () => undefined, writeDate: (d) => d, today: () => ({ year: 2026, month: 10, day: 15 }) };
    const col = (cells) => cells.map((c) => [c]);
    for (const [name, cells] of workerData.calls) {
      const same = (v) => col(cells.map(() => v));
      const range = col(cells);
      if (name === 'CDS_DANHGIA') core.danhGiaCells(same(1), range);
      if (name === 'CDS_TYLEDAT') core.tyLeDatCells(range, same('≥95%'));
      if (name === 'CDS_HANCHOT') core.hanChotCells(range, 2026, undefined, codec);
      if (name === 'CDS_QUAHAN') core.quaHanCells(range, same('Đang thực hiện'), undefined, codec);
      parentPort.postMessage({ done: name + ' ×' + cells.length });
    }
  `;

  it(`finishes within ${HANG_GUARD_MS / 1000} s (a hang guard, not a speed test; Sheets kills a call at ${SHEETS_KILL_MS / 1000} s)`, async () => {
    const names = ['CDS_DANHGIA', 'CDS_TYLEDAT', 'CDS_HANCHOT', 'CDS_QUAHAN'];
    const calls: [string, string[]][] = [1, 3].flatMap((cells) => names.map((n): [string, string[]] => [n, WORST_CELLS.slice(0, cells)]));
    const worker = new Worker(WORKER, { eval: true, workerData: { core: await bundledSheetFunctions(), calls } });
    const done: string[] = [];
    const outcome = await new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve('timed out'), HANG_GUARD_MS);
      worker.on('message', (m: Progress) => {
        if (m.done) done.push(m.done);
        if (done.length === calls.length) {
          clearTimeout(timer);
          resolve('finished');
        }
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        resolve(`failed: ${e.message}`);
      });
    });
    await worker.terminate();
    const running = calls[done.length];
    expect({ outcome, done, stillRunning: running ? `${running[0]} ×${running[1].length}` : undefined }).toEqual({
      outcome: 'finished',
      done: calls.map(([n, cells]) => `${n} ×${cells.length}`),
      stillRunning: undefined,
    });
  }, SHEETS_KILL_MS);
});

describe('a 50,000-character cell gets a short error that fits in a cell', () => {
  const TOO_LONG = /^Lỗi: ô dài quá 500 ký tự \(có 50\.000\), không thể là /;
  /** Far below the 50,000 a cell holds; long enough for the message and an 80-character quote. */
  const SHORT_ERROR = 300;

  it('CDS_DANHGIA and CDS_TYLEDAT name a target too long to be one', () => {
    for (const answer of [danhGiaCells(1, PASTED), tyLeDatCells(1, PASTED)]) {
      expect(text(answer)).toMatch(TOO_LONG);
      expect(text(answer)).toContain('không thể là chỉ tiêu');
      expect(text(answer).length).toBeLessThan(SHORT_ERROR);
    }
  });

  it('CDS_DANHGIA and CDS_TYLEDAT name a result too long to be one, with the hint for the target', () => {
    for (const answer of [danhGiaCells(PASTED, '≥95%'), tyLeDatCells(PASTED, 'Có')]) {
      expect(text(answer)).toMatch(TOO_LONG);
      expect(text(answer)).toContain('không thể là kết quả');
      expect(text(answer).length).toBeLessThan(SHORT_ERROR);
    }
    expect(text(danhGiaCells(PASTED, '≥95%'))).toMatch(/\(cần một tỷ lệ %, ví dụ 95%\)$/);
  });

  it('CDS_HANCHOT and CDS_QUAHAN name a timing too long to be one', () => {
    for (const answer of [hanChotCells(PASTED, 2026, undefined, codec), quaHanCells(PASTED, 'Đang thực hiện', undefined, codec)]) {
      expect(text(answer)).toMatch(TOO_LONG);
      expect(text(answer)).toContain('không thể là thời gian');
      expect(text(answer).length).toBeLessThan(SHORT_ERROR);
    }
  });

  it('quotes the start of the cell, cut at 80 characters with «…»', () => {
    expect(text(danhGiaCells(1, PASTED))).toMatch(/: 'Tổ chức rà soát, làm sạch, chuẩn hóa dữ liệu học sinh trên CSDL ngành; Tổ chức…'$/);
  });

  it('three such cells in one range: one short error each', () => {
    const answers = [
      danhGiaCells(column([1, 1, 1]), column([PASTED, PASTED, PASTED])),
      hanChotCells(column([PASTED, `${PASTED.slice(1)}.`, `(${PASTED.slice(1)}`]), 2026, undefined, codec),
    ];
    for (const answer of answers) {
      expect(answer).toHaveLength(3);
      for (const [cell] of answer as string[][]) {
        expect(cell).toMatch(TOO_LONG);
        expect(cell!.length).toBeLessThan(SHORT_ERROR);
      }
    }
  });

  it('a long status, year or as-of cell is quoted short too', () => {
    for (const answer of [
      quaHanCells('Quý II', PASTED, undefined, codec),
      hanChotCells('Quý II', PASTED, undefined, codec),
      hanChotCells('Quý II', 2026, PASTED, codec),
      danhGiaCells(1, { toString: () => PASTED }),
    ]) {
      expect(text(answer)).toMatch(/^Lỗi: không hiểu .*'Tổ chức rà soát, .{40,80}…'/);
      expect(text(answer).length).toBeLessThan(SHORT_ERROR);
    }
  });
});

describe('the 500-character cap', () => {
  it('reads a target, result and timing of up to 500 characters (after spacing is cleaned)', () => {
    const target = `≥95% ${'a'.repeat(495)}`;
    expect(target).toHaveLength(500);
    expect(parseTarget(target)).toMatchObject({ ok: true, value: { kind: 'atLeast', value: 0.95, unitLabel: 'a'.repeat(495) } });
    expect(parseTarget(`${target}a`)).toEqual({ ok: false, error: expect.stringMatching(/^ô dài quá 500 ký tự \(có 501\), không thể là chỉ tiêu: '≥95% a{74}…'$/) });
    const count = { kind: 'atLeast', value: 2, unit: 'count', strict: false } as const;
    expect(parseResultValue(`  2 ${'đ'.repeat(498)}  `, count)).toEqual({ ok: true, value: 2 });
    expect(parseResultValue(`2 ${'đ'.repeat(499)}`, count)).toEqual({ ok: false, error: expect.stringMatching(/^ô dài quá 500 ký tự \(có 501\), không thể là kết quả: '2 đ{77}…' \(cần một số, ví dụ 2\)$/) });
    expect(parseSchedule(`Quý II${' '.repeat(CELL_LIMIT - 7)}.`, 2026)).toMatchObject({ ok: true });
  });

  it('refuses longer text before reading it', () => {
    expect(parseSchedule(`Quý II ${'.'.repeat(493)}`, 2026)).toMatchObject({ ok: true });
    expect(parseSchedule(`Quý II ${'.'.repeat(494)}`, 2026)).toEqual({ ok: false, error: expect.stringMatching(/^ô dài quá 500 ký tự \(có 501\), không thể là thời gian: 'Quý II \.{72}…'$/) });
  });
});

describe('long random text never throws', () => {
  /** Spaces, the punctuation the parsers trim, digits and Vietnamese words, in long runs. */
  const piece = fc.constantFrom(
    ' ', '\u00a0', '.', ',', ';', ':', ')', '(', '"', '“', '”', '…', '-', '–', '/', '%', '≥', '<b>', '$\\geq ', '0', '1', '95', '2026',
    'Quý ', 'quý II', 'Tháng ', 'tháng 4, 5', 'trước ngày ', 'hàng ', 'năm ', 'Tối thiểu ', 'Mức ', 'đạt ', 'từ ', 'đến ', 'Có', 'a ',
  );
  const longText = fc
    .array(fc.tuple(piece, fc.integer({ min: 1, max: 8_000 })), { minLength: 1, maxLength: 12 })
    .map((runs) => runs.map(([p, n]) => p.repeat(n)).join('').slice(0, CELL_LIMIT));

  it('parsers and custom functions on text up to 50,000 characters', () => {
    fc.assert(
      fc.property(longText, longText, (a, b) => {
        parseTarget(a);
        parseSchedule(a, 2026);
        parseStatus(a);
        parseResultValue(a, { kind: 'atLeast', value: 0.95, unit: 'percent', strict: false });
        for (const answer of [danhGiaCells(a, b), tyLeDatCells(b, a), hanChotCells(a, 2026, undefined, codec), quaHanCells(a, b, undefined, codec)]) {
          expect(text(answer).length).toBeLessThan(CELL_LIMIT);
        }
      }),
      { numRuns: 60 },
    );
  });
});
