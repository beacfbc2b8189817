/**
 * «Tạo báo cáo quý» on the Apps Script fakes, the whole flow a user runs: the dialog's state
 * (reportDialogState), then create (reportCreate: read, render the .docx in core, one newBlob,
 * one Drive.Files.create, the Nhật ký row), at 100 / 1,000 / 10,000 indicators and tasks.
 * Prints `BENCH report rows=<n> calls=<k> ms=<t>`: calls of one run; the median wall time of three
 * runs after a warm-up, or at 10,000 rows the time of the one counted run (a run takes long there).
 * (The offline .docx writer has its own bench, bench/docx.ts.)
 */
import * as main from '../src/main';
import { GAS_SERVICE_NAMES, gasFakes } from '../test/fakes';
import { fillSpreadsheet, generatedPlan } from '../test/support/sheetPlans';
import { printBench, type Report, saveGlobals, time } from './measure';

const PERIOD = 'quy-3-2026';

export function benchReport(_report?: Report): void {
  const global = globalThis as Record<string, unknown>;
  const restore = saveGlobals(GAS_SERVICE_NAMES.filter((name) => name !== 'console'));
  try {
    for (const rows of [100, 1_000, 10_000]) {
      const fakes = gasFakes();
      for (const [name, value] of Object.entries(fakes.globals)) global[name] = value;
      fillSpreadsheet(fakes.spreadsheetApp.spreadsheet, generatedPlan(rows));
      const run = () => {
        main.reportDialogState();
        main.reportCreate(PERIOD);
      };
      fakes.log.clear();
      const t0 = performance.now();
      run();
      const once = Math.round((performance.now() - t0) * 10) / 10;
      const calls = fakes.log.calls.length;
      printBench('report', { rows, calls, ms: rows >= 10_000 ? once : time(run, 3) });
    }
  } finally {
    restore();
  }
}
